#!/usr/bin/env bash
# Fuzz every target for a bounded time: scripts/fuzz.sh [SECONDS]   (default 600 s each).
# Not part of CI's default run. Targets run FUZZ_JOBS at a time (default 2, one per core).
# Prints executions, executions per second, corpus files, coverage (edges) and findings per
# target; exits 1 if any target found a crash, a timeout or an out-of-memory input.
#
# cargo-fuzz passes -Z flags to rustc; on the stable toolchain RUSTC_BOOTSTRAP=1 lets it
# (no nightly needed). Sanitizer "none": postbag and its parsers are safe Rust, and ASan
# would halve the executions; debug assertions (-a) stay on to catch overflows.
#
# Seeds come from the repository (test messages, the rule files, configs, templates); the
# growing corpus stays in fuzz/corpus (not committed). A crash leaves its input in
# fuzz/artifacts/TARGET/: fix it, then copy the input to tests/fixtures/fuzz/TARGET/ where
# tests/fuzz_regressions.rs replays it in every `cargo test`.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
jobs=${FUZZ_JOBS:-2}
# FUZZ_TARGETS="parse_triage rules_load" runs only those.
read -r -a targets <<<"${FUZZ_TARGETS:-parse_triage rules_load config_parse template_render}"
export RUSTC_BOOTSTRAP=1

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

seed() {
  local target=$1 dir=fuzz/corpus/$1
  mkdir -p "$dir"
  case $target in
    parse_triage) cp tests/fixtures/triage/*.eml "$dir"/ ;;
    rules_load) cp rules/*.toml "$dir"/ ;;
    config_parse) cp config.example.toml tests/fixtures/*/postbag.toml "$dir"/ 2>/dev/null || true
                  for f in tests/fixtures/*/postbag.toml; do cp "$f" "$dir/$(basename "$(dirname "$f")").toml"; done ;;
    template_render) for f in templates/reply/*.txt; do
                       printf '%s\0Re: motion for the AGM\0Siobhan Kelly\0Siobhan\0siobhan@example.com' "$(cat "$f")" > "$dir/$(basename "$f")"
                     done ;;
  esac
}

cargo fuzz build -s none -a
mkdir -p fuzz/logs
for t in "${targets[@]}"; do seed "$t"; done

printf '%s\n' "${targets[@]}" | xargs -P "$jobs" -I{} sh -c \
  "cargo fuzz run -s none -a {} fuzz/corpus/{} -- -max_total_time=$seconds -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 > fuzz/logs/{}.log 2>&1 || echo '{}: fuzzer stopped with a finding' >&2"

status=0
printf '%-16s %12s %10s %8s %8s %8s\n' target execs exec/s corpus cov crashes
for t in "${targets[@]}"; do
  log=fuzz/logs/$t.log
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo '?')
  last=$(grep -E '^#[0-9]+' "$log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  corpus=$(find "fuzz/corpus/$t" -type f | wc -l)
  crashes=$(find "fuzz/artifacts/$t" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) 2>/dev/null | wc -l)
  printf '%-16s %12s %10s %8s %8s %8s\n' "$t" "$execs" "$rate" "$corpus" "${cov:-?}" "$crashes"
  [ "$crashes" -eq 0 ] || status=1
done
exit $status

#!/usr/bin/env bash
# Builds the digest of the test inbox (tests/fixtures/digest) as an HTML preview and takes a
# screenshot of it with headless Chromium, so its layout can be looked at:
#   target/digest.html, target/digest.png (full view), target/digest-summary.png (summary).
# Installs Debian's chromium if it is missing (needs root, as on CI and dev machines).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

cargo build -q
mkdir -p target
fixture=tests/fixtures/digest
for view in full summary; do
    html=target/digest.html
    png=target/digest.png
    if [ "$view" = summary ]; then html=target/digest-summary.html; png=target/digest-summary.png; fi
    ./target/debug/postbag --config "$fixture/postbag.toml" digest --inbox "$fixture/mail" \
        --week 2026-W48 --now 2026-11-30T08:00:00Z --view "$view" --preview "$html" >/dev/null
    profile=$(mktemp -d)
    chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
        --user-data-dir="$profile" --screenshot="$png" --window-size="${WIDTH:-1000},${HEIGHT:-1600}" \
        "file://$PWD/$html" >/dev/null 2>&1
    rm -rf "$profile"
    echo "$png"
done

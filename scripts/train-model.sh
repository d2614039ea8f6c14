#!/usr/bin/env bash
# Rebuild the shipped model, model/triage.model, the way it was made: corpus/train beside
# 1,001 messages of the SpamAssassin public corpus as background (fetched once by
# scripts/fetch-corpus.sh; which messages and their labels: corpus/gen/background.py).
# Then `cargo build --release` builds the new model into postbag.
# Usage: scripts/train-model.sh [more postbag train options, e.g. --cv 5 --cv-only]
set -euo pipefail
cd "$(dirname "$0")/.."
# Relative, as the model records where its background came from: the same bytes from any checkout.
data="$(realpath --relative-to=. "$(scripts/fetch-corpus.sh)")"
exec cargo run --release --locked --quiet -- train corpus/train \
  --labels corpus/train/labels.tsv \
  --background "$data" --background-labels corpus/background/labels.tsv "$@"

#!/usr/bin/env bash
# Scores `bitext extract` (release build) on the shared web-page set (trafilatura's benchmark
# pages with gold snippets) with ../shared/tools/webscore.py: snippet P/R/F1 overall and per
# language. Also fails when any page makes `extract` fail.
# Usage: scripts/eval-extraction.sh [SET]   (default corpora/web/trafilatura-dev)
set -euo pipefail
source "$(dirname "$0")/common.sh"
set=${1:-corpora/web/trafilatura-dev}
setup_release_run eval-extraction "$set"
pages=$shared/$set
failed=0
mkdir -p "$work/out"
for page in "$pages"/*.html; do
  name=$(basename "$page" .html)
  if ! "$bitext" extract "$page" -o "$work/out/$name.txt" 2>>"$work/errors"; then
    failed=$((failed + 1))
  fi
done
python3 "$shared/tools/webscore.py" "$pages/gold.json" "$work/out" --by-lang
if [ "$failed" -gt 0 ]; then
  echo "eval-extraction: $failed page(s) failed:" >&2
  cat "$work/errors" >&2
  exit 1
fi

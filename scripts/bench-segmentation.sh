#!/usr/bin/env bash
# Throughput of `bitext segment` (release build) on a ~20 MB text made by concatenating the
# shared UD dev texts, end to end (read, segment, write). Prints MB/s of 5 runs, median and best.
# Usage: scripts/bench-segmentation.sh [MEGABYTES]
set -euo pipefail
source "$(dirname "$0")/common.sh"
setup_release_run bench-segmentation corpora/seg/ud-fr-gsd-dev.txt
megabytes=${1:-20}
text=$work/big.txt
while [ "$(stat -c %s "$text" 2>/dev/null || echo 0)" -lt $((megabytes * 1000000)) ]; do
  for set in ud-fr-gsd-dev ud-en-ewt-dev; do
    cat "$shared/corpora/seg/$set.txt" >> "$text"
    printf '\n\n' >> "$text"
  done
done
bytes=$(stat -c %s "$text")
echo "text: $bytes bytes (UD fr-gsd and en-ewt dev, repeated); language fr"
for run in 1 2 3 4 5; do
  start=$(date +%s.%N)
  "$bitext" segment --lang fr "$text" > "$work/out.txt"
  end=$(date +%s.%N)
  echo "$start $end" >> "$work/times"
done
python3 - "$bytes" "$work/times" "$(wc -l < "$work/out.txt")" <<'PY'
import statistics, sys
size = int(sys.argv[1])
speeds = sorted(size / 1e6 / (float(e) - float(s)) for s, e in (line.split() for line in open(sys.argv[2])))
print(f"{sys.argv[3]} sentences; MB/s over 5 runs: " + " ".join(f"{v:.1f}" for v in speeds))
print(f"median {statistics.median(speeds):.1f} MB/s, best {speeds[-1]:.1f} MB/s")
PY

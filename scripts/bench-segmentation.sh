#!/usr/bin/env bash
# Throughput of `bitext segment` (release build) on a ~20 MB text made by concatenating the
# shared UD dev texts, end to end (read, segment, write), side by side with raw ICU
# (scripts/icu-sentences.c: ICU's sentence break iterator alone, same input, one line per
# sentence), runs alternating. Prints MB/s of 5 runs of each, their medians and the ratio.
# Then times a 40,000-line file with one sentence per line and no blank line (the TransRead
# books by ../shared/tools/make_large.py) in each line-break mode, 5 runs each, and prints
# the medians: every mode must be linear, so auto should stay near hard.
# Usage: scripts/bench-segmentation.sh [MEGABYTES]
set -euo pipefail
source "$(dirname "$0")/common.sh"
setup_release_run bench-segmentation corpora/seg/ud-fr-gsd-dev.txt
megabytes=${1:-20}
if ! [[ $megabytes =~ ^[0-9]+$ ]] || [ "$megabytes" -lt 1 ] || [ "$megabytes" -gt 2000 ]; then
  echo "bench-segmentation: MEGABYTES must be a whole number from 1 to 2000, not '$megabytes'" >&2
  exit 64
fi
if ! cc -O2 -o "$work/icu-sentences" scripts/icu-sentences.c -licuuc; then
  echo "bench-segmentation: cannot build scripts/icu-sentences.c (apt-get install -y gcc libicu-dev)" >&2
  exit 2
fi

# Appends the wall time of a command, in seconds, to the file given first.
timed() {
  local times=$1 start end
  shift
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  echo "$start $end" | awk '{ printf "%.4f\n", $2 - $1 }' >> "$times"
}

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
  timed "$work/bitext.times" "$bitext" segment --lang fr "$text" -o "$work/bitext.txt"
  timed "$work/icu.times" "$work/icu-sentences" fr "$text" > "$work/icu.txt"
done
python3 - "$bytes" "$work/bitext.times" "$work/icu.times" "$(wc -l < "$work/bitext.txt")" "$(wc -l < "$work/icu.txt")" <<'PY'
import statistics, sys
size = int(sys.argv[1])
medians = []
for name, path, sentences in (("bitext", sys.argv[2], sys.argv[4]), ("raw ICU", sys.argv[3], sys.argv[5])):
    speeds = sorted(size / 1e6 / float(line) for line in open(path))
    medians.append(statistics.median(speeds))
    print(f"{name:8} {sentences:>8} sentences; MB/s over 5 runs: " + " ".join(f"{v:.1f}" for v in speeds)
          + f"; median {medians[-1]:.1f} MB/s")
print(f"bitext / raw ICU (median MB/s): {medians[0] / medians[1]:.2f}")
PY

if [ ! -e "$shared/tools/make_large.py" ]; then
  echo "bench-segmentation: $shared/tools/make_large.py not found; no line-break benchmark" >&2
  exit 0
fi
python3 "$shared/tools/make_large.py" --out "$work/large" --target 40000 >/dev/null
lines=$work/lines.txt
head -n 40000 "$work/large/en.txt" > "$lines"
echo "40,000 lines, one sentence per line, no blank line ($(stat -c %s "$lines") bytes); language en"
for run in 1 2 3 4 5; do
  for mode in auto soft hard; do
    timed "$work/$mode.times" "$bitext" segment --lang en --line-breaks "$mode" "$lines" -o "$work/$mode.txt"
  done
done
python3 - "$work" <<'PY'
import statistics, sys
medians = {}
for mode in ("auto", "soft", "hard"):
    times = sorted(float(line) for line in open(f"{sys.argv[1]}/{mode}.times"))
    medians[mode] = statistics.median(times)
    print(f"--line-breaks {mode:4}: seconds over 5 runs " + " ".join(f"{t:.3f}" for t in times)
          + f"; median {medians[mode]:.3f}")
print(f"auto / hard (median seconds): {medians['auto'] / medians['hard']:.2f}")
PY

#!/usr/bin/env bash
# Scaling of `bitext align` (release build): builds ~10,000- and ~100,000-sentence bitexts
# with ../shared/tools/make_large.py, aligns them, and prints seconds, peak memory
# (/usr/bin/time -v) and strict F1 for each, and the time ratio; then aligns the 10,000
# bitext again on one thread (BITEXT_THREADS=1) and says whether the output is the same.
# Usage: scripts/bench-scaling.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
setup_release_run bench-scaling tools/make_large.py
if [ ! -x /usr/bin/time ]; then
  echo "bench-scaling: /usr/bin/time is missing (apt-get install -y time)" >&2
  exit 2
fi
printf '%-10s %9s %9s %9s %12s %9s\n' target "en sents" "fr sents" seconds "peak MB" "strict F1"
for target in 10000 100000; do
  python3 "$shared/tools/make_large.py" --out "$work/$target" --target "$target" >/dev/null
  /usr/bin/time -v "$bitext" align "$work/$target/en.txt" "$work/$target/fr.txt" --src-lang en --tgt-lang fr \
    --segmented -o "$work/$target.align" 2> "$work/$target.time"
  seconds=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/$target.time" \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  kilobytes=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/$target.time")
  f1=$("$bitext" eval "$work/$target/gold.en-fr" "$work/$target.align" --json \
    | python3 -c 'import json, sys; print("%.4f" % json.load(sys.stdin)["f1_strict"])')
  printf '%-10s %9d %9d %9.2f %12.1f %9s\n' "$target" "$(wc -l < "$work/$target/en.txt")" \
    "$(wc -l < "$work/$target/fr.txt")" "$seconds" "$((kilobytes / 1024))" "$f1"
  echo "$seconds" > "$work/$target.seconds"
done
python3 -c "import sys; a, b = (float(open(p).read()) for p in sys.argv[1:]); print(f'time at 100,000 / time at 10,000: {b / a:.1f}')" \
  "$work/10000.seconds" "$work/100000.seconds"
BITEXT_THREADS=1 "$bitext" align "$work/10000/en.txt" "$work/10000/fr.txt" --src-lang en --tgt-lang fr \
  --segmented -o "$work/10000.one-thread.align"
if cmp -s "$work/10000.align" "$work/10000.one-thread.align"; then
  echo "output on one thread (BITEXT_THREADS=1): the same"
else
  echo "output on one thread (BITEXT_THREADS=1): DIFFERENT" >&2
  exit 1
fi

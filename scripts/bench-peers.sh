#!/usr/bin/env bash
# Bitext side by side with hunalign (../shared/peers/hunalign, built into a scratch folder) on
# the ~10,000-sentence bitext of ../shared/tools/make_large.py: `bitext align --segmented`
# (release build) on the files as they are, hunalign with its empty dictionary (null.dic) on
# a copy tokenised with a space around each punctuation mark (it wants tokens separated by
# spaces). Runs alternate, RUNS of each (default 5); prints the median wall time and peak
# memory (/usr/bin/time -f '%e %M') of each and hunalign / Bitext ratios, and the median CPU
# time (user + system), which varies less than wall time on a shared machine. Then the
# ~100,000-sentence bitext: Bitext alone, RUNS runs, and hunalign once under a timeout
# (HUNALIGN_TIMEOUT seconds, default 600), reporting how it ends.
# Usage: scripts/bench-peers.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/common.sh"
setup_release_run bench-peers peers/hunalign/src/hunalign/Makefile
runs=${1:-5}
timeout_seconds=${HUNALIGN_TIMEOUT:-600}
for number in "$runs" "$timeout_seconds"; do
  if ! [[ $number =~ ^[0-9]+$ ]] || [ "$number" -lt 1 ] || [ "$number" -gt 100000 ]; then
    echo "bench-peers: RUNS and HUNALIGN_TIMEOUT must be whole numbers from 1 to 100000, not '$number'" >&2
    exit 64
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "bench-peers: /usr/bin/time is missing (apt-get install -y time)" >&2
  exit 2
fi

echo "building hunalign in a scratch folder..." >&2
cp -r "$shared/peers/hunalign/src" "$work/hunalign-src"
if ! make -s -C "$work/hunalign-src/hunalign" -j "$(nproc)" > "$work/hunalign-build.log" 2>&1; then
  tail -n 20 "$work/hunalign-build.log" >&2
  echo "bench-peers: hunalign did not build (apt-get install -y g++ make)" >&2
  exit 2
fi
hunalign=$work/hunalign-src/hunalign/hunalign
dictionary=$(cd "$shared/peers/hunalign/data" && pwd)/null.dic

# Writes a copy of a one-sentence-per-line file with a space on each side of every
# punctuation mark and single spaces between tokens: the input hunalign expects.
tokenise() {
  python3 -c '
import re, sys
with open(sys.argv[1], encoding="utf-8") as lines, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in lines:
        out.write(" ".join(re.sub(r"([^\w\s])", r" \1 ", line).split()) + "\n")
' "$1" "$2"
}

# Runs a command under /usr/bin/time and appends "seconds kilobytes user system" to the file
# given first;
# the command's standard output goes to the file given second.
measure() {
  local record=$1 output=$2
  shift 2
  /usr/bin/time -f '%e %M %U %S' -o "$work/time.out" "$@" > "$output" 2>> "$work/stderr.log"
  cat "$work/time.out" >> "$record"
}

for target in 10000 100000; do
  python3 "$shared/tools/make_large.py" --out "$work/$target" --target "$target" >/dev/null
  tokenise "$work/$target/en.txt" "$work/$target/en.tok"
  tokenise "$work/$target/fr.txt" "$work/$target/fr.tok"
done
# hunalign writes a translate.txt into the current folder: keep it in the scratch folder.
cd "$work"
# The Bitext commands for each size (hunalign has its null dictionary; Bitext none either).
align_10000=("$bitext" align "$work/10000/en.txt" "$work/10000/fr.txt" --src-lang en --tgt-lang fr --segmented --no-dictionary)
align_100000=("$bitext" align "$work/100000/en.txt" "$work/100000/fr.txt" --src-lang en --tgt-lang fr --segmented --no-dictionary)

# Prints the medians of a record file and remembers them in $seconds, $megabytes and $cpu.
summarise() {
  local name=$1 record=$2
  read -r seconds megabytes cpu < <(python3 -c '
import statistics, sys
rows = [line.split() for line in open(sys.argv[1]) if line.strip()]
print(statistics.median(float(r[0]) for r in rows), statistics.median(int(r[1]) for r in rows) / 1024,
      statistics.median(float(r[2]) + float(r[3]) for r in rows))
' "$record")
  printf '%-26s median %7.2f s wall %7.1f MB peak %7.2f s CPU  (runs: %s)\n' "$name" "$seconds" "$megabytes" "$cpu" \
    "$(awk '{ printf "%s s/%d MB  ", $1, $2 / 1024 }' "$record")"
}

echo "10k bitext: $(wc -l < "$work/10000/en.txt") en / $(wc -l < "$work/10000/fr.txt") fr sentences; $runs alternating runs each"
for run in $(seq "$runs"); do
  measure "$work/bitext-10000" "$work/bitext-10000.align" "${align_10000[@]}"
  measure "$work/hunalign-10000" "$work/hunalign-10000.ladder" "$hunalign" "$dictionary" "$work/10000/en.tok" "$work/10000/fr.tok"
done
summarise "bitext align --segmented" "$work/bitext-10000"
bitext_seconds=$seconds bitext_megabytes=$megabytes bitext_cpu=$cpu
summarise "hunalign (null.dic)" "$work/hunalign-10000"
python3 -c 'import sys; s, m, c, hs, hm, hc = map(float, sys.argv[1:]); print(f"hunalign / bitext: wall time {hs / s:.2f}x, peak memory {hm / m:.2f}x, CPU time {hc / c:.2f}x")' \
  "$bitext_seconds" "$bitext_megabytes" "$bitext_cpu" "$seconds" "$megabytes" "$cpu"

echo "100k bitext: $(wc -l < "$work/100000/en.txt") en / $(wc -l < "$work/100000/fr.txt") fr sentences"
for run in $(seq "$runs"); do
  measure "$work/bitext-100000" "$work/bitext-100000.align" "${align_100000[@]}"
done
summarise "bitext align --segmented" "$work/bitext-100000"
python3 -c 'import sys; a, b, c, d = map(float, sys.argv[1:]); print(f"bitext at 100k / at 10k: wall time {b / a:.1f}, CPU time {d / c:.1f}")' \
  "$bitext_seconds" "$seconds" "$bitext_cpu" "$cpu"
echo "hunalign on the 100k bitext, once, timeout ${timeout_seconds} s:"
status=0
/usr/bin/time -f '%e %M' -o "$work/time.out" timeout "$timeout_seconds" \
  "$hunalign" "$dictionary" "$work/100000/en.tok" "$work/100000/fr.tok" > "$work/hunalign-100000.ladder" \
  2> "$work/hunalign-100000.err" || status=$?
read -r seconds kilobytes < <(grep -E '^[0-9.]+ [0-9]+$' "$work/time.out" | tail -n 1)
case $status in
  0) outcome="finished, $(wc -l < "$work/hunalign-100000.ladder") rungs" ;;
  124) outcome="stopped by the timeout" ;;
  *) outcome="exit status $status$( [ "$status" -gt 128 ] && echo " (signal $((status - 128)))")" ;;
esac
printf 'hunalign (null.dic)          %s after %.2f s, peak %.1f MB\n' "$outcome" "$seconds" "$(awk -v k="$kilobytes" 'BEGIN { print k / 1024 }')"
if [ "$status" -ne 0 ]; then
  echo "its last lines of standard error:"
  grep -v '^[0-9.]* [0-9]*$' "$work/hunalign-100000.err" | tail -n 5 | sed 's/^/  /'
fi

#!/usr/bin/env bash
# Aligns every document of ../shared/corpora/align/* with a release build of `bitext align`
# (default options, then again with a FreeDict dictionary from scripts/get-dictionary.sh),
# scores with `bitext eval`, and prints per set: strict P/R/F1, lax F1, seconds; then the
# calibration table (strict precision of beads by confidence decile) of the default run.
# Usage: scripts/eval-alignment.sh [--no-dictionary]
set -euo pipefail
source "$(dirname "$0")/common.sh"
setup_release_run eval-alignment corpora/align

# The languages of a set: from its gold file name, gold.<l1>-<l2>.
languages() { basename "$(ls "$1"/*/gold.*-* | head -1)" | sed 's/^gold\.//'; }

run() {  # run NAME SET [ALIGN OPTIONS...] -> prints one table row, leaves alignments in $work/NAME
  local name=$1 set=$2; shift 2
  local pair; pair=$(languages "$set"); local l1=${pair%-*} l2=${pair#*-}
  mkdir -p "$work/$name"
  local start end
  start=$(date +%s.%N)
  for doc in "$set"/*/; do
    doc=${doc%/}
    [ -f "$doc/gold.$pair" ] || continue
    "$bitext" align "$doc/$l1.txt" "$doc/$l2.txt" --src-lang "$l1" --tgt-lang "$l2" --segmented "$@" \
      -o "$work/$name/$(basename "$doc").align"
  done
  end=$(date +%s.%N)
  "$bitext" eval --set "$set" --test "$work/$name" --json > "$work/$name.json"
  python3 - "$work/$name.json" "$name" "$start" "$end" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{sys.argv[2]:<28} {r['precision_strict']:.4f}  {r['recall_strict']:.4f}  {r['f1_strict']:.4f}   {r['f1_lax']:.4f}  {float(sys.argv[4]) - float(sys.argv[3]):7.2f}")
PY
}

dictionaries=yes
[ "${1:-}" = "--no-dictionary" ] && dictionaries=no
printf '%-28s %-7s %-7s %-8s %-7s %s\n' "set (options)" "P" "R" "F1" "lax F1" "seconds"
for set in "$shared"/corpora/align/*/; do
  set=${set%/}
  run "$(basename "$set")" "$set"
  if [ "$dictionaries" = yes ]; then
    pair=$(languages "$set")
    if scripts/get-dictionary.sh "${pair%-*}" "${pair#*-}" "$work/$pair.tsv" 2>/dev/null; then
      run "$(basename "$set") +FreeDict" "$set" --dictionary "$work/$pair.tsv"
    else
      echo "$(basename "$set") +FreeDict: no dictionary (apt-get download dict-freedict-$pair failed)"
    fi
  fi
done

echo
echo "Calibration (default options, all sets): strict precision of beads by confidence"
for set in "$shared"/corpora/align/*/; do
  set=${set%/}
  "$bitext" eval --set "$set" --test "$work/$(basename "$set")" --calibration | sed -n '/^confidence/,$p' > "$work/$(basename "$set").calibration"
done
python3 - "$work"/*.calibration <<'PY'
import collections, sys
rows = collections.defaultdict(lambda: [0, 0])
for path in sys.argv[1:]:
    for line in open(path):
        parts = line.split()
        if len(parts) == 3 and parts[0][0].isdigit():
            beads = int(parts[1]); rows[parts[0]][0] += beads; rows[parts[0]][1] += round(float(parts[2]) * beads)
print("confidence   beads   strictly correct")
for key in sorted(rows, reverse=True):
    beads, correct = rows[key]
    print(f"{key:<12} {beads:<7} {correct / beads:.3f}")
PY

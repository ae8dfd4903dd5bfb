#!/usr/bin/env bash
# Aligns every document of ../shared/corpora/align/* with a release build of `bitext align`
# (default options with no dictionary, then again with the pair's dictionary installed by
# scripts/get-dictionary.sh into a scratch BITEXT_DATA: FreeDict, or CC-CEDICT for zh-en),
# scores with `bitext eval` (the Bible, whose gold is at verse level, with
# ../shared/tools/score_verses.py), and prints per set: strict P/R/F1, lax F1, seconds; under
# it, per document, strict P/R/F1 and the gold beads missed by error type (merged, split,
# shifted, wrong shape: see scripts/alignment-errors.py, which scores with score.py itself;
# the script stops if its pooled F1 and the row's differ); then the calibration table
# (strict precision of beads by confidence decile) of the default run on the sets with
# sentence-level gold.
# Usage: scripts/eval-alignment.sh [--no-dictionary] [--errors DIR] [--reversed]
#   --no-dictionary  only the default run of each set
#   --errors DIR     keep each run's error blocks, with the first words of their sentences,
#                    in DIR/<run>.errors
#   --reversed       each set aligned the other way round too (target as source, against the
#                    gold turned around), default options: the defaults were all chosen on the
#                    sets' own direction, and a choice that only suits it shows here
set -euo pipefail
source "$(dirname "$0")/common.sh"
dictionaries=yes errors= reversed=no
while [ $# -gt 0 ]; do
  case "$1" in
    --no-dictionary) dictionaries=no; shift ;;
    --errors) [ $# -ge 2 ] || { echo "eval-alignment: --errors needs a folder" >&2; exit 64; }
      errors=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    --reversed) reversed=yes; shift ;;
    *) echo "usage: scripts/eval-alignment.sh [--no-dictionary] [--errors DIR] [--reversed]" >&2; exit 64 ;;
  esac
done
setup_release_run eval-alignment corpora/align

# The languages of a set: from its gold file name, gold.<l1>-<l2>.
languages() { basename "$(ls "$1"/*/gold.*-* | head -1)" | sed 's/^gold\.//'; }

# reverse_set SET OUT: SET's documents in OUT with the gold turned around (gold.<l2>-<l1>, each
# bead's sides swapped), for aligning the target language as the source.
reverse_set() {
  local set=$1 out=$2 pair doc; pair=$(languages "$set")
  for doc in "$set"/*/; do
    doc=${doc%/}
    [ -f "$doc/gold.$pair" ] || continue
    mkdir -p "$out/$(basename "$doc")"
    cp "$doc"/* "$out/$(basename "$doc")/"
    rm "$out/$(basename "$doc")/gold.$pair"
    sed -E 's/^(\[[^]]*\]):(\[[^]]*\])/\2:\1/' "$doc/gold.$pair" > "$out/$(basename "$doc")/gold.${pair#*-}-${pair%-*}"
  done
}

# Whether a set's gold is at verse level (the Bible: <doc>/<lang>.verse beside the texts).
verse_level() { ls "$1"/*/*.verse >/dev/null 2>&1; }

# The dictionary's source for a pair, as the table names it.
origin() { case "$1" in zh-en|en-zh) echo CC-CEDICT ;; *) echo FreeDict ;; esac; }

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
  if verse_level "$set"; then
    python3 "$shared/tools/score_verses.py" -d "$set" "$work/$name" --json > "$work/$name.json"
  else
    "$bitext" eval --set "$set" --test "$work/$name" --json > "$work/$name.json"
  fi
  python3 - "$work/$name.json" "$name" "$start" "$end" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{sys.argv[2]:<28} {r['precision_strict']:.4f}  {r['recall_strict']:.4f}  {r['f1_strict']:.4f}   {r['f1_lax']:.4f}  {float(sys.argv[4]) - float(sys.argv[3]):7.2f}")
PY
  local verses=(); verse_level "$set" && verses=(--verses)
  local listing=(); [ -n "$errors" ] && listing=(--list "$errors/${name// /}.errors")
  python3 scripts/alignment-errors.py "$shared" "$set" "$work/$name" "${verses[@]}" "${listing[@]}" --json > "$work/$name.errors.json"
  python3 - "$work/$name.json" "$work/$name.errors.json" <<'PY'
import json, sys
row, detail = (json.load(open(p)) for p in sys.argv[1:])
if abs(row["f1_strict"] - detail["f1_strict"]) > 1e-9:
    sys.exit(f"eval-alignment: the scorers disagree: {row['f1_strict']} against score.py's {detail['f1_strict']}")
types = ("merged", "split", "shifted", "wrong shape")
if len(detail["per_doc"]) > 1:
    for doc in detail["per_doc"]:
        missed = " / ".join(str(doc["errors"][t]["gold_missed"]) for t in types)
        print(f"  {doc['document'][:26]:<26} {doc['precision_strict']:.4f}  {doc['recall_strict']:.4f}  {doc['f1_strict']:.4f}"
              f"   gold beads missed: {missed}")
e = detail["errors"]
print("  errors: " + "; ".join(f"{t} {e[t]['blocks']} ({e[t]['gold_missed']} gold, {e[t]['test_wrong']} test beads)" for t in types))
PY
}

printf '%-28s %-7s %-7s %-8s %-7s %s\n' "set (options)" "P" "R" "F1" "lax F1" "seconds"
echo "  (per document: strict P, R, F1; gold beads missed in blocks that were merged / split / shifted / wrong shape)"
for set in "$shared"/corpora/align/*/; do
  set=${set%/}
  run "$(basename "$set")" "$set" --no-dictionary
  if [ "$dictionaries" = yes ]; then
    pair=$(languages "$set"); name="$(basename "$set") +$(origin "$pair")"
    # Installed as a user installs it, and found by bitext with no flag.
    if BITEXT_DATA="$work/data" scripts/get-dictionary.sh "${pair%-*}" "${pair#*-}" 2>"$work/get-dictionary.log"; then
      BITEXT_DATA="$work/data" run "$name" "$set"
      rm -f "$work/data/dictionaries/$pair.tsv"
    else
      echo "$name: no dictionary ($(tail -1 "$work/get-dictionary.log"))"
    fi
  fi
  if [ "$reversed" = yes ]; then
    reverse_set "$set" "$work/reversed/$(basename "$set")"
    run "$(basename "$set") reversed" "$work/reversed/$(basename "$set")" --no-dictionary
  fi
done

echo
echo "Calibration (default options, sets with sentence-level gold): strict precision of beads by confidence"
for set in "$shared"/corpora/align/*/; do
  set=${set%/}
  verse_level "$set" && continue
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

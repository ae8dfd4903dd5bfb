#!/usr/bin/env bash
# Short documents: users align articles of a few dozen sentences more often than books, and
# the shared gold sets are long. Cuts every document of ../shared/corpora/align/* into
# documents of about N source sentences at gold bead boundaries (scripts/split-gold.py),
# aligns each with a release build of `bitext align` (default options, no dictionary unless
# `-- --dictionary FILE` gives one), and
# prints per set and size the pooled strict P/R/F1 (`bitext eval`; the Bible, whose gold is
# at verse level, with ../shared/tools/score_verses.py) and the gold beads missed by error
# type (scripts/alignment-errors.py). Cutting at gold boundaries makes each piece's first and
# last bead easier than in a real short document: compare runs with each other, not with
# the whole documents' figures. With --gale-church, ../shared/peers/galechurch.py aligns the
# same documents, scored the same way, in a row under each of Bitext's.
# Usage: scripts/eval-short.sh [--sizes "15 30 60 120"] [--gale-church] [-- ALIGN OPTIONS...]
#        (default sizes: 30)
set -euo pipefail
source "$(dirname "$0")/common.sh"
sizes=30 options=() peer=no
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) [ $# -ge 2 ] || { echo "eval-short: --sizes needs a list" >&2; exit 64; }
      sizes=$2; shift 2 ;;
    --gale-church) peer=yes; shift ;;
    --) shift; options=("$@"); break ;;
    *) echo 'usage: scripts/eval-short.sh [--sizes "15 30 60 120"] [--gale-church] [-- ALIGN OPTIONS...]' >&2; exit 64 ;;
  esac
done
for size in $sizes; do
  [[ "$size" =~ ^[0-9]+$ ]] && [ "$size" -ge 2 ] || { echo "eval-short: size $size is not a whole number of at least 2" >&2; exit 64; }
done
setup_release_run eval-short corpora/align

# score_row NAME SIZE PIECES ALIGNED -> one table row: pooled strict P/R/F1 and the gold beads
# missed by error type.
score_row() {
  local verses=()
  if ls "$3"/*/*.verse >/dev/null 2>&1; then
    python3 "$shared/tools/score_verses.py" -d "$3" "$4" --json > "$work/score.json"
    verses=(--verses)
  else
    "$bitext" eval --set "$3" --test "$4" --json > "$work/score.json"
  fi
  python3 scripts/alignment-errors.py "$shared" "$3" "$4" "${verses[@]}" --json > "$work/errors.json"
  python3 - "$work/score.json" "$work/errors.json" "$1" "$2" "$(ls "$3" | wc -l)" <<'PY'
import json, sys
score, errors = (json.load(open(p)) for p in sys.argv[1:3])
if abs(score["f1_strict"] - errors["f1_strict"]) > 1e-9:
    sys.exit(f"eval-short: the scorers disagree: {score['f1_strict']} against score.py's {errors['f1_strict']}")
missed = " / ".join(str(errors["errors"][t]["gold_missed"]) for t in ("merged", "split", "shifted", "wrong shape"))
print(f"{sys.argv[3]:<16} {sys.argv[4]:>5} {sys.argv[5]:>6}  {score['precision_strict']:.4f}  {score['recall_strict']:.4f}  {score['f1_strict']:.4f}  {missed}")
PY
}

printf '%-16s %5s %6s  %-7s %-7s %-7s %s\n' set size docs P R F1 "gold beads missed: merged / split / shifted / wrong shape"
for set in "$shared"/corpora/align/*/; do
  set=${set%/}; name=$(basename "$set")
  pair=$(basename "$(ls "$set"/*/gold.*-* | head -1)" | sed 's/^gold\.//'); l1=${pair%-*} l2=${pair#*-}
  for size in $sizes; do
    pieces="$work/pieces/$name-$size" out="$work/aligned/$name-$size"
    python3 scripts/split-gold.py "$set" "$pieces" --size "$size" 2>/dev/null
    mkdir -p "$out"
    for doc in "$pieces"/*/; do
      doc=${doc%/}
      "$bitext" align "$doc/$l1.txt" "$doc/$l2.txt" --src-lang "$l1" --tgt-lang "$l2" --segmented \
        ${options[@]+"${options[@]}"} -o "$out/$(basename "$doc").align"
    done
    score_row "$name" "$size" "$pieces" "$out"
    if [ "$peer" = yes ]; then
      mkdir -p "$out-gc"
      for doc in "$pieces"/*/; do
        doc=${doc%/}
        python3 "$shared/peers/galechurch.py" "$doc/$l1.txt" "$doc/$l2.txt" > "$out-gc/$(basename "$doc").align"
      done
      score_row "  Gale–Church" "$size" "$pieces" "$out-gc"
    fi
  done
done

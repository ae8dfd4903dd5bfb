#!/usr/bin/env bash
# Excerpts against whole documents: a user often holds a whole document and the translation
# of only part of it. Cuts from each document of the shared sets but the Bible (whose gold is
# at verse level) a tenth of the target side, at its start, middle and end
# (scripts/cut-excerpt.py), aligns each against the whole source with a release build of
# `bitext align` (default options, no dictionary), and prints per set and place the pooled
# strict F1 and how many of the source sentences outside the excerpt came out alone (a
# one-to-none bead), as they should.
# Usage: scripts/eval-excerpt.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
setup_release_run eval-excerpt corpora/align

printf '%-16s %-7s %6s  %-7s %s\n' set place docs F1 "source sentences outside the excerpt left alone"
for set in "$shared"/corpora/align/*/; do
  set=${set%/}; name=$(basename "$set")
  ls "$set"/*/*.verse >/dev/null 2>&1 && continue
  pair=$(basename "$(ls "$set"/*/gold.*-* | head -1)" | sed 's/^gold\.//'); l1=${pair%-*} l2=${pair#*-}
  python3 scripts/cut-excerpt.py "$set" "$work/excerpts/$name" 2>/dev/null
  for place in start middle end; do
    pieces="$work/pieces/$name-$place" out="$work/aligned/$name-$place"
    mkdir -p "$pieces" "$out"
    for doc in "$work/excerpts/$name"/*-"$place"/; do
      doc=${doc%/}
      ln -s "$doc" "$pieces/$(basename "$doc")"
      "$bitext" align "$doc/$l1.txt" "$doc/$l2.txt" --src-lang "$l1" --tgt-lang "$l2" --segmented --no-dictionary \
        -o "$out/$(basename "$doc").align"
    done
    f1=$("$bitext" eval --set "$pieces" --test "$out" --json | python3 -c 'import json, sys; print("%.4f" % json.load(sys.stdin)["f1_strict"])')
    alone=$(python3 - "$pieces" "$out" "$pair" <<'PY'
import glob, os, sys
pieces, out, pair = sys.argv[1:4]
outside = alone = 0
for doc in sorted(glob.glob(os.path.join(pieces, "*"))):
    gold = [b.split(":")[:2] for b in open(os.path.join(doc, "gold." + pair)).read().split("\n") if b.strip()]
    lonely = {b[0] for b in gold if b[1].strip() == "[]"}
    test = [b.split(":")[:2] for b in open(os.path.join(out, os.path.basename(doc) + ".align")).read().split("\n") if b.strip()]
    found = {b[0] for b in test if b[1].strip() == "[]"}
    outside += len(lonely)
    alone += len(lonely & found)
print(f"{alone} / {outside}")
PY
)
    printf '%-16s %-7s %6s  %-7s %s\n' "$name" "$place" "$(ls "$pieces" | wc -l)" "$f1" "$alone"
  done
done

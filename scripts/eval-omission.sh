#!/usr/bin/env bash
# Passages left out of a translation (or added to it): the sentences of such a passage have
# no counterpart, and the alignment should say so with one-sided beads, which `bitext
# coverage` then reports. No shared dev set has a passage of that size, so this script makes
# them: from each document of Text+Berg and TransRead it cuts a block of consecutive target
# sentences (a tenth of the document, from 45 % of the way in), rewrites the gold (the
# block's partners become one-sided beads), aligns the copy with a release build of
# `bitext align` (default options, no dictionary) and prints strict F1 on the copies beside
# the originals', and how many of the sentences left without a counterpart came out as
# one-sided beads; then the same with a block cut from the source side (an addition, seen
# from the other side).
# Usage: scripts/eval-omission.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
setup_release_run eval-omission corpora/align

# cut SET SIDE OUT: copies every document of SET into OUT with a block of SIDE's (source or
# target) sentences cut and the gold rewritten; writes each document's orphans (the other
# side's sentences whose partners were all cut) to OUT/<doc>/orphans, one index a line.
cut() {
  python3 - "$@" <<'PY'
import os, sys
corpus, side, out = sys.argv[1:4]
def indexes(field):
    return [int(x) for x in field.strip().strip("[]").split(",") if x.strip()]
for doc in sorted(os.listdir(corpus)):
    folder = os.path.join(corpus, doc)
    golds = [f for f in os.listdir(folder) if f.startswith("gold.")] if os.path.isdir(folder) else []
    if not golds:
        continue
    pair = golds[0][len("gold."):]
    languages = pair.split("-")
    texts = [open(os.path.join(folder, f"{language}.txt"), encoding="utf-8").read().splitlines() for language in languages]
    cut_side = 0 if side == "source" else 1
    count = len(texts[cut_side])
    start = int(count * 0.45)
    end = start + max(1, count // 10)
    texts[cut_side] = texts[cut_side][:start] + texts[cut_side][end:]
    beads, orphans = [], []
    for line in open(os.path.join(folder, golds[0]), encoding="utf-8"):
        if not line.strip():
            continue
        sides = [indexes(field) for field in line.split(":")[:2]]
        had = bool(sides[cut_side])
        sides[cut_side] = [i if i < start else i - (end - start) for i in sides[cut_side] if not start <= i < end]
        other = sides[1 - cut_side]
        if had and not sides[cut_side] and other:
            orphans += other
            for i in other:
                bead = [[], []]
                bead[1 - cut_side] = [i]
                beads.append(bead)
        elif sides[0] or sides[1]:
            beads.append(sides)
    target = os.path.join(out, doc)
    os.makedirs(target, exist_ok=True)
    for language, text in zip(languages, texts):
        with open(os.path.join(target, f"{language}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(text) + "\n")
    with open(os.path.join(target, golds[0]), "w", encoding="utf-8") as f:
        for s, t in beads:
            f.write(f"[{', '.join(map(str, s))}]:[{', '.join(map(str, t))}]\n")
    with open(os.path.join(target, "orphans"), "w") as f:
        f.write("".join(f"{i}\n" for i in orphans))
PY
}

# align SET OUT: aligns every document of SET into OUT/<doc>.align; prints strict F1.
align() {
  local set=$1 out=$2 pair l1 l2
  pair=$(basename "$(ls "$set"/*/gold.*-* | head -1)" | sed 's/^gold\.//')
  l1=${pair%-*} l2=${pair#*-}
  mkdir -p "$out"
  for doc in "$set"/*/; do
    doc=${doc%/}
    [ -f "$doc/gold.$pair" ] || continue
    "$bitext" align "$doc/$l1.txt" "$doc/$l2.txt" --src-lang "$l1" --tgt-lang "$l2" --segmented --no-dictionary \
      -o "$out/$(basename "$doc").align"
  done
  "$bitext" eval --set "$set" --test "$out" --json | python3 -c 'import json, sys; print("%.4f" % json.load(sys.stdin)["f1_strict"])'
}

# reported SET OUT SIDE: of the orphans of SET's documents (sentences of the side not cut),
# how many OUT's alignments put in one-sided beads, as "found / all".
reported() {
  python3 - "$@" <<'PY'
import os, sys
corpus, out, side = sys.argv[1:4]
other = 1 if side == "source" else 0
found = total = 0
for doc in sorted(os.listdir(corpus)):
    path = os.path.join(corpus, doc, "orphans")
    if not os.path.exists(path):
        continue
    orphans = {int(line) for line in open(path) if line.strip()}
    alone = set()
    for line in open(os.path.join(out, f"{doc}.align")):
        sides = [[int(x) for x in field.strip().strip("[]").split(",") if x.strip()] for field in line.split(":")[:2]]
        if not sides[1 - other]:
            alone.update(sides[other])
    found += len(orphans & alone)
    total += len(orphans)
print(f"{found} / {total}")
PY
}

printf '%-16s %-10s %-12s %-22s %-12s %s\n' "set" "original" "target cut" "left alone (of all)" "source cut" "left alone (of all)"
for name in textberg-dev transread-dev; do
  set="$shared/corpora/align/$name"
  row=("$(align "$set" "$work/out/$name")")
  for side in target source; do
    copy="$work/$name-$side"
    cut "$set" "$side" "$copy"
    row+=("$(align "$copy" "$work/out/$name-$side")" "$(reported "$copy" "$work/out/$name-$side" "$side")")
  done
  printf '%-16s %-10s %-12s %-22s %-12s %s\n' "$name" "${row[@]}"
done

#!/usr/bin/env bash
# A stand-in for a distant language pair, where the two sides share no word, name or
# cognate: writes one side of Text+Berg, TransRead (the French) and the Bible (the English)
# with every word replaced by a made-up one (the same word always by the same made-up word;
# digits, punctuation and spacing kept), aligns each copy with a release build of `bitext
# align` (default options, no dictionary) and prints strict F1 beside the set's own (the
# Bible's by its verse scorer). Two kinds of made-up words:
#   "qx"     each starts with "qx", so that none looks like a word of the other side: what
#            is left is lengths, numbers, punctuation and the translations Bitext learns
#            from the pair itself;
#   "Latin"  syllables of common Latin letters ("lopiha", "tose"), which often share their
#            first four letters with words of the other side, or most of their letters
#            with its transliterated words: an unrelated language in the same script, or
#            one whose transliteration reads like it. Spurious cognates then mislead the
#            first pass.
# What it measures: how much of the alignment rests on words both sides spell alike, and
# what spurious likenesses cost; what a real pair such as English–Japanese or
# Hungarian–English keeps of its names and cognates lies between.
# Usage: scripts/eval-cipher.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
setup_release_run eval-cipher corpora/align

# cipher KIND FILE: FILE's words replaced by made-up ones of KIND (qx, Latin), on standard output.
cipher() {
  python3 - "$1" "$2" <<'PY'
import hashlib, re, sys
consonants, vowels = "bcdfghjklmnprstvz", "aeiou"
kind, path = sys.argv[1:3]
def made_up(word):
    h = int(hashlib.md5(word.lower().encode()).hexdigest(), 16)
    out = "qx" if kind == "qx" else ""
    for _ in range(2 + h % 3):
        out += consonants[h % 17]; h //= 17
        out += vowels[h % 5]; h //= 5
    return out.capitalize() if word[:1].isupper() else out
with open(path, encoding="utf-8") as f:
    for line in f:
        sys.stdout.write(re.sub(r"[^\W\d_]+", lambda m: made_up(m.group(0)), line))
PY
}

# score NAME SETDIR SOURCE TARGET: aligns every document of SETDIR, prints strict F1.
score() {
  local name=$1 set=$2 source=$3 target=$4
  mkdir -p "$work/out/$name"
  for doc in "$set"/*/; do
    doc=${doc%/}
    [ -f "$doc/$source.txt" ] || continue
    "$bitext" align "$doc/$source.txt" "$doc/$target.txt" --src-lang "$source" --tgt-lang "$target" --segmented \
      --no-dictionary -o "$work/out/$name/$(basename "$doc").align"
  done
  if [ "$name" = "${name#bible}" ]; then
    "$bitext" eval --set "$set" --test "$work/out/$name" --json
  else
    python3 "$shared/tools/score_verses.py" -d "$set" "$work/out/$name" --json
  fi | python3 -c 'import json, sys; print("%.4f" % json.load(sys.stdin)["f1_strict"])'
}

printf '%-16s %-10s %-10s %s\n' "set" "original" "qx" "Latin"
for entry in "textberg-dev de fr fr" "transread-dev en fr fr" "bible-zh-en zh en en"; do
  read -r name source target ciphered <<<"$entry"
  set="$shared/corpora/align/$name"
  row="$(score "$name" "$set" "$source" "$target")"
  for kind in qx Latin; do
    rewrite_set "$set" "$work/$name-$kind" "$ciphered.txt" cipher "$kind"
    row="$row $(score "$name-$kind" "$work/$name-$kind" "$source" "$target")"
  done
  printf '%-16s %-10s %-10s %s\n' "$name" $row
done

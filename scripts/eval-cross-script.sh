#!/usr/bin/env bash
# A stand-in for language pairs across scripts, which no shared dev set has in Cyrillic,
# Greek, Arabic or Hebrew: writes the French side of Text+Berg and TransRead in those letters
# with ICU's Latin-Cyrillic, Latin-Greek, Latin-Arabic and Latin-Hebrew transforms (uconv,
# Debian's icu-devtools; Arabic and Hebrew without their vowel marks, as they are written),
# aligns each with a release build of `bitext align` as Russian, Greek, Arabic and Hebrew
# (--tgt-lang ru / el / ar / he, no dictionary), and prints strict F1 beside the set's own in
# Latin letters.
# What it measures: what the path for other scripts loses (words folded through ICU's
# Any-Latin, names and cognates matched by LCSR, digits and punctuation of every script),
# not how well Bitext aligns real Russian or Greek: folding the transliterated French gives
# back nearly its Latin spelling.
# Usage: scripts/eval-cross-script.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
if ! command -v uconv >/dev/null; then
  echo "eval-cross-script: uconv not found (Debian: apt-get install icu-devtools)" >&2
  exit 2
fi
setup_release_run eval-cross-script corpora/align

# align NAME SETDIR TARGET-LANGUAGE: aligns every document of SETDIR (its en/de.txt with its
# fr.txt), prints NAME's strict F1.
align() {
  local name=$1 set=$2 language=$3 pair source
  pair=$(basename "$(ls "$set"/*/gold.*-* | head -1)" | sed 's/^gold\.//')
  source=${pair%-*}
  mkdir -p "$work/out/$name"
  for doc in "$set"/*/; do
    doc=${doc%/}
    "$bitext" align "$doc/$source.txt" "$doc/fr.txt" --src-lang "$source" --tgt-lang "$language" --segmented --no-dictionary \
      -o "$work/out/$name/$(basename "$doc").align"
  done
  "$bitext" eval --set "$set" --test "$work/out/$name" --json | python3 -c 'import json, sys; print("%.4f" % json.load(sys.stdin)["f1_strict"])'
}

printf '%-16s %-10s %-10s %-10s %-10s %s\n' "set" "Latin" "Cyrillic" "Greek" "Arabic" "Hebrew"
for name in textberg-dev transread-dev; do
  set="$shared/corpora/align/$name"
  row="$(align "$name" "$set" fr)"
  for script in Cyrillic Greek Arabic Hebrew; do
    copy="$work/$name-$script"
    case "$script" in
      Cyrillic) language=ru transform="Latin-Cyrillic" ;;
      Greek) language=el transform="Latin-Greek" ;;
      # Written as these languages are, without their vowel marks: words become skeletons
      # of consonants, which look like many words of the other side.
      Arabic) language=ar transform="::Latin-Arabic; ::NFD; [:Mn:] > ; ::NFC;" ;;
      Hebrew) language=he transform="::Latin-Hebrew; ::NFD; [:Mn:] > ; ::NFC;" ;;
    esac
    rewrite_set "$set" "$copy" fr.txt uconv -x "$transform"
    row="$row $(align "$name-$script" "$copy" "$language")"
  done
  printf '%-16s %-10s %-10s %-10s %-10s %s\n' "$name" $row
done

#!/usr/bin/env bash
# Builds a bilingual dictionary for `bitext align --dictionary` from Debian's FreeDict
# packages: dict-freedict-L1-L2 (and L2-L1, reversed, when Debian has it). The packages are
# fetched with `apt-get download` and unpacked in a temporary folder: no root needed (but
# the package lists must be current: `apt-get update` once).
# Output: two-column TSV, source<TAB>target, one-word entries only, sorted and unique.
# Usage: scripts/get-dictionary.sh L1 L2 [OUT]     e.g. scripts/get-dictionary.sh de fr de-fr.tsv
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 L1 L2 [OUT]  (languages as en, fr, de, es, it, pt, nl or FreeDict's eng, fra, …)" >&2
  exit 64
fi
code() {
  case "$1" in
    en) echo eng ;; fr) echo fra ;; de) echo deu ;; es) echo spa ;; it) echo ita ;;
    pt) echo por ;; nl) echo nld ;; *) echo "$1" ;;
  esac
}
source=$(code "$1"); target=$(code "$2"); out=${3:-/dev/stdout}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
found=0
for pair in "$source-$target" "$target-$source"; do
  if (cd "$work" && apt-get download -qq "dict-freedict-$pair" >/dev/null 2>&1); then
    dpkg-deb -x "$work"/dict-freedict-"$pair"_*.deb "$work/x"
    found=1
  fi
done
if [ "$found" = 0 ]; then
  echo "get-dictionary: Debian has neither dict-freedict-$source-$target nor dict-freedict-$target-$source" >&2
  exit 1
fi
python3 - "$work/x/usr/share/dictd" "$source" "$target" > "$work/dictionary.tsv" <<'PY'
import gzip, os, re, sys

folder, source, target = sys.argv[1:4]
DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

def number(text):
    value = 0
    for c in text:
        value = value * 64 + DIGITS.index(c)
    return value

def entries(name):
    """(headword, [translations]) of a dictd dictionary."""
    data = gzip.open(os.path.join(folder, name + ".dict.dz")).read()
    for line in open(os.path.join(folder, name + ".index"), encoding="utf-8"):
        word, offset, length = line.rstrip("\n").split("\t")[:3]
        if word.startswith("00"):
            continue
        lines = data[number(offset):number(offset) + number(length)].decode("utf-8", "replace").split("\n")
        translations = []
        for text in lines[1:]:
            text = re.sub(r"^\s*\d+\.\s*", "", text).strip()
            # Translation lines are short lists; longer lines are definitions or notes.
            if not text or len(text.split()) > 4:
                continue
            translations += [t.strip() for t in re.split(r"[,;]", text) if t.strip()]
        yield word, translations

pairs = set()
for name, reverse in (("freedict-%s-%s" % (source, target), False), ("freedict-%s-%s" % (target, source), True)):
    if not os.path.exists(os.path.join(folder, name + ".index")):
        continue
    for word, translations in entries(name):
        for translation in translations:
            a, b = (translation, word) if reverse else (word, translation)
            if a and b and " " not in a and " " not in b and "\t" not in a + b:
                pairs.add((a, b))
for a, b in sorted(pairs):
    print(a + "\t" + b)
PY
echo "get-dictionary: $(wc -l < "$work/dictionary.tsv") entries" >&2
if [ "$out" = /dev/stdout ]; then cat "$work/dictionary.tsv"; else mv "$work/dictionary.tsv" "$out"; fi

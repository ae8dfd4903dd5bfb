#!/usr/bin/env bash
# `bitext batch` on a manifest of 1,000 document pairs made from the shared dev sets (the four
# TransRead books, repeated): prints seconds with --jobs 1 and --jobs 2 and the speed-up, checks
# that both write the same bytes, and that shards 0/3, 1/3 and 2/3 joined by `bitext merge` are
# the unsharded corpus byte for byte (and times the merge).
# Usage: scripts/bench-batch.sh [PAIRS]
set -euo pipefail
source "$(dirname "$0")/common.sh"
setup_release_run bench-batch corpora/align
pairs=${1:-1000}
align=$(cd "$shared/corpora/align" && pwd)
# One language pair for the whole batch: the en-fr books (Text+Berg is de-fr).
documents=()
for book in "$align"/transread-dev/*/; do
  documents+=("${book}en.txt	${book}fr.txt")
done
for ((k = 0; k < pairs; k++)); do
  printf '%s\tdoc-%04d\n' "${documents[k % ${#documents[@]}]}" "$k"
done > "$work/manifest.tsv"
echo "manifest: $pairs pairs of the TransRead dev books (en-fr)"
timed() {  # timed NAME BATCH-ARGUMENTS...
  local start end name=$1; shift
  start=$(date +%s.%N)
  "$bitext" batch "$work/manifest.tsv" --src-lang en --tgt-lang fr --segmented "$@" 2>/dev/null
  end=$(date +%s.%N)
  python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$end" > "$work/$name.seconds"
}
timed jobs1 --format jsonl --jobs 1 -o "$work/jobs1.jsonl"
timed jobs2 --format jsonl --jobs 2 -o "$work/jobs2.jsonl"
echo "--jobs 1: $(cat "$work/jobs1.seconds") s   --jobs 2: $(cat "$work/jobs2.seconds") s   speed-up: $(python3 -c "print(f'{$(cat "$work/jobs1.seconds") / $(cat "$work/jobs2.seconds"):.2f}')")"
if cmp -s "$work/jobs1.jsonl" "$work/jobs2.jsonl"; then echo "--jobs 1 and --jobs 2: identical bytes"; else echo "--jobs 1 and --jobs 2: DIFFERENT"; fi
for k in 0 1 2; do
  "$bitext" batch "$work/manifest.tsv" --src-lang en --tgt-lang fr --segmented --format jsonl --shard "$k/3" \
    -o "$work/shard$k.jsonl" 2>/dev/null
done
start=$(date +%s.%N)
"$bitext" merge "$work/shard0.jsonl" "$work/shard1.jsonl" "$work/shard2.jsonl" -o "$work/merged.jsonl"
end=$(date +%s.%N)
merge_seconds=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$end")
if cmp -s "$work/merged.jsonl" "$work/jobs2.jsonl"; then
  echo "bitext merge of shards 0/3, 1/3, 2/3: the unsharded corpus byte for byte ($(wc -l < "$work/jobs2.jsonl") beads, $(wc -c < "$work/jobs2.jsonl") bytes, merged in $merge_seconds s)"
else
  echo "bitext merge of shards 0/3, 1/3, 2/3: DIFFERENT from the unsharded corpus"
fi

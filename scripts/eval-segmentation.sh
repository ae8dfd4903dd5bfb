#!/usr/bin/env bash
# Scores `bitext segment` (release build) on the shared segmentation sets with
# ../shared/tools/segscore.py and prints one table: boundary P/R/F1 per running-text set,
# golden-rule cases passed, the seed article's unit count, and throughput on a 20 MB text.
# Usage: scripts/eval-segmentation.sh [--errors N]   (N example errors per set)
set -euo pipefail
source "$(dirname "$0")/common.sh"
setup_release_run eval-segmentation corpora/seg
errors=0
[ "${1:-}" = "--errors" ] && errors=${2:-10}

printf '%-22s %7s %7s %7s %8s\n' set P R F1 sents
for set in ud-fr-gsd-dev ud-en-ewt-dev; do
  lang=${set:3:2}
  raw=$shared/corpora/seg/$set.txt
  "$bitext" segment --lang "$lang" "$raw" > "$work/$set.sents"
  python3 "$shared/tools/segscore.py" "$raw" "$shared/corpora/seg/$set.sents" "$work/$set.sents" --json \
    --errors "$errors" > "$work/$set.json"
  python3 - "$work/$set.json" "$set" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{sys.argv[2]:<22} {r['P']:7.4f} {r['R']:7.4f} {r['F1']:7.4f} {r['sys_sents']:8d}")
for kind in ('false_splits', 'missed_splits'):
    for example in r.get(kind, []):
        print(f"    {kind[:-1]}: {example}")
PY
done

# Golden rules: each case is segmented alone; cases are separated by one empty line.
for lang in en fr; do
  gold=$shared/corpora/seg/$lang-golden.json
  python3 - "$gold" "$bitext" "$lang" "$work/$lang-golden.txt" <<'PY'
import json, subprocess, sys
cases = json.load(open(sys.argv[1]))
with open(sys.argv[4], "w", encoding="utf-8") as out:
    for case in cases:
        result = subprocess.run([sys.argv[2], "segment", "--lang", sys.argv[3]], input=case["text"].encode(),
                                capture_output=True, check=True)
        out.write(result.stdout.decode() + "\n")
PY
  python3 "$shared/tools/segscore.py" --golden "$gold" "$work/$lang-golden.txt" --json --errors "$errors" \
    > "$work/$lang-golden.json"
  python3 - "$work/$lang-golden.json" "$lang" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{sys.argv[2] + '-golden':<22} {r['P']:7.4f} {r['R']:7.4f} {r['F1']:7.4f}   passed {r['passed']}/{r['cases']}")
for case in r.get('failed_cases', []):
    print(f"    failed {case['id']} {case['rule']}: {case['sys']}")
PY
done

seed=$shared/corpora/seed/article.fr.txt
if [ -f "$seed" ]; then
  "$bitext" segment --lang fr "$seed" > "$work/seed.sents"
  printf '%-22s %d units (gold held out; inspect with: bitext segment --lang fr %s)\n' seed-article.fr \
    "$(wc -l < "$work/seed.sents")" "$seed"
fi

echo
echo "Throughput (scripts/bench-segmentation.sh):"
scripts/bench-segmentation.sh 2>/dev/null

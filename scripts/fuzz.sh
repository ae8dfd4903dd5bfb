#!/usr/bin/env bash
# Fuzzes the code that reads untrusted bytes with libFuzzer and AddressSanitizer: the
# segmenter (any bytes, decoded and segmented), the batch manifest reader, the beads
# reader, the HTML reader (with boilerplate marking), the subtitle readers, and the numbers
# that enter from outside (beads scores, SOURCE_DATE_EPOCH). Each target runs for SECONDS
# (default 300); crashing inputs are kept in fuzz-findings/<target>/ and must become
# regression tests.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]    targets: segmenter manifest beads html subtitles numbers
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(segmenter manifest beads html subtitles numbers)
runtime=$(dirname "$(find /opt/swift/usr/lib /usr/lib -name 'libclang_rt.fuzzer_no_main-x86_64.a' 2>/dev/null | head -1)")
# Coverage instrumentation and libFuzzer without its own main (SwiftPM gives executables one).
swift build -c release --product BitextFuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=address -Xswiftc -sanitize-coverage=edge,trace-cmp,pc-table,inline-8bit-counters \
  -Xswiftc -DFUZZING -Xlinker "$runtime/libclang_rt.fuzzer_no_main-x86_64.a" -Xlinker -lstdc++ >&2
fuzzer=$PWD/.build-fuzz/release/BitextFuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in "${targets[@]}"; do
  mkdir -p "$work/$target" "fuzz-findings/$target"
  case $target in
    segmenter) cp corpora/sample/*.txt "$work/$target/" ;;
    manifest) printf 'a.en\ta.fr\tdoc\n# comment\nb.en\tb.fr\n' > "$work/$target/seed" ;;
    beads) printf '[0]:[0]:0.873\n[1, 2]:[]\n[]:[1]\n' > "$work/$target/seed" ;;
    html) printf '<html><head><meta charset="utf-8"></head><body><nav class="menu"><a href="/">Home</a></nav><article><h1>Title</h1><p>Text &amp; more<br>text.</p></article></body></html>' > "$work/$target/seed" ;;
    subtitles) cp corpora/sample/*.srt "$work/$target/" ;;
    numbers) printf '0.873\x00\x00\x00\x00\x00\x00\x01nan\x01\x00\x00\x00\x00\x00\x001e400\x011700000000' > "$work/$target/seed" ;;
  esac
  BITEXT_FUZZ_TARGET=$target "$fuzzer" "$work/$target" -max_total_time="$seconds" -print_final_stats=1 \
    -artifact_prefix="fuzz-findings/$target/" > "$work/$target.log" 2>&1 || true
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log")
  crashes=$(find "fuzz-findings/$target" -type f | wc -l)
  echo "$target: $runs runs in $seconds s ($((runs / seconds)) per second), $crashes crashing input(s) in fuzz-findings/$target/"
done

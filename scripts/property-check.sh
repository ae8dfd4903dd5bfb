#!/usr/bin/env bash
# Property tests at scale: the aligner's coverage invariants (every sentence exactly once,
# in order, beads within size, confidences in [0, 1]) on random documents and random
# translator-like edits, and the corpus round trip (TSV, JSONL, TMX written and read back),
# with BITEXT_PROPERTY_CASES cases each (default 10,000; `swift test` runs 300 and 200).
# Usage: scripts/property-check.sh [CASES]
set -euo pipefail
cd "$(dirname "$0")/.."
export BITEXT_PROPERTY_CASES=${1:-10000}
echo "property check: $BITEXT_PROPERTY_CASES random cases (release build)"
swift test -c release -Xswiftc -enable-testing --filter "AlignerInvariantTests.everySentenceOnceInOrderOnRandomEdits|RoundTripTests" 2>&1 \
  | grep -E "✔|✘|passed|failed|error:" | grep -v "started" | tail -20

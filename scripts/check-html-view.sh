#!/usr/bin/env bash
# Renders the HTML view of the bundled sample in headless Chromium (Debian's `chromium`)
# and checks it against `bitext coverage --json`: the counts in the summary, the marked
# rows, every sentence of both sides exactly once. Also takes a screenshot and prints the
# page to PDF, and checks both are real images/pages.
# Usage: scripts/check-html-view.sh [OUT_DIR]   (keeps tram.html, tram.json, tram.png, tram.pdf there)
# Uses $BITEXT as the executable when set, else builds the release one.
# Exit status: 0 when every check holds, 1 when one fails, 2 when chromium or python3 is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ] || ! command -v python3 >/dev/null; then
  echo "check-html-view: chromium and python3 are needed (apt-get install -y chromium python3)" >&2
  exit 2
fi
bitext=${BITEXT:-}
if [ -z "$bitext" ]; then
  swift build -c release --product bitext >&2
  bitext=$(swift build -c release --show-bin-path)/bitext
fi
# Chromium wants a writable home and profile: a temporary one, removed on exit, and so is
# the output folder unless one was given.
profile=$(mktemp -d)
out=${1:-}
temporary_out=
if [ -z "$out" ]; then
  out=$(mktemp -d)
  temporary_out=$out
fi
trap 'rm -rf "$profile" $temporary_out' EXIT
mkdir -p "$out"
out=$(cd "$out" && pwd)

status=0
"$bitext" coverage corpora/sample/tram.en.txt corpora/sample/tram.fr.txt --src-lang en --tgt-lang fr \
  --min-confidence 0.75 --json --html "$out/tram.html" > "$out/tram.json" || status=$?
if [ "$status" -ne 0 ]; then
  echo "check-html-view: bitext coverage exited with $status" >&2
  exit 1
fi

browse() {
  HOME=$profile timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$profile/chromium" --no-first-run --disable-extensions "$@" 2>/dev/null
}
page="file://$out/tram.html"
browse --dump-dom "$page" > "$out/tram.dom.html"
browse --window-size=1280,2000 --screenshot="$out/tram.png" "$page" >/dev/null
browse --no-pdf-header-footer --print-to-pdf="$out/tram.pdf" "$page" >/dev/null

python3 - "$out" <<'PY'
import json, re, struct, sys
from html.parser import HTMLParser

out = sys.argv[1]
report = json.load(open(f"{out}/tram.json"))


class Page(HTMLParser):
    """Collects the bead rows (class, id, sentence count per side), the summary counts and
    the links to marked beads."""

    def __init__(self):
        super().__init__()
        self.rows, self.counts, self.span, self.jump_kind, self.jumps = [], {}, None, None, []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "tr" and "bead" in classes:
            self.rows.append({"kind": [c for c in classes if c != "bead"][0], "id": attrs.get("id"), "cells": []})
        elif tag == "li" and not self.rows:
            self.jump_kind = classes[0] if classes else None
        elif tag == "a" and self.jump_kind and (attrs.get("href") or "").startswith("#"):
            self.jumps.append((self.jump_kind, attrs["href"][1:]))
        elif tag == "td" and self.rows and attrs.get("lang"):
            self.rows[-1]["cells"].append(0)
        elif tag == "p" and self.rows and self.rows[-1]["cells"]:
            self.rows[-1]["cells"][-1] += 1
        elif tag == "span" and (attrs.get("id") or "").startswith("count-"):
            self.span = attrs["id"]

    def handle_data(self, data):
        if self.span:
            self.counts[self.span] = int(data)
            self.span = None


page = Page()
page.feed(open(f"{out}/tram.dom.html", encoding="utf-8").read())
failures = []


def check(name, seen, expected):
    print(f"{name:<40} page {seen:<5} json {expected}")
    if seen != expected:
        failures.append(name)


kinds = [row["kind"] for row in page.rows]
check("beads", len(page.rows), report["beads"])
check("summary: source with no translation", page.counts.get("count-unmatched-source"), len(report["unmatched_source"]))
check("summary: target with no source", page.counts.get("count-unmatched-target"), len(report["unmatched_target"]))
check("summary: unsure beads", page.counts.get("count-uncertain"), len(report["low_confidence"]))
check("rows marked: source with no translation", sum(r["cells"][0] for r in page.rows if r["kind"] == "unmatched-source"),
      len(report["unmatched_source"]))
check("rows marked: target with no source", sum(r["cells"][1] for r in page.rows if r["kind"] == "unmatched-target"),
      len(report["unmatched_target"]))
check("rows marked: unsure", kinds.count("uncertain"), len(report["low_confidence"]))
check("source sentences shown", sum(r["cells"][0] for r in page.rows), report["source"]["sentences"])
check("target sentences shown", sum(r["cells"][1] for r in page.rows), report["target"]["sentences"])

rows_by_id = {row["id"]: row["kind"] for row in page.rows}
# One-sided beads hold one sentence each, so the JSON's lists count the marked beads.
check("links to marked beads", sum(rows_by_id.get(target) == kind for kind, target in page.jumps),
      len(report["unmatched_source"]) + len(report["unmatched_target"]) + len(report["low_confidence"]))
png = open(f"{out}/tram.png", "rb").read()
width, height = struct.unpack(">II", png[16:24]) if png[:8] == b"\x89PNG\r\n\x1a\n" else (0, 0)
print(f"{'screenshot':<40} {width}x{height}, {len(png)} bytes")
if (width, height) != (1280, 2000) or len(png) < 50_000:
    failures.append("screenshot")
pages = len(re.findall(rb"/Type\s*/Page\b", open(f"{out}/tram.pdf", "rb").read()))
print(f"{'printed (PDF)':<40} {pages} page(s)")
if pages < 2:
    failures.append("print")
if failures:
    print("FAILED: " + ", ".join(failures))
    sys.exit(1)
print("all checks passed")
PY

#!/usr/bin/env bash
# The review page (`--html`) in headless Chromium (Debian's `chromium`), for the bundled
# sample and, when ../shared (or $BITEXT_SHARED) is there, the four TransRead dev novels.
# For each document it checks the page against `bitext coverage --json` (the counts in the
# summary, the marked rows, every sentence of both sides exactly once), then, in a test
# copy of the page with a checking script appended, at 1400x1000 and at 400x900: no
# horizontal overflow, the bar and the column headers still on screen after scrolling down,
# `n` and `p` landing on the next and previous problem just under the headers, and
# "problems only" showing the problems and the rows marked as context only, the rest
# counted in fold rows that open. Screenshots at both sizes, of the top of the page and of
# the test copy's final state (problems only, second problem); for the sample also a
# 1280x2000 screenshot and a PDF print, checked to be real images and pages.
# Usage: scripts/check-html-view.sh [OUT_DIR]   (keeps NAME.html, NAME.json, NAME-WIDTH.png,
#        NAME-WIDTH-review.png, tram.png and tram.pdf there)
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

# The documents: name, source, target, options.
documents=("tram|corpora/sample/tram.en.txt|corpora/sample/tram.fr.txt|--min-confidence 0.75")
novels=${BITEXT_SHARED:-../shared}/corpora/align/transread-dev
for book in AlicesAdventuresInWonderland Emma JaneEyre LesConfessions; do
  if [ -f "$novels/$book/en.txt" ] && [ -f "$novels/$book/fr.txt" ]; then
    documents+=("$book|$novels/$book/en.txt|$novels/$book/fr.txt|--segmented")
  else
    echo "check-html-view: $novels/$book not found: novel skipped (put the shared data beside the repository or set BITEXT_SHARED)" >&2
  fi
done

browse() {
  HOME=$profile timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$profile/chromium" --no-first-run --disable-extensions "$@" 2>/dev/null
}

cat > "$profile/check.js" <<'JS'
// Appended by scripts/check-html-view.sh to a test copy of a review page (never to the page
// bitext writes): checks in the browser what only a browser can tell, then writes its
// verdict as JSON to the page that frames it, which shows it in <pre id="bitext-check"> for
// the script to read from --dump-dom.
// It leaves the page in "problems only" mode at the second problem, for the screenshot.
window.addEventListener("load", async function () {
  "use strict";
  var page = document, root = page.documentElement, failures = [], notes = {};
  var bar = page.querySelector(".bar"), head = page.querySelector(".beads thead");
  var toggle = page.getElementById("problems-only");
  var rows = Array.prototype.slice.call(page.querySelectorAll(".beads tr.bead"));
  var problems = rows.filter(function (row) { return !row.classList.contains("matched"); });
  var maxSteps = 12;
  function fail(message) { failures.push(message); }
  // Time for the page to draw, as a reader's browser would between key presses.
  function wait() { return new Promise(function (done) { setTimeout(done, 150); }); }
  function shown(element) { return element.getClientRects().length > 0; }
  function press(key) { page.body.dispatchEvent(new KeyboardEvent("keydown", { key: key, bubbles: true, cancelable: true })); }
  function line() { return head.getBoundingClientRect().bottom; }
  // The row a reader sees just under the column headers is `row`, or the page cannot
  // scroll further and `row` is on screen below them.
  function landedOn(row, what) {
    var top = row.getBoundingClientRect().top, y = line();
    var atEnd = window.scrollY >= root.scrollHeight - window.innerHeight - 2;
    if (!(Math.abs(top - y) < 3 || (atEnd && top >= y - 3 && top < window.innerHeight - 10))) {
      fail(what + ": " + row.id + " is at " + Math.round(top) + " px, the headers end at " + Math.round(y) + " px");
      return;
    }
    var hit = page.elementFromPoint(window.innerWidth / 2, Math.max(top, y) + 4);
    if (!hit || hit.closest("tr") !== row) {
      fail(what + ": the row seen under the headers is " + (hit && hit.closest("tr") ? hit.closest("tr").id : "none") + ", not " + row.id);
    }
    if (!row.classList.contains("current")) { fail(what + ": " + row.id + " is not marked current"); }
  }

  await wait();
  notes.width = window.innerWidth;
  notes.rows = rows.length;
  notes.problems = problems.length;
  // 1. Nothing wider than the window.
  notes.scrollWidth = root.scrollWidth;
  if (root.scrollWidth > window.innerWidth) { fail("horizontal overflow: " + root.scrollWidth + " px wide in a " + window.innerWidth + " px window"); }

  // 2. Bar and column headers stay on screen when scrolled down.
  window.scrollTo(0, (root.scrollHeight - window.innerHeight) * 0.6);
  await wait();
  var barBox = bar.getBoundingClientRect(), headBox = head.getBoundingClientRect();
  notes.scrolledTo = Math.round(window.scrollY);
  if (window.scrollY < window.innerHeight / 2) { fail("the page is too short to test scrolling"); }
  if (Math.abs(barBox.top) > 1) { fail("bar not at the top after scrolling: " + barBox.top); }
  if (Math.abs(headBox.top - barBox.bottom) > 1) { fail("column headers not under the bar: " + headBox.top + " vs " + barBox.bottom); }
  [page.getElementById("count-uncertain"), page.getElementById("count-unmatched-source"), head.querySelector("th[lang]")].forEach(function (element) {
    var box = element.getBoundingClientRect(), hit = page.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (box.bottom <= 0 || box.top >= window.innerHeight || hit !== element && !element.contains(hit)) {
      fail("scrolled down, " + (element.id || element.textContent) + " is not visible");
    }
  });

  // 3. n and p, from the top of the page.
  window.scrollTo(0, 0);
  await wait();
  var steps = Math.min(problems.length, maxSteps);
  for (var index = 0; index < steps; index += 1) {
    press("n");
    await wait();
    landedOn(problems[index], "n pressed " + (index + 1) + " time(s)");
    var expected = "problem " + (index + 1) + " of " + problems.length;
    if (page.getElementById("problem-position").textContent !== expected) { fail("position says '" + page.getElementById("problem-position").textContent + "', not '" + expected + "'"); }
  }
  for (var back = steps - 2; back >= Math.max(0, steps - 4); back -= 1) {
    press("p");
    await wait();
    landedOn(problems[back], "p pressed after n");
  }
  notes.steps = steps;

  // 4. "Problems only": problems, marked context rows, and folds counting the rest.
  page.querySelector("label[for=problems-only]").click();
  await wait();
  if (!toggle.checked) { fail("the 'problems only' label does not switch the mode"); }
  var shownRows = 0, context = 0, folded = 0;
  rows.forEach(function (row, position) {
    var problem = !row.classList.contains("matched"), isContext = row.classList.contains("context");
    if (shown(row)) {
      shownRows += 1;
      if (!problem && !isContext) { fail("problems only shows " + row.id + ", neither a problem nor context"); }
    } else if (problem || isContext) {
      fail("problems only hides " + row.id);
    }
    if (isContext) {
      context += 1;
      if (getComputedStyle(row.cells[0]).boxShadow === "none") { fail(row.id + " is context but not marked so on screen"); }
      var near = false;
      for (var distance = 1; distance <= 8 && !near; distance += 1) {
        near = [rows[position - distance], rows[position + distance]].some(function (other) { return other && !other.classList.contains("matched"); });
      }
      if (!near) { fail(row.id + " is context with no problem within 8 rows"); }
    }
  });
  var folds = Array.prototype.slice.call(page.querySelectorAll(".beads tr.fold"));
  folds.forEach(function (fold) {
    var count = parseInt(fold.textContent, 10), inside = fold.parentElement.querySelectorAll("tr.bead").length;
    folded += count;
    if (!shown(fold)) { fail("a fold row is hidden in problems only mode"); }
    if (count !== inside) { fail("a fold says " + count + " rows but holds " + inside); }
  });
  if (shownRows + folded !== rows.length) { fail("problems only: " + shownRows + " rows shown + " + folded + " folded is not " + rows.length); }
  notes.problemsOnly = { shown: shownRows, context: context, folds: folds.length, folded: folded };
  if (folds.length) {
    var unfold = folds[0].querySelector("input");
    unfold.click();
    await wait();
    if (Array.prototype.some.call(folds[0].parentElement.querySelectorAll("tr.bead"), function (row) { return !shown(row); })) {
      fail("opening a fold does not show its rows");
    }
    unfold.click();
    await wait();
  }
  window.scrollTo(0, 0);
  await wait();
  for (var step = 0; step < Math.min(2, problems.length); step += 1) {
    press("n");
    await wait();
    landedOn(problems[step], "problems only, n pressed " + (step + 1) + " time(s)");
  }
  if (root.scrollWidth > window.innerWidth) { fail("horizontal overflow in problems only mode: " + root.scrollWidth + " px"); }

  // The page runs in a frame of the window's size (Chromium's headless window is at least
  // 500 px wide): the verdict goes to the framing page.
  window.parent.postMessage(JSON.stringify({ failures: failures, notes: notes }), "*");
});
JS

names=()
for document in "${documents[@]}"; do
  IFS='|' read -r name source target options <<< "$document"
  names+=("$name")
  # shellcheck disable=SC2086 # options are words
  if ! "$bitext" coverage "$source" "$target" --src-lang en --tgt-lang fr $options --json --html "$out/$name.html" > "$out/$name.json"; then
    echo "check-html-view: bitext coverage failed on $name" >&2
    exit 1
  fi
  # The test copies: the page with the checking script appended, and with a script that
  # sets it as a reviewer would (problems only, second problem) for a screenshot; each in
  # a frame of each window size, since Chromium's headless window is at least 500 px wide.
  python3 - "$out" "$name" "$profile/check.js" <<'PY'
import sys
out, name, check = sys.argv[1], sys.argv[2], open(sys.argv[3], encoding="utf-8").read()
page = open(f"{out}/{name}.html", encoding="utf-8").read()
assert page.count("</body>") == 1
review = """window.addEventListener("load", function () {
  document.querySelector("label[for=problems-only]").click();
  for (var key of ["n", "n"]) { document.body.dispatchEvent(new KeyboardEvent("keydown", { key: key, bubbles: true })); }
});
"""
for copy, script in (("check", check), ("review", review)):
    open(f"{out}/{name}.{copy}.html", "w", encoding="utf-8").write(page.replace("</body>", f"<script>\n{script}</script>\n</body>"))
for width, height in ((1400, 1000), (400, 900)):
    for copy in ("", ".check", ".review"):
        open(f"{out}/{name}{copy}.frame-{width}.html", "w", encoding="utf-8").write(
            f'<!DOCTYPE html><html><body style="margin:0"><iframe src="{name}{copy}.html" width="{width}" height="{height}" '
            'style="border:0;display:block"></iframe><script>window.addEventListener("message", function (event) {'
            ' var verdict = document.createElement("pre"); verdict.id = "bitext-check"; verdict.textContent = event.data;'
            ' document.body.appendChild(verdict); });</script></body></html>\n')
PY
  for size in 1400,1000 400,900; do
    width=${size%,*}
    browse --window-size="$size" --virtual-time-budget=30000 --dump-dom "file://$out/$name.check.frame-$width.html" > "$out/$name-$width.dom.html"
    browse --window-size="$size" --screenshot="$out/$name-$width.png" "file://$out/$name.frame-$width.html" >/dev/null
    browse --window-size="$size" --virtual-time-budget=2000 --screenshot="$out/$name-$width-review.png" "file://$out/$name.review.frame-$width.html" >/dev/null
  done
done
browse --window-size=1280,2000 --screenshot="$out/tram.png" "file://$out/tram.html" >/dev/null
browse --no-pdf-header-footer --print-to-pdf="$out/tram.pdf" "file://$out/tram.html" >/dev/null

python3 - "$out" "${names[@]}" <<'PY'
import json, re, struct, sys
from html.parser import HTMLParser

out, names = sys.argv[1], sys.argv[2:]
failures = []


class Page(HTMLParser):
    """Collects the bead rows (kind, id, classes, the line numbers of each side's sentences
    and the text of the confidence cell), the summary counts, the links after them, and
    the browser check's verdict."""

    def __init__(self):
        super().__init__()
        self.rows, self.counts, self.firsts, self.span, self.count_item = [], {}, {}, None, None
        self.cell, self.in_line, self.verdict, self.in_verdict = None, False, "", False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "tr" and "bead" in classes:
            self.rows.append({"kind": [c for c in classes if c != "bead"][0], "id": attrs.get("id"), "classes": classes,
                              "cells": [], "lines": [[], []], "gap": ["", ""], "mark": ""})
        elif tag == "td" and self.rows and self.row_open:
            self.rows[-1]["cells"].append(attrs)
            self.cell = len(self.rows[-1]["cells"]) - 1
        elif tag == "span" and "line" in classes:
            self.in_line = True
        elif tag == "span" and (attrs.get("id") or "").startswith("count-"):
            self.span = attrs["id"]
            self.count_item = attrs["id"]
        elif tag == "a" and self.count_item and not self.rows:
            self.firsts[self.count_item] = (attrs.get("href") or "")[1:]
        elif tag == "pre" and attrs.get("id") == "bitext-check":
            self.in_verdict = True
        if tag == "tr":
            self.row_open = "bead" in classes

    def handle_endtag(self, tag):
        if tag == "li":
            self.count_item = None
        elif tag == "td":
            self.cell = None
        elif tag == "span":
            self.in_line = False
        elif tag == "pre":
            self.in_verdict = False
        elif tag == "tr":
            self.row_open = False

    def handle_data(self, data):
        if self.span:
            self.counts[self.span] = int(data)
            self.span = None
        elif self.in_verdict:
            self.verdict += data
        elif self.rows and self.row_open and self.cell is not None:
            row = self.rows[-1]
            if self.cell in (1, 2) and self.in_line:
                row["lines"][self.cell - 1].append(int(data))
            elif self.cell in (1, 2) and row["cells"][self.cell].get("class") == "gap":
                row["gap"][self.cell - 1] += data
            elif self.cell == 3:
                row["mark"] += data

    row_open = False


def check(name, seen, expected):
    print(f"  {name:<44} page {str(seen):<7} json {expected}")
    if seen != expected:
        failures.append(f"{document}: {name}")


for document in names:
    report = json.load(open(f"{out}/{document}.json"))
    page = Page()
    page.feed(open(f"{out}/{document}.html", encoding="utf-8").read())
    rows = page.rows
    print(f"{document}: {len(rows)} rows")
    kinds = [row["kind"] for row in rows]
    check("beads", len(rows), report["beads"])
    check("summary: source with no translation", page.counts.get("count-unmatched-source"), len(report["unmatched_source"]))
    check("summary: target with no source", page.counts.get("count-unmatched-target"), len(report["unmatched_target"]))
    check("summary: unsure beads", page.counts.get("count-uncertain"), len(report["low_confidence"]))
    check("rows marked: source with no translation", sum(len(r["lines"][0]) for r in rows if r["kind"] == "unmatched-source"),
          len(report["unmatched_source"]))
    check("rows marked: target with no source", sum(len(r["lines"][1]) for r in rows if r["kind"] == "unmatched-target"),
          len(report["unmatched_target"]))
    check("rows marked: unsure", kinds.count("uncertain"), len(report["low_confidence"]))
    check("source sentences shown", sum(len(r["lines"][0]) for r in rows), report["source"]["sentences"])
    check("target sentences shown", sum(len(r["lines"][1]) for r in rows), report["target"]["sentences"])
    for side, key in ((0, "source"), (1, "target")):
        lines = [line for row in rows for line in row["lines"][side]]
        check(f"{key} lines in order", lines == sorted(lines), True)
    check("source lines of unmatched sentences", [l for r in rows if r["kind"] == "unmatched-source" for l in r["lines"][0]],
          [s["line"] for s in report["unmatched_source"]])
    check("target lines of unmatched sentences", [l for r in rows if r["kind"] == "unmatched-target" for l in r["lines"][1]],
          [s["line"] for s in report["unmatched_target"]])
    one_sided = [r for r in rows if r["kind"].startswith("unmatched-")]
    check("one-sided rows with a confidence", sum(r["mark"].strip() != "" for r in one_sided), 0)
    check("one-sided rows saying what is missing", sum(r["gap"] == (["", "no translation"] if r["kind"] == "unmatched-source" else ["no source", ""])
                                                       for r in one_sided), len(one_sided))
    for kind in ("unmatched-source", "unmatched-target", "uncertain"):
        first = next((r["id"] for r in rows if r["kind"] == kind), None)
        check(f"link to the first {kind} bead", page.firsts.get(f"count-{kind}"), first)
    for width in (1400, 400):
        dump = Page()
        dump.feed(open(f"{out}/{document}-{width}.dom.html", encoding="utf-8").read())
        if not dump.verdict:
            print(f"  in Chromium at {width} px: no verdict (the check script did not finish)")
            failures.append(f"{document}: browser check at {width} px")
            continue
        verdict = json.loads(dump.verdict)
        notes = verdict["notes"]
        check(f"rows in Chromium at {width} px", notes.get("rows"), report["beads"])
        check(f"problems in Chromium at {width} px", notes.get("problems"),
              len(report["unmatched_source"]) + len(report["unmatched_target"]) + len(report["low_confidence"]))
        only = notes.get("problemsOnly", {})
        print(f"  in Chromium at {width} px: {notes.get('scrollWidth')} px wide, {notes.get('steps')} n/p steps, problems only shows "
              f"{only.get('shown')} rows ({only.get('context')} context), {only.get('folds')} folds of {only.get('folded')} rows")
        for failure in verdict["failures"]:
            print(f"    FAILED {failure}")
            failures.append(f"{document}: at {width} px: {failure}")
        for suffix, size in (("", (width, 1000 if width == 1400 else 900)), ("-review", (width, 1000 if width == 1400 else 900))):
            png = open(f"{out}/{document}-{width}{suffix}.png", "rb").read()
            seen = struct.unpack(">II", png[16:24]) if png[:8] == b"\x89PNG\r\n\x1a\n" else (0, 0)
            if seen != size or len(png) < 20_000:
                failures.append(f"{document}: screenshot {document}-{width}{suffix}.png is {seen}, {len(png)} bytes")

png = open(f"{out}/tram.png", "rb").read()
width, height = struct.unpack(">II", png[16:24]) if png[:8] == b"\x89PNG\r\n\x1a\n" else (0, 0)
print(f"{'screenshot':<46} {width}x{height}, {len(png)} bytes")
if (width, height) != (1280, 2000) or len(png) < 50_000:
    failures.append("screenshot")
pages = len(re.findall(rb"/Type\s*/Page\b", open(f"{out}/tram.pdf", "rb").read()))
print(f"{'printed (PDF)':<46} {pages} page(s)")
if pages < 2:
    failures.append("print")
if failures:
    print("FAILED: " + "; ".join(failures))
    sys.exit(1)
print("all checks passed")
PY

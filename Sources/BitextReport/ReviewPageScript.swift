/// The review page's two scripts, inline. Everything the page shows is in its HTML and the
/// "problems only" mode is CSS, so without script the page still reads, prints and
/// filters; the script at the end (`source`) adds what CSS cannot: moving from problem
/// to problem with `n` and `p` (or the bar's buttons), the position among the problems,
/// and keeping the column headers just under the sticky bar whatever its height.
/// Finding the next problem is a binary search on the rows' positions, so a jump on a
/// 100,000-bead page reads a few dozen rows, not all of them.
///
/// `head` runs first, in the page's head: it hides the rows until the page is read whole
/// (`source`, at the end, shows them). Chromium otherwise lays the growing table out again
/// and again while it reads: a 100,000-bead page took 28 s to open instead of 9. Without
/// script nothing is hidden.
enum ReviewPageScript {
    /// The script in the page's head: marks the page as scripted, and as loading until
    /// read whole (also when the reader stops a long page's loading half way).
    static let head = #"document.documentElement.className = "js loading"; "#
        + #"document.addEventListener("DOMContentLoaded", function () { document.documentElement.classList.remove("loading"); });"#

    /// The script at the end of the page's body: shows the rows, then navigates.
    static let source = """

        (function () {
          "use strict";
          var page = document, root = page.documentElement;
          var bar = page.querySelector(".bar"), head = page.querySelector(".beads thead");
          var toggle = page.getElementById("problems-only"), position = page.getElementById("problem-position");
          var rows = page.querySelectorAll(".beads tr.bead"), problems = page.querySelectorAll(".beads tr.bead:not(.matched)");
          var current = -1, drawn = [];
          root.classList.remove("loading");
          function measure() { root.style.setProperty("--bar", bar.offsetHeight + "px"); }
          // Where a row's top sits once scrolled under the stuck bar and headers; and where
          // the headers end now (lower at the top of the page, before they stick).
          function offset() { return bar.offsetHeight + head.offsetHeight; }
          function line() { return head.getBoundingClientRect().bottom; }
          function top(index) { return problems[index].getBoundingClientRect().top; }
          function firstBelow(y) {
            var low = 0, high = problems.length;
            while (low < high) {
              var middle = (low + high) >> 1;
              if (top(middle) > y) { high = middle; } else { low = middle + 1; }
            }
            return low;
          }
          // Should a row still move once drawn, the scroll is corrected a few times after.
          function settle(row, tries) {
            var distance = row.getBoundingClientRect().top - offset();
            if (Math.abs(distance) >= 1) { window.scrollBy(0, distance); }
            if (tries > 0) {
              window.setTimeout(function () { if (row === problems[current]) { settle(row, tries - 1); } }, 40);
            }
          }
          // Rows are drawn when near the screen (content-visibility), laid out before at an
          // estimated height: the rows around a problem are drawn before it is scrolled to,
          // or they would push it away once drawn.
          function drawAround(row) {
            drawn.forEach(function (other) { other.classList.remove("near"); });
            drawn = [];
            var number = parseInt(row.id.slice(5), 10) - 1;
            for (var index = Math.max(0, number - 40); index < Math.min(rows.length, number + 40); index += 1) {
              rows[index].classList.add("near");
              drawn.push(rows[index]);
            }
          }
          function show(index) {
            if (current >= 0) { problems[current].classList.remove("current"); }
            current = index;
            var row = problems[index];
            row.classList.add("current");
            drawAround(row);
            position.textContent = "problem " + (index + 1) + " of " + problems.length;
            settle(row, 6);
          }
          function step(direction) {
            if (!problems.length) { return; }
            var y = line(), index;
            // From the current problem while it is where the last step left it: under the
            // headers, or anywhere on screen once the page is at its end (it cannot scroll
            // up to the headers there). Otherwise the reader has scrolled: from what is on
            // screen (in "problems only" many problems fit on a screen, and from the top of
            // the page the next one is the first, whichever was current).
            var atEnd = window.innerHeight + window.scrollY >= root.scrollHeight - 2;
            if (current >= 0 && top(current) > y - 3 && top(current) < window.innerHeight
                && (Math.abs(top(current) - y) < 3 || atEnd)) {
              index = current + direction;
            } else {
              index = direction > 0 ? firstBelow(y - 3) : firstBelow(y - 3) - 1;
            }
            show(Math.max(0, Math.min(problems.length - 1, index)));
          }
          measure();
          window.addEventListener("resize", measure);
          page.getElementById("next-problem").addEventListener("click", function () { step(1); });
          page.getElementById("previous-problem").addEventListener("click", function () { step(-1); });
          toggle.addEventListener("change", function () {
            measure();
            if (current >= 0) { show(current); }
          });
          page.addEventListener("keydown", function (event) {
            var target = event.target;
            if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) { return; }
            if (target.isContentEditable || /^(TEXTAREA|SELECT)$/.test(target.tagName)
                || (target.tagName === "INPUT" && target.type !== "checkbox")) { return; }
            if (event.key === "n" || event.key === "p") {
              event.preventDefault();
              step(event.key === "n" ? 1 : -1);
            }
          });
        })();

        """
}

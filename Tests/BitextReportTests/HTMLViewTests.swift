import BitextAlignment
import BitextCorpus
import BitextLanguage
import BitextReport
import Foundation
import Testing

@Suite struct HTMLViewTests {
    private let page = HTMLView.render(samplePair(), report: CoverageReport(samplePair(), sourceFile: "a.en", targetFile: "a.fr"))

    /// The row of bead `number` (1-based), as written.
    private func row(_ number: Int, in page: String) -> String {
        page.split(separator: "\n").first { $0.contains("id=\"bead-\(number)\"") }.map(String.init) ?? ""
    }

    @Test func oneRowPerBeadMarkedByKind() {
        let rows = page.split(separator: "\n").filter { $0.hasPrefix("<tr class=\"bead ") }
        #expect(rows.map { $0.split(separator: "\"")[1] } == [
            "bead matched context", "bead matched context", "bead unmatched-source kind-omission", "bead unmatched-target kind-note", "bead uncertain",
        ])
        #expect(rows[2].contains("no translation") && rows[3].contains("no source") && rows[4].contains("unsure"))
    }

    @Test func summaryCountsMatchTheReportAndLeadToTheFirstOfEachKind() {
        #expect(page.contains("<span id=\"count-unmatched-source\">1</span> source sentence(s) with no translation <a href=\"#bead-3\">first</a></li>"))
        #expect(page.contains("<span id=\"count-unmatched-target\">1</span> target sentence(s) with no source <a href=\"#bead-4\">first</a></li>"))
        #expect(page.contains("<span id=\"count-uncertain\">1</span> bead(s) with confidence below 0.50 <a href=\"#bead-5\">first</a></li>"))
        #expect(page.contains("<td>4 of 5</td><td>80.0 %</td>"))
        #expect(page.contains("<li>5 bead(s); sentences matched: source 80.0 %, target 75.0 %</li>"))
    }

    @Test func textIsEscapedAndEverySentenceShownOnceWithItsLine() {
        #expect(page.contains("<span class=\"line\">7</span>Unsure &lt;b&gt; &amp; co.</p>"))
        #expect(!page.contains("<b>"))
        for sentence in ["One.", "Two a.", "Two b.", "Left out.", "Un.", "Deux.", "Note du traducteur."] {
            #expect(page.components(separatedBy: "</span>\(sentence)</p>").count == 2, "\(sentence)")
        }
    }

    /// The wall of links to every marked bead is gone: a count of problems, a link to the
    /// first, buttons for the previous and next (n and p), and no list of numbers.
    @Test func problemNavigationReplacesTheListOfLinks() {
        #expect(page.contains("<span id=\"problem-position\">3 problems</span>"))
        #expect(page.contains("<a href=\"#bead-3\">first problem</a>"))
        #expect(page.contains("id=\"previous-problem\">previous <kbd>p</kbd></button>"))
        #expect(page.contains("id=\"next-problem\">next <kbd>n</kbd></button>"))
        #expect(page.contains("event.key === \"n\"") && page.contains("event.key === \"p\""))
        #expect(!page.contains("class=\"jumps\""))
        let clean = HTMLView.render(onlySure(3), report: CoverageReport(onlySure(3), sourceFile: "a", targetFile: "b"))
        #expect(clean.contains("<span id=\"problem-position\">0 problems</span>") && !clean.contains("first problem"))
    }

    @Test func oneSidedRowsSayWhatIsMissingAndHaveNoConfidence() {
        #expect(row(3, in: page).hasSuffix("<td lang=\"en\"><p><span class=\"line\">5</span>Left out.</p></td><td class=\"gap\">no translation</td><td></td></tr>"))
        #expect(row(4, in: page).hasPrefix("<tr class=\"bead unmatched-target kind-note\" id=\"bead-4\"><td>4</td><td class=\"gap\">no source</td><td lang=\"fr\">"))
        #expect(row(4, in: page).hasSuffix("Note du traducteur.</p></td><td></td></tr>"))
        #expect(row(5, in: page).hasSuffix("<td>0.300<br><strong>unsure</strong></td></tr>"))
        #expect(row(1, in: page).hasSuffix("<td>0.950</td></tr>"))
        // The one-sided beads' own confidences (0.700, 0.900) appear nowhere.
        #expect(!page.contains("0.700") && !page.contains("0.900"))
    }

    @Test func filesAreNamedNotPathed() {
        let document = samplePair()
        let report = CoverageReport(document, sourceFile: "/home/ana/books/Emma/en.txt", targetFile: "/home/ana/books/Emma/fr.txt")
        let page = HTMLView.render(document, report: report)
        #expect(!page.contains("/home") && !page.contains("books"))
        #expect(page.contains("<title>en.txt ↔ fr.txt (Emma)</title>"))
        #expect(page.contains("<h1>en.txt <span class=\"arrow\">↔</span> fr.txt <span class=\"folder\">in Emma</span></h1>"))
        #expect(page.contains("<th lang=\"en\">en.txt (en)</th><th lang=\"fr\">fr.txt (fr)</th>"))
        #expect(page.contains("<th scope=\"row\">Source: en.txt (en)</th>"))
        // Different folders: names only; relative names as they are.
        let apart = HTMLView.render(document, report: CoverageReport(document, sourceFile: "/a/en/book.txt", targetFile: "/a/fr/book.txt"))
        #expect(apart.contains("<title>book.txt ↔ book.txt</title>") && !apart.contains("/a/"))
        #expect(self.page.contains("<title>a.en ↔ a.fr</title>"))
    }

    @Test func barAndColumnHeadersStayOnScreen() throws {
        #expect(page.contains(".bar { position: sticky; top: 0;"))
        #expect(page.contains(".beads thead { position: sticky; top: var(--bar);"))
        let bar = try #require(page.range(of: "<header class=\"bar\">")), barEnd = try #require(page.range(of: "</header>"))
        for inside in ["<h1>", "id=\"count-unmatched-source\"", "id=\"count-uncertain\"", "for=\"problems-only\"", "id=\"next-problem\""] {
            let position = try #require(page.range(of: inside), "\(inside)")
            #expect(bar.upperBound <= position.lowerBound && position.upperBound <= barEnd.lowerBound, "\(inside)")
        }
        // The summary table scrolls away; the bead table follows it.
        let summary = try #require(page.range(of: "<section class=\"summary\">"))
        #expect(barEnd.upperBound <= summary.lowerBound)
    }

    @Test func narrowScreensStackTheTexts() {
        #expect(page.contains("@media screen and (max-width: 600px)"))
        #expect(page.contains(".beads tr > :nth-child(2), .beads tr > :nth-child(3) { grid-column: 1 / -1; }"))
        #expect(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    }

    /// Folds: 30 beads, problems at 11 and 26 (1-based). Before the first, 10 sure beads:
    /// 8 folded, 2 of context. Between, 14: 2 of context, 10 folded, 2 of context. After
    /// the last, 4: shown whole as context (a run of at most 8 is never folded).
    @Test func longRunsOfSureBeadsAreFoldedBetweenContext() {
        let document = withProblems(at: [10, 25], count: 30)
        let page = HTMLView.render(document, report: CoverageReport(document, sourceFile: "a", targetFile: "b"))
        let rows = Self.rows(page)
        #expect(rows.count == 30)
        #expect(rows.filter { $0.classes.contains("uncertain") }.map(\.number) == [11, 26])
        #expect(rows.filter { $0.classes.contains("context") }.map(\.number) == [9, 10, 12, 13, 24, 25, 27, 28, 29, 30])
        #expect(rows.filter { $0.fold != nil }.map(\.number) == Array(1...8) + Array(14...23))
        #expect(rows.filter { $0.fold == 0 }.count == 8 && rows.filter { $0.fold == 1 }.count == 10)
        #expect(page.contains("<tr class=\"fold\"><td colspan=\"4\"><label><input type=\"checkbox\" class=\"unfold\"> 8 matched rows (1–8)</label></td></tr>"))
        #expect(page.contains("> 10 matched rows (14–23)</label>"))
        #expect(page.components(separatedBy: "<tbody class=\"fold\">").count - 1 == 2)
    }

    @Test func runsOfEightAreShownAndNineFolded() {
        for (gap, folded) in [(8, 0), (9, 5)] {
            let document = withProblems(at: [0, gap + 1], count: gap + 2)
            let rows = Self.rows(HTMLView.render(document, report: CoverageReport(document, sourceFile: "a", targetFile: "b")))
            #expect(rows.filter { $0.fold != nil }.count == folded, "\(gap)")
            #expect(rows.filter { $0.classes.contains("context") }.count == gap - folded, "\(gap)")
        }
        // No problem at all: everything folded, nothing called context.
        let rows = Self.rows(HTMLView.render(onlySure(12), report: CoverageReport(onlySure(12), sourceFile: "a", targetFile: "b")))
        #expect(rows.allSatisfy { $0.fold == 0 && !$0.classes.contains("context") })
    }

    /// "Problems only" is a checkbox before the bar and the table, so that CSS alone (its
    /// `:checked ~` siblings) hides the folded rows: no script needed, and no row is left
    /// out of the HTML.
    @Test func problemsOnlyIsMarkupAndStyle() throws {
        let checkbox = try #require(page.range(of: "<body>\n<input type=\"checkbox\" id=\"problems-only\">\n<header class=\"bar\">"))
        let table = try #require(page.range(of: "<table class=\"beads\">"))
        #expect(checkbox.upperBound < table.lowerBound)
        #expect(page.contains("<label class=\"switch\" for=\"problems-only\">problems only</label>"))
        #expect(page.contains("#problems-only:checked ~ .beads tbody.fold:not(:has(.unfold:checked)) tr.bead { display: none; }"))
        #expect(page.contains(".beads tr.fold { display: none; }") && page.contains("#problems-only:checked ~ .beads tr.fold { display: table-row; }"))
        #expect(page.contains("#problems-only:checked ~ .beads tr.context > td:first-child { box-shadow:"))
    }

    @Test func pageIsSelfContainedAndLean() {
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
        #expect(page.contains("<style>") && page.contains("@media print"))
        for outside in ["<script src", "<link", "src=", "http:", "https:", "@import", "url(", " style=", " onclick", " onload"] {
            #expect(!page.contains(outside), "\(outside)")
        }
        // Two inline scripts whatever the length, and rows that grow the page by the same
        // few bytes each: nothing per row but its classes, cells and text.
        let small = HTMLView.render(onlySure(1000), report: CoverageReport(onlySure(1000), sourceFile: "a", targetFile: "b"))
        let large = HTMLView.render(onlySure(2000), report: CoverageReport(onlySure(2000), sourceFile: "a", targetFile: "b"))
        #expect(small.components(separatedBy: "<script>").count - 1 == 2 && large.components(separatedBy: "<script>").count - 1 == 2)
        let addedRows = large.split(separator: "\n").filter { $0.hasPrefix("<tr class=\"bead ") }.dropFirst(1000)
        // (A few bytes more: the summary's character counts have a digit more.)
        let growth = large.utf8.count - small.utf8.count, rowBytes = addedRows.reduce(0) { $0 + $1.utf8.count + 1 }
        #expect(growth >= rowBytes && growth - rowBytes < 50, "the rows and nothing else: \(growth) bytes for \(rowBytes) of rows")
        #expect(addedRows.allSatisfy { $0.utf8.count < 200 })
        #expect(row(1500, in: large) == "<tr class=\"bead matched\" id=\"bead-1500\"><td>1500</td><td lang=\"en\"><p><span class=\"line\">1500</span>"
            + "s1500.</p></td><td lang=\"fr\"><p><span class=\"line\">1500</span>t1500.</p></td><td>0.900</td></tr>")
    }

    @Test func withoutScriptNothingIsHidden() throws {
        // The head script marks the page as loading (rows hidden while Chromium reads a long
        // page), the script at the end shows them; without script neither runs.
        #expect(page.contains("<script>document.documentElement.className = \"js loading\"; document.addEventListener(\"DOMContentLoaded\""))
        #expect(page.contains("classList.remove(\"loading\"); });</script>\n</head>"))
        #expect(page.contains(".loading .beads { display: none; }") && page.contains("root.classList.remove(\"loading\");"))
        #expect(page.contains("html:not(.js) .js-only { display: none; }"))
        let head = try #require(page.range(of: "</head>"))
        #expect(!page[..<head.lowerBound].contains("class=\"loading\""))
    }

    @Test func emptyDocumentMakesAWholePage() throws {
        let document = AlignedDocument(id: "d", sourceLanguage: try Language("en"), targetLanguage: try Language("fr"),
                                       source: [], target: [], sourceLines: [], targetLines: [], beads: [])
        let page = HTMLView.render(document, report: CoverageReport(document, sourceFile: "a", targetFile: "b"))
        #expect(page.hasSuffix("</html>\n") && page.contains("<span id=\"problem-position\">0 problems</span>"))
        #expect(!page.contains("<tr class=\"bead") && !page.contains("<tbody class=\"fold\">"))
        #expect(page.contains("<tbody>\n</tbody>\n</table>"))
    }

    @Test(arguments: ["ar", "he", "iw"])
    func rightToLeftSidesAreMarked(code: String) throws {
        let language = try Language(code)
        let document = AlignedDocument(id: "d", sourceLanguage: try Language("en"), targetLanguage: language,
                                       source: ["One.", "Two."], target: ["واحد."], sourceLines: [1, 2], targetLines: [1],
                                       beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9), Bead(source: 1..<2, target: 1..<1, confidence: 0.9)])
        let page = HTMLView.render(document, report: CoverageReport(document, sourceFile: "a", targetFile: "b"))
        let target = "lang=\"\(language.code)\" dir=\"rtl\">"
        #expect(page.contains("<th " + target) && page.contains("<td " + target))
        #expect(page.contains("<th lang=\"en\">") && page.contains("<td lang=\"en\">"))
        // The missing translation's cell speaks the page's language, left to right.
        #expect(row(2, in: page).contains("<td class=\"gap\">no translation</td>"))
        #expect(page.components(separatedBy: "dir=\"rtl\"").count == 3)
    }

    @Test func langAttributesAreNormalisedCodes() throws {
        let document = AlignedDocument(id: "d", sourceLanguage: try Language("pt_br"), targetLanguage: try Language("zh_Hant_TW"),
                                       source: ["Um."], target: ["一。"], sourceLines: [1], targetLines: [1],
                                       beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9)])
        let page = HTMLView.render(document, report: CoverageReport(document, sourceFile: "a", targetFile: "b"))
        #expect(page.contains("<td lang=\"pt-BR\">") && page.contains("<td lang=\"zh-Hant-TW\">"))
        #expect(!page.contains("dir=\"rtl\""))
    }

    // MARK: - Documents and reading the page

    /// `count` one-to-one beads, sure (0.9) but for the unsure ones (0.1) at the 0-based
    /// indexes in `problems`.
    private func withProblems(at problems: Set<Int>, count: Int) -> AlignedDocument {
        AlignedDocument(id: "d", sourceLanguage: try! Language("en"), targetLanguage: try! Language("fr"),
                        source: (0..<count).map { "s\($0 + 1)." }, target: (0..<count).map { "t\($0 + 1)." },
                        sourceLines: Array(1...count), targetLines: Array(1...count),
                        beads: (0..<count).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: problems.contains($0) ? 0.1 : 0.9) })
    }

    private func onlySure(_ count: Int) -> AlignedDocument { withProblems(at: [], count: count) }

    /// The bead rows of `page` in order: number, classes, and which fold (0-based) holds it.
    private static func rows(_ page: String) -> [(number: Int, classes: [String], fold: Int?)] {
        var rows: [(number: Int, classes: [String], fold: Int?)] = [], fold: Int? = nil, folds = 0
        for line in page.split(separator: "\n") {
            if line == "<tbody class=\"fold\">" {
                fold = folds
                folds += 1
            } else if line == "<tbody>" {
                fold = nil
            } else if line.hasPrefix("<tr class=\"bead ") {
                let parts = line.split(separator: "\"")
                rows.append((Int(parts[3].dropFirst(5)) ?? -1, parts[1].split(separator: " ").map(String.init), fold))
            }
        }
        return rows
    }
}

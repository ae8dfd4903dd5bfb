import BitextAlignment
import BitextCorpus
import BitextLanguage
import Foundation

/// A self-contained review page (inline CSS and script, nothing fetched) that shows an
/// aligned document pair side by side, bead by bead, under a bar that stays on screen with
/// the coverage counts, a "problems only" switch and the problem navigation. Beads with
/// no counterpart and unsure beads are marked by colour and by a word, so that the marks
/// survive printing in black and white.
///
/// Each bead is a table row of class `bead` plus one of `matched`, `uncertain`,
/// `unmatched-source` or `unmatched-target`, with the id `bead-N` (N from 1); the summary's
/// counts have the ids `count-unmatched-source`, `count-unmatched-target` and
/// `count-uncertain`, each followed by a link to the first bead of its kind. Unmatched and
/// unsure beads are the problems: `n` and `p` move between them (with script).
///
/// "Problems only" (a checkbox, `#problems-only`, that works without script) shows the
/// problems, sure beads of context around them (class `context`), and one `fold` row per
/// longer run of sure beads in between, which opens the run (see `ReviewFolding`). Every
/// row is in the HTML either way: the mode only hides rows.
///
/// Unmatched rows also carry a class per kind of their sentences (`kind-omission`,
/// `kind-note`, `kind-boilerplate`…, see `UnmatchedKind`), boilerplate rows are greyed
/// rather than red, and the summary lists the unmatched sentences by kind with the
/// boilerplate folded in a `<details>` element (no script needed to open it).
///
/// Each side's header and cells carry its `lang` (the normalised BCP 47 code), and
/// `dir="rtl"` for a language written right to left, so that Arabic or Hebrew text is laid
/// out, aligned and punctuated as its readers expect next to a left-to-right side.
///
/// Files are named by their file name (and their common folder's name), never by the
/// path they were given as: a page mailed to a translator should not carry the sender's
/// folders, and a long absolute path pushed the page's title off a phone's screen.
public enum HTMLView {
    /// The page for `document`, whose coverage is `report`.
    public static func render(_ document: AlignedDocument, report: CoverageReport) -> String {
        let marks = document.beads.map { BeadMark($0, threshold: report.minimumConfidence) }
        let source = fileName(report.source.file), target = fileName(report.target.file)
        let folder = commonFolder(report.source.file, report.target.file)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="bitext">
            <title>\(escape(source)) ↔ \(escape(target))\(folder.map { " (\(escape($0)))" } ?? "")</title>
            <style>\(ReviewPageStyle.css)</style>
            <script>\(ReviewPageScript.head)</script>
            </head>
            <body>
            <input type="checkbox" id="problems-only">
            <header class="bar">
            <h1>\(escape(source)) <span class="arrow">↔</span> \(escape(target))\
            \(folder.map { " <span class=\"folder\">in \(escape($0))</span>" } ?? "")</h1>

            """
        html += counts(report, marks: marks)
        html += navigation(marks)
        html += "</header>\n"
        html += summary(report, source: source, target: target)
        html += byKind(report, document: document)
        html += """
            <table class="beads">
            <thead><tr><th>#</th><th\(attributes(document.sourceLanguage))>\(escape(source)) \
            (\(escape(report.source.language)))</th><th\(attributes(document.targetLanguage))>\(escape(target)) \
            (\(escape(report.target.language)))</th><th>confidence</th></tr></thead>
            <tbody>

            """
        html += rows(document, report: report, marks: marks)
        html += "</tbody>\n</table>\n<script>\(ReviewPageScript.source)</script>\n</body>\n</html>\n"
        return html
    }

    /// The counts of problems, each with a link to the first of its kind, and the coverage
    /// in one line: what stays on screen in the bar.
    private static func counts(_ report: CoverageReport, marks: [BeadMark]) -> String {
        func first(_ mark: BeadMark) -> String {
            marks.firstIndex(of: mark).map { " <a href=\"#bead-\($0 + 1)\">first</a>" } ?? ""
        }
        return """
            <ul class="counts">
            <li class="unmatched-source"><span id="count-unmatched-source">\(report.unmatchedSource.count)</span> \
            source sentence(s) with no translation\(first(.unmatchedSource))</li>
            <li class="unmatched-target"><span id="count-unmatched-target">\(report.unmatchedTarget.count)</span> \
            target sentence(s) with no source\(first(.unmatchedTarget))</li>
            <li class="uncertain"><span id="count-uncertain">\(report.uncertainBeads.count)</span> \
            bead(s) with confidence below \(String(format: "%.2f", report.minimumConfidence))\(first(.uncertain))</li>
            <li>\(report.beadCount) bead(s); sentences matched: source \(percent(report.source.sentenceCoverage)), \
            target \(percent(report.target.sentenceCoverage))</li>
            </ul>

            """
    }

    /// The "problems only" switch and the problem navigation: a link to the first problem
    /// (which works without script), buttons for the previous and next ones.
    private static func navigation(_ marks: [BeadMark]) -> String {
        let problems = marks.count { $0.isProblem }
        let first = marks.firstIndex { $0.isProblem }.map { "<a href=\"#bead-\($0 + 1)\">first problem</a>" } ?? ""
        return """
            <nav class="review">
            <label class="switch" for="problems-only">problems only</label>
            <button type="button" class="js-only" id="previous-problem">previous <kbd>p</kbd></button>
            <span id="problem-position">\(problems) problem\(problems == 1 ? "" : "s")</span>
            <button type="button" class="js-only" id="next-problem">next <kbd>n</kbd></button>
            \(first)
            </nav>

            """
    }

    private static func summary(_ report: CoverageReport, source: String, target: String) -> String {
        func side(_ name: String, _ file: String, _ side: CoverageReport.Side) -> String {
            "<tr><th scope=\"row\">\(name): \(escape(file)) (\(escape(side.language)))</th>"
                + "<td>\(side.matchedSentences) of \(side.sentences)</td><td>\(percent(side.sentenceCoverage))</td>"
                + "<td>\(side.matchedCharacters) of \(side.characters)</td><td>\(percent(side.characterCoverage))</td></tr>\n"
        }
        func content(_ name: String, _ side: CoverageReport.Side) -> String {
            "<tr class=\"content\"><th scope=\"row\">\(name) content (no boilerplate, no credits)</th>"
                + "<td>\(side.matchedContentSentences) of \(side.contentSentences)</td><td>\(percent(side.contentSentenceCoverage))</td>"
                + "<td>\(side.matchedContentCharacters) of \(side.contentCharacters)</td><td>\(percent(side.contentCharacterCoverage))</td></tr>\n"
        }
        return """
            <section class="summary">
            <table>
            <thead><tr><th></th><th colspan="2">sentences matched</th><th colspan="2">characters matched</th></tr></thead>
            <tbody>
            \(side("Source", source, report.source))\(side("Target", target, report.target))\
            \(content("Source", report.source))\(content("Target", report.target))</tbody>
            </table>
            </section>

            """
    }

    /// The unmatched sentences of each side by kind, each linked to its row; boilerplate
    /// folded away in a `<details>` element, since on a web copy it is most of the list.
    private static func byKind(_ report: CoverageReport, document: AlignedDocument) -> String {
        var beadOfSource: [Int: Int] = [:], beadOfTarget: [Int: Int] = [:]
        for (number, bead) in document.beads.enumerated() {
            if bead.target.isEmpty { for index in bead.source { beadOfSource[index] = number + 1 } }
            if bead.source.isEmpty { for index in bead.target { beadOfTarget[index] = number + 1 } }
        }
        var html = ""
        for (side, sentences, beads) in [("source", report.unmatchedSource, beadOfSource), ("target", report.unmatchedTarget, beadOfTarget)] {
            for (kind, group) in CoverageReport.grouped(sentences) {
                let items = group.map { sentence in
                    let link = beads[sentence.index].map { "<a href=\"#bead-\($0)\">\(sentence.line)</a>" } ?? "\(sentence.line)"
                    return "<li>\(link) \(escape(sentence.text))</li>"
                }.joined(separator: "\n")
                let title = "\(group.count) \(side) \(kind.rawValue) line\(group.count == 1 ? "" : "s")"
                if kind == .boilerplate {
                    html += "<details class=\"kind kind-\(kind.rawValue)\"><summary>\(title)</summary><ul>\n\(items)\n</ul></details>\n"
                } else {
                    html += "<div class=\"kind kind-\(kind.rawValue)\"><p>\(title)</p><ul>\n\(items)\n</ul></div>\n"
                }
            }
        }
        return html.isEmpty ? "" : "<section class=\"kinds\">\n\(html)</section>\n"
    }

    /// The bead rows, each run of folded sure beads in its own `tbody` headed by its fold
    /// row, so that opening one fold (its checkbox) shows that run only.
    private static func rows(_ document: AlignedDocument, report: CoverageReport, marks: [BeadMark]) -> String {
        var sourceKinds: [Int: UnmatchedKind] = [:], targetKinds: [Int: UnmatchedKind] = [:]
        for sentence in report.unmatchedSource { sourceKinds[sentence.index] = sentence.kind }
        for sentence in report.unmatchedTarget { targetKinds[sentence.index] = sentence.kind }
        let folding = ReviewFolding(isProblem: marks.map(\.isProblem))
        var foldStarts: [Int: Range<Int>] = [:]
        for fold in folding.folds { foldStarts[fold.lowerBound] = fold }
        var html = "", foldEnd = -1
        for (index, bead) in document.beads.enumerated() {
            if index == foldEnd { html += "</tbody>\n<tbody>\n" }
            if let fold = foldStarts[index] {
                let count = fold.count
                html += "</tbody>\n<tbody class=\"fold\">\n<tr class=\"fold\"><td colspan=\"4\"><label><input type=\"checkbox\" class=\"unfold\"> "
                    + "\(count) matched row\(count == 1 ? "" : "s") (\(fold.lowerBound + 1)–\(fold.upperBound))</label></td></tr>\n"
                foldEnd = fold.upperBound
            }
            var sentenceKinds: [UnmatchedKind] = []
            if marks[index] == .unmatchedSource { sentenceKinds = bead.source.compactMap { sourceKinds[$0] } }
            if marks[index] == .unmatchedTarget { sentenceKinds = bead.target.compactMap { targetKinds[$0] } }
            var classes = UnmatchedKind.allCases.filter(sentenceKinds.contains).map { " kind-\($0.rawValue)" }.joined()
            if folding.roles[index] == .context { classes += " context" }
            html += row(number: index + 1, bead: bead, mark: marks[index], classes: classes, document: document)
        }
        return html
    }

    /// One bead's row: its number, the sentences of each side (each with its input line),
    /// the confidence. A one-sided bead says what is missing in its empty cell and leaves
    /// the confidence empty: the aligner's confidence that nothing matches is not the
    /// confidence of a match, and a number there read as one.
    private static func row(number: Int, bead: Bead, mark: BeadMark, classes: String, document: AlignedDocument) -> String {
        func cell(_ sentences: Range<Int>, _ texts: [String], _ lines: [Int], language: Language) -> String {
            guard !sentences.isEmpty else { return "<td class=\"gap\">\(mark.word)</td>" }
            return "<td\(attributes(language))>" + sentences.map {
                "<p><span class=\"line\">\(lines[$0])</span>\(escape(texts[$0]))</p>"
            }.joined() + "</td>"
        }
        let confidence = switch mark {
        case .matched: String(format: "%.3f", bead.confidence)
        case .uncertain: String(format: "%.3f", bead.confidence) + "<br><strong>\(mark.word)</strong>"
        case .unmatchedSource, .unmatchedTarget: ""
        }
        return "<tr class=\"bead \(mark.rawValue)\(classes)\" id=\"bead-\(number)\"><td>\(number)</td>"
            + cell(bead.source, document.source, document.sourceLines, language: document.sourceLanguage)
            + cell(bead.target, document.target, document.targetLines, language: document.targetLanguage)
            + "<td>\(confidence)</td></tr>\n"
    }

    /// The last component of `path`: what the page calls a file.
    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// The name of the folder that holds both files, when they are in the same one and it
    /// has a name (`Emma` for `…/Emma/en.txt` and `…/Emma/fr.txt`): with files named by
    /// language only, it is what tells one document's page from another's.
    static func commonFolder(_ source: String, _ target: String) -> String? {
        let source = source.split(separator: "/"), target = target.split(separator: "/")
        guard source.count >= 2, target.count >= 2, source.dropLast().elementsEqual(target.dropLast()),
              let folder = source.dropLast().last, folder != ".", folder != ".." else { return nil }
        return String(folder)
    }

    private static func percent(_ share: Double) -> String { String(format: "%.1f %%", share * 100) }

    /// The `lang` attribute (BCP 47) and, for a right-to-left language, `dir="rtl"`, with a
    /// leading space. `Language.code` holds only letters, digits and `-`: nothing to escape.
    private static func attributes(_ language: Language) -> String {
        " lang=\"\(language.code)\"" + (language.isRightToLeft ? " dir=\"rtl\"" : "")
    }

    /// Text made safe for HTML content and attribute values (control characters dropped).
    private static func escape(_ text: String) -> String { XMLText.escaped(text).text }
}

import BitextAlignment
import BitextCorpus
import BitextLanguage
import Foundation

/// A self-contained HTML page (inline CSS, no script, nothing fetched) that shows an aligned
/// document pair side by side, bead by bead, with the coverage summary on top. Beads with
/// no counterpart and unsure beads are marked by colour and by a word, so that the marks
/// survive printing in black and white.
///
/// Each bead is a table row of class `bead` plus one of `matched`, `uncertain`,
/// `unmatched-source` or `unmatched-target`, with the id `bead-N` (N from 1); the summary's
/// counts have the ids `count-unmatched-source`, `count-unmatched-target` and
/// `count-uncertain`, and under them links lead to each marked bead.
///
/// Unmatched rows also carry a class per kind of their sentences (`kind-omission`,
/// `kind-note`, `kind-boilerplate`…, see `UnmatchedKind`), boilerplate rows are greyed
/// rather than red, and the summary lists the unmatched sentences by kind with the
/// boilerplate folded in a `<details>` element (no script needed to open it).
///
/// Each side's header and cells carry its `lang` (the normalised BCP 47 code), and
/// `dir="rtl"` for a language written right to left, so that Arabic or Hebrew text is laid
/// out, aligned and punctuated as its readers expect next to a left-to-right side.
public enum HTMLView {
    /// The page for `document`, whose coverage is `report`.
    public static func render(_ document: AlignedDocument, report: CoverageReport) -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="bitext">
            <title>\(escape(report.source.file)) ↔ \(escape(report.target.file))</title>
            <style>\(style)</style>
            </head>
            <body>
            <h1>\(escape(report.source.file)) <span class="arrow">↔</span> \(escape(report.target.file))</h1>

            """
        let kinds = document.beads.map { BeadKind($0, threshold: report.minimumConfidence) }
        html += summary(report)
        html += jumps(kinds)
        html += byKind(report, document: document)
        html += """
            <table class="beads">
            <thead><tr><th class="number">#</th><th\(attributes(document.sourceLanguage))>\(escape(report.source.file)) \
            (\(escape(report.source.language)))</th><th\(attributes(document.targetLanguage))>\(escape(report.target.file)) \
            (\(escape(report.target.language)))</th><th class="mark">confidence</th></tr></thead>
            <tbody>

            """
        var sourceKinds: [Int: UnmatchedKind] = [:], targetKinds: [Int: UnmatchedKind] = [:]
        for sentence in report.unmatchedSource { sourceKinds[sentence.index] = sentence.kind }
        for sentence in report.unmatchedTarget { targetKinds[sentence.index] = sentence.kind }
        for (index, bead) in document.beads.enumerated() {
            var sentenceKinds: [UnmatchedKind] = []
            if kinds[index] == .unmatchedSource { sentenceKinds = bead.source.compactMap { sourceKinds[$0] } }
            if kinds[index] == .unmatchedTarget { sentenceKinds = bead.target.compactMap { targetKinds[$0] } }
            let kindClasses = UnmatchedKind.allCases.filter(sentenceKinds.contains).map { " kind-\($0.rawValue)" }.joined()
            html += row(number: index + 1, bead: bead, kind: kinds[index], kindClasses: kindClasses, document: document)
        }
        html += "</tbody>\n</table>\n</body>\n</html>\n"
        return html
    }

    private static func summary(_ report: CoverageReport) -> String {
        func side(_ name: String, _ side: CoverageReport.Side) -> String {
            "<tr><th scope=\"row\">\(name): \(escape(side.file)) (\(escape(side.language)))</th>"
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
            \(side("Source", report.source))\(side("Target", report.target))\
            \(content("Source", report.source))\(content("Target", report.target))</tbody>
            </table>
            <ul class="counts">
            <li class="unmatched-source"><span id="count-unmatched-source">\(report.unmatchedSource.count)</span> \
            source sentence(s) with no translation</li>
            <li class="unmatched-target"><span id="count-unmatched-target">\(report.unmatchedTarget.count)</span> \
            target sentence(s) with no source</li>
            <li class="uncertain"><span id="count-uncertain">\(report.uncertainBeads.count)</span> \
            bead(s) with confidence below \(String(format: "%.2f", report.minimumConfidence))</li>
            <li>\(report.beadCount) bead(s) in all</li>
            </ul>
            </section>

            """
    }

    /// How a bead is marked: its row's class and the word that says it.
    private enum BeadKind: String, CaseIterable {
        case matched, unmatchedSource = "unmatched-source", unmatchedTarget = "unmatched-target", uncertain

        init(_ bead: Bead, threshold: Double) {
            if bead.source.isEmpty {
                self = .unmatchedTarget
            } else if bead.target.isEmpty {
                self = .unmatchedSource
            } else {
                self = bead.confidence < threshold ? .uncertain : .matched
            }
        }

        var mark: String {
            switch self {
            case .matched: ""
            case .unmatchedSource: "no translation"
            case .unmatchedTarget: "no source"
            case .uncertain: "unsure"
            }
        }
    }

    /// Links to the marked beads, by kind (at most `jumpLimit` a kind), for long documents.
    private static func jumps(_ kinds: [BeadKind]) -> String {
        var lines: [String] = []
        for kind in BeadKind.allCases where kind != .matched {
            let numbers = kinds.indices.filter { kinds[$0] == kind }.map { $0 + 1 }
            guard !numbers.isEmpty else { continue }
            let links = numbers.prefix(jumpLimit).map { "<a href=\"#bead-\($0)\">\($0)</a>" }.joined(separator: " ")
            let more = numbers.count > jumpLimit ? " … and \(numbers.count - jumpLimit) more" : ""
            lines.append("<li class=\"\(kind.rawValue)\">\(kind.mark): \(links)\(more)</li>")
        }
        guard !lines.isEmpty else { return "" }
        return "<nav class=\"jumps\"><ul>\n" + lines.joined(separator: "\n") + "\n</ul></nav>\n"
    }

    private static let jumpLimit = 200

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

    private static func row(number: Int, bead: Bead, kind: BeadKind, kindClasses: String, document: AlignedDocument) -> String {
        func cell(_ sentences: Range<Int>, _ texts: [String], _ lines: [Int], language: Language) -> String {
            "<td\(attributes(language))>" + sentences.map {
                "<p><span class=\"line\">\(lines[$0])</span>\(escape(texts[$0]))</p>"
            }.joined() + "</td>"
        }
        return "<tr class=\"bead \(kind.rawValue)\(kindClasses)\" id=\"bead-\(number)\"><td class=\"number\">\(number)</td>"
            + cell(bead.source, document.source, document.sourceLines, language: document.sourceLanguage)
            + cell(bead.target, document.target, document.targetLines, language: document.targetLanguage)
            + "<td class=\"mark\">\(String(format: "%.3f", bead.confidence))"
            + (kind.mark.isEmpty ? "" : "<br><strong>\(kind.mark)</strong>") + "</td></tr>\n"
    }

    private static func percent(_ share: Double) -> String { String(format: "%.1f %%", share * 100) }

    /// The `lang` attribute (BCP 47) and, for a right-to-left language, `dir="rtl"`, with a
    /// leading space. `Language.code` holds only letters, digits and `-`: nothing to escape.
    private static func attributes(_ language: Language) -> String {
        " lang=\"\(language.code)\"" + (language.isRightToLeft ? " dir=\"rtl\"" : "")
    }

    /// Text made safe for HTML content and attribute values (control characters dropped).
    private static func escape(_ text: String) -> String { XMLText.escaped(text).text }

    private static let style = """

        :root { --unmatched: #fde2e1; --unmatched-edge: #c62828; --uncertain: #fff4ce; --uncertain-edge: #a66b00; }
        body { font: 15px/1.45 system-ui, "DejaVu Sans", sans-serif; color: #1a1a1a; margin: 1.5em auto; max-width: 80em; padding: 0 1em; }
        h1 { font-size: 1.3em; margin: 0 0 .6em; }
        h1 .arrow { color: #777; }
        .summary table { border-collapse: collapse; margin-bottom: .6em; }
        .summary th, .summary td { padding: .2em .8em; text-align: left; border-bottom: 1px solid #ddd; }
        .summary td { font-variant-numeric: tabular-nums; }
        .counts { list-style: none; padding: 0; margin: 0 0 1.2em; display: flex; flex-wrap: wrap; gap: .4em 1.2em; }
        .counts li { padding: .15em .5em; border-left: 4px solid transparent; }
        .jumps ul { list-style: none; padding: 0; margin: -.6em 0 1.2em; font-size: .85em; color: #555; }
        .jumps li { margin: .15em 0; }
        .jumps a { color: inherit; margin-right: .2em; }
        .counts li.unmatched-source, .counts li.unmatched-target { border-color: var(--unmatched-edge); background: var(--unmatched); }
        .counts li.uncertain { border-color: var(--uncertain-edge); background: var(--uncertain); }
        table.beads { border-collapse: collapse; width: 100%; table-layout: fixed; }
        table.beads th { text-align: start; border-bottom: 2px solid #444; padding: .3em .5em; }
        table.beads td { vertical-align: top; padding: .3em .5em; border-bottom: 1px solid #e3e3e3; overflow-wrap: anywhere; }
        table.beads td p { margin: 0 0 .25em; }
        th.number, td.number { width: 3em; color: #777; text-align: right; }
        th.mark, td.mark { width: 8em; font-size: .85em; font-variant-numeric: tabular-nums; }
        .line { display: inline-block; min-width: 2.5em; margin-inline-end: .4em; color: #888; font-size: .8em; text-align: end; }
        tr.unmatched-source td, tr.unmatched-target td { background: var(--unmatched); }
        tr.unmatched-source td.mark, tr.unmatched-target td.mark { color: var(--unmatched-edge); border-left: 4px solid var(--unmatched-edge); }
        tr.uncertain td { background: var(--uncertain); }
        tr.kind-boilerplate td, tr.kind-credit td { background: #f1f1f1; color: #666; }
        tr.kind-boilerplate td.mark, tr.kind-credit td.mark { color: #666; border-left-color: #999; }
        .kinds { margin: -.6em 0 1.2em; font-size: .9em; }
        .kinds p, .kinds summary { margin: .3em 0 .1em; font-weight: 600; }
        .kinds ul { margin: 0 0 .4em; padding-left: 1.5em; }
        .kinds a { color: inherit; }
        tr.uncertain td.mark { color: var(--uncertain-edge); border-left: 4px solid var(--uncertain-edge); }
        @media print {
          body { margin: 0; max-width: none; font-size: 10pt; }
          tr { break-inside: avoid; }
          thead { display: table-header-group; }
          .jumps { display: none; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}

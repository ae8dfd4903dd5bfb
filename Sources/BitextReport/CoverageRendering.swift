import BitextCore
import Foundation

extension CoverageReport {
    /// The name and version of the JSON schema `json()` writes.
    public static let jsonSchema = "bitext-coverage/1"

    /// The report for a person: a table of the shares matched (all sentences, then content
    /// only), then the unmatched sentences grouped by kind, each as `file:line  text`, then
    /// each unsure bead. Boilerplate is only counted unless `showBoilerplate`: on a web copy
    /// it is most of the list and hides the omissions. It goes to a terminal: control and
    /// bidirectional characters in texts and file names are shown escaped (`\x1b`, `\u202e`).
    public func text(showBoilerplate: Bool = false) -> String {
        var lines: [String] = []
        var source = source, target = target
        source.file = TerminalText.escaped(source.file)
        target.file = TerminalText.escaped(target.file)
        source.language = TerminalText.escaped(source.language)
        target.language = TerminalText.escaped(target.language)
        let width = max(source.file.count, target.file.count, 6)
        func pad(_ string: String) -> String { string + String(repeating: " ", count: max(0, width - string.count)) }
        lines.append(pad("") + "  lang  sentences matched     characters matched")
        for side in [source, target] {
            let language = side.language + String(repeating: " ", count: max(0, 4 - side.language.count))
            lines.append(pad(side.file) + "  " + language + "  "
                         + Self.figure(side.matchedSentences, side.sentences, side.sentenceCoverage) + "    "
                         + Self.figure(side.matchedCharacters, side.characters, side.characterCoverage))
        }
        lines.append("Content only (boilerplate and credits left out):")
        for side in [source, target] {
            let language = side.language + String(repeating: " ", count: max(0, 4 - side.language.count))
            lines.append(pad(side.file) + "  " + language + "  "
                         + Self.figure(side.matchedContentSentences, side.contentSentences, side.contentSentenceCoverage) + "    "
                         + Self.figure(side.matchedContentCharacters, side.contentCharacters, side.contentCharacterCoverage))
        }
        let sections: [(String, [UnmatchedSentence], String)] = [
            ("Source sentences with no translation", unmatchedSource, source.file),
            ("Target sentences with no source", unmatchedTarget, target.file),
        ]
        for (title, sentences, file) in sections {
            lines.append("")
            lines.append("\(title): \(sentences.count)")
            for (kind, group) in Self.grouped(sentences) {
                if kind == .boilerplate && !showBoilerplate {
                    lines.append("  \(group.count) boilerplate line\(group.count == 1 ? "" : "s") (--show-boilerplate to list)")
                    continue
                }
                lines.append("  \(kind.rawValue): \(group.count)")
                lines += group.map { "    \(file):\($0.line)  \(TerminalText.escaped($0.text))" }
            }
        }
        lines.append("")
        lines.append("Beads with confidence below \(String(format: "%.2f", minimumConfidence)): \(uncertainBeads.count)")
        for bead in uncertainBeads {
            lines.append("  \(String(format: "%.3f", bead.confidence))  \(source.file):\(Self.lineSpan(bead.sourceLines))  "
                         + TerminalText.escaped(bead.sourceText))
            lines.append("         \(target.file):\(Self.lineSpan(bead.targetLines))  \(TerminalText.escaped(bead.targetText))")
        }
        lines.append("")
        lines.append("Dictionary: \(dictionary ?? "none")")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as one JSON object (schema `bitext-coverage/1`, documented in the README),
    /// keys in a fixed order, on one line.
    public func json() -> String {
        func side(_ side: Side) -> String {
            "{\"file\":\(JSONString.quoted(side.file)),\"language\":\(JSONString.quoted(side.language))"
                + ",\"sentences\":\(side.sentences),\"matched_sentences\":\(side.matchedSentences)"
                + ",\"sentence_coverage\":\(Self.number(side.sentenceCoverage))"
                + ",\"characters\":\(side.characters),\"matched_characters\":\(side.matchedCharacters)"
                + ",\"character_coverage\":\(Self.number(side.characterCoverage))"
                + ",\"content_sentences\":\(side.contentSentences),\"matched_content_sentences\":\(side.matchedContentSentences)"
                + ",\"content_sentence_coverage\":\(Self.number(side.contentSentenceCoverage))"
                + ",\"content_characters\":\(side.contentCharacters),\"matched_content_characters\":\(side.matchedContentCharacters)"
                + ",\"content_character_coverage\":\(Self.number(side.contentCharacterCoverage))}"
        }
        func unmatched(_ sentences: [UnmatchedSentence]) -> String {
            "[" + sentences.map {
                "{\"index\":\($0.index),\"line\":\($0.line),\"text\":\(JSONString.quoted($0.text))"
                    + ",\"confidence\":\(Self.confidence($0.confidence)),\"kind\":\"\($0.kind.rawValue)\"}"
            }.joined(separator: ",") + "]"
        }
        func indexes(_ values: some Sequence<Int>) -> String { "[" + values.map(String.init).joined(separator: ",") + "]" }
        let uncertain = "[" + uncertainBeads.map {
            "{\"source\":\(indexes($0.source)),\"target\":\(indexes($0.target))"
                + ",\"source_lines\":\(indexes($0.sourceLines)),\"target_lines\":\(indexes($0.targetLines))"
                + ",\"source_text\":\(JSONString.quoted($0.sourceText)),\"target_text\":\(JSONString.quoted($0.targetText))"
                + ",\"confidence\":\(Self.confidence($0.confidence))}"
        }.joined(separator: ",") + "]"
        return "{\"schema\":\(JSONString.quoted(Self.jsonSchema)),\"source\":\(side(source)),\"target\":\(side(target))"
            + ",\"beads\":\(beadCount),\"min_confidence\":\(Self.number(minimumConfidence))"
            + ",\"flag_below\":\(Self.number(minimumConfidence))"
            + ",\"unmatched_source\":\(unmatched(unmatchedSource)),\"unmatched_target\":\(unmatched(unmatchedTarget))"
            + ",\"low_confidence\":\(uncertain),\"dictionary\":\(dictionary.map(JSONString.quoted) ?? "null")}\n"
    }

    /// "39/40       97.5 %", aligned in columns.
    private static func figure(_ part: Int, _ whole: Int, _ share: Double) -> String {
        let count = "\(part)/\(whole)"
        return count + String(repeating: " ", count: max(1, 12 - count.count)) + String(format: "%5.1f %%", share * 100)
    }

    /// "12" or "12-14".
    static func lineSpan(_ lines: [Int]) -> String {
        guard let first = lines.first, let last = lines.last, first != last else { return lines.first.map(String.init) ?? "" }
        return "\(first)-\(last)"
    }

    /// A share with four decimals, as JSON.
    private static func number(_ value: Double) -> String { String(format: "%.4f", value) }

    /// A confidence with three decimals, as in the beads format.
    private static func confidence(_ value: Double) -> String { String(format: "%.3f", value) }
}

/// Units that stand in for paragraphs when a document's are unknown (one sentence a line,
/// `--segmented`): a bead's two sides should agree on where they start, as on paragraphs,
/// at a lower cost (`AlignerConfiguration.softParagraphMismatchCost`), since the signs they
/// are read from are less sure.
///
/// A unit starts at a sentence that
/// - opens with a quotation mark or a dialogue dash: a turn of dialogue, in fiction a
///   paragraph of its own, which translators keep. A bead whose sides disagree on where a
///   turn starts has most likely cut a reply from its speaker ("' Oh dear ! '" with the
///   sentence before it on one side, "" Ah ! "" with the one after it on the other).
///   Translations change the style (an English ' becomes a French « or —), so every
///   language's openers count on both sides;
/// - follows a line that ends with a comma: the text was broken there on purpose, as verse
///   is into lines and the Chinese Bible into clauses ("赫人回答亚伯拉罕说，", then the
///   speech), and the translation breaks at the same place (the English verse ends with
///   "saying,"). A colon or semicolon did not help: on Text+Berg they end lines that the
///   translation runs on.
enum SoftParagraphs {
    /// Marks that open a quotation somewhere: English, French, German (`„` and the
    /// reversed `»`), Nordic (`”`), CJK corner brackets; and the dialogue dashes of
    /// French, Spanish, Russian, Italian. Hyphen-minuses (`-`, `--`: a typed dash) count
    /// only before a space, not before a number.
    private static let openers: Set<Unicode.Scalar> = [
        "\"", "'", "«", "»", "“", "”", "„", "‘", "’", "‚", "‹", "›", "「", "『", "﹁", "﹃",
        "—", "–", "―",
    ]

    /// Commas of every script: Latin, full-width and ideographic (Chinese, Japanese),
    /// Arabic, Ethiopic, and their small and vertical forms.
    private static let commas: Set<Unicode.Scalar> = [",", "，", "、", "،", "፣", "﹐", "﹑", "︐", "︑"]

    /// Whether `sentence` opens with a quotation mark or a dialogue dash.
    static func opensTurn(_ sentence: String) -> Bool {
        var scalars = sentence.unicodeScalars.drop { $0.properties.isWhitespace }.makeIterator()
        guard let first = scalars.next() else { return false }
        if first == "-" {
            var next = scalars.next()
            while next == "-" { next = scalars.next() }
            return next?.properties.isWhitespace ?? false
        }
        return openers.contains(first)
    }

    /// Whether `sentence` ends with a comma (spaces after it aside).
    static func endsWithComma(_ sentence: String) -> Bool {
        guard let last = sentence.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        return commas.contains(last)
    }

    /// A number per sentence, which grows at each sentence after the first that starts a
    /// unit (as `SentenceDocument.paragraphs` numbers paragraphs); nil for both documents
    /// unless both have a unit after their first sentence, and neither more than three
    /// times as many as the other: a document without these signs gives nothing to agree
    /// on, and against one (or one whose dialogue is marked in a way not recognised here),
    /// every unit of the other would count as a disagreement. On the dev sets the counts
    /// are within 1.5 times of each other but on the Bible (275 English, 631 Chinese: its
    /// Chinese clauses end with commas more often than its English verses) and aca (4
    /// and 7).
    static func paragraphs(source: [String], target: [String]) -> (source: [Int], target: [Int])? {
        let source = numbers(source), target = numbers(target)
        guard let sourceUnits = source.last, let targetUnits = target.last, min(sourceUnits, targetUnits) > 0,
              3 * min(sourceUnits, targetUnits) >= max(sourceUnits, targetUnits) else { return nil }
        return (source, target)
    }

    private static func numbers(_ sentences: [String]) -> [Int] {
        var unit = 0
        return sentences.indices.map { index in
            if index > 0 && (opensTurn(sentences[index]) || endsWithComma(sentences[index - 1])) { unit += 1 }
            return unit
        }
    }
}

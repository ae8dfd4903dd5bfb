/// Where the turns of a dialogue start, as a stand-in for paragraphs when a document's are
/// unknown (one sentence a line, `--segmented`).
///
/// In fiction every turn of dialogue is a paragraph of its own, and translators keep them:
/// a bead whose sides disagree on where a turn starts has most likely cut a reply from its
/// speaker ("' Oh dear ! '" with the sentence before it on one side, "" Ah ! "" with the one
/// after it on the other). A turn is taken to start at a sentence that opens with a
/// quotation mark or a dialogue dash, of any language: translations change the style (an
/// English ' becomes a French « or —), so every opener counts on both sides.
enum DialogueTurns {
    /// Marks that open a quotation somewhere: English, French, German (`„` and the
    /// reversed `»`), Nordic (`”`), CJK corner brackets; and the dialogue dashes of
    /// French, Spanish, Russian, Italian. Hyphen-minuses (`-`, `--`: a typed dash) count
    /// only before a space, not before a number.
    private static let openers: Set<Unicode.Scalar> = [
        "\"", "'", "«", "»", "“", "”", "„", "‘", "’", "‚", "‹", "›", "「", "『", "﹁", "﹃",
        "—", "–", "―",
    ]

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

    /// A number per sentence, which grows at each sentence after the first that opens a
    /// turn (as `SentenceDocument.paragraphs` numbers paragraphs); nil for both documents
    /// unless both have a turn after their first sentence, and neither more than three
    /// times as many as the other: a document without dialogue gives nothing to agree on,
    /// and against one (or one whose dialogue is marked in a way not recognised here),
    /// every turn of the other would count as a disagreement. The dev novels' counts are
    /// within 1.5 times of each other.
    static func turns(source: [String], target: [String]) -> (source: [Int], target: [Int])? {
        let source = numbers(source), target = numbers(target)
        guard let sourceTurns = source.last, let targetTurns = target.last, min(sourceTurns, targetTurns) > 0,
              3 * min(sourceTurns, targetTurns) >= max(sourceTurns, targetTurns) else { return nil }
        return (source, target)
    }

    private static func numbers(_ sentences: [String]) -> [Int] {
        var turn = 0
        return sentences.indices.map { index in
            if index > 0 && opensTurn(sentences[index]) { turn += 1 }
            return turn
        }
    }
}

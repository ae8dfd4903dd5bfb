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
///   translation runs on. A line that continues its sentence (`ContinuationLines`: in
///   lower case, or closing a bracket left open) is prose broken mid-sentence, not verse,
///   and starts none.
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
    /// when neither kind of unit is usable. A kind (turns, lines after a comma) is used only
    /// if both documents have one of it after their first sentence, and neither more than
    /// three times as many as the other: a document without these signs gives nothing to
    /// agree on, and against one (or one whose dialogue is marked in a way not recognised
    /// here), every unit of the other would count as a disagreement. Each kind is judged
    /// apart, so that verse broken at commas in one document only does not take the turns
    /// of dialogue away too. On the dev sets the counts are within 1.5 times of each other
    /// but on the Bible (commas: 275 English, 631 Chinese, whose clauses end with commas
    /// more often than the English verses) and aca (turns: 4 and 7).
    static func paragraphs(source: [String], target: [String]) -> (source: [Int], target: [Int])? {
        paragraphs(source: source, target: target,
                   continuing: (ContinuationLines.flags(source), ContinuationLines.flags(target)))
    }

    /// The same, with the documents' `ContinuationLines.flags` worked out already.
    static func paragraphs(source: [String], target: [String], continuing: (source: [Bool]?, target: [Bool]?))
        -> (source: [Int], target: [Int])? {
        let sourceStarts = starts(source, continuing: continuing.source), targetStarts = starts(target, continuing: continuing.target)
        func usable(_ kind: KeyPath<Starts, [Bool]>) -> Bool {
            let sourceCount = sourceStarts[keyPath: kind].count { $0 }, targetCount = targetStarts[keyPath: kind].count { $0 }
            return min(sourceCount, targetCount) > 0 && 3 * min(sourceCount, targetCount) >= max(sourceCount, targetCount)
        }
        let useTurns = usable(\.turns), useCommas = usable(\.afterCommas)
        guard useTurns || useCommas else { return nil }
        func numbers(_ starts: Starts) -> [Int] {
            var unit = 0
            return starts.turns.indices.map { index in
                if (useTurns && starts.turns[index]) || (useCommas && starts.afterCommas[index]) { unit += 1 }
                return unit
            }
        }
        return (numbers(sourceStarts), numbers(targetStarts))
    }

    /// Where each kind of unit starts in a document: at the sentences after the first that
    /// open a turn, and at those after a line that ends with a comma, unless they continue
    /// their sentence (`continuing`: prose broken mid-sentence, not verse).
    private struct Starts {
        var turns: [Bool], afterCommas: [Bool]
    }

    private static func starts(_ sentences: [String], continuing: [Bool]?) -> Starts {
        Starts(turns: sentences.indices.map { $0 > 0 && opensTurn(sentences[$0]) },
               afterCommas: sentences.indices.map { $0 > 0 && endsWithComma(sentences[$0 - 1]) && continuing?[$0] != true })
    }
}

/// Lines that continue the sentence before them, read from the lines themselves:
/// - a line whose first letter is lower-case, unless the line before ends with a full stop.
///   After a full stop such a line is a sentence of its own written in lower case, as
///   informal text has: with 15 % of the source lines of the Text+Berg and TransRead dev
///   sets given a lower-case start at random, strict F1 was 0.8867 and 0.8824 with this
///   rule, 0.8640 and 0.8727 without it, 0.8782 and 0.8838 with no continuations at all
///   (before the brackets below; with them 0.8863 and 0.8824);
/// - a line that closes a bracket the line before left open, before opening one: the cut
///   fell inside a parenthesis (Text+Berg's references, "« Dämon Himalaya » ( Basel :"
///   then "Benno Schwabe 1935 ) ."). Of the dev sets' 23 such lines, 20 are inside a gold
///   bead.
///
/// A text cut into lines where no sentence ends has such lines: OCR'd pages broken at a
/// caption or a column, clauses split at a semicolon or colon (Text+Berg's "…nicht
/// Wasserscheide ;" then "diese wird vielmehr…"), a French speech tag split from its
/// speech ("-- Qu'entendez-vous par succès ?" then "dit M. Knightley ."). The translation
/// seldom breaks at the same place, so a bead whose one side starts at such a line while
/// the other side does not has most likely cut a sentence in two; when both sides start at
/// one, the two texts broke alike and nothing is amiss. A bead pays
/// `AlignerConfiguration.continuationMismatchCost` for the disagreement.
///
/// Only documents that mark sentence starts by case have lines of the first kind: in a
/// script without case, or where Unicode counts every letter as lower-case (Georgian's
/// Mkhedruli), or in a text lower-cased for a corpus, most lines start in lower case, and
/// none is told apart.
enum ContinuationLines {
    /// A document whose lines start in lower case more often than this (of those that start
    /// with a letter or a digit) does not mark sentence starts by case. On the shared sets
    /// the most is 15.5 % (Text+Berg's French, OCR'd) and 12 % (the English web text of
    /// Universal Dependencies' EWT).
    static let maximumShare = 1.0 / 3.0

    /// Closing quotation marks and brackets, which may follow a sentence's full stop.
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "»", "”", "’", "“", "«", ")", "]", "」", "』"]

    /// Whether each sentence continues the one before it; nil when none does.
    static func flags(_ sentences: [String]) -> [Bool]? {
        var flags: [Bool] = []
        flags.reserveCapacity(sentences.count)
        var started = 0, lowerCase = 0
        for (index, sentence) in sentences.enumerated() {
            guard let startsLow = startsInLowerCase(sentence) else {
                flags.append(false)
                continue
            }
            started += 1
            if startsLow { lowerCase += 1 }
            flags.append(startsLow && index > 0 && !endsWithFullStop(sentences[index - 1]))
        }
        if Double(lowerCase) > maximumShare * Double(started) { flags = Array(repeating: false, count: sentences.count) }
        for index in sentences.indices.dropFirst() where closesBracketFirst(sentences[index]) && leavesBracketOpen(sentences[index - 1]) {
            flags[index] = true
        }
        return flags.contains(true) ? flags : nil
    }

    /// Whether `sentence` opens a bracket it does not close.
    static func leavesBracketOpen(_ sentence: String) -> Bool {
        var depth = 0
        forEachBracket(in: sentence) { opens in
            depth = opens ? depth + 1 : max(0, depth - 1)
            return true
        }
        return depth > 0
    }

    /// Whether `sentence` closes a bracket before it opens one.
    static func closesBracketFirst(_ sentence: String) -> Bool {
        var closesFirst = false
        forEachBracket(in: sentence) { opens in
            closesFirst = !opens
            return false
        }
        return closesFirst
    }

    /// Calls `body` with whether each bracket of `sentence` opens, in order, while it returns
    /// true. Brackets are round, square and full-width round (Chinese, Japanese: "（" and "）",
    /// UTF-8 EF BC 88 and EF BC 89). Read byte by byte: every line of a document is read,
    /// and a lookup of each scalar in a set took the 100,000-sentence benchmark half as
    /// long again.
    @inline(__always)
    private static func forEachBracket(in sentence: String, _ body: (_ opens: Bool) -> Bool) {
        var sentence = sentence
        sentence.withUTF8 { bytes in
            for index in bytes.indices {
                let opens: Bool
                switch bytes[index] {
                case UInt8(ascii: "("), UInt8(ascii: "["): opens = true
                case UInt8(ascii: ")"), UInt8(ascii: "]"): opens = false
                case 0x88 where index >= 2 && bytes[index - 1] == 0xBC && bytes[index - 2] == 0xEF: opens = true
                case 0x89 where index >= 2 && bytes[index - 1] == 0xBC && bytes[index - 2] == 0xEF: opens = false
                default: continue
                }
                guard body(opens) else { return }
            }
        }
    }

    /// Whether the first letter or digit of `sentence` is a lower-case letter; nil when it
    /// has none. Quotation marks, dashes and brackets before it do not count ("« ... wir
    /// gelangten" continues), a digit does ("18,29 m erhöht" does not continue: numbers
    /// start sentences in every language), and so does a list item's letter ("a ) la
    /// réfraction", "b. Les Alpes").
    static func startsInLowerCase(_ sentence: String) -> Bool? {
        let scalars = sentence.unicodeScalars
        guard let start = scalars.firstIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return nil }
        let first = scalars[start]
        guard first.properties.numericType == nil, first.properties.isLowercase else { return false }
        let marker = scalars[scalars.index(after: start)...].drop { $0 == " " }.first
        return marker != ")" && marker != "."
    }

    /// Whether `sentence` ends with a full stop (closing marks after it aside), but not an
    /// ellipsis ("Enfin ..." then "le sommet" runs on).
    static func endsWithFullStop(_ sentence: String) -> Bool {
        var scalars = sentence.unicodeScalars.reversed().lazy.drop { $0.properties.isWhitespace || closers.contains($0) }.makeIterator()
        guard let last = scalars.next() else { return false }
        if last == "." { return scalars.next() != "." }
        return last == "。" || last == "．"
    }
}

import Foundation

/// One language's data file, `Languages/<code>.txt`, compiled into the binary by the
/// `LanguageProfiles` build plugin (no resource bundle is read at run time, so a copied
/// binary works). Adding a language is adding its file (and tests).
///
/// The file is UTF-8 with `[section]` headers, one entry per line and `#` comments:
///
/// - `[sentence-final]`: one mark per line that ends a sentence (`.`, `。`, `؟`, `।`);
/// - `[quotes]`, `[brackets]`: one pair per line, opening and closing mark separated by a
///   space (`« »`, `「 」`);
/// - the segmenter's word lists (`[titles]`, `[abbreviations]`, `[before-numbers]`,
///   `[starters]`, `[names]`, `[quote-continuations]`, `[options]`; see `LanguageData`).
///
/// A section the file leaves out takes the defaults of the language's script.
struct LanguageProfile: Sendable {
    var sentenceFinalMarks: [Character]?
    var quotePairs: [PunctuationPair]?
    var bracketPairs: [PunctuationPair]?
    var wordLists = LanguageData()

    /// Parses a profile's text.
    ///
    /// - Throws: `LanguageDataError` for a malformed line (with its line number).
    init(parsing text: String) throws(LanguageDataError) {
        // The punctuation sections are read here; every other line goes to `LanguageData`,
        // with the punctuation lines blanked so that its line numbers stay right.
        var wordListLines: [Substring] = []
        var section: String?
        for (number, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            // A header is a name in brackets; "[ ]" is a pair of brackets.
            if line.hasPrefix("[") && line.hasSuffix("]") && line.count > 2
                && line.dropFirst().dropLast().allSatisfy({ $0.isLetter || $0 == "-" }) {
                section = String(line.dropFirst().dropLast())
                switch section {
                case "sentence-final": sentenceFinalMarks = sentenceFinalMarks ?? []
                case "quotes": quotePairs = quotePairs ?? []
                case "brackets": bracketPairs = bracketPairs ?? []
                default:
                    wordListLines.append(rawLine)
                    continue
                }
                wordListLines.append("")
                continue
            }
            switch section {
            case "sentence-final":
                wordListLines.append("")
                guard line.isEmpty else {
                    guard line.count == 1 else {
                        throw LanguageDataError(line: number + 1, problem: "a sentence mark is one character: \(line)")
                    }
                    sentenceFinalMarks?.append(Character(line))
                    continue
                }
            case "quotes", "brackets":
                wordListLines.append("")
                guard line.isEmpty else {
                    let marks = line.split(whereSeparator: \.isWhitespace)
                    guard marks.count == 2, marks.allSatisfy({ $0.count == 1 }) else {
                        throw LanguageDataError(line: number + 1, problem: "write a pair as 'open close': \(line)")
                    }
                    let pair = PunctuationPair(marks[0].first!, marks[1].first!)
                    if section == "quotes" { quotePairs?.append(pair) } else { bracketPairs?.append(pair) }
                    continue
                }
            default:
                wordListLines.append(rawLine)
            }
        }
        wordLists = try LanguageData(parsing: wordListLines.joined(separator: "\n"))
    }

    /// The profile of each language that has a file, by its file name (a language subtag).
    /// Parsed on first use; a broken bundled file is a programming error, caught by the tests.
    static let bundled: [String: LanguageProfile] = Dictionary(uniqueKeysWithValues: texts.map { name, text in
        do {
            return (name, try LanguageProfile(parsing: text))
        } catch {
            fatalError("Languages/\(name).txt: \(error)")
        }
    })
}

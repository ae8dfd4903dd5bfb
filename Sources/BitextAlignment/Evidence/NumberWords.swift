import BitextICU
import BitextLanguage

/// Numbers written in words in one language ("twenty-one", "vingt et un",
/// "einundzwanzig", "двадцать один"), found and read with ICU's spell-out rules.
///
/// The words that may make up a number are not listed by hand: they are the words ICU
/// itself writes when it spells out a range of numbers in the language. A run of such
/// words is then parsed by ICU — only when it may reach `smallest`, since ICU's lenient
/// parsing (with collation) is slow: from 100 up, a run must hold a word ICU writes only
/// for 100 and more ("hundred", "cents", "zweihundert", "тысяча"); and each distinct
/// run is parsed once (a parse took half a millisecond: a thousand runs of eight spellings
/// in the English of the 100,000-sentence benchmark took half a second).
struct NumberWords {
    private let parser: ICUNumberParser?
    private let vocabulary: Set<String>
    /// The words ICU writes for 100 and more but never below.
    private let largeWords: Set<String>
    private let longestWord: Int
    /// Numbers under this are left out (`AlignerConfiguration.smallestNumberInWords`).
    private let smallest: Double
    /// The value read from each run so far, by its exact UTF-8 bytes (ICU might read two
    /// canonically equivalent spellings differently).
    private var values: [[UInt8]: Double?] = [:]

    /// The number words of a language (a user's code, read by `Language`); none when the
    /// code is not a language or ICU has no spell-out rules for it.
    init(language: String, smallest: Double) {
        self.smallest = smallest
        parser = (try? Language(language)).flatMap { ICUNumberParser(locale: $0.icuLocale) }
        var vocabulary = Set<String>(), small = Set<String>()
        if let parser {
            let values: [Double] = Array(0...100).map(Double.init) + stride(from: 200.0, through: 900, by: 100)
                + [1_000, 2_000, 10_000, 100_000, 1_000_000, 2_000_000, 1_000_000_000]
            for value in values {
                // German spells with soft hyphens ("zwei\u{AD}hundert"): words are written without them.
                let spelled = (parser.spellOut(value) ?? "").filter { $0 != "\u{AD}" }.lowercased()
                for word in spelled.split(whereSeparator: { !$0.isLetter }) {
                    vocabulary.insert(String(word))
                    if value < 100 { small.insert(String(word)) }
                }
            }
        }
        self.vocabulary = vocabulary
        largeWords = vocabulary.subtracting(small)
        longestWord = vocabulary.map(\.count).max() ?? 0
    }

    /// Whether a run of number words must be read: one that holds a large word (`hasLarge`)
    /// may reach `smallest`; others may only when `smallest` is under 100.
    func mayReachSmallest(hasLarge: Bool) -> Bool {
        hasLarge || smallest < 100
    }

    /// Whether `word` (lower-case) is written only for numbers of 100 and more.
    func isLarge(_ word: Substring) -> Bool {
        !largeWords.isEmpty && largeWords.contains(word.lowercased())
    }

    /// Whether a short word may join two runs of number words ("three hundred and five",
    /// "vingt et un"): ICU then decides whether the whole is one number.
    func mayConnect(_ word: Substring) -> Bool {
        !vocabulary.isEmpty && word.count <= 4
    }

    /// Whether `word` (lower-case) can be part of a number written in words.
    func contains(_ word: Substring) -> Bool {
        // Most words are not number words: reject by length before lower-casing.
        !vocabulary.isEmpty && word.utf8.count <= 4 * longestWord && word.count <= longestWord
            && vocabulary.contains(word.lowercased())
    }

    /// The value of a run of number words (of as much of it as ICU reads), or `nil`.
    /// Numbers under `smallest` are left out.
    mutating func value(of run: Substring, wordCount: Int) -> Double? {
        let key = Array(run.utf8)
        if let known = values[key] { return known }
        let value = parsedValue(of: run)
        values[key] = value
        return value
    }

    private func parsedValue(of run: Substring) -> Double? {
        guard let parser, let (value, _) = parser.parsePrefix(run.utf16) else { return nil }
        guard value.isFinite, value >= 0, value < 1e15 else { return nil }
        if value < smallest { return nil }
        return value
    }
}

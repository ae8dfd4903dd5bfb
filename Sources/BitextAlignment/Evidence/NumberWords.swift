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
///
/// Languages that write a number as one word ("neunhundertdreißig", "구백삼십",
/// "kilencszázharminc") write more words than any list of spellings holds: a word made of
/// two or more of the parts ICU writes them from (its spellings' words, and the parts it
/// divides them into with soft hyphens: "neun·hundert·dreißig") is a number word too. And
/// where such a number is written in several words ("yhdeksänsataa kolmekymmentä"), ICU
/// reads the run as one word.
struct NumberWords {
    private let parser: ICUNumberParser?
    private let vocabulary: Set<String>
    /// The words ICU writes for 100 and more but never below.
    private let largeWords: Set<String>
    private let longestWord: Int
    /// The parts of ICU's spellings (their words, and the parts of words it divides with
    /// soft hyphens or zero-width spaces), and those of them written only for 100 and more.
    private let parts: Set<String>
    private let largeParts: Set<String>
    private let longestPart: Int
    /// The letters parts start with: most words start with none of them in some languages,
    /// and are passed over at once.
    private let partInitials: Set<Character>
    /// Numbers under this are left out (`AlignerConfiguration.smallestNumberInWords`).
    private let smallest: Double
    /// The value read from each run so far, by its exact UTF-8 bytes (ICU might read two
    /// canonically equivalent spellings differently).
    private var values: [[UInt8]: Double?] = [:]

    /// Whether number words are read among the words of runs written without spaces (Thai,
    /// Khmer): not in Chinese and Japanese, whose numbers are Han numerals, read as characters.
    let readsUnspacedWords: Bool

    /// The number words of `language`; none when there is no language or ICU has no
    /// spell-out rules for it.
    init(language: Language?, smallest: Double) {
        self.smallest = smallest
        parser = language.flatMap { ICUNumberParser(locale: $0.icuLocale) }
        readsUnspacedWords = parser != nil && !["Hans", "Hant", "Hani", "Jpan"].contains(language?.script ?? "")
        var vocabulary = Set<String>(), small = Set<String>(), parts = Set<String>(), smallParts = Set<String>()
        if let parser {
            let values: [Double] = Array(0...100).map(Double.init) + stride(from: 200.0, through: 900, by: 100)
                + [1_000, 2_000, 10_000, 100_000, 1_000_000, 2_000_000, 1_000_000_000]
            for value in values {
                // German spells with soft hyphens ("zwei\u{AD}hundert"), Thai with zero-width
                // spaces: words are written without them, and they divide a word's parts.
                let spelled = (parser.spellOut(value) ?? "").lowercased()
                for word in spelled.filter({ !Self.partDividers.contains($0) }).split(whereSeparator: { !$0.isLetter }) {
                    vocabulary.insert(String(word))
                    if value < 100 { small.insert(String(word)) }
                }
                for part in spelled.split(whereSeparator: { !$0.isLetter }) {
                    parts.insert(String(part))
                    if value < 100 { smallParts.insert(String(part)) }
                }
            }
        }
        self.vocabulary = vocabulary
        largeWords = vocabulary.subtracting(small)
        longestWord = vocabulary.map(\.count).max() ?? 0
        self.parts = parts.union(vocabulary)
        largeParts = self.parts.subtracting(small.union(smallParts))
        longestPart = self.parts.map(\.count).max() ?? 0
        partInitials = Set(self.parts.compactMap(\.first))
    }

    /// What ICU writes between the parts of a word: a soft hyphen, a zero-width space.
    private static let partDividers: Set<Character> = ["\u{AD}", "\u{200B}"]

    /// The most parts a compound number word is read from ("zwei·tausend·fünf·hundert·drei·und·zwanzig").
    private static let longestCompound = 8

    /// Whether a run of number words must be read: one that holds a large word (`hasLarge`)
    /// may reach `smallest`; others may only when `smallest` is under 100.
    func mayReachSmallest(hasLarge: Bool) -> Bool {
        hasLarge || smallest < 100
    }

    /// Whether `word` (lower-case) is written only for numbers of 100 and more.
    func isLarge(_ word: Substring) -> Bool {
        guard !largeWords.isEmpty else { return false }
        let lower = word.lowercased()
        return largeWords.contains(lower) || largeParts.contains(lower) || compound(lower) == .large
    }

    /// Whether a short word may join two runs of number words ("three hundred and five",
    /// "vingt et un"): ICU then decides whether the whole is one number.
    func mayConnect(_ word: Substring) -> Bool {
        !vocabulary.isEmpty && word.count <= 4
    }

    /// Whether `word` (lower-case) can be part of a number written in words.
    func contains(_ word: Substring) -> Bool {
        // Most words are not number words: reject by length before lower-casing.
        guard !vocabulary.isEmpty, word.utf8.count <= 4 * Self.longestCompound * longestPart else { return false }
        let lower = word.lowercased()
        return (word.count <= longestWord && vocabulary.contains(lower)) || compound(lower) != nil
    }

    /// Whether `word` can be part of a number in a script written without spaces, where
    /// ICU's words need not be the words of its spellings (Thai "เก้า·ร้อย·สามสิบ"): one of
    /// their parts alone will do.
    func containsPart(_ word: Substring) -> Bool {
        guard !vocabulary.isEmpty, word.count <= Self.longestCompound * longestPart else { return false }
        let lower = word.lowercased()
        return parts.contains(lower) || compound(lower) != nil
    }

    /// How a word is read from ICU's parts.
    private enum Compound { case small, large }

    /// Whether `word` (lower-case) is two or more of ICU's parts written together, and
    /// whether it can be read with one written only for 100 and more; `nil` when it is not.
    private func compound(_ word: String) -> Compound? {
        guard let first = word.first, partInitials.contains(first) else { return nil }
        let letters = Array(word)
        guard letters.count >= 2, letters.count <= Self.longestCompound * longestPart else { return nil }
        // For each prefix: the most parts it is read as (0: not read), and whether it can be
        // read with a large part.
        var most = [Int](repeating: 0, count: letters.count + 1), large = [Bool](repeating: false, count: letters.count + 1)
        for start in 0..<letters.count where start == 0 || most[start] > 0 {
            for end in (start + 1)...min(letters.count, start + longestPart) {
                let part = String(letters[start..<end])
                guard parts.contains(part) else { continue }
                most[end] = max(most[end], most[start] + 1)
                large[end] = large[end] || large[start] || largeParts.contains(part)
            }
        }
        guard most[letters.count] >= 2 else { return nil }
        return large[letters.count] ? .large : .small
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
        guard let parser, var (value, length) = parser.parsePrefix(run.utf16) else { return nil }
        // "yhdeksänsataa kolmekymmentä": a number of a language that writes it as one word
        // (ICU stops at the space), written in several.
        if length < run.utf16.count, run.contains(" ") {
            let joined = run.filter { $0 != " " }
            if let (whole, wholeLength) = parser.parsePrefix(joined.utf16), wholeLength == joined.utf16.count {
                (value, length) = (whole, wholeLength)
            }
        }
        guard value.isFinite, value >= 0, value < 1e15 else { return nil }
        if value < smallest { return nil }
        return value
    }
}

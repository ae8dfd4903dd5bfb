import BitextICU
import BitextLanguage

/// Numbers written in words in one language ("twenty-one", "vingt et un",
/// "einundzwanzig", "двадцать один"), found and read with ICU's spell-out rules.
///
/// The words that may make up a number are not listed by hand: they are the words ICU
/// itself writes when it spells out a range of numbers in the language. A run of such
/// words is then parsed by ICU.
struct NumberWords {
    private let parser: ICUNumberParser?
    private let vocabulary: Set<String>
    /// Small numbers written in words are left out: translators often render them with
    /// other words ("a couple", "both", "beide"), 1 is also the indefinite article ("un",
    /// "ein"), and connecting words read as one ("et un"). Measured on the dev sets:
    /// from 2 up, Text+Berg loses 0.009 strict F1; from 13 up, TransRead loses 0.001;
    /// from 100 up, nothing is lost and the Chinese–English Bible gains 0.0014.
    static let smallest = 100.0

    /// The number words of a language (a user's code, read by `Language`); none when the
    /// code is not a language or ICU has no spell-out rules for it.
    init(language: String) {
        parser = (try? Language(language)).flatMap { ICUNumberParser(locale: $0.icuLocale) }
        var vocabulary = Set<String>()
        if let parser {
            let values: [Double] = Array(0...100).map(Double.init) + stride(from: 200.0, through: 900, by: 100)
                + [1_000, 2_000, 10_000, 100_000, 1_000_000, 2_000_000, 1_000_000_000]
            for value in values {
                // German spells with soft hyphens ("zwei\u{AD}hundert"): words are written without them.
                let spelled = (parser.spellOut(value) ?? "").replacing("\u{AD}", with: "").lowercased()
                for word in spelled.split(whereSeparator: { !$0.isLetter }) {
                    vocabulary.insert(String(word))
                }
            }
        }
        self.vocabulary = vocabulary
    }

    /// Whether a short word may join two runs of number words ("three hundred and five",
    /// "vingt et un"): ICU then decides whether the whole is one number.
    func mayConnect(_ word: Substring) -> Bool {
        !vocabulary.isEmpty && word.count <= 4
    }

    /// Whether `word` (lower-case) can be part of a number written in words.
    func contains(_ word: Substring) -> Bool {
        !vocabulary.isEmpty && vocabulary.contains(word.lowercased())
    }

    /// The value of a run of number words (of as much of it as ICU reads), or `nil`.
    /// Numbers under `smallest` are left out.
    func value(of run: Substring, wordCount: Int) -> Double? {
        guard let parser, let (value, _) = parser.parsePrefix(run.utf16) else { return nil }
        guard value.isFinite, value >= 0, value < 1e15 else { return nil }
        if value < Self.smallest { return nil }
        return value
    }
}

import BitextICU

/// Everything Bitext knows about one language, made once from the user's code and then
/// passed to every stage (segmenter, aligner, corpus writers, reports), so that no stage
/// parses a language code again or keeps its own list of languages.
///
/// The code is normalised once with ICU: BCP 47 tags and ICU ids in any case are accepted
/// (`pt_BR`, `pt-br` → `pt-BR`; `iw` → `he`; `zh_Hans_CN` → `zh-Hans-CN`). The rest comes
/// from ICU (script, direction) and from the language's profile, `Languages/<code>.txt`
/// (compiled into the binary), or, where it has none, from its script's defaults.
///
/// Two values are equal when their normalised codes are.
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// The normalised BCP 47 tag (`pt-BR`, `zh-Hant`, `he`). Only ASCII letters, digits and
    /// `-`, so it is safe in XML and HTML attributes and in file names.
    public let code: String
    /// The primary language subtag, lower case (`pt` for `pt-BR`): what profiles are named by.
    public let primary: String
    /// The ICU locale id (`pt_BR`, `zh_Hant_TW`), for ICU's services (break iterators).
    public let icuLocale: String
    /// The ISO 15924 script, from ICU's likely subtags when the code does not name one:
    /// `Latn`, `Hans`, `Hant`, `Jpan`, `Kore`, `Thai`, `Arab`, `Hebr`, `Cyrl`, `Grek`,
    /// `Deva`…; `Zzzz` when ICU knows none.
    public let script: String
    /// Whether words are separated by spaces. False for Chinese, Japanese, Thai, Lao, Khmer,
    /// Burmese and Tibetan: their sentences are joined with nothing, and sentence ends need
    /// no space after them.
    public let usesSpaces: Bool
    /// Whether the language's sentences end with a mark. False for Thai and Lao, whose
    /// sentences end with none (a space separates them, and clauses too): there a line break
    /// is the one sure end of a sentence, and the segmenter takes it for one.
    public let marksSentenceEnds: Bool
    /// Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu…), as
    /// ICU says; the HTML view sets `dir="rtl"` on its text.
    public let isRightToLeft: Bool
    /// Marks that end a sentence: `.` `!` `?` `…`; `。` `！` `？` in Chinese and Japanese; `؟`
    /// in Arabic; `।` in Hindi; `;` (the Greek question mark) in Greek.
    public let sentenceFinalMarks: [Character]
    /// What some of the language's punctuation marks mean where that differs from what the
    /// same marks mean in most languages, for matching punctuation across a translation: in
    /// Greek `;` (and U+037E, which looks the same) asks a question and `·` (U+00B7, U+0387)
    /// is a semicolon. Derived from `sentenceFinalMarks`: a language whose sentences end
    /// with `;` writes its questions so. Empty for most languages.
    public var punctuationMeanings: [Unicode.Scalar: Unicode.Scalar] {
        guard sentenceFinalMarks.contains(";") || sentenceFinalMarks.contains("\u{037E}") else { return [:] }
        return [";": "?", "\u{037E}": "?", "\u{00B7}": ";", "\u{0387}": ";"]
    }
    /// Quotation marks, opening and closing (`« »`, `„ “`, `「 」`), most usual first.
    public let quotePairs: [PunctuationPair]
    /// Brackets, opening and closing (`( )`, `（ ）`, `【 】`).
    public let bracketPairs: [PunctuationPair]
    /// The segmenter's word lists (titles, abbreviations, words before numbers, sentence
    /// starters, names, quote continuations, ordinal numbers); empty for a language
    /// without a profile.
    public let wordLists: LanguageData
    /// Whether the language has a profile of its own (`Languages/<primary>.txt`).
    public let hasProfile: Bool
    /// An ICU transform id that spells this language's script in lower-case ASCII, for
    /// comparing words across scripts (`Han-Latin; Latin-ASCII; Lower` for Chinese,
    /// `Any-Latin; Latin-ASCII; Lower` otherwise). Open it with `ICUTransliterator(id:)`.
    public let latinTransliteratorID: String

    /// Makes a language from a user's code: a BCP 47 tag or an ICU locale id.
    ///
    /// - Throws: `LanguageError.invalidCharacters` for a code with characters other than
    ///   ASCII letters, digits, `-`, `_` (and ICU's keyword marks `@`, `=`, `;`);
    ///   `LanguageError.unknown` for a code ICU does not know or cannot write in BCP 47.
    public init(_ code: String) throws(LanguageError) {
        guard !code.isEmpty, code.utf8.count <= 100 else { throw .unknown(code) }
        guard code.utf8.allSatisfy(Self.isAllowedInInput) else { throw .invalidCharacters(code) }
        // ICU would read "en-" as "en"; a cut-off code is more likely a mistake than a choice.
        guard let first = code.first, let last = code.last, !"-_".contains(first), !"-_".contains(last) else {
            throw .unknown(code)
        }
        guard ICULanguage.isKnown(code),
              let tag = ICULocale.languageTag(code), !tag.isEmpty, tag.utf8.allSatisfy(Self.isAllowedInTag),
              let locale = ICULocale.locale(forTag: tag), !locale.isEmpty
        else { throw .unknown(code) }
        let primary = String(tag.prefix { $0 != "-" }).lowercased()
        let script = ICULocale.likelyScript(locale) ?? "Zzzz"
        let profile = LanguageProfile.bundled[primary] ?? Self.profileAliases[primary].flatMap { LanguageProfile.bundled[$0] }
        self.code = tag
        self.primary = primary
        self.icuLocale = locale
        self.script = script
        usesSpaces = !ScriptDefaults.unspaced.contains(script)
        marksSentenceEnds = !ScriptDefaults.unmarkedSentenceEnds.contains(script)
        isRightToLeft = ICULocale.isRightToLeft(locale)
        sentenceFinalMarks = profile?.sentenceFinalMarks ?? ScriptDefaults.sentenceFinalMarks(script: script)
        quotePairs = profile?.quotePairs ?? ScriptDefaults.quotePairs(script: script)
        bracketPairs = profile?.bracketPairs ?? ScriptDefaults.bracketPairs(script: script)
        wordLists = profile?.wordLists ?? LanguageData()
        hasProfile = profile != nil
        latinTransliteratorID = ScriptDefaults.latinTransliteratorID(script: script)
    }

    /// Languages without a profile of their own whose abbreviations, titles and ordinals are
    /// another's: Norwegian (`no`) names the language, most of it written in Bokmål (`nb`),
    /// and Nynorsk (`nn`) abbreviates as Bokmål does; Bosnian (`bs`) as Croatian (`hr`).
    private static let profileAliases = ["no": "nb", "nn": "nb", "bs": "hr"]

    /// The languages that have a profile, by primary subtag, sorted (`ar`, `de`, `el`, `en`…).
    public static var profiledLanguages: [String] { LanguageProfile.bundled.keys.sorted() }

    public var description: String { code }

    public static func == (lhs: Language, rhs: Language) -> Bool { lhs.code == rhs.code }

    public func hash(into hasher: inout Hasher) { hasher.combine(code) }

    /// ASCII letters and digits, `-`, `_`, and the `@`, `=`, `;` of ICU keywords
    /// (`de@collation=phonebook`).
    private static func isAllowedInInput(_ byte: UInt8) -> Bool {
        isAllowedInTag(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "@")
            || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ";")
    }

    private static func isAllowedInTag(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): true
        default: false
        }
    }
}

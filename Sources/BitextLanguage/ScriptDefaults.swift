/// What a language's script implies when its profile says nothing (or it has no profile):
/// sentence marks, quotes and brackets, spacing, and how to spell it in ASCII.
enum ScriptDefaults {
    /// Scripts written without spaces between words (ISO 15924): Han, Japanese, Thai, Lao,
    /// Khmer, Burmese, Tibetan.
    static let unspaced: Set<String> = ["Hani", "Hans", "Hant", "Jpan", "Hira", "Kana", "Thai", "Laoo", "Khmr", "Mymr", "Tibt"]

    /// Scripts whose sentences end with no mark (ISO 15924): Thai and Lao put a space
    /// between sentences, and also between clauses, so only a line break surely ends one.
    static let unmarkedSentenceEnds: Set<String> = ["Thai", "Laoo"]

    /// Scripts written with Chinese characters and full-width punctuation.
    static let cjk: Set<String> = ["Hani", "Hans", "Hant", "Jpan", "Hira", "Kana", "Kore"]

    static func sentenceFinalMarks(script: String) -> [Character] {
        let latin: [Character] = [".", "!", "?", "…"]
        switch script {
        case _ where cjk.contains(script): return ["。", "！", "？", "．", "｡"] + latin
        case "Arab": return [".", "!", "؟", "۔", "…"]
        case "Hebr": return latin
        case "Deva", "Beng": return ["।", "॥", "!", "?", "."]
        case "Grek": return [".", "!", ";", "\u{037E}", "…"]
        case "Armn": return ["։", "՜", "՞", "."]
        case "Ethi": return ["።", "፧", "!", "?"]
        case "Mymr": return ["။", "!", "?"]
        case "Khmr": return ["។", "៕", "!", "?"]
        case "Tibt": return ["།", "༎"]
        default: return latin
        }
    }

    static func quotePairs(script: String) -> [PunctuationPair] {
        if cjk.contains(script) {
            return [PunctuationPair("「", "」"), PunctuationPair("『", "』"), PunctuationPair("“", "”"), PunctuationPair("‘", "’")]
        }
        return [PunctuationPair("“", "”"), PunctuationPair("‘", "’"), PunctuationPair("«", "»"), PunctuationPair("\"", "\"")]
    }

    static func bracketPairs(script: String) -> [PunctuationPair] {
        let ascii = [PunctuationPair("(", ")"), PunctuationPair("[", "]"), PunctuationPair("{", "}")]
        if cjk.contains(script) {
            return [PunctuationPair("（", "）"), PunctuationPair("【", "】"), PunctuationPair("《", "》"),
                    PunctuationPair("〈", "〉"), PunctuationPair("〔", "〕")] + ascii
        }
        return ascii
    }

    /// An ICU transform that spells the script in lower-case ASCII. Chinese goes through
    /// `Han-Latin` (pinyin); everything else through `Any-Latin`, which picks the right
    /// transform for each script (Japanese kana and kanji, Cyrillic, Greek, Arabic…).
    static func latinTransliteratorID(script: String) -> String {
        switch script {
        case "Hani", "Hans", "Hant": "Han-Latin; Latin-ASCII; Lower"
        default: "Any-Latin; Latin-ASCII; Lower"
        }
    }
}

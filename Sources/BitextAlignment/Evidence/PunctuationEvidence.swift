/// Punctuation that a translation keeps: questions, exclamations, quotations, brackets,
/// colons and semicolons, in whatever script's form.
enum PunctuationEvidence {
    /// Punctuation that corresponds across scripts: a full-width or Arabic question mark is
    /// a question mark, every quotation mark is a quote, and so on.
    ///
    /// `¿` and `¡` are not marks of their own: the `?` and `!` that close the question count
    /// once, as in a language that writes only those. Armenian's `՞` and Ethiopic's `፧` ask
    /// too; marks that mean something else in one language (Greek `;`) are read through
    /// `Language.punctuationMeanings` before they come here.
    static func mark(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "?", "？", "؟", "\u{055E}", "\u{1367}": "?"
        case "!", "！", "\u{055C}": "!"
        case "\"", "«", "»", "“", "”", "„", "‹", "›", "「", "」", "『", "』", "《", "》", "〈", "〉", "﹁", "﹂": "\""
        case "(", ")", "（", "）", "[", "]", "【", "】", "〔", "〕": "("
        case ":", "：", "\u{1365}", "\u{1366}": ":"
        case ";", "；", "؛", "\u{1364}": ";"
        default: nil
        }
    }
}

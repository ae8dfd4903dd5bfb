/// Punctuation that a translation keeps: questions, exclamations, quotations, brackets,
/// colons and semicolons, in whatever script's form.
enum PunctuationEvidence {
    /// Punctuation that corresponds across scripts: a full-width or Arabic question mark is
    /// a question mark, every quotation mark is a quote, and so on.
    static func mark(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "?", "¿", "？", "؟": "?"
        case "!", "¡", "！": "!"
        case "\"", "«", "»", "“", "”", "„", "‹", "›", "「", "」", "『", "』", "《", "》", "〈", "〉", "﹁", "﹂": "\""
        case "(", ")", "（", "）", "[", "]", "【", "】", "〔", "〕": "("
        case ":", "：": ":"
        case ";", "；", "؛": ";"
        default: nil
        }
    }
}

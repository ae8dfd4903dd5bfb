import BitextCore
import BitextLanguage

/// `source<TAB>target<TAB>confidence`, one bead per line, with backslash escapes so that a
/// line is always one bead.
struct TSVWriter: CorpusFormatWriter {
    let options: CorpusOptions

    func header(sourceLanguage: Language?, targetLanguage: Language?) -> CorpusText {
        guard let names = CorpusHeader.names(options, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) else {
            return CorpusText()
        }
        return CorpusText(main: names.joined(separator: "\t") + "\n")
    }

    func render(_ document: AlignedDocument) -> CorpusText {
        var result = CorpusText()
        for written in document.writtenBeads(minimumConfidence: options.minimumConfidence, includeUnaligned: options.includeUnaligned) {
            result.main += Self.tsvField(written.source) + "\t" + Self.tsvField(written.target) + "\t" + written.confidence + "\n"
        }
        return result
    }

    /// A TSV cell: backslashes, tabs and line breaks escaped as `\\`, `\t`, `\n`, `\r`, and
    /// the other characters line readers split on (VT, FF, the file, group and record
    /// separators, NEL, U+2028, U+2029; Python's `splitlines` splits on all of them) as
    /// `\v`, `\f`, `\x1c`…, `\u2028`…, so that one bead stays one line.
    static func tsvField(_ text: String) -> String {
        TextEscaping.replacing(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\u{0B}": "\\v"
            case "\u{0C}": "\\f"
            case "\u{1C}", "\u{1D}", "\u{1E}": "\\x" + String(scalar.value, radix: 16)
            case "\u{85}": "\\u0085"
            case "\u{2028}", "\u{2029}": "\\u" + String(scalar.value, radix: 16)
            default: nil
            }
        }
    }
}

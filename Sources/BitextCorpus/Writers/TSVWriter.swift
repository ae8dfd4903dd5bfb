import BitextCore
import BitextLanguage

/// `source<TAB>target<TAB>confidence`, one bead per line, with backslash escapes so that a
/// line is always one bead.
struct TSVWriter: CorpusFormatWriter {
    let options: CorpusOptions

    func header(sourceLanguage: Language, targetLanguage: Language?) -> CorpusText {
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

    /// A TSV cell: backslashes, tabs and line breaks escaped as `\\`, `\t`, `\n` (`\r`).
    static func tsvField(_ text: String) -> String {
        TextEscaping.replacing(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            default: nil
            }
        }
    }
}

import BitextCore
import BitextLanguage

/// CSV as RFC 4180 defines it, for spreadsheets and `csv` readers: `source,target,confidence`,
/// one bead per record.
///
/// UTF-8 without a byte-order mark (a mark would become part of the first header cell for
/// Python's `csv` and for Unix tools, and would repeat inside concatenated `batch --shard`
/// parts); records end with CRLF, as RFC 4180 says. A field is quoted when it holds a comma,
/// a quote or a line break, with its quotes doubled; line breaks inside a field are kept, so
/// a record can span lines (unlike TSV, which escapes them).
struct CSVWriter: CorpusFormatWriter {
    let options: CorpusOptions

    func header(sourceLanguage: Language?, targetLanguage: Language?) -> CorpusText {
        guard let names = CorpusHeader.names(options, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) else {
            return CorpusText()
        }
        return CorpusText(main: names.map(Self.csvField).joined(separator: ",") + "\r\n")
    }

    func render(_ document: AlignedDocument) -> CorpusText {
        var result = CorpusText()
        for written in document.writtenBeads(minimumConfidence: options.minimumConfidence, includeUnaligned: options.includeUnaligned) {
            result.main += Self.csvField(written.source) + "," + Self.csvField(written.target) + "," + written.confidence + "\r\n"
        }
        return result
    }

    /// A CSV field: as it is, or in quotes with its quotes doubled when it holds a comma, a
    /// quote or a line break (RFC 4180, 2.6 and 2.7).
    static func csvField(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + TextEscaping.replacing(text) { $0 == "\"" ? "\"\"" : nil } + "\""
    }
}

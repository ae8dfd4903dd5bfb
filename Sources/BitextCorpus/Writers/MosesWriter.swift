import BitextCore

/// Moses' format: two line-aligned files, one sentence (or bead side) per line in each.
struct MosesWriter: CorpusFormatWriter {
    let options: CorpusOptions

    func render(_ document: AlignedDocument) -> CorpusText {
        var result = CorpusText()
        for written in document.writtenBeads(minimumConfidence: options.minimumConfidence, includeUnaligned: options.includeUnaligned) {
            result.main += Self.singleLine(written.source) + "\n"
            result.target += Self.singleLine(written.target) + "\n"
        }
        return result
    }

    /// Text on one line: line breaks become spaces (Moses reads lines).
    static func singleLine(_ text: String) -> String {
        TextEscaping.replacing(text) { ["\n", "\r", "\u{2028}", "\u{2029}"].contains($0) ? " " : nil }
    }
}

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

    /// Text on one line: every character a line reader may split on becomes a space (Moses
    /// reads lines, and a split line would shift every later pair).
    static func singleLine(_ text: String) -> String {
        TextEscaping.replacing(text) { isLineBreak($0) ? " " : nil }
    }

    /// LF, VT, FF, CR, the file, group and record separators, NEL, U+2028 and U+2029.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}

import BitextCore

/// One JSON object per bead: document, input lines, texts and confidence.
struct JSONLWriter: CorpusFormatWriter {
    let options: CorpusOptions

    func render(_ document: AlignedDocument) -> CorpusText {
        var result = CorpusText()
        for written in document.writtenBeads(minimumConfidence: options.minimumConfidence, includeUnaligned: options.includeUnaligned) {
            let bead = written.bead
            let sourceLines = bead.source.map { String(document.sourceLines[$0]) }.joined(separator: ",")
            let targetLines = bead.target.map { String(document.targetLines[$0]) }.joined(separator: ",")
            result.main += "{\"document\":\(JSONString.quoted(document.id)),\"source_lines\":[\(sourceLines)],"
                + "\"target_lines\":[\(targetLines)],\"source\":\(JSONString.quoted(written.source)),"
                + "\"target\":\(JSONString.quoted(written.target)),\"confidence\":\(written.confidence)}\n"
        }
        return result
    }
}

import BitextCore

/// One JSON object per bead: document, input lines, texts, confidence and the two languages.
struct JSONLWriter: CorpusFormatWriter {
    let options: CorpusOptions

    func render(_ document: AlignedDocument) -> CorpusText {
        var result = CorpusText()
        // Keys added later go last, so that the keys before them keep their place.
        let languages = ",\"source_language\":\(JSONString.quoted(document.sourceLanguage.code))"
            + ",\"target_language\":\(JSONString.quoted(document.targetLanguage.code))"
        for written in document.writtenBeads(minimumConfidence: options.minimumConfidence, includeUnaligned: options.includeUnaligned) {
            let bead = written.bead
            let sourceLines = bead.source.map { String(document.sourceLines[$0]) }.joined(separator: ",")
            let targetLines = bead.target.map { String(document.targetLines[$0]) }.joined(separator: ",")
            result.main += "{\"document\":\(JSONString.quoted(document.id)),\"source_lines\":[\(sourceLines)],"
                + "\"target_lines\":[\(targetLines)],\"source\":\(JSONString.quoted(written.source)),"
                + "\"target\":\(JSONString.quoted(written.target)),\"confidence\":\(written.confidence)" + languages + "}\n"
        }
        return result
    }
}

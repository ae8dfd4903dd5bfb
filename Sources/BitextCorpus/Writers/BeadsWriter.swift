/// Vecalign's beads, `[0]:[0, 1]:0.873`: every bead, with its sentence indexes.
struct BeadsWriter: CorpusFormatWriter {
    let options: CorpusOptions

    func render(_ document: AlignedDocument) -> CorpusText {
        CorpusText(main: BeadsFormat.write(document.beads.filter { $0.confidence >= options.minimumConfidence }))
    }
}

import BitextLanguage

/// What every corpus format implements, so that adding a format is one new file here and one
/// case in `CorpusFormat`: `CorpusWriter` dispatches to the writer of its format.
///
/// Documents are rendered independently (in parallel by `bitext batch`) and joined in order,
/// so a writer keeps no state between documents.
protocol CorpusFormatWriter: Sendable {
    /// What comes before the first document. `targetLanguage` is nil when the caller does not
    /// give it (formats that name it then say only `target`).
    func header(sourceLanguage: Language?, targetLanguage: Language?) -> CorpusText
    /// One document's part of the corpus.
    func render(_ document: AlignedDocument) -> CorpusText
    /// What comes after the last document.
    func footer() -> CorpusText
    /// The bytes of the main file for the whole corpus (UTF-8 text, or a package such as XLSX's).
    func file(_ text: CorpusText) throws(CorpusFileError) -> [UInt8]
}

extension CorpusFormatWriter {
    func header(sourceLanguage: Language?, targetLanguage: Language?) -> CorpusText { CorpusText() }
    func footer() -> CorpusText { CorpusText() }
    func file(_ text: CorpusText) throws(CorpusFileError) -> [UInt8] { Array(text.main.utf8) }
}

import BitextLanguage

/// The header line of the tabular formats (TSV, CSV), the same in both.
///
/// `--header` writes the names `source`, `target`, `confidence` as they always were: scripts
/// read columns by these names (`csv.DictReader`, pandas), so they are a contract and are not
/// renamed. `--language-header` names the languages instead, `source (en)`, `target (fr)`,
/// `confidence`, for people who open the file.
enum CorpusHeader {
    /// The header's cells, or nil when no header is asked for.
    static func names(_ options: CorpusOptions, sourceLanguage: Language?, targetLanguage: Language?) -> [String]? {
        if options.languageHeader {
            return languageNames(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        }
        return options.header ? ["source", "target", "confidence"] : nil
    }

    /// `source (en)`, `target (fr)`, `confidence` (`source` or `target` alone when that language is
    /// not given, or differs between documents identified one by one).
    static func languageNames(sourceLanguage: Language?, targetLanguage: Language?) -> [String] {
        [sourceLanguage.map { "source (\($0.code))" } ?? "source", targetLanguage.map { "target (\($0.code))" } ?? "target", "confidence"]
    }
}

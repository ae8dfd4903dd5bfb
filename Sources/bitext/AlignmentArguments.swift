import ArgumentParser
import BitextAlignment
import BitextCore
import BitextCorpus
import BitextLanguage
import Foundation

/// The inputs and aligner options shared by `align`, `coverage` and `batch`.
struct AlignmentArguments: ParsableArguments {
    @Option(help: "The source language (BCP 47 or ICU code: fr, en, de, pt-BR, zh, …), or auto to identify it from the text.")
    var srcLang: LanguageArgument

    @Option(help: "The target language, or auto.")
    var tgtLang: LanguageArgument

    @Flag(help: "The files hold one sentence per line already; do not segment them.")
    var segmented = false

    @OptionGroup var reading: ReadingOptions

    @Option(help: "At most this many sentences on each side of a bead (1 to 8).")
    var maxBead = 4

    @Option(help: ArgumentHelp("A bilingual dictionary: 'target @ source' lines (hunalign) or source<TAB>target (default: the one installed for the pair by scripts/get-dictionary.sh).",
                               valueName: "file"))
    var dictionary: String?

    @Flag(help: "Use no dictionary, not even the one installed for the pair.")
    var noDictionary = false

    @Flag(help: "Say on standard error which dictionary is used and how many entries it has.")
    var verbose = false

    @Option(help: "Refuse a document pair that would need more memory than this many GB (default: 3/4 of the machine's).")
    var maxMemory: Double?

    func validate() throws {
        if noDictionary && dictionary != nil {
            throw ValidationError("--no-dictionary and --dictionary: give one or the other")
        }
    }

    /// The dictionary file this run uses for a document pair in `source` and `target` (the
    /// languages as resolved, `auto` identified): `--dictionary`, else the one installed for
    /// the pair (`reversed` when it is filed the other way round), else none.
    func dictionaryFile(source: Language, target: Language) -> (path: String, reversed: Bool)? {
        if noDictionary { return nil }
        if let dictionary { return (dictionary, false) }
        return DictionaryStore().dictionary(source: source.code, target: target.code).map { ($0.url.path, $0.reversed) }
    }

    /// Refuses documents whose alignment would need more than `--max-memory`, rather than
    /// exhausting the machine.
    func checkMemory(_ source: SentenceDocument, _ target: SentenceDocument, jobs: Int = 1) throws {
        let physical = Double(sysconf(Int32(_SC_PHYS_PAGES))) * Double(sysconf(Int32(_SC_PAGESIZE)))
        let limit = (maxMemory.map { $0 * 1_073_741_824 } ?? physical * 0.75) / Double(max(jobs, 1))
        let text = source.sentences.reduce(0) { $0 + $1.utf8.count } + target.sentences.reduce(0) { $0 + $1.utf8.count }
        let needed = Double(Aligner.estimatedMemory(sentences: source.sentences.count + target.sentences.count, textBytes: text))
        if needed > limit {
            throw CommandFailure.error(String(format: "aligning %d × %d sentences needs about %.0f MB, more than the %.0f MB allowed (--max-memory)",
                                              source.sentences.count, target.sentences.count, needed / 1_048_576, limit / 1_048_576))
        }
    }

    /// The declared source and target languages (`nil` for `auto`), or a usage failure for a
    /// code `Language` refuses.
    func declaredLanguages() throws(CommandFailure) -> (source: Language?, target: Language?) {
        (try srcLang.declaredLanguage(option: "--src-lang"), try tgtLang.declaredLanguage(option: "--tgt-lang"))
    }

    /// Usage failures found before any document is read: a bead size out of range, a
    /// language code `Language` refuses.
    func checkOptions() throws(CommandFailure) {
        guard (1...8).contains(maxBead) else { throw CommandFailure.usage("--max-bead: give a number from 1 to 8") }
        _ = try declaredLanguages()
    }

    /// Reads, segments and aligns one document pair, as `align` and `coverage` do.
    func alignPair(source: String, target: String) throws -> AlignedDocument {
        try checkOptions()
        let (srcLang, tgtLang) = try declaredLanguages()
        let sourceDocument = try DocumentLoader.load(source, language: srcLang, segmented: segmented, reading: reading,
                                                     option: "--src-lang", otherLanguage: tgtLang)
        let targetDocument = try DocumentLoader.load(target, language: tgtLang, segmented: segmented, reading: reading,
                                                     option: "--tgt-lang", otherLanguage: srcLang)
        // The dictionary goes by the languages found when they were `auto`.
        let options = try alignerOptions(source: sourceDocument.language, target: targetDocument.language)
        try checkMemory(sourceDocument.document, targetDocument.document)
        let beads = Aligner(options: options).align(sourceDocument.document, targetDocument.document)
        return AlignedDocument(
            id: String(source.split(separator: "/").last ?? Substring(source)),
            sourceLanguage: sourceDocument.language, targetLanguage: targetDocument.language,
            source: sourceDocument.document.sentences, target: targetDocument.document.sentences,
            sourceLines: sourceDocument.lines, targetLines: targetDocument.lines, beads: beads)
    }

    /// The aligner's options for a document pair in `source` and `target`, once the options
    /// are checked and the pair's dictionary is read.
    func alignerOptions(source: Language, target: Language) throws -> AlignerOptions {
        try checkOptions()
        var options = AlignerOptions(maximumBeadSize: maxBead)
        if let file = dictionaryFile(source: source, target: target) {
            let dictionary = try DictionaryStore.load(path: file.path, reversed: file.reversed)
            options.dictionary = dictionary
            if verbose {
                OutputFile.writeStandardError("bitext: dictionary: \(file.path)\(file.reversed ? " (read reversed)" : ""), \(dictionary.entries.count) entries\n")
            }
        } else if verbose {
            OutputFile.writeStandardError("bitext: no dictionary, 0 entries\n")
        }
        return options
    }
}

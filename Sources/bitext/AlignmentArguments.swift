import ArgumentParser
import BitextAlignment
import BitextCore
import BitextCorpus
import BitextICU
import Foundation

/// The inputs and aligner options shared by `align`, `coverage` and `batch`.
struct AlignmentArguments: ParsableArguments {
    @Option(help: "The source language (fr, en, de, …), or auto to identify it.")
    var srcLang: String

    @Option(help: "The target language, or auto.")
    var tgtLang: String

    @Option(help: ArgumentHelp("Read the texts in this encoding (latin1, windows-1252, GB18030, …) instead of finding it.",
                               valueName: "name"))
    var encoding: String?

    @Flag(help: "The files hold one sentence per line already; do not segment them.")
    var segmented = false

    @Option(help: "At most this many sentences on each side of a bead (1 to 8).")
    var maxBead = 4

    @Option(help: "A bilingual dictionary: 'target @ source' lines (hunalign) or source<TAB>target.")
    var dictionary: String?

    @Option(help: "Refuse a document pair that would need more memory than this many GB (default: 3/4 of the machine's).")
    var maxMemory: Double?

    func validate() throws {
        if let encoding, !CharacterEncoding.isKnown(encoding) { throw ValidationError("--encoding: unknown encoding '\(encoding)'") }
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

    /// Reads, segments and aligns one document pair, as `align` and `coverage` do.
    func alignPair(source: String, target: String) throws -> AlignedDocument {
        let options = try alignerOptions()
        let sourceDocument = try DocumentLoader.load(source, language: srcLang, segmented: segmented, encoding: encoding,
                                                     option: "--src-lang", otherLanguage: tgtLang)
        let targetDocument = try DocumentLoader.load(target, language: tgtLang, segmented: segmented, encoding: encoding,
                                                     option: "--tgt-lang", otherLanguage: srcLang)
        try checkMemory(sourceDocument.document, targetDocument.document)
        let beads = Aligner(options: options).align(sourceDocument.document, targetDocument.document)
        return AlignedDocument(
            id: String(source.split(separator: "/").last ?? Substring(source)),
            sourceLanguage: sourceDocument.language, targetLanguage: targetDocument.language,
            source: sourceDocument.document.sentences, target: targetDocument.document.sentences,
            sourceLines: sourceDocument.lines, targetLines: targetDocument.lines, beads: beads)
    }

    /// The aligner's options, once the languages and the bead size are checked and the
    /// dictionary is read.
    func alignerOptions() throws -> AlignerOptions {
        guard (1...8).contains(maxBead) else { throw CommandFailure.usage("--max-bead: give a number from 1 to 8") }
        for (option, code) in [("--src-lang", srcLang), ("--tgt-lang", tgtLang)] where code != DocumentLoader.automaticLanguage && !ICULanguage.isKnown(code) {
            throw CommandFailure.usage("\(option): unknown language code '\(code)'")
        }
        var options = AlignerOptions(maximumBeadSize: maxBead)
        if let dictionary {
            do {
                options.dictionary = try BilingualDictionary(parsing: try InputFile.readText(dictionary).string)
            } catch let error as DictionaryError {
                throw CommandFailure.error("\(dictionary): \(error)")
            }
        }
        return options
    }
}

import ArgumentParser
import BitextAlignment
import BitextCore
import BitextCorpus
import BitextLanguage
import Foundation

/// The inputs and aligner options shared by `align`, `coverage` and `batch`.
struct AlignmentArguments: ParsableArguments {
    @Option(help: ArgumentHelp("The source language (BCP 47 or ICU code: fr, en, de, pt-BR, zh, …), or auto to identify it from the text.",
                               valueName: "lang"))
    var srcLang: LanguageArgument

    @Option(help: ArgumentHelp("The target language, or auto.", valueName: "lang"))
    var tgtLang: LanguageArgument

    @Flag(help: "The files hold one sentence per line already; do not segment them.")
    var segmented = false

    @OptionGroup var reading: ReadingOptions

    @Option(parsing: .unconditional,
            help: ArgumentHelp("At most this many sentences on each side of a bead (1 to 8; default: 4, and up to 6 sentences with one on the other side).",
                               valueName: "N"))
    var maxBead: Int?

    @Option(help: ArgumentHelp("A bilingual dictionary: 'target @ source' lines (hunalign) or source<TAB>target (default: the one installed for the pair by scripts/get-dictionary.sh).",
                               valueName: "file"))
    var dictionary: String?

    @Flag(help: "Use no dictionary, not even the one installed for the pair.")
    var noDictionary = false

    @Flag(help: "Say on standard error which dictionary is used and how many entries it has.")
    var verbose = false

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Refuse a document pair that would need more memory than this many GB (default: 3/4 of the machine's).",
                               valueName: "GB"))
    var maxMemory: Double?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Refuse an input file larger than this many MB (default: 1/4 of the machine's memory).", valueName: "MB"))
    var maxInput: Double?

    func validate() throws {
        if noDictionary && dictionary != nil {
            throw ValidationError("--no-dictionary and --dictionary: give one or the other")
        }
        try OptionChecks.validate(maxMemory: maxMemory)
        try OptionChecks.validate(maxInput: maxInput)
        if let maxBead { try OptionChecks.validate(maxBead: maxBead) }
        do {
            _ = try declaredLanguages()
        } catch {
            throw ValidationError(error.message)
        }
    }

    /// The input limit in bytes (`--max-input`, or a quarter of the machine's memory).
    var inputLimit: Int {
        OptionChecks.limit(maxInput: maxInput)
    }

    /// The dictionary file this run uses for a document pair in `source` and `target` (the
    /// languages as resolved, `auto` identified): `--dictionary`, else the one installed for
    /// the pair (`reversed` when it is filed the other way round), else none.
    func dictionaryFile(source: Language, target: Language) -> (path: String, reversed: Bool)? {
        if noDictionary { return nil }
        if let dictionary { return (dictionary, false) }
        return DictionaryStore().dictionary(source: source.code, target: target.code).map { ($0.url.path, $0.reversed) }
    }

    /// The memory a pair may use, in bytes: `--max-memory`, or three quarters of the machine's.
    var memoryLimit: Double {
        let physical = Double(sysconf(Int32(_SC_PHYS_PAGES))) * Double(sysconf(Int32(_SC_PAGESIZE)))
        return maxMemory.map { $0 * 1_073_741_824 } ?? physical * 0.75
    }

    /// The files an alignment in `source` and `target` reads besides the documents, for the
    /// output checks: the dictionary, installed ones too, so that no output can replace it.
    /// With a language still `auto` (`nil`), only `--dictionary`: the installed one is not known yet.
    func otherInputs(source: Language?, target: Language?) -> [(role: String, path: String)] {
        if let source, let target {
            return dictionaryFile(source: source, target: target).map { [(role: "the dictionary", path: $0.path)] } ?? []
        }
        return noDictionary ? [] : dictionary.map { [(role: "the dictionary", path: $0)] } ?? []
    }

    /// Refuses documents whose alignment would need more than `--max-memory` shared by the
    /// `threads` pairs aligned at once, rather than exhausting the machine.
    func checkMemory(_ source: SentenceDocument, _ target: SentenceDocument, threads: Int = 1) throws {
        let limit = memoryLimit / Double(max(threads, 1))
        let text = source.sentences.reduce(0) { $0 + $1.utf8.count } + target.sentences.reduce(0) { $0 + $1.utf8.count }
        let needed = Double(MemoryEstimate.peakBytes(sourceSentences: source.sentences.count, targetSentences: target.sentences.count,
                                                     textBytes: text))
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

    /// Reads, segments and aligns one document pair, as `align` and `coverage` do.
    func alignPair(source: String, target: String) throws -> AlignedDocument {
        try align(loadPair(source: source, target: target))
    }

    /// Reads and segments one document pair, each at most `--max-input`, with its languages
    /// resolved (`auto` identified), so that the output check can name Moses' files before
    /// the pair is aligned.
    func loadPair(source: String, target: String) throws -> LoadedPair {
        let (srcLang, tgtLang) = try declaredLanguages()
        // Both documents are read at once, each keeping its warnings; then they are told as
        // reading one after the other would tell them: the source's, and the target's only
        // when the source could be read.
        let sides = [(path: source, language: srcLang, option: "--src-lang", other: tgtLang),
                     (path: target, language: tgtLang, option: "--tgt-lang", other: srcLang)]
        let loads = Concurrency.map(count: 2) { [self] side in
            var warnings: [String] = []
            let document = Result {
                try DocumentLoader.loadMarked(sides[side].path, language: sides[side].language, segmented: segmented, reading: reading,
                                              limit: inputLimit, option: sides[side].option, otherLanguage: sides[side].other) {
                    warnings.append($0)
                }
            }
            return (document: document, warnings: warnings)
        }
        loads[0].warnings.forEach(CommandFailure.warn)
        let sourceDocument = try loads[0].document.get()
        loads[1].warnings.forEach(CommandFailure.warn)
        return LoadedPair(path: source, source: sourceDocument, target: try loads[1].document.get())
    }

    /// Aligns a pair `loadPair` read.
    func align(_ pair: LoadedPair) throws -> AlignedDocument {
        let (sourceDocument, targetDocument) = (pair.source, pair.target)
        // The dictionary goes by the languages found when they were `auto`.
        let options = try alignerOptions(source: sourceDocument.language, target: targetDocument.language)
        try checkMemory(sourceDocument.document, targetDocument.document)
        let beads = Aligner(options: options).align(sourceDocument.document, targetDocument.document)
        var aligned = AlignedDocument(
            id: String(pair.path.split(separator: "/").last ?? Substring(pair.path)),
            sourceLanguage: sourceDocument.language, targetLanguage: targetDocument.language,
            source: sourceDocument.document.sentences, target: targetDocument.document.sentences,
            sourceLines: sourceDocument.lines, targetLines: targetDocument.lines, beads: beads)
        aligned.sourceBoilerplate = sourceDocument.boilerplate
        aligned.targetBoilerplate = targetDocument.boilerplate
        return aligned
    }

    /// The aligner's options for a document pair in `source` and `target`, once the options
    /// are checked and the pair's dictionary is read.
    func alignerOptions(source: Language, target: Language) throws -> AlignerOptions {
        // A size given bounds every bead, as it always has; without one, a sentence may go
        // with more than four.
        var options = AlignerOptions(maximumBeadSize: maxBead)
        if let file = dictionaryFile(source: source, target: target) {
            let dictionary = try DictionaryStore.load(path: file.path, reversed: file.reversed, limit: inputLimit)
            options.dictionary = dictionary
            if verbose {
                OutputFile.writeStandardError("bitext: dictionary: \(TerminalText.escaped(file.path))\(file.reversed ? " (read reversed)" : ""), \(dictionary.entries.count) entries\n")
            }
        } else if verbose {
            OutputFile.writeStandardError("bitext: no dictionary, 0 entries\n")
        }
        return options
    }
}

/// A document pair read and segmented, its languages resolved, not yet aligned.
struct LoadedPair {
    /// The source document's path, which names the aligned document.
    var path: String
    var source: (document: SentenceDocument, lines: [Int], language: Language, boilerplate: [Bool])
    var target: (document: SentenceDocument, lines: [Int], language: Language, boilerplate: [Bool])
}

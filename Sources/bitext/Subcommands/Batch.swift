import ArgumentParser
import BitextAlignment
import BitextCore
import BitextCorpus
import BitextLanguage
import Foundation

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align many document pairs into one corpus, on all cores.",
        discussion: """
            Pairs come from a manifest (TSV: source path, target path, optional document id; '#' \
            comments; relative paths are relative to the manifest), from --src-dir and --tgt-dir \
            (files paired by name), or from --dir (one folder, files paired by language part: \
            Emma.en.txt with Emma.fr.txt for --src-lang en --tgt-lang fr). Documents are written in manifest order whatever --jobs is. A bad \
            pair is reported with its manifest line and skipped; the exit code is then 1.

            Examples:
              bitext batch pairs.tsv --src-lang en --tgt-lang fr -o corpus.tmx
              bitext batch --dir books/ --src-lang en --tgt-lang fr --format jsonl
              bitext batch pairs.tsv --src-lang en --tgt-lang fr --shard 0/3 -o part-0.tmx
            """
    )

    @Argument(help: "The manifest file (or use --src-dir and --tgt-dir).")
    var manifest: String?

    @Option(help: ArgumentHelp("Folder of source files, paired by name with --tgt-dir.", valueName: "folder"))
    var srcDir: String?

    @Option(help: ArgumentHelp("Folder of target files.", valueName: "folder"))
    var tgtDir: String?

    @Option(help: ArgumentHelp("One folder whose files are paired by the language part of their names (Emma.en.txt with Emma.fr.txt, page.en.html with page.fr.html).",
                               valueName: "folder"))
    var dir: String?

    @OptionGroup var alignment: AlignmentArguments

    @Option(help: ArgumentHelp("Output format (moses needs -o OUT and writes OUT.L1 and OUT.L2).", valueName: "format"))
    var format: CorpusFormat = .tmx

    @OptionGroup var corpus: CorpusOutputOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Documents aligned at once (default: all cores).", valueName: "N"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Keep only the K-th of N equal runs of the pairs (0 ≤ K < N), to share a batch among N machines; "
                               + "'bitext merge' joins the N outputs, in shard order, into the unsharded corpus.",
                               valueName: "K/N"),
            transform: Self.shard)
    var shard: Shard?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        let sources = [manifest != nil, srcDir != nil || tgtDir != nil, dir != nil].filter { $0 }.count
        guard sources == 1, manifest != nil || dir != nil || (srcDir != nil && tgtDir != nil) else {
            throw ValidationError("give a manifest, --src-dir and --tgt-dir, or --dir")
        }
        // `--dir` pairs by the language part of file names, so it needs the languages named.
        if dir != nil && (alignment.srcLang.isAutomatic || alignment.tgtLang.isAutomatic) {
            throw ValidationError("--dir pairs files by the language part of their names: give --src-lang and --tgt-lang, not auto")
        }
        if dir != nil && alignment.srcLang.argument.lowercased() == alignment.tgtLang.argument.lowercased() {
            throw ValidationError("--dir pairs files by language: give two different --src-lang and --tgt-lang")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs: give 1 or more") }
        try corpus.validate(for: format)
    }

    /// `--shard K/N` read once, when the command line is parsed, into the `Shard` `run` uses.
    static func shard(_ text: String) throws -> Shard {
        guard let shard = Shard(parsing: text) else { throw ValidationError("--shard: give K/N with 0 ≤ K < N, e.g. 0/3") }
        return shard
    }

    func run() throws {
        try CommandFailure.reporting {
            let (srcLang, tgtLang) = try alignment.declaredLanguages()
            let segmented = alignment.segmented
            let allPairs = try loadPairs()
            let pairs = shard?.select(allPairs) ?? allPairs
            // Every listed file and the manifest are inputs that no output may replace.
            var inputs = manifest.map { [(role: "the manifest", path: $0)] } ?? []
            for pair in allPairs {
                inputs.append((role: "an input listed at \(pair.origin)", path: pair.source))
                inputs.append((role: "an input listed at \(pair.origin)", path: pair.target))
            }
            // Outputs are checked before any document is read, except Moses' files when a
            // language is `auto`: they are named after the languages identified.
            var early: CommandOutputs?
            if format != .moses || (srcLang != nil && tgtLang != nil) {
                early = try CommandOutputs(corpus: format, output: output, identified: (srcLang, tgtLang),
                                           inputs: inputs + alignment.otherInputs(source: srcLang, target: tgtLang))
            } else if output == nil {
                throw CommandFailure.usage("--format moses: give -o OUT")
            }
            if format == .beads && pairs.count > 1 {
                // A beads file holds one document: its indexes restart with each document and nothing marks where.
                throw CommandFailure.usage("--format beads holds one document, and this batch has \(pairs.count); "
                                           + "use --format jsonl (each line names its document) or align each pair")
            }
            if format == .tmx { corpus.checkSourceDateEpoch() }

            let writer = CorpusWriter(format: format, options: corpus.options, toolVersion: BitextVersion.current)
            let progress = Progress(total: pairs.count)
            let memory = alignment, jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount, inputLimit = alignment.inputLimit
            let aligners = PairAligners { source, target in Aligner(options: try memory.alignerOptions(source: source, target: target)) }
            // Declared languages: the dictionary is read (and its errors reported) before any document.
            if let srcLang, let tgtLang { _ = try aligners.aligner(source: srcLang, target: tgtLang) }
            let settings = (srcLang: srcLang, tgtLang: tgtLang, segmented: segmented, reading: alignment.reading)
            // The memory limit is shared by the pairs aligned at once: at most one per job, per
            // pair and per core (the work is spread over the cores, not over --jobs threads).
            let running = max(1, min(jobs, pairs.count, ProcessInfo.processInfo.activeProcessorCount))
            let results = Concurrency.map(count: pairs.count, threads: jobs) {
                index -> Result<(text: CorpusText, languages: (Language, Language)), CommandFailure> in
                let pair = pairs[index]
                defer { progress.documentDone() }
                do {
                    let source = try DocumentLoader.load(pair.source, language: settings.srcLang, segmented: settings.segmented,
                                                         reading: settings.reading, threads: 1, limit: inputLimit,
                                                         option: "--src-lang", otherLanguage: settings.tgtLang)
                    let target = try DocumentLoader.load(pair.target, language: settings.tgtLang, segmented: settings.segmented,
                                                         reading: settings.reading, threads: 1, limit: inputLimit,
                                                         option: "--tgt-lang", otherLanguage: settings.srcLang)
                    try memory.checkMemory(source.document, target.document, threads: running)
                    let beads = try aligners.aligner(source: source.language, target: target.language).align(source.document, target.document)
                    progress.add(sentences: source.document.sentences.count + target.document.sentences.count)
                    return .success((writer.render(AlignedDocument(
                        id: pair.id, sourceLanguage: source.language, targetLanguage: target.language,
                        source: source.document.sentences, target: target.document.sentences,
                        sourceLines: source.lines, targetLines: target.lines, beads: beads)), (source.language, target.language)))
                } catch let failure as CommandFailure {
                    return .failure(CommandFailure(message: "\(pair.origin): \(failure.message)", exitCode: failure.exitCode))
                } catch {
                    return .failure(CommandFailure.error("\(pair.origin): \(error)"))
                }
            }
            progress.finish()
            // A declared language, or with `auto` the one identified when every document
            // agrees (TMX's header then names it; Moses' files are named after it); `nil`
            // when documents differ (TMX's `*all*`, a Moses file named `auto`).
            let resolvedSource = Set(results.compactMap { try? $0.get().languages.0 })
            let resolvedTarget = Set(results.compactMap { try? $0.get().languages.1 })
            let languages = (srcLang ?? (resolvedSource.count == 1 ? resolvedSource.first : nil),
                             tgtLang ?? (resolvedTarget.count == 1 ? resolvedTarget.first : nil))
            var text = writer.header(sourceLanguage: languages.0, targetLanguage: languages.1)
            var failed = 0
            for result in results {
                switch result {
                case .success(let part): text.append(part.text)
                case .failure(let failure):
                    failed += 1
                    CommandFailure.report("\(failure.message) (skipped)")
                }
            }
            text.append(writer.footer())
            let outputs = try early ?? CommandOutputs(corpus: format, output: output, identified: languages,
                                                      inputs: inputs + alignment.otherInputs(source: nil, target: nil))
            try outputs.stageCorpus(text, writer: writer)
            try outputs.commit()
            if failed > 0 {
                throw CommandFailure.error("\(failed) of \(pairs.count) document pair(s) skipped")
            }
        }
    }

    private func loadPairs() throws -> [DocumentPair] {
        if let manifest {
            do {
                return try Manifest.pairs(parsing: try InputFile.readText(manifest, limit: alignment.inputLimit).string, path: manifest)
            } catch let error as ManifestError {
                throw CommandFailure.error("\(error)")
            }
        }
        if let dir {
            var status = stat()
            guard stat(dir, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
                throw CommandFailure.error("\(dir): no such folder")
            }
            let (pairs, unpaired, unreadable) = try Manifest.pairs(folder: dir, sourceLanguage: alignment.srcLang.argument,
                                                                   targetLanguage: alignment.tgtLang.argument)
            for name in unpaired {
                CommandFailure.warn("\(name) has no counterpart named with .\(alignment.srcLang.argument). or .\(alignment.tgtLang.argument). (skipped)")
            }
            for name in unreadable { CommandFailure.warn("\(name): the file name is not valid UTF-8 (skipped; rename it)") }
            return pairs
        }
        for folder in [srcDir!, tgtDir!] {
            var status = stat()
            guard stat(folder, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR else {
                throw CommandFailure.error("\(folder): no such folder")
            }
        }
        let (pairs, unpaired, unreadable) = try Manifest.pairs(sourceFolder: srcDir!, targetFolder: tgtDir!)
        for name in unpaired { CommandFailure.warn("\(name) is in only one folder (skipped)") }
        for name in unreadable { CommandFailure.warn("\(name): the file name is not valid UTF-8 (skipped; rename it)") }
        return pairs
    }
}

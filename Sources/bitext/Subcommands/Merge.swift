import ArgumentParser
import BitextCore
import BitextCorpus
import Foundation

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join the outputs of 'batch --shard K/N' into one corpus.",
        discussion: """
            Give the parts in shard order (part 0 first): the result is then, byte for byte, the \
            corpus that the batch without --shard writes (run both with the same SOURCE_DATE_EPOCH \
            for TMX and XLSX, which are dated). One TMX header and footer, one XLIFF root (each \
            document keeps its <file>), JSONL lines joined, one TSV or CSV header when the parts \
            have one, one XLSX sheet. For Moses, give each part's prefix as batch -o named it \
            (part-0 for part-0.en and part-0.fr); -o OUT then writes OUT.en and OUT.fr. The format \
            is detected from the parts' content; --format, when given, must agree. Parts of \
            different formats, language pairs or headers, parts that bitext did not write, and an \
            -o that is one of the parts are refused (exit 64). Beads hold one document, so at \
            most one part may have beads.

            In bash, part-{0..7} lists the parts in shard order (part-* would put part-10 before \
            part-2). With --format moses, part-0 stands for part-0.en and part-0.fr, and -o corpus \
            writes corpus.en and corpus.fr.

            Examples:
              bitext merge part-0.tmx part-1.tmx part-2.tmx -o corpus.tmx
              bitext merge part-{0..7}.jsonl -o corpus.jsonl
              bitext merge --format moses part-0 part-1 -o corpus
            """
    )

    @Argument(help: ArgumentHelp("The parts, in shard order; for Moses, each part's prefix (PART for PART.L1 and PART.L2).",
                                 valueName: "part"))
    var parts: [String] = []

    @Option(help: ArgumentHelp("The parts' format, which they must be in (default: detected from their content).", valueName: "format"))
    var format: CorpusFormat?

    @Flag(help: "Join parts whose languages differ (a batch with --src-lang or --tgt-lang auto whose shards were identified differently); headers then name no language, as the unsharded batch's would.")
    var mixedLanguages = false

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output; Moses: FILE.L1 and FILE.L2.",
                                                    valueName: "file"))
    var output: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Refuse a part larger than this many MB (default: 1/4 of the machine's memory).", valueName: "MB"))
    var maxInput: Double?

    func validate() throws {
        guard !parts.isEmpty else { throw ValidationError("give the parts to merge, in shard order") }
        try OptionChecks.validate(maxInput: maxInput)
    }

    func run() throws {
        try CommandFailure.reporting {
            let corpusParts = try readParts()
            let detected = format ?? corpusParts.lazy.compactMap(CorpusMerger.detectFormat).first
            let inputs = corpusParts.flatMap { part -> [(role: String, path: String)] in
                switch part.content {
                case .file: [(role: "the part", path: part.name)]
                case .moses(let sides): sides.map { (role: "the part", path: part.name + "." + $0.code) }
                }
            }
            var merger = CorpusMerger(format: format)
            merger.allowsMixedLanguages = mixedLanguages
            if detected == .tmx || detected == .xlsx { CorpusOutputOptions.checkSourceDateEpoch() }
            // Outputs are checked (against the parts, and xlsx against a terminal) before the merge.
            let outputs: CommandOutputs
            if detected == .moses {
                guard let output else { throw CommandFailure.usage("--format moses: give -o OUT (it writes OUT.L1 and OUT.L2)") }
                let codes = corpusParts.lazy.compactMap(Self.mosesCodes).first ?? []
                outputs = try CommandOutputs(codes.map { (option: "-o (.\($0))", path: output + "." + $0) }, inputs: inputs)
            } else {
                outputs = try CommandOutputs(corpus: detected ?? .tsv, output: output, identified: (nil, nil), inputs: inputs)
            }
            let merged: MergedCorpus
            do {
                merged = try merger.merge(corpusParts)
            } catch let error as CorpusMergeError {
                throw CommandFailure(message: error.message, exitCode: error.isUsage ? CommandFailure.usageExitCode : CommandFailure.errorExitCode)
            }
            if merged.format == .moses {
                for side in merged.mosesSides { try outputs.stage(side.bytes, option: "-o (.\(side.code))") }
            } else {
                try outputs.stage(merged.bytes)
            }
            try outputs.commit()
        }
    }

    /// The codes of a Moses part's two files (`en`, `fr`), or nil for a part of another format.
    private static func mosesCodes(_ part: CorpusPart) -> [String]? {
        if case .moses(let sides) = part.content { return sides.map(\.code) }
        return nil
    }

    /// Each part's bytes; a part that is not a file, with `--format moses` or when its Moses
    /// files exist, is a Moses prefix. The same file given twice is refused: it would be joined twice.
    private func readParts() throws -> [CorpusPart] {
        var identities: [String: String] = [:]
        func checkOnce(_ path: String, as part: String) throws {
            var status = stat()
            guard stat(path, &status) == 0 else { return }
            let identity = "\(status.st_dev):\(status.st_ino)"
            if let earlier = identities[identity] {
                throw CommandFailure.usage((earlier == part ? "\(part) is given twice" : "\(earlier) and \(part) are the same file")
                                           + ": give each part once, in shard order")
            }
            identities[identity] = part
        }
        let limit = OptionChecks.limit(maxInput: maxInput)
        let prefixes = parts.filter { format == .moses || (format == nil && !Self.exists($0)) }
        let sides = try MosesFiles.existingSides(prefixes: prefixes)
        var result: [CorpusPart] = []
        for name in parts {
            guard let found = sides[name], format == .moses || !found.isEmpty else {
                try checkOnce(name, as: name)
                result.append(CorpusPart(name: name, content: .file(try InputFile.read(name, limit: limit))))
                continue
            }
            guard found.count == 2 else {
                let names = found.isEmpty ? "none" : found.map(\.path).joined(separator: ", ")
                throw CommandFailure.error("\(name): Moses' parts are two files, \(name).L1 and \(name).L2; found \(names)")
            }
            var mosesSides: [MosesSide] = []
            for side in found {
                try checkOnce(side.path, as: side.path)
                mosesSides.append(MosesSide(code: side.code, bytes: try InputFile.read(side.path, limit: limit)))
            }
            result.append(CorpusPart(name: name, content: .moses(mosesSides)))
        }
        return result
    }

    private static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0
    }
}

import BitextCore
import BitextCorpus
import BitextLanguage
import Foundation

/// The files a command writes: checked against its inputs and against each other before
/// any work (BitextCore's `OutputPlan`, the one place that decides), then written together
/// at the end (`OutputTransaction`), so that a failed run leaves every old file as it was.
final class CommandOutputs {
    private let plan: OutputPlan
    private let transaction = OutputTransaction()

    /// Checks the outputs (those whose path is nil are not requested) against the inputs.
    init(_ outputs: [(option: String, path: String?)], inputs: [(role: String, path: String)]) throws {
        plan = try OutputPlan(outputs: outputs.compactMap { output in output.path.map { (option: output.option, path: $0) } },
                              inputs: inputs)
    }

    /// The outputs of a corpus: `-o`, or Moses' two files `OUT.L1` and `OUT.L2`, plus `extra`.
    convenience init(corpus format: CorpusFormat, output: String?, languages: (Language, Language),
                     extra: [(option: String, path: String?)] = [], inputs: [(role: String, path: String)]) throws {
        if format == .moses {
            guard let output else {
                throw CommandFailure.usage("--format moses: give -o OUT (it writes OUT.\(languages.0) and OUT.\(languages.1))")
            }
            let paths = try MosesFiles.paths(base: output, sourceLanguage: languages.0, targetLanguage: languages.1)
            try self.init([(Self.mosesSource, paths.source), (Self.mosesTarget, paths.target)] + extra, inputs: inputs)
        } else {
            try self.init([("-o", output)] + extra, inputs: inputs)
        }
        try refuseWorkbookOnTerminal(format)
    }

    /// A workbook's bytes are no use on a terminal (and could rewrite it): refused before any work.
    private func refuseWorkbookOnTerminal(_ format: CorpusFormat) throws {
        if format == .xlsx, plan.destination(for: "-o")?.kind ?? .descriptor(STDOUT_FILENO) == .descriptor(STDOUT_FILENO),
           isatty(STDOUT_FILENO) == 1 {
            throw CommandFailure.usage("--format xlsx: give -o FILE (a workbook is not for a terminal)")
        }
    }

    /// The outputs of a batch corpus whose languages were `auto`: a side whose documents were
    /// identified as different languages is `nil`, and names its Moses file `OUT.auto`.
    convenience init(corpus format: CorpusFormat, output: String?, identified languages: (Language?, Language?),
                     inputs: [(role: String, path: String)]) throws {
        guard format == .moses else {
            try self.init([("-o", output)], inputs: inputs)
            try refuseWorkbookOnTerminal(format)
            return
        }
        if let source = languages.0, let target = languages.1 {
            try self.init(corpus: format, output: output, languages: (source, target), inputs: inputs)
            return
        }
        guard let output else { throw CommandFailure.usage("--format moses: give -o OUT") }
        let codes = (languages.0?.code ?? LanguageArgument.automatic, languages.1?.code ?? LanguageArgument.automatic)
        if codes.0.lowercased() == codes.1.lowercased() {
            throw CommandFailure.usage("--format moses: the documents' languages differ on both sides, "
                                       + "so both would be written to \(output).\(codes.0); use another format")
        }
        try self.init([(Self.mosesSource, output + "." + codes.0), (Self.mosesTarget, output + "." + codes.1)], inputs: inputs)
    }

    /// The options naming Moses' two files in messages.
    static let mosesSource = "-o (source side)", mosesTarget = "-o (target side)"

    /// Stages `bytes` for the output named by `option`, or for standard output when that
    /// option was not given.
    func stage(_ bytes: [UInt8], option: String = "-o") throws {
        try transaction.stage(bytes, to: plan.destination(for: option) ?? .standardOutput)
    }

    /// Stages a corpus: Moses' two files, other formats as one (`writer.file` gives its bytes:
    /// the text, or XLSX's workbook); says on standard error how many characters XML could not hold.
    func stageCorpus(_ text: CorpusText, writer: CorpusWriter) throws {
        if writer.format == .moses {
            try stage(Array(text.main.utf8), option: Self.mosesSource)
            try stage(Array(text.target.utf8), option: Self.mosesTarget)
        } else {
            let bytes: [UInt8]
            do {
                bytes = try writer.file(text)
            } catch {
                throw CommandFailure.error("\((plan.destination(for: "-o") ?? .standardOutput).displayName): \(error)")
            }
            try stage(bytes)
        }
        if text.droppedCharacters > 0 {
            CommandFailure.warn("left out \(text.droppedCharacters) character(s) that XML 1.0 forbids")
        }
    }

    /// Writes everything staged.
    func commit() throws {
        try transaction.commit()
    }
}

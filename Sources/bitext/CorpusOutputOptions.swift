import ArgumentParser
import BitextCorpus
import Foundation

/// Options of the corpus writers, shared by `align` and `batch`.
struct CorpusOutputOptions: ParsableArguments {
    @Option(parsing: .unconditional,
            help: ArgumentHelp("Leave out beads whose confidence is below this, 0 to 1 (every format; --flag-below marks them instead).",
                               valueName: "confidence"))
    var minConfidence = 0.0

    @Flag(help: "Keep beads with an empty side (tsv, csv, xlsx, moses, jsonl), with an empty cell or line.")
    var includeUnaligned = false

    @Flag(help: "Write a header line: source, target, confidence (tsv, csv; xlsx always has one).")
    var header = false

    @Flag(help: "Write a header line that names the languages: 'source (en)', 'target (fr)', confidence (tsv, csv).")
    var languageHeader = false

    /// The formats each flag applies to: elsewhere it would be silently ignored, so it is refused.
    static let headerFormats: Set<CorpusFormat> = [.tsv, .csv, .xlsx]
    static let unalignedFormats: Set<CorpusFormat> = [.tsv, .csv, .xlsx, .moses, .jsonl]

    /// Refuses a flag that does not apply to `format`, in one line naming both.
    func validate(for format: CorpusFormat) throws {
        if header && !Self.headerFormats.contains(format) {
            throw ValidationError("--header does not apply to --format \(format.rawValue) (only tsv, csv, xlsx)")
        }
        if languageHeader && !Self.headerFormats.contains(format) {
            throw ValidationError("--language-header does not apply to --format \(format.rawValue) (only tsv, csv, xlsx)")
        }
        if includeUnaligned && !Self.unalignedFormats.contains(format) {
            throw ValidationError("--include-unaligned does not apply to --format \(format.rawValue) (only tsv, csv, xlsx, moses, jsonl)")
        }
    }

    func validate() throws {
        try OptionChecks.validate(confidence: minConfidence, option: "--min-confidence")
    }

    /// Warns when `SOURCE_DATE_EPOCH` is set but unusable (`nan`, `1e30`, a date after 9999):
    /// TMX's creation date is then the current time.
    func checkSourceDateEpoch() {
        Self.checkSourceDateEpoch()
    }

    /// `checkSourceDateEpoch()` for commands without these options (`merge`).
    static func checkSourceDateEpoch() {
        guard let value = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"],
              CorpusOptions.sourceDateEpoch(value) == nil else { return }
        CommandFailure.warn("SOURCE_DATE_EPOCH: '\(value.prefix(40))' is not a whole number of seconds from 0 to "
                            + "253402300799 (the end of 9999); using the current time")
    }

    var options: CorpusOptions {
        var options = CorpusOptions()
        options.minimumConfidence = minConfidence
        options.includeUnaligned = includeUnaligned
        options.header = header
        options.languageHeader = languageHeader
        return options
    }
}

extension CorpusFormat: ExpressibleByArgument {}

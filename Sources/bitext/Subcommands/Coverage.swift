import ArgumentParser
import BitextCore
import BitextLanguage
import BitextReport

struct Coverage: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report what a translation covers of its original: unmatched sentences and unsure matches.",
        discussion: """
            Aligns the two texts as 'bitext align' does, then reports the share of source and \
            target sentences (and characters) that are matched, every source sentence with no \
            translation and every target sentence with no source (file:line and text), and the \
            beads whose confidence is below --flag-below. Unmatched sentences are grouped by \
            kind (omission, addition, untranslated, note, credit, boilerplate); boilerplate is only \
            counted unless --show-boilerplate. Exit status: 0 when the share of the source's content \
            sentences (boilerplate and credits left out) matched is at least --min-coverage, \
            \(Self.belowCoverageExitCode) when it is below, 1 on an error, 64 on a usage error.

            Examples:
              bitext coverage en.txt fr.txt --src-lang en --tgt-lang fr
              bitext coverage en.txt fr.txt --src-lang en --tgt-lang fr --min-coverage .95
              bitext coverage en.docx fr.docx --src-lang en --tgt-lang fr --json
            """
    )

    /// The exit status when the source coverage is below `--min-coverage`.
    static let belowCoverageExitCode: Int32 = 2

    @OptionGroup var pair: DocumentPairArguments

    @OptionGroup var alignment: AlignmentArguments

    @Flag(help: "Print the report as one JSON object (schema bitext-coverage/1, see the README).")
    var json = false

    @Flag(help: "List the boilerplate lines (menus, forms, page furniture) too; by default they are only counted.")
    var showBoilerplate = false

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Exit with status 2 when less than this share (0 to 1) of the source's content sentences (boilerplate and credits left out) is matched.",
                               valueName: "share"))
    var minCoverage = 0.0

    /// What `--flag-below` now says, kept under its first name for the scripts that use it.
    @Option(parsing: .unconditional,
            help: ArgumentHelp("The same as --flag-below (its name before --flag-below existed).", valueName: "confidence"))
    var minConfidence: Double?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    /// The most omissions the below-coverage line names.
    static let omissionsNamed = 5

    /// The one line on standard error when the coverage is too low: by how much, and where
    /// the first omissions are, so that a CI log says what to fix.
    static func belowCoverageLine(_ report: CoverageReport, minimum: Double) -> String {
        let coverage = report.source.contentSentenceCoverage
        let omissions = report.unmatchedSource.filter { $0.kind == .omission }
        let named = omissions.prefix(omissionsNamed).map { "\(report.source.file):\($0.line)" }.joined(separator: ", ")
        let more = omissions.count > omissionsNamed ? " and \(omissions.count - omissionsNamed) more" : ""
        let line = String(format: "content coverage of the source %.4f is %.4f below --min-coverage %.4f", coverage, minimum - coverage, minimum)
            + (omissions.isEmpty ? "" : "; omissions: \(named)\(more)")
        return "bitext: \(TerminalText.escaped(line))\n"
    }

    func validate() throws {
        try OptionChecks.validate(share: minCoverage, option: "--min-coverage")
        try OptionChecks.validate(confidence: minConfidence, option: "--min-confidence")
        if let minConfidence, let flagBelow = pair.flagBelow, minConfidence != flagBelow {
            throw ValidationError("--min-confidence and --flag-below: give one of them (in coverage they mean the same)")
        }
    }

    func run() throws {
        try CommandFailure.reporting {
            // The installed dictionary, an input, goes by the languages: with `auto` ones the
            // outputs are checked once the documents are identified, still before any alignment.
            let declared = try alignment.declaredLanguages()
            let outputsFor = { (source: Language, target: Language) in
                try CommandOutputs([("-o", output), ("--html", pair.html)],
                                   inputs: pair.inputs + alignment.otherInputs(source: source, target: target))
            }
            var early: CommandOutputs?
            if let source = declared.source, let target = declared.target { early = try outputsFor(source, target) }
            let loaded = try alignment.loadPair(source: pair.source, target: pair.target)
            let outputs = try early ?? outputsFor(loaded.source.language, loaded.target.language)
            let aligned = try alignment.align(loaded)
            var report = pair.report(on: aligned, minimumConfidence: pair.unsureThreshold(legacy: minConfidence))
            report.dictionary = alignment.dictionaryFile(source: aligned.sourceLanguage, target: aligned.targetLanguage)?.path
            try outputs.stage(Array((json ? report.json() : report.text(showBoilerplate: showBoilerplate)).utf8))
            try pair.stageHTMLView(of: aligned, report: report, in: outputs)
            try outputs.commit()
            if report.source.contentSentenceCoverage < minCoverage {
                OutputFile.writeStandardError(Self.belowCoverageLine(report, minimum: minCoverage))
                throw ExitCode(Self.belowCoverageExitCode)
            }
        }
    }
}

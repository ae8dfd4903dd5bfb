import ArgumentParser
import BitextCorpus
import BitextReport

/// The document pair that `align` and `coverage` read, and the HTML view both can write.
struct DocumentPairArguments: ParsableArguments {
    @Argument(help: "The source (original) text.")
    var source: String

    @Argument(help: "The target (translated) text.")
    var target: String

    @Option(help: ArgumentHelp("Also write the side-by-side HTML view to this file.", valueName: "file"))
    var html: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Mark beads whose confidence is below this (0 to 1) as unsure, in the coverage report and the HTML view (default: 0.5). Unlike --min-confidence, it leaves every bead in the corpus.",
                               valueName: "confidence"))
    var flagBelow: Double?

    func validate() throws {
        try OptionChecks.validate(confidence: flagBelow, option: "--flag-below")
        // Standard input can be read once: the second reading would find it empty.
        if source == "-" && target == "-" {
            throw ValidationError("standard input named twice ('-' as SRC and TGT); give at least one file")
        }
    }

    /// The two documents, for the output checks.
    var inputs: [(role: String, path: String)] {
        [(role: "the source file", path: source), (role: "the target file", path: target)]
    }

    /// The confidence under which beads are marked unsure: `--flag-below`, else `legacy`
    /// (coverage's `--min-confidence`, which meant this before `--flag-below` existed), else 0.5.
    func unsureThreshold(legacy: Double? = nil) -> Double {
        flagBelow ?? legacy ?? CoverageReport.defaultMinimumConfidence
    }

    /// The pair's coverage report, with the files named as given and beads under
    /// `minimumConfidence` listed as unsure.
    func report(on aligned: AlignedDocument, minimumConfidence: Double) -> CoverageReport {
        CoverageReport(aligned, sourceFile: source, targetFile: target, minimumConfidence: minimumConfidence)
    }

    /// Stages the HTML view when `--html` is given (written with the run's other outputs).
    func stageHTMLView(of aligned: AlignedDocument, report: CoverageReport, in outputs: CommandOutputs) throws {
        guard html != nil else { return }
        try outputs.stage(Array(HTMLView.render(aligned, report: report).utf8), option: "--html")
    }
}

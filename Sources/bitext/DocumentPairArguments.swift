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

    func validate() throws {
        // Standard input can be read once: the second reading would find it empty.
        if source == "-" && target == "-" {
            throw ValidationError("standard input named twice ('-' as SRC and TGT); give at least one file")
        }
    }

    /// The two documents, for the output checks.
    var inputs: [(role: String, path: String)] {
        [(role: "the source file", path: source), (role: "the target file", path: target)]
    }

    /// The pair's coverage report, with the files named as given.
    func report(on aligned: AlignedDocument, minimumConfidence: Double) -> CoverageReport {
        CoverageReport(aligned, sourceFile: source, targetFile: target, minimumConfidence: minimumConfidence)
    }

    /// Stages the HTML view when `--html` is given (written with the run's other outputs).
    func stageHTMLView(of aligned: AlignedDocument, report: CoverageReport, in outputs: CommandOutputs) throws {
        guard html != nil else { return }
        try outputs.stage(Array(HTMLView.render(aligned, report: report).utf8), option: "--html")
    }
}

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

    /// The pair's coverage report, with the files named as given.
    func report(on aligned: AlignedDocument, minimumConfidence: Double) -> CoverageReport {
        CoverageReport(aligned, sourceFile: source, targetFile: target, minimumConfidence: minimumConfidence)
    }

    /// Writes the HTML view (atomically) when `--html` is given.
    func writeHTMLView(of aligned: AlignedDocument, report: CoverageReport) throws {
        guard let html else { return }
        try Output.emit(Array(HTMLView.render(aligned, report: report).utf8), to: html)
    }
}

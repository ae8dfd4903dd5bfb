import ArgumentParser
import BitextCorpus
import Foundation
import BitextReport

struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align a document with its translation, sentence by sentence.",
        discussion: """
            Reads two texts, splits them into sentences (or takes one sentence per line with \
            --segmented) and prints the beads that align them. Format beads (Vecalign's): one bead \
            per line, 0-based sentence indexes of each side and the bead's confidence, e.g. \
            [0]:[0, 1]:0.873; a sentence with no counterpart is a bead with an empty side, [].
            """
    )

    @OptionGroup var pair: DocumentPairArguments

    @OptionGroup var alignment: AlignmentArguments

    @Option(help: "Output format: beads, tmx, tsv, moses (needs -o: writes OUT.L1 and OUT.L2), jsonl, csv, xliff or xlsx.")
    var format: CorpusFormat = .beads

    @OptionGroup var corpus: CorpusOutputOptions

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        try corpus.validate(for: format)
    }

    func run() throws {
        try CommandFailure.reporting {
            let (srcLang, tgtLang) = try alignment.languages()
            let outputs = try CommandOutputs(corpus: format, output: output, languages: (srcLang, tgtLang),
                                             extra: [("--html", pair.html)], inputs: pair.inputs + alignment.otherInputs)
            if format == .tmx { corpus.checkSourceDateEpoch() }
            let aligned = try alignment.alignPair(source: pair.source, target: pair.target)
            let writer = CorpusWriter(format: format, options: corpus.options, toolVersion: BitextVersion.current)
            var text = writer.header(sourceLanguage: srcLang, targetLanguage: tgtLang)
            text.append(writer.render(aligned))
            text.append(writer.footer())
            try outputs.stageCorpus(text, writer: writer)
            if pair.html != nil {
                // Unsure beads are those under --min-confidence, or under the coverage default.
                let threshold = corpus.minConfidence > 0 ? corpus.minConfidence : CoverageReport.defaultMinimumConfidence
                try pair.stageHTMLView(of: aligned, report: pair.report(on: aligned, minimumConfidence: threshold), in: outputs)
            }
            try outputs.commit()
        }
    }
}

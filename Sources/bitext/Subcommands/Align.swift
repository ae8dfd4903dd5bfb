import ArgumentParser
import BitextCorpus
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

    @Option(help: "Output format: beads, tmx, tsv, moses (needs -o: writes OUT.L1 and OUT.L2) or jsonl.")
    var format: CorpusFormat = .beads

    @OptionGroup var corpus: CorpusOutputOptions

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        try CommandFailure.reporting {
            let declared = try alignment.declaredLanguages()
            if format == .moses && output == nil {
                let names = (declared.source?.code ?? "<identified>", declared.target?.code ?? "<identified>")
                throw CommandFailure.usage("--format moses: give -o OUT (it writes OUT.\(names.0) and OUT.\(names.1))")
            }
            let aligned = try alignment.alignPair(source: pair.source, target: pair.target)
            // The languages as resolved (`auto` identified).
            let (srcLang, tgtLang) = (aligned.sourceLanguage, aligned.targetLanguage)
            let writer = CorpusWriter(format: format, options: corpus.options, toolVersion: BitextVersion.current)
            var text = writer.header(sourceLanguage: srcLang)
            text.append(writer.render(aligned))
            text.append(writer.footer())
            try Output.emitCorpus(text, format: format, to: output, languages: (srcLang, tgtLang))
            if pair.html != nil {
                // Unsure beads are those under --min-confidence, or under the coverage default.
                let threshold = corpus.minConfidence > 0 ? corpus.minConfidence : CoverageReport.defaultMinimumConfidence
                try pair.writeHTMLView(of: aligned, report: pair.report(on: aligned, minimumConfidence: threshold))
            }
        }
    }
}

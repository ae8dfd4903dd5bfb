import ArgumentParser
import BitextAlignment
import BitextCorpus

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


    @Argument(help: "The source (original) text.")
    var source: String

    @Argument(help: "The target (translated) text.")
    var target: String

    @OptionGroup var alignment: AlignmentArguments

    @Option(help: "Output format: beads, tmx, tsv, moses (needs -o: writes OUT.L1 and OUT.L2) or jsonl.")
    var format: CorpusFormat = .beads

    @OptionGroup var corpus: CorpusOutputOptions

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        try CommandFailure.reporting {
            let options = try alignment.alignerOptions()
            let (srcLang, tgtLang, segmented) = (alignment.srcLang, alignment.tgtLang, alignment.segmented)
            if format == .moses && output == nil { throw CommandFailure.usage("--format moses: give -o OUT (it writes OUT.\(srcLang) and OUT.\(tgtLang))") }
            let sourceDocument = try DocumentLoader.load(source, language: srcLang, segmented: segmented)
            let targetDocument = try DocumentLoader.load(target, language: tgtLang, segmented: segmented)
            try alignment.checkMemory(sourceDocument.document, targetDocument.document)
            let beads = Aligner(options: options).align(sourceDocument.document, targetDocument.document)
            let aligned = AlignedDocument(
                id: String(source.split(separator: "/").last ?? Substring(source)), sourceLanguage: srcLang, targetLanguage: tgtLang,
                source: sourceDocument.document.sentences, target: targetDocument.document.sentences,
                sourceLines: sourceDocument.lines, targetLines: targetDocument.lines, beads: beads)
            let writer = CorpusWriter(format: format, options: corpus.options, toolVersion: BitextVersion.current)
            var text = writer.header(sourceLanguage: srcLang)
            text.append(writer.render(aligned))
            text.append(writer.footer())
            try Output.emitCorpus(text, format: format, to: output, languages: (srcLang, tgtLang))
        }
    }
}

import ArgumentParser
import BitextCore
import BitextCorpus
import BitextLanguage
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

            Examples:
              bitext align en.html fr.html --src-lang en --tgt-lang fr --html review.html
              bitext align de.txt fr.txt --src-lang de --tgt-lang fr --format tmx -o b.tmx
              bitext align en.txt fr.txt --src-lang auto --tgt-lang auto --format csv
            """
    )

    @OptionGroup var pair: DocumentPairArguments

    @OptionGroup var alignment: AlignmentArguments

    @Option(help: ArgumentHelp("Output format (moses needs -o OUT and writes OUT.L1 and OUT.L2).", valueName: "format"))
    var format: CorpusFormat = .beads

    @OptionGroup var corpus: CorpusOutputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        try corpus.validate(for: format)
    }

    func run() throws {
        try CommandFailure.reporting {
            // Declared languages name Moses' files, so the outputs are checked before any input
            // is read; `auto` ones are identified first, on the documents, before any alignment.
            let declared = try alignment.declaredLanguages()
            var outputs: CommandOutputs?
            if let source = declared.source, let target = declared.target {
                outputs = try Self.outputs(format: format, output: output, html: pair.html, languages: (source, target),
                                           inputs: pair.inputs, alignment: alignment)
            } else if format == .moses && output == nil {
                let names = (declared.source?.code ?? "<identified>", declared.target?.code ?? "<identified>")
                throw CommandFailure.usage("--format moses: give -o OUT (it writes OUT.\(names.0) and OUT.\(names.1))")
            }
            if format == .tmx { corpus.checkSourceDateEpoch() }
            let loaded = try alignment.loadPair(source: pair.source, target: pair.target)
            let checked = try outputs ?? Self.outputs(format: format, output: output, html: pair.html,
                                                      languages: (loaded.source.language, loaded.target.language),
                                                      inputs: pair.inputs, alignment: alignment)
            let aligned = try alignment.align(loaded)
            let writer = CorpusWriter(format: format, options: corpus.options, toolVersion: BitextVersion.current)
            // The source language as resolved (`auto` identified).
            var text = writer.header(sourceLanguage: aligned.sourceLanguage, targetLanguage: aligned.targetLanguage)
            text.append(writer.render(aligned))
            text.append(writer.footer())
            try checked.stageCorpus(text, writer: writer)
            if pair.html != nil {
                // --min-confidence filters the corpus only; --flag-below marks the unsure beads.
                try pair.stageHTMLView(of: aligned, report: pair.report(on: aligned, minimumConfidence: pair.unsureThreshold()), in: checked)
            }
            try checked.commit()
        }
    }

    /// The checked outputs of a run whose languages are known.
    private static func outputs(format: CorpusFormat, output: String?, html: String?, languages: (Language, Language),
                                inputs: [(role: String, path: String)], alignment: AlignmentArguments) throws -> CommandOutputs {
        try CommandOutputs(corpus: format, output: output, languages: languages, extra: [("--html", html)],
                           inputs: inputs + alignment.otherInputs(source: languages.0, target: languages.1))
    }
}

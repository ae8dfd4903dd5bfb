import ArgumentParser
import BitextAlignment
import BitextCore
import BitextCorpus
import BitextICU
import BitextSegmentation

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

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case beads
    }

    @Argument(help: "The source (original) text.")
    var source: String

    @Argument(help: "The target (translated) text.")
    var target: String

    @Option(help: "The source language (fr, en, de, …).")
    var srcLang: String

    @Option(help: "The target language.")
    var tgtLang: String

    @Flag(help: "The files hold one sentence per line already; do not segment them.")
    var segmented = false

    @Option(help: "Output format.")
    var format: Format = .beads

    @Option(help: "At most this many sentences on each side of a bead.")
    var maxBead = 4

    @Option(help: "A bilingual dictionary: 'target @ source' lines (hunalign) or source<TAB>target.")
    var dictionary: String?

    @Option(name: .shortAndLong, help: "Write to this file (atomically) instead of standard output.")
    var output: String?

    func run() throws {
        try CommandFailure.reporting {
            guard (1...8).contains(maxBead) else { throw CommandFailure.usage("--max-bead: give a number from 1 to 8") }
            for (option, code) in [("--src-lang", srcLang), ("--tgt-lang", tgtLang)] where !ICULanguage.isKnown(code) {
                throw CommandFailure.usage("\(option): unknown language code '\(code)'")
            }
            var options = AlignerOptions(maximumBeadSize: maxBead)
            if let dictionary {
                do {
                    options.dictionary = try BilingualDictionary(parsing: try InputFile.readText(dictionary).string)
                } catch let error as DictionaryError {
                    throw CommandFailure.error("\(dictionary): \(error)")
                }
            }
            let sourceDocument = try DocumentLoader.load(source, language: srcLang, segmented: segmented)
            let targetDocument = try DocumentLoader.load(target, language: tgtLang, segmented: segmented)
            let beads = Aligner(options: options).align(sourceDocument, targetDocument)
            try Output.emit(Array(BeadsFormat.write(beads).utf8), to: output)
        }
    }
}

/// Reads a text file into the aligner's document: segmented, or one sentence per line.
enum DocumentLoader {
    static func load(_ path: String, language: String, segmented: Bool) throws -> SentenceDocument {
        let input = try InputFile.readText(path)
        if segmented {
            return SentenceDocument(sentences: LineSplitter.sentences(input).map(\.text), language: language)
        }
        let sentences: [Sentence]
        do {
            sentences = try Segmenter(language: language).segment(input)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        return SentenceDocument(sentences: sentences.map(\.text), paragraphs: sentences.map(\.paragraph), language: language)
    }
}

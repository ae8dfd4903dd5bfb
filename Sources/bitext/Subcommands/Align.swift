import ArgumentParser
import BitextAlignment
import BitextCore
import BitextCorpus
import BitextICU
import BitextSegmentation
import Foundation

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

    @Option(help: "The source language (fr, en, de, …).")
    var srcLang: String

    @Option(help: "The target language.")
    var tgtLang: String

    @Flag(help: "The files hold one sentence per line already; do not segment them.")
    var segmented = false

    @Option(help: "Output format: beads, tmx, tsv, moses (needs -o: writes OUT.L1 and OUT.L2) or jsonl.")
    var format: CorpusFormat = .beads

    @OptionGroup var corpus: CorpusOutputOptions

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
            if format == .moses && output == nil { throw CommandFailure.usage("--format moses: give -o OUT (it writes OUT.\(srcLang) and OUT.\(tgtLang))") }
            let sourceDocument = try DocumentLoader.load(source, language: srcLang, segmented: segmented)
            let targetDocument = try DocumentLoader.load(target, language: tgtLang, segmented: segmented)
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

/// Options of the corpus writers, shared by `align` and `batch`.
struct CorpusOutputOptions: ParsableArguments {
    @Option(help: "Leave out beads whose confidence is below this (every format).")
    var minConfidence = 0.0

    @Flag(help: "Keep beads with an empty side (tsv, moses, jsonl), with an empty cell or line.")
    var includeUnaligned = false

    @Flag(help: "Write a header line (tsv).")
    var header = false

    var options: CorpusOptions {
        var options = CorpusOptions()
        options.minimumConfidence = minConfidence
        options.includeUnaligned = includeUnaligned
        options.header = header
        return options
    }
}

extension CorpusFormat: ExpressibleByArgument {}

/// Reads a text file into the aligner's document (segmented, or one sentence per line),
/// with the input line each sentence starts on.
enum DocumentLoader {
    static func load(_ path: String, language: String, segmented: Bool, threads: Int? = nil)
        throws -> (document: SentenceDocument, lines: [Int]) {
        let input = try InputFile.readText(path)
        if segmented {
            let sentences = LineSplitter.sentences(input)
            return (SentenceDocument(sentences: sentences.map(\.text), language: language), sentences.indices.map { $0 + 1 })
        }
        let sentences: [Sentence]
        do {
            let segmenter = try Segmenter(language: language)
            if let threads { segmenter.maximumThreads = threads }
            sentences = segmenter.segment(input)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        // The line of each sentence's first byte: count line feeds on the way.
        var lines: [Int] = [], line = 1, offset = input.offsetInInput
        for sentence in sentences {
            while offset < sentence.byteRange.lowerBound {
                if input.utf8[offset - input.offsetInInput] == 0x0A { line += 1 }
                offset += 1
            }
            lines.append(line)
        }
        return (SentenceDocument(sentences: sentences.map(\.text), paragraphs: sentences.map(\.paragraph), language: language), lines)
    }
}

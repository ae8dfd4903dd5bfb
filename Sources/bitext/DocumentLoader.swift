import BitextAlignment
import BitextCore
import BitextSegmentation

/// Reads a text file into the aligner's document (segmented, or one sentence per line),
/// with the input line each sentence starts on.
enum DocumentLoader {
    static func load(_ path: String, language: String, segmented: Bool, threads: Int? = nil, limit: Int = InputFile.defaultLimit)
        throws -> (document: SentenceDocument, lines: [Int]) {
        let input = try InputFile.readText(path, limit: limit)
        if segmented {
            let sentences = LineSplitter.sentences(input)
            return (SentenceDocument(sentences: sentences.map(\.text), language: language), lines(of: sentences, in: input))
        }
        let sentences: [Sentence]
        do {
            let segmenter = try Segmenter(language: language)
            if let threads { segmenter.maximumThreads = threads }
            sentences = segmenter.segment(input)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        return (SentenceDocument(sentences: sentences.map(\.text), paragraphs: sentences.map(\.block), language: language),
                lines(of: sentences, in: input))
    }

    /// The line of each sentence's first byte, counting every line end an editor shows
    /// (CR alone, U+2028… too; see `LineEnds`).
    private static func lines(of sentences: [Sentence], in input: InputText) -> [Int] {
        LineEnds.lineNumbers(of: sentences.map { $0.byteRange.lowerBound - input.offsetInInput }, in: input.utf8)
    }
}

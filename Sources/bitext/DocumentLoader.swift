import BitextAlignment
import BitextCore
import BitextLanguage
import BitextSegmentation

/// Reads a text file into the aligner's document (segmented, or one sentence per line),
/// with the input line each sentence starts on.
enum DocumentLoader {
    static func load(_ path: String, language: Language, segmented: Bool, threads: Int? = nil)
        throws -> (document: SentenceDocument, lines: [Int]) {
        let input = try InputFile.readText(path)
        if segmented {
            let sentences = LineSplitter.sentences(input)
            return (SentenceDocument(sentences: sentences.map(\.text), language: language.code), sentences.indices.map { $0 + 1 })
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
        return (SentenceDocument(sentences: sentences.map(\.text), paragraphs: sentences.map(\.block), language: language.code), lines)
    }
}

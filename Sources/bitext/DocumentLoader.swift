import BitextAlignment
import BitextCore
import BitextLanguage
import BitextReading
import BitextSegmentation

/// Reads a document into the aligner's document (segmented, or one sentence per line),
/// with the input line each sentence starts on. Plain text goes to the segmenter whole, as
/// it always has; other formats go through their reader, block by block.
enum DocumentLoader {
    static func load(_ path: String, language: Language, segmented: Bool, reading: ReadingOptions = ReadingOptions(),
                     threads: Int? = nil) throws -> (document: SentenceDocument, lines: [Int]) {
        let bytes = try InputFile.read(path)
        let format = reading.inputFormat == .auto ? InputFormat.detect(path: path, bytes: bytes) : reading.inputFormat
        if segmented && format != .text {
            throw CommandFailure.usage("--segmented reads one sentence per line of plain text; \(path) is \(format.rawValue)")
        }
        let segmenter: Segmenter?
        do {
            segmenter = segmented ? nil : try Segmenter(language: language)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        if let threads { segmenter?.maximumThreads = threads }
        guard format == .text else {
            return try loadBlocks(path, bytes: bytes, format: format, language: language,
                                  keepBoilerplate: reading.keepBoilerplate, segmenter: segmenter!)
        }
        let input: InputText
        do {
            input = try InputText(decoding: bytes)
        } catch {
            throw InputFileError(path: path == "-" ? "<stdin>" : path, reason: error.description)
        }
        guard let segmenter else {
            let sentences = LineSplitter.sentences(input)
            return (SentenceDocument(sentences: sentences.map(\.text), language: language.code), sentences.indices.map { $0 + 1 })
        }
        let sentences = segmenter.segment(input)
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

    /// A document in another format: its reader's blocks (main text only unless
    /// `keepBoilerplate`), segmented with each block a paragraph; a sentence's line is the
    /// file line where its block starts.
    private static func loadBlocks(_ path: String, bytes: [UInt8], format: InputFormat, language: Language,
                                   keepBoilerplate: Bool, segmenter: Segmenter) throws -> (document: SentenceDocument, lines: [Int]) {
        let blocks: [TextBlock]
        do {
            blocks = try DocumentReaders.reader(for: format).blocks(of: bytes)
        } catch {
            throw InputFileError(path: path == "-" ? "<stdin>" : path, reason: error.reason)
        }
        let kept = blocks.filter { keepBoilerplate || !$0.isBoilerplate }
        guard kept.contains(where: { $0.text.contains { !$0.isWhitespace } }) else {
            throw InputFileError(path: path == "-" ? "<stdin>" : path, reason: "no text found in this \(format.rawValue) file")
        }
        let found = segmenter.segment(blocks: kept.map { SegmentationBlock(text: $0.text, flowsIntoNext: $0.kind == .subtitleCue) })
        // Line numbers exist only where block ranges are offsets in the file itself.
        let rangesInFile = format == .html || format == .srt || format == .vtt
        var lines: [Int] = [], line = 1, offset = 0
        for (_, block) in found {
            let target = rangesInFile ? min(kept[block].byteRange.lowerBound, bytes.count) : offset
            while offset < target {
                if bytes[offset] == 0x0A { line += 1 }
                offset += 1
            }
            lines.append(rangesInFile ? line : block + 1)
        }
        return (SentenceDocument(sentences: found.map(\.sentence.text), paragraphs: found.map(\.sentence.block), language: language.code), lines)
    }
}

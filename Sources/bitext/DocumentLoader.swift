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
                     threads: Int? = nil, limit: Int = InputFile.defaultLimit) throws -> (document: SentenceDocument, lines: [Int]) {
        let loaded = try loadMarked(path, language: language, segmented: segmented, reading: reading, threads: threads, limit: limit)
        return (loaded.document, loaded.lines)
    }

    /// As `load`, with whether each sentence comes from a block the reader marked as
    /// boilerplate (kept with `--keep-boilerplate`); empty for plain text, which has no marks.
    static func loadMarked(_ path: String, language: Language, segmented: Bool, reading: ReadingOptions = ReadingOptions(),
                           threads: Int? = nil, limit: Int = InputFile.defaultLimit)
        throws -> (document: SentenceDocument, lines: [Int], boilerplate: [Bool]) {
        let bytes = try InputFile.read(path, limit: limit)
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
            throw InputFileError(path: InputFile.displayName(path), reason: error.description)
        }
        guard let segmenter else {
            let sentences = LineSplitter.sentences(input)
            return (SentenceDocument(sentences: sentences.map(\.text), language: language.code), lines(of: sentences, in: input), [])
        }
        let sentences = segmenter.segment(input)
        return (SentenceDocument(sentences: sentences.map(\.text), paragraphs: sentences.map(\.block), language: language.code),
                lines(of: sentences, in: input), [])
    }

    /// The line of each sentence's first byte, counting every line end an editor shows
    /// (CR alone, U+2028… too; see `LineEnds`).
    private static func lines(of sentences: [Sentence], in input: InputText) -> [Int] {
        LineEnds.lineNumbers(of: sentences.map { $0.byteRange.lowerBound - input.offsetInInput }, in: input.utf8)
    }

    /// A document in another format: its reader's blocks (main text only unless
    /// `keepBoilerplate`), segmented with each block a paragraph; a sentence's line is the
    /// file line where its block starts.
    private static func loadBlocks(_ path: String, bytes: [UInt8], format: InputFormat, language: Language,
                                   keepBoilerplate: Bool, segmenter: Segmenter) throws -> (document: SentenceDocument, lines: [Int], boilerplate: [Bool]) {
        let blocks: [TextBlock]
        do {
            blocks = try DocumentReaders.reader(for: format).blocks(of: bytes)
        } catch {
            throw InputFileError(path: InputFile.displayName(path), reason: error.reason)
        }
        let kept = blocks.filter { keepBoilerplate || !$0.isBoilerplate }
        guard kept.contains(where: { $0.text.contains { !$0.isWhitespace } }) else {
            throw InputFileError(path: InputFile.displayName(path), reason: "no text found in this \(format.rawValue) file")
        }
        let found = segmenter.segment(blocks: kept.map { SegmentationBlock(text: $0.text, flowsIntoNext: $0.kind == .subtitleCue) })
        // Line numbers exist only where block ranges are offsets in the file itself; elsewhere
        // a sentence's "line" is its block's number.
        let rangesInFile = format == .html || format == .srt || format == .vtt
        let lines = rangesInFile
            ? LineEnds.lineNumbers(of: found.map { kept[$0.block].byteRange.lowerBound }, in: bytes)
            : found.map { $0.block + 1 }
        return (SentenceDocument(sentences: found.map(\.sentence.text), paragraphs: found.map(\.sentence.block), language: language.code), lines,
                found.map { kept[$0.block].isBoilerplate })
    }
}

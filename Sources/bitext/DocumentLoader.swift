import BitextAlignment
import BitextCore
import BitextLanguage
import BitextReading
import BitextSegmentation
import Foundation

/// Reads a document into the aligner's document (segmented, or one sentence per line),
/// with the input line each sentence starts on, and the document's language: the one
/// declared, or the one identified when it is declared `auto`. Plain text goes to the
/// segmenter whole, as it always has; other formats go through their reader, block by block.
enum DocumentLoader {
    /// Loads `path`, at most `limit` bytes of it. `language` is the declared language, `nil`
    /// for `auto`; `option` names the language option (`--src-lang`) for messages and
    /// `otherLanguage` is the other side's declared language, to recognise a swap.
    static func load(_ path: String, language declared: Language?, segmented: Bool, reading: ReadingOptions = ReadingOptions(),
                     threads: Int? = nil, limit: Int = InputFile.defaultLimit, option: String = "--src-lang",
                     otherLanguage: Language? = nil) throws -> (document: SentenceDocument, lines: [Int], language: Language) {
        let loaded = try loadMarked(path, language: declared, segmented: segmented, reading: reading, threads: threads, limit: limit,
                                    option: option, otherLanguage: otherLanguage)
        return (loaded.document, loaded.lines, loaded.language)
    }

    /// As `load`, with whether each sentence comes from a block the reader marked as
    /// boilerplate (kept with `--keep-boilerplate`); empty for plain text, which has no marks.
    /// Warnings go to `warn` (standard error unless the caller tells them itself).
    static func loadMarked(_ path: String, language declared: Language?, segmented: Bool, reading: ReadingOptions = ReadingOptions(),
                           threads: Int? = nil, limit: Int = InputFile.defaultLimit, option: String = "--src-lang",
                           otherLanguage: Language? = nil, warn: (String) -> Void = CommandFailure.warn)
        throws -> (document: SentenceDocument, lines: [Int], language: Language, boilerplate: [Bool]) {
        let bytes = try InputFile.read(path, limit: limit)
        let format = reading.inputFormat == .auto ? InputFormat.detect(path: path, bytes: bytes) : reading.inputFormat
        if segmented && format != .text {
            throw CommandFailure.usage("--segmented reads one sentence per line of plain text; \(path) is \(format.rawValue)")
        }
        guard format == .text else {
            return try loadBlocks(path, bytes: bytes, format: format, declared: declared, reading: reading, threads: threads,
                                  option: option, otherLanguage: otherLanguage, warn: warn)
        }
        let input: InputText
        do {
            input = try InputText(decoding: bytes, encoding: reading.encoding)
        } catch {
            throw InputFileError(path: InputFile.displayName(path), reason: error.description)
        }
        let language = try resolveLanguage(declared, of: input.utf8, path: path, option: option, otherLanguage: otherLanguage,
                                           warn: warn)
        guard !segmented else {
            let sentences = LineSplitter.sentences(input)
            return (SentenceDocument(sentences: sentences.map(\.text), language: language.code), lines(of: sentences, in: input),
                    language, [])
        }
        let sentences = try segmenter(for: language, threads: threads).segment(input)
        return (SentenceDocument(sentences: sentences.map(\.text), paragraphs: sentences.map(\.block), language: language.code),
                lines(of: sentences, in: input), language, [])
    }

    /// The line of each sentence's first byte, counting every line end an editor shows
    /// (CR alone, U+2028… too; see `LineEnds`).
    private static func lines(of sentences: [Sentence], in input: InputText) -> [Int] {
        LineEnds.lineNumbers(of: sentences.map { $0.byteRange.lowerBound - input.offsetInInput }, in: input.utf8)
    }

    private static func segmenter(for language: Language, threads: Int?) throws -> Segmenter {
        do {
            let segmenter = try Segmenter(language: language)
            if let threads { segmenter.maximumThreads = threads }
            return segmenter
        } catch {
            throw CommandFailure.usage("\(error)")
        }
    }

    /// A document in another format: its reader's blocks (main text only unless
    /// `keepBoilerplate`), segmented with each block a paragraph; a sentence's line is the
    /// file line where its block starts. The language is identified on the blocks kept.
    private static func loadBlocks(_ path: String, bytes: [UInt8], format: InputFormat, declared: Language?, reading: ReadingOptions,
                                   threads: Int?, option: String, otherLanguage: Language?, warn: (String) -> Void)
        throws -> (document: SentenceDocument, lines: [Int], language: Language, boilerplate: [Bool]) {
        let blocks: [TextBlock]
        do {
            blocks = try DocumentReaders.reader(for: format, encoding: reading.encoding).blocks(of: bytes)
        } catch {
            throw InputFileError(path: InputFile.displayName(path), reason: error.reason)
        }
        let kept = blocks.filter { reading.keepBoilerplate || !$0.isBoilerplate }
        guard kept.contains(where: { $0.text.contains { !$0.isWhitespace } }) else {
            throw InputFileError(path: InputFile.displayName(path), reason: "no text found in this \(format.rawValue) file")
        }
        var text: [UInt8] = []
        for block in kept {
            text.append(contentsOf: block.text.utf8)
            text.append(0x0A)
        }
        let language = try resolveLanguage(declared, of: text, path: path, option: option, otherLanguage: otherLanguage, warn: warn)
        text = []
        let found = try segmenter(for: language, threads: threads)
            .segment(blocks: kept.map { SegmentationBlock(text: $0.text, flowsIntoNext: $0.kind == .subtitleCue) })
        // Line numbers exist only where block ranges are offsets in the file itself; elsewhere
        // a sentence's "line" is its block's number.
        let rangesInFile = format == .html || format == .srt || format == .vtt
        let lines = rangesInFile
            ? LineEnds.lineNumbers(of: found.map { kept[$0.block].byteRange.lowerBound }, in: bytes)
            : found.map { $0.block + 1 }
        return (SentenceDocument(sentences: found.map(\.sentence.text), paragraphs: found.map(\.sentence.block), language: language.code),
                lines, language, found.map { kept[$0.block].isBoilerplate })
    }

    /// The document's language: identified when `declared` is `nil` (`auto`; an error when
    /// it cannot be told reliably); otherwise `declared`, with a one-line warning when the
    /// text reliably looks like another language, such as swapped `--src-lang` and
    /// `--tgt-lang` (which would label English text as French in a TMX file).
    static func resolveLanguage(_ declared: Language?, of utf8: [UInt8], path: String, option: String,
                                otherLanguage: Language?, warn: (String) -> Void = CommandFailure.warn) throws -> Language {
        let identified = LanguageIdentifier.identify(utf8: utf8)
        let name = InputFile.displayName(path)
        guard let declared else {
            guard let identified, identified.isReliable, let language = try? Language(identified.language) else {
                throw CommandFailure.error("\(name): cannot tell its language; give it with \(option)")
            }
            return language
        }
        if let identified, identified.isReliable, identified.confidence >= 0.6,
           !LanguageIdentifier.matches(identified.language, declared: declared.code) {
            let languageName = Locale(identifier: "en").localizedString(forLanguageCode: identified.language) ?? identified.language
            let swapped = otherLanguage.map { LanguageIdentifier.matches(identified.language, declared: $0.code) } ?? false
            warn("\(name) looks like \(languageName) (\(identified.language)), "
                 + "not \(declared.code) as \(option) says\(swapped ? "; swapped?" : "")")
        }
        return declared
    }
}

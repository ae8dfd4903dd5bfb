import Algorithms
import BitextCore
import BitextICU
import BitextLanguage
import Foundation

/// Splits a document into sentences: ICU's sentence break iterator for the language,
/// corrected by Bitext's own rules and per-language word lists.
///
/// A segmenter holds an ICU iterator and is not thread-safe: give each thread its own.
/// It splits a long document itself across up to `maximumThreads` threads.
public final class Segmenter {
    /// The language the segmenter was made for.
    public let language: Language
    /// How single line breaks are treated.
    public let lineBreaks: LineBreakMode
    /// How many threads a long document may be split across (at least a million UTF-16
    /// code units each). Set it to 1 when documents are already segmented in parallel.
    public var maximumThreads = ProcessInfo.processInfo.activeProcessorCount

    private let breaker: ICUSentenceBreaker
    private let corrector: BoundaryCorrector

    /// Makes a segmenter for a language.
    ///
    /// - Parameters:
    ///   - data: word lists to use instead of the language's own (`language.wordLists`).
    /// - Throws: `SegmenterError.icuUnavailable` when ICU cannot open a sentence break
    ///   iterator for the language.
    public init(language: Language, lineBreaks: LineBreakMode = .auto, data: LanguageData? = nil) throws(SegmenterError) {
        guard let breaker = ICUSentenceBreaker(locale: language.icuLocale) else { throw .icuUnavailable(language.icuLocale) }
        self.language = language
        self.lineBreaks = lineBreaks
        self.breaker = breaker
        corrector = BoundaryCorrector(language: language, data: data ?? language.wordLists)
    }

    /// Makes a segmenter for a language code (a BCP 47 tag or ICU locale id: `fr`, `en-GB`),
    /// read by `Language`.
    ///
    /// - Throws: `SegmenterError.unknownLanguage` when `Language` refuses the code.
    public convenience init(language code: String, lineBreaks: LineBreakMode = .auto, data: LanguageData? = nil)
        throws(SegmenterError) {
        let language: Language
        do {
            language = try Language(code)
        } catch {
            throw .unknownLanguage(code)
        }
        try self.init(language: language, lineBreaks: lineBreaks, data: data)
    }

    /// The sentences of `input`, in order.
    public func segment(_ input: InputText) -> [Sentence] {
        var (units, lineBreaks) = UTF16Text.transcode(validUTF8: input.utf8)
        let blocks = units.withUnsafeBufferPointer { self.blocks(of: $0, breaks: lineBreaks) }
        // ICU must not see line breaks (it ends a sentence at each); blocks are known now.
        UTF16Text.replaceLineBreaksWithSpaces(&units, at: lineBreaks)
        return units.withUnsafeBufferPointer { text in
            let parts = Self.partition(blocks, threads: min(maximumThreads, text.count / Self.unitsPerThread))
            var breakers = [breaker]
            while breakers.count < parts.count, let extra = ICUSentenceBreaker(locale: breaker.locale) {
                breakers.append(extra)
            }
            let work = UncheckedSendable((text: text, blocks: blocks, parts: parts, breakers: breakers,
                                          corrector: corrector, input: input, lineBreaks: lineBreaks))
            // Each part finds its sentences and measures its text in UTF-8 bytes...
            let found = Concurrency.map(count: min(parts.count, breakers.count)) { part in
                let work = work.value
                let blocks = work.blocks[work.parts[part]]
                let units = blocks.first!.range.lowerBound..<(blocks.last!.range.upperBound)
                let ranges = Self.sentenceRanges(blocks, in: work.text, breaker: work.breakers[part],
                                                 corrector: work.corrector)
                return (ranges: ranges, units: units, utf8Length: UTF16Text.utf8Length(of: UnsafeBufferPointer(rebasing: work.text[units])))
            }
            // ...so that each can then turn its ranges into sentences from its own byte offset.
            var starts: [(unit: Int, byte: Int)] = []
            var unit = 0, byte = 0
            for part in found {
                byte += UTF16Text.utf8Length(of: UnsafeBufferPointer(rebasing: text[unit..<part.units.lowerBound]))
                starts.append((part.units.lowerBound, byte))
                unit = part.units.upperBound
                byte += part.utf8Length
            }
            // Each part writes its sentences straight into its share of the result: joining
            // one array per part copied every sentence once more (some 4 % of the time, and
            // as much memory again).
            var firsts = [0]
            for part in found { firsts.append(firsts[firsts.count - 1] + part.ranges.count) }
            let made = UncheckedSendable((found: found, starts: starts, firsts: firsts))
            return [Sentence](unsafeUninitializedCapacity: firsts[firsts.count - 1]) { buffer, count in
                let result = UncheckedSendable(buffer)
                _ = Concurrency.map(count: found.count) { part in
                    let made = made.value
                    Self.makeSentences(made.found[part].ranges, startingAt: made.starts[part], text: work.value.text,
                                       input: work.value.input, lineBreaks: work.value.lineBreaks,
                                       into: UnsafeMutableBufferPointer(rebasing: result.value[made.firsts[part]..<made.firsts[part + 1]]))
                }
                count = firsts[firsts.count - 1]
            }
        }
    }

    /// Below this many UTF-16 code units a thread is not worth starting.
    private static let unitsPerThread = 1 << 20

    /// Splits `blocks` into at most `threads` runs of about equal text length.
    private static func partition(_ blocks: [(range: Range<Int>, paragraph: Int)], threads: Int) -> [Range<Int>] {
        guard let last = blocks.last else { return [] }
        guard threads > 1 else { return [blocks.indices] }
        let share = last.range.upperBound / threads
        var parts: [Range<Int>] = [], start = 0
        for (index, block) in blocks.enumerated() where block.range.upperBound >= share * (parts.count + 1) {
            if parts.count + 1 == threads { break }
            parts.append(start..<(index + 1))
            start = index + 1
        }
        if start < blocks.count { parts.append(start..<blocks.count) }
        return parts
    }

    /// A sentence's UTF-16 range, paragraph number and block number.
    private typealias SentenceRange = (range: Range<Int>, paragraph: Int, block: Int)

    /// The trimmed ranges of the sentences in `blocks`, with their paragraph and block numbers.
    private static func sentenceRanges(_ blocks: ArraySlice<(range: Range<Int>, paragraph: Int)>,
                                       in text: UnsafeBufferPointer<UInt16>, breaker: ICUSentenceBreaker,
                                       corrector: BoundaryCorrector) -> [SentenceRange] {
        var ranges: [SentenceRange] = []
        var boundaries: [Int] = []  // one buffer for every block's ICU boundaries
        for (blockNumber, block) in zip(blocks.indices, blocks) {
            boundaries.removeAll(keepingCapacity: true)
            breaker.forEachBoundary(in: UnsafeBufferPointer(rebasing: text[block.range])) {
                boundaries.append(block.range.lowerBound + $0)
            }
            var start = block.range.lowerBound
            for next in corrector.sentenceStarts(in: text, block: block.range, icuBoundaries: boundaries) {
                if let trimmed = Self.trim(start..<next, in: text) {
                    ranges.append((trimmed, block.paragraph, blockNumber))
                }
                start = next
            }
            if let trimmed = Self.trim(start..<block.range.upperBound, in: text) {
                ranges.append((trimmed, block.paragraph, blockNumber))
            }
        }
        return ranges
    }

    /// The sentences of a string, in order.
    public func segment(_ string: String) -> [Sentence] {
        segment(InputText(string))
    }

    /// The blocks that sentences never cross (paragraphs, or lines, by the line-break
    /// mode), trimmed, with their paragraph numbers.
    private func blocks(of text: UnsafeBufferPointer<UInt16>, breaks: [Int]) -> [(range: Range<Int>, paragraph: Int)] {
        var blocks: [(range: Range<Int>, paragraph: Int)] = []
        var paragraph = 0
        forEachParagraph(in: text, breaks: breaks) { lines in
            // Measured once per paragraph: measuring it for each line made a long paragraph
            // (a one-sentence-per-line file without blank lines) quadratic.
            let longest = lines.lazy.map(\.count).max() ?? 0
            var blockStart = lines[0].lowerBound
            for (index, line) in lines.enumerated() {
                if index + 1 == lines.count || endsBlock(line, before: lines[index + 1], longestLine: longest, text: text) {
                    blocks.append((blockStart..<line.upperBound, paragraph))
                    if index + 1 < lines.count { blockStart = lines[index + 1].lowerBound }
                }
            }
            paragraph += 1
        }
        return blocks
    }

    /// Whether the line break after `line` ends a sentence. In `auto` mode it does after a
    /// line that is short for its paragraph (a title, a menu item, a list line), before a
    /// list item, and, in a paragraph too narrow to be wrapped prose, before a capital (the
    /// fields of a form); not between the lines of wrapped prose, which are all about as
    /// long as the longest. In a language whose sentences end with no mark (Thai, Lao) it
    /// always does: such text is kept a sentence or a paragraph per line far more often than
    /// wrapped, and nothing else would tell its sentences apart. `longest` is the length of
    /// the paragraph's longest line.
    private func endsBlock(_ line: Range<Int>, before next: Range<Int>, longestLine longest: Int,
                           text: UnsafeBufferPointer<UInt16>) -> Bool {
        switch lineBreaks {
        case .soft: return false
        case .hard: return true
        case .auto:
            return !language.marksSentenceEnds || longest < Self.shortestWrapWidth || line.count * 10 < longest * 6
                || Self.startsListItem(next, in: text)
                || (longest < Self.narrowWrapWidth && Self.startsWithCapital(next, in: text))
        }
    }

    /// Lines shorter than this (in UTF-16 units) are not taken for wrapped prose.
    private static let shortestWrapWidth = 30
    /// In paragraphs whose lines are all shorter than this, a line that starts with a
    /// capital starts a sentence.
    private static let narrowWrapWidth = 50

    private static func startsWithCapital(_ line: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        Unicode.Scalar(text[line.lowerBound])?.properties.isUppercase ?? false
    }

    /// Whether `line` starts with a bullet ("- ", "• ", "* ", "– ") or a list number
    /// ("1. ", "12) "): a list item on its own line starts a sentence even after a long line.
    private static func startsListItem(_ line: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var index = line.lowerBound
        if listBullets.contains(text[index]) {
            index += 1
        } else {
            while index < line.upperBound, index - line.lowerBound < 3, (0x30...0x39).contains(text[index]) { index += 1 }
            guard index > line.lowerBound, index < line.upperBound, text[index] == 0x2E || text[index] == 0x29 else { return false }
            index += 1
        }
        return index < line.upperBound && UTF16Text.isSpace(text[index])
    }

    /// Hyphen-minus, en dash, bullet, asterisk, middle dot, white bullet, small square.
    private static let listBullets: Set<UInt16> = [0x2D, 0x2013, 0x2022, 0x2A, 0xB7, 0x25E6, 0x25AA]

    /// Calls `body` with the trimmed, non-blank lines of each paragraph. Paragraphs end at
    /// blank lines, form feeds and paragraph separators. `breaks`: the positions of the
    /// text's line and paragraph breaks and NULs, in increasing order (`UTF16Text.transcode`).
    private func forEachParagraph(in text: UnsafeBufferPointer<UInt16>, breaks: [Int], _ body: ([Range<Int>]) -> Void) {
        var lines: [Range<Int>] = []
        var lineStart = 0
        var nextBreak = 0  // into `breaks`
        while lineStart < text.count {
            // The line ends at the first line or paragraph break from its start (a NUL does not end it).
            while nextBreak < breaks.count
                && (breaks[nextBreak] < lineStart
                    || !(UTF16Text.isLineBreak(text[breaks[nextBreak]]) || UTF16Text.isParagraphBreak(text[breaks[nextBreak]]))) {
                nextBreak += 1
            }
            let lineEnd = nextBreak < breaks.count ? breaks[nextBreak] : text.count
            if let line = Self.trim(lineStart..<lineEnd, in: text) {
                lines.append(line)
            } else if !lines.isEmpty {
                body(lines)
                lines.removeAll(keepingCapacity: true)
            }
            if lineEnd < text.count, UTF16Text.isParagraphBreak(text[lineEnd]), !lines.isEmpty {
                body(lines)
                lines.removeAll(keepingCapacity: true)
            }
            lineStart = lineEnd + 1
            if lineEnd + 1 < text.count, text[lineEnd] == 0x0D, text[lineEnd + 1] == 0x0A { lineStart += 1 }
        }
        if !lines.isEmpty { body(lines) }
    }

    private static func trim(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Range<Int>? {
        var start = range.lowerBound, end = range.upperBound
        while start < end && UTF16Text.isSpace(text[start]) { start += 1 }
        while end > start && UTF16Text.isSpace(text[end - 1]) { end -= 1 }
        return start < end ? start..<end : nil
    }

    /// Turns UTF-16 ranges into sentences with UTF-8 byte ranges and cleaned text, walking
    /// the text from `start`, a position whose UTF-8 offset is known, and initialises
    /// `sentences` (room for exactly one per range) with them.
    private static func makeSentences(_ ranges: [SentenceRange], startingAt start: (unit: Int, byte: Int),
                                      text: UnsafeBufferPointer<UInt16>, input: InputText, lineBreaks: [Int],
                                      into sentences: UnsafeMutableBufferPointer<Sentence>) {
        var made = 0
        var unit = start.unit, byte = start.byte
        func advance(to target: Int) {
            while unit < target {
                byte += UTF16Text.utf8Length(text[unit])
                unit += 1
            }
        }
        var nextLineBreak = lineBreaks.partitioningIndex { $0 >= start.unit }
        input.utf8.withUnsafeBufferPointer { utf8 in
            for (range, paragraph, block) in ranges {
                advance(to: range.lowerBound)
                let first = byte
                advance(to: range.upperBound)
                let bytes = UnsafeBufferPointer(rebasing: utf8[first..<byte])
                while nextLineBreak < lineBreaks.count && lineBreaks[nextLineBreak] < range.lowerBound { nextLineBreak += 1 }
                let hasLineBreak = nextLineBreak < lineBreaks.count && lineBreaks[nextLineBreak] < range.upperBound
                (sentences.baseAddress! + made).initialize(to: Sentence(
                    text: hasLineBreak ? Self.singleLine(bytes) : String(decoding: bytes, as: UTF8.self),
                    byteRange: (first + input.offsetInInput)..<(byte + input.offsetInInput),
                    paragraph: paragraph, block: block))
                made += 1
            }
        }
    }

    /// The text of UTF-8 bytes with each line break (CRLF counting as one) and NUL replaced
    /// by a space, or removed between two characters of text written without spaces
    /// (Chinese, Japanese, Thai…: `ICULineJoin`), where a wrapped line's break stands for nothing.
    static func singleLine(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let length = UTF8LineBreak.length(in: bytes, at: index)
            if length > 0 {
                let joins = Self.lastScalar(of: cleaned).flatMap { before in
                    Self.scalar(in: bytes, at: index + length).map { ICULineJoin.joinsWithoutSpace(before, $0) }
                } ?? false
                if !joins { cleaned.append(0x20) }
                index += length
            } else {
                cleaned.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: cleaned, as: UTF8.self)
    }

    /// The last Unicode scalar of valid UTF-8 bytes, or nil for none.
    private static func lastScalar(of bytes: [UInt8]) -> Unicode.Scalar? {
        var start = bytes.count - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 && bytes.count - start < 4 { start -= 1 }
        guard start >= 0 else { return nil }
        return String(decoding: bytes[start...], as: UTF8.self).unicodeScalars.first
    }

    /// The Unicode scalar starting at `index` of UTF-8 bytes, or nil past the end.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        let length = bytes[index] < 0x80 ? 1 : bytes[index] < 0xE0 ? 2 : bytes[index] < 0xF0 ? 3 : 4
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<min(bytes.count, index + length)]), as: UTF8.self)
            .unicodeScalars.first
    }
}

/// Why a segmenter cannot be made.
public enum SegmenterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU does not know the language code.
    case unknownLanguage(String)
    /// ICU knows the language but could not open a sentence break iterator for it.
    case icuUnavailable(String)

    public var description: String {
        switch self {
        case .unknownLanguage(let code): "unknown language code '\(code)'"
        case .icuUnavailable(let locale): "ICU cannot open a sentence break iterator for '\(locale)'"
        }
    }
}

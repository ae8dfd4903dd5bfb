import BitextCore
import BitextICU

/// Splits a document into sentences: ICU's sentence break iterator for the language,
/// corrected by Bitext's own rules and per-language word lists.
///
/// A segmenter holds an ICU iterator and is not thread-safe: give each thread its own.
public final class Segmenter {
    /// The language tag the segmenter was made for.
    public let language: String
    /// How single line breaks are treated.
    public let lineBreaks: LineBreakMode

    private let breaker: ICUSentenceBreaker
    private let corrector: BoundaryCorrector

    /// Makes a segmenter for a language (a BCP 47 tag or ICU locale id: `fr`, `en-GB`).
    ///
    /// - Parameters:
    ///   - data: word lists to use instead of the bundled ones for the language.
    /// - Throws: `SegmenterError.unknownLanguage` when ICU does not know the language.
    public init(language: String, lineBreaks: LineBreakMode = .auto, data: LanguageData? = nil) throws(SegmenterError) {
        guard ICULanguage.isKnown(language), let locale = ICULanguage.canonicalLocale(language) else {
            throw .unknownLanguage(language)
        }
        guard let breaker = ICUSentenceBreaker(locale: locale) else { throw .icuUnavailable(locale) }
        self.language = language
        self.lineBreaks = lineBreaks
        self.breaker = breaker
        corrector = BoundaryCorrector(data: data ?? LanguageData.bundled(for: locale))
    }

    /// The sentences of `input`, in order.
    public func segment(_ input: InputText) -> [Sentence] {
        var units = UTF16Text.transcode(validUTF8: input.utf8)
        let blocks = units.withUnsafeBufferPointer { self.blocks(of: $0) }
        // ICU must not see line breaks (it ends a sentence at each); blocks are known now.
        UTF16Text.replaceLineBreaksWithSpaces(&units)
        return units.withUnsafeBufferPointer { text in
            var ranges: [(range: Range<Int>, paragraph: Int)] = []
            for block in blocks {
                var start = block.range.lowerBound
                for next in sentenceStarts(in: text, block: block.range) + [block.range.upperBound] {
                    if let trimmed = trim(start..<next, in: text) {
                        ranges.append((trimmed, block.paragraph))
                    }
                    start = next
                }
            }
            return makeSentences(ranges, text: text, input: input)
        }
    }

    /// The sentences of a string, in order.
    public func segment(_ string: String) -> [Sentence] {
        segment(InputText(string))
    }

    /// Runs ICU on the block, then corrects it.
    private func sentenceStarts(in text: UnsafeBufferPointer<UInt16>, block: Range<Int>) -> [Int] {
        var boundaries: [Int] = []
        breaker.forEachBoundary(in: UnsafeBufferPointer(rebasing: text[block])) { boundaries.append(block.lowerBound + $0) }
        return corrector.sentenceStarts(in: text, block: block, icuBoundaries: boundaries)
    }

    /// The blocks that sentences never cross (paragraphs, or lines, by the line-break
    /// mode), trimmed, with their paragraph numbers.
    private func blocks(of text: UnsafeBufferPointer<UInt16>) -> [(range: Range<Int>, paragraph: Int)] {
        var blocks: [(range: Range<Int>, paragraph: Int)] = []
        var paragraph = 0
        forEachParagraph(in: text) { lines in
            var blockStart = lines[0].lowerBound
            for (index, line) in lines.enumerated() {
                if index + 1 == lines.count || endsBlock(line, in: lines) {
                    blocks.append((blockStart..<line.upperBound, paragraph))
                    if index + 1 < lines.count { blockStart = lines[index + 1].lowerBound }
                }
            }
            paragraph += 1
        }
        return blocks
    }

    /// Whether the line break after `line` ends a sentence. In `auto` mode it does after a
    /// line that is short for its paragraph (a title, a menu item, a list line) and not
    /// after the lines of wrapped prose, which are all about as long as the longest.
    private func endsBlock(_ line: Range<Int>, in lines: [Range<Int>]) -> Bool {
        switch lineBreaks {
        case .soft: return false
        case .hard: return true
        case .auto:
            let longest = lines.lazy.map(\.count).max() ?? 0
            return longest < Self.shortestWrapWidth || line.count * 10 < longest * 6
        }
    }

    /// Lines shorter than this (in UTF-16 units) are not taken for wrapped prose.
    private static let shortestWrapWidth = 30

    /// Calls `body` with the trimmed, non-blank lines of each paragraph. Paragraphs end at
    /// blank lines, form feeds and paragraph separators.
    private func forEachParagraph(in text: UnsafeBufferPointer<UInt16>, _ body: ([Range<Int>]) -> Void) {
        var lines: [Range<Int>] = []
        var lineStart = 0
        while lineStart < text.count {
            var lineEnd = lineStart
            while lineEnd < text.count, !UTF16Text.isLineBreak(text[lineEnd]), !UTF16Text.isParagraphBreak(text[lineEnd]) {
                lineEnd += 1
            }
            if let line = trim(lineStart..<lineEnd, in: text) {
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

    private func trim(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Range<Int>? {
        var start = range.lowerBound, end = range.upperBound
        while start < end && UTF16Text.isSpace(text[start]) { start += 1 }
        while end > start && UTF16Text.isSpace(text[end - 1]) { end -= 1 }
        return start < end ? start..<end : nil
    }

    /// Turns UTF-16 ranges into sentences with UTF-8 byte ranges and cleaned text.
    private func makeSentences(_ ranges: [(range: Range<Int>, paragraph: Int)], text: UnsafeBufferPointer<UInt16>,
                               input: InputText) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(ranges.count)
        var unit = 0, byte = 0
        func advance(to target: Int) {
            while unit < target {
                byte += UTF16Text.utf8Length(text[unit])
                unit += 1
            }
        }
        input.utf8.withUnsafeBufferPointer { utf8 in
            for (range, paragraph) in ranges {
                advance(to: range.lowerBound)
                let start = byte
                advance(to: range.upperBound)
                sentences.append(Sentence(text: Self.singleLine(UnsafeBufferPointer(rebasing: utf8[start..<byte])),
                                          byteRange: (start + input.offsetInInput)..<(byte + input.offsetInInput),
                                          paragraph: paragraph))
            }
        }
        return sentences
    }

    /// The text of UTF-8 bytes with each line break (CRLF counting as one) and NUL replaced
    /// by a space.
    static func singleLine(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.indices.contains(where: { UTF8LineBreak.length(in: bytes, at: $0) > 0 }) else {
            return String(decoding: bytes, as: UTF8.self)
        }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let length = UTF8LineBreak.length(in: bytes, at: index)
            if length > 0 {
                cleaned.append(0x20)
                index += length
            } else {
                cleaned.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: cleaned, as: UTF8.self)
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

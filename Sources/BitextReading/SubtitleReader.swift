import BitextCore

/// SRT and WebVTT: the text of each cue, one block per cue. Cue numbers, identifiers, timings,
/// WebVTT's header, NOTE, STYLE and REGION blocks, and markup (`<i>`, `<c.yellow>`, `<00:01.000>`,
/// SRT's `{\an8}`) are not text. Consecutive cues are `subtitleCue` blocks, which the
/// segmenter lets a sentence run across.
public struct SubtitleReader: DocumentReader {
    public let format: InputFormat
    /// The encoding the user named, or `nil` to find it (see `InputText`).
    public let encoding: String?

    /// A reader for `.srt` or `.vtt`, in `encoding` when it is given.
    public init(format: InputFormat, encoding: String? = nil) {
        precondition(format == .srt || format == .vtt, "SubtitleReader reads srt and vtt")
        self.format = format
        self.encoding = encoding
    }

    public func blocks(of bytes: [UInt8]) throws(ReadingError) -> [TextBlock] {
        let input = try decodedText(bytes, encoding: encoding)
        if format == .vtt, !input.string.hasPrefix("WEBVTT") {
            throw ReadingError("not a WebVTT file (it must start with 'WEBVTT')")
        }
        var blocks: [TextBlock] = []
        for group in Self.groups(of: input.utf8) {
            guard let timing = group.firstIndex(where: { $0.text.contains("-->") }) else { continue }  // header, NOTE, STYLE, REGION
            let lines = group[(timing + 1)...].map { Self.plainText(of: $0.text) }.filter { !$0.isEmpty }
            guard !lines.isEmpty else { continue }
            var text = ""
            for line in lines {
                if !text.isEmpty { text += line.hasPrefix("-") ? "\n" : " " }
                text += line
            }
            let start = group[timing + 1].range.lowerBound + input.offsetInInput
            let end = group.last!.range.upperBound + input.offsetInInput
            blocks.append(TextBlock(text: text, kind: .subtitleCue, byteRange: start..<end))
        }
        return blocks
    }

    /// The lines of each blank-line-separated group, with their UTF-8 ranges.
    private static func groups(of utf8: [UInt8]) -> [[(text: String, range: Range<Int>)]] {
        var groups: [[(text: String, range: Range<Int>)]] = []
        var current: [(text: String, range: Range<Int>)] = []
        var start = 0
        while start <= utf8.count {
            var end = start
            while end < utf8.count, utf8[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start, utf8[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let line = String(decoding: utf8[start..<lineEnd], as: UTF8.self)
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { groups.append(current); current = [] }
            } else {
                current.append((line.trimmingCharacters(), start..<lineEnd))
            }
            start = end + 1
        }
        if !current.isEmpty { groups.append(current) }
        return groups
    }

    /// A cue line without markup: tags in angle brackets, SSA overrides in braces, and
    /// WebVTT's character references decoded.
    static func plainText(of line: String) -> String {
        var result = ""
        var inTag = false, inOverride = false
        for character in line {
            switch character {
            case "<": inTag = true
            case ">" where inTag: inTag = false
            case "{" where !inTag: inOverride = true
            case "}" where inOverride: inOverride = false
            default: if !inTag && !inOverride { result.append(character) }
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " "), ("&lrm;", ""), ("&rlm;", ""), ("&amp;", "&")] {
            result = result.replacingOccurrences(of: entity, with: character)
        }
        return result.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension String {
    func trimmingCharacters() -> String {
        String(Substring(self).trimmingWhitespace())
    }

    /// Every occurrence of `target` replaced (without Foundation).
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard contains(target) else { return self }
        var result = "", rest = self[...]
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}

import BitextCore

/// Input that is already one sentence per line (`--segmented`): each line is a sentence,
/// numbered as the line is, so that gold alignments by line number stay valid. A final line
/// break does not start another sentence; an empty line is an empty sentence.
public enum LineSplitter {
    /// The lines of `input` as sentences (CR, LF or CRLF end a line; paragraph 0 for all, each line its own block).
    public static func sentences(_ input: InputText) -> [Sentence] {
        var sentences: [Sentence] = []
        input.utf8.withUnsafeBufferPointer { bytes in
            var start = 0, index = 0
            func addLine(endingAt end: Int) {
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let text = line.contains(0) ? String(decoding: line.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
                    : String(decoding: line, as: UTF8.self)
                sentences.append(Sentence(text: text, byteRange: (start + input.offsetInInput)..<(end + input.offsetInInput),
                                          paragraph: 0, block: sentences.count))
            }
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    addLine(endingAt: index)
                    index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
                    start = index
                } else {
                    index += 1
                }
            }
            if start < bytes.count { addLine(endingAt: bytes.count) }
        }
        return sentences
    }
}

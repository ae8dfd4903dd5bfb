/// Line numbers as a person counts them in an editor: a line ends at LF, CR alone, CRLF (one
/// end), U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, so that an old Mac file (CR
/// only) or a text with Unicode separators shows each sentence at its own line, not all at
/// line 1. (VT, FF and NEL are left alone: editors show them inside a line.)
public enum LineEnds {
    /// The 1-based line of each byte offset in `offsets` (ascending, counted from the start
    /// of `utf8`).
    public static func lineNumbers(of offsets: [Int], in utf8: [UInt8]) -> [Int] {
        var numbers: [Int] = []
        numbers.reserveCapacity(offsets.count)
        var line = 1, index = 0
        for offset in offsets {
            let end = min(max(offset, 0), utf8.count)
            while index < end {
                let length = lineEndLength(utf8, at: index)
                if length > 0 {
                    line += 1
                    index += length
                } else {
                    index += 1
                }
            }
            numbers.append(line)
        }
        return numbers
    }

    /// The length in bytes of the line end at `index`, or 0 where none starts.
    @inline(__always)
    static func lineEndLength(_ utf8: [UInt8], at index: Int) -> Int {
        switch utf8[index] {
        case 0x0A: return 1
        case 0x0D: return index + 1 < utf8.count && utf8[index + 1] == 0x0A ? 2 : 1
        case 0xE2:
            return index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }
}

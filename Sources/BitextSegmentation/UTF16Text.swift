/// Character classes on UTF-16 code units, as the segmenter needs them.
enum UTF16Text {
    /// White space, line breaks and NUL.
    static func isSpace(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x20, 0x09...0x0D, 0x00, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            true
        default:
            false
        }
    }

    /// A line break that ends a line (CR, LF, VT, NEL, LINE SEPARATOR).
    static func isLineBreak(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit == 0x0B || unit == 0x85 || unit == 0x2028
    }

    /// A break that ends a paragraph by itself (FORM FEED, PARAGRAPH SEPARATOR).
    static func isParagraphBreak(_ unit: UInt16) -> Bool {
        unit == 0x0C || unit == 0x2029
    }

    /// Sentence-final punctuation the corrections reason about: . ? ! …
    static func isTerminator(_ unit: UInt16) -> Bool {
        unit == 0x2E || unit == 0x3F || unit == 0x21 || unit == 0x2026
    }

    /// Punctuation that can close a sentence after its final stop: quotes and brackets.
    static func isCloser(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0xBB, 0x2019, 0x201D, 0x203A, 0x300D, 0x300F, 0xFF09: true
        default: false
        }
    }

    /// Closing punctuation that never opens anything, so it may stand after a space
    /// (« pièce. » in French typography).
    static func isClosingOnly(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x29, 0x5D, 0x7D, 0xBB, 0x201D, 0x203A, 0x300D, 0x300F, 0xFF09: true
        default: false
        }
    }

    /// Punctuation that opens a sentence or a quotation, skipped to find the first word,
    /// and list bullets.
    static func isOpener(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0xAB, 0xA1, 0xBF, 0x2018, 0x201A, 0x201C, 0x201E, 0x2039,
             0x2013, 0x2014, 0x2022, 0x2043, 0x2D, 0x2A:
            true
        default:
            false
        }
    }

    /// Opening brackets and quotation marks, which a word before a period never contains.
    static func isBracketOrQuote(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x22, 0x28, 0x5B, 0x7B, 0xAB, 0x201C, 0x201E, 0x2039: true
        default: false
        }
    }

    /// How many UTF-8 bytes a code unit contributes (a surrogate pair makes 4 in all).
    static func utf8Length(_ unit: UInt16) -> Int {
        switch unit {
        case 0..<0x80: 1
        case 0x80..<0x800: 2
        case 0xD800..<0xDC00: 4
        case 0xDC00..<0xE000: 0
        default: 3
        }
    }
}

extension UTF16Text {
    /// The UTF-16 form of UTF-8 that is known to be valid, and the positions of its line
    /// and paragraph breaks and NULs (the units `isBreakOrNUL` tells), in increasing order:
    /// found here, where each byte is read anyway, the later steps need not read every unit
    /// again to find them (two passes over every unit, some 30 % of the time before ICU's).
    static func transcode(validUTF8 bytes: [UInt8]) -> (units: [UInt16], breaks: [Int]) {
        var breaks: [Int] = []
        let units = [UInt16](unsafeUninitializedCapacity: bytes.count) { units, count in
            bytes.withUnsafeBufferPointer { utf8 in
                var index = 0, written = 0
                while index < utf8.count {
                    // Eight ASCII bytes at a time, none below U+000E: most text is mostly ASCII
                    // letters, digits, punctuation and spaces.
                    while index + 8 <= utf8.count {
                        let eight = UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)
                        // No byte with its high bit set, and none below 0x0E: every byte is then
                        // below 0x80, and subtracting 0x0E from each sets some byte's high bit
                        // exactly when one is lower (the lowest such byte's own, whatever borrows
                        // carry above it).
                        guard eight & 0x8080_8080_8080_8080 == 0,
                              (eight &- 0x0E0E_0E0E_0E0E_0E0E) & 0x8080_8080_8080_8080 == 0 else { break }
                        for k in 0..<8 { units[written + k] = UInt16(utf8[index + k]) }
                        index += 8
                        written += 8
                    }
                    guard index < utf8.count else { break }
                    let lead = UInt32(utf8[index])
                    if lead < 0x80 {
                        if isBreakOrNUL(UInt16(lead)) { breaks.append(written) }
                        units[written] = UInt16(lead)
                        index += 1
                        written += 1
                        continue
                    }
                    let scalar: UInt32
                    if lead < 0xE0 {
                        scalar = (lead & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
                        index += 2
                    } else if lead < 0xF0 {
                        scalar = (lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                        index += 3
                    } else {
                        scalar = (lead & 0x07) << 18 | UInt32(utf8[index + 1] & 0x3F) << 12
                            | UInt32(utf8[index + 2] & 0x3F) << 6 | UInt32(utf8[index + 3] & 0x3F)
                        index += 4
                    }
                    if scalar < 0x10000 {
                        if isBreakOrNUL(UInt16(scalar)) { breaks.append(written) }
                        units[written] = UInt16(scalar)
                        written += 1
                    } else {
                        units[written] = UInt16(0xD800 + ((scalar - 0x10000) >> 10))
                        units[written + 1] = UInt16(0xDC00 + ((scalar - 0x10000) & 0x3FF))
                        written += 2
                    }
                }
                count = written
            }
        }
        return (units, breaks)
    }

    /// A line or paragraph break, or NUL: the units `replaceLineBreaksWithSpaces` replaces.
    @inline(__always)
    static func isBreakOrNUL(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x00, 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Replaces line and paragraph breaks and NUL with white space that ICU does not take
    /// for a sentence end, keeping each code unit's UTF-8 length (so byte offsets stay
    /// right): NEL becomes NO-BREAK SPACE, LINE and PARAGRAPH SEPARATOR become EN QUAD.
    /// `breaks` are their positions, all of them (as `transcode` finds them).
    static func replaceLineBreaksWithSpaces(_ units: inout [UInt16], at breaks: [Int]) {
        for index in breaks {
            switch units[index] {
            case 0x00, 0x0A...0x0D: units[index] = 0x20
            case 0x85: units[index] = 0xA0
            default: units[index] = 0x2000  // U+2028, U+2029
            }
        }
    }

    /// How many bytes `units` take in UTF-8.
    static func utf8Length(of units: UnsafeBufferPointer<UInt16>) -> Int {
        // `utf8Length(_:)` without branches, so that the loop is vectorised: 1, 2 or 3 by
        // range, 4 for a high surrogate (3 + 1) and 0 for a low one (3 − 3).
        var total = 0
        for unit in units {
            let isHigh = unit & 0xFC00 == 0xD800, isLow = unit & 0xFC00 == 0xDC00
            total += 1 + (unit >= 0x80 ? 1 : 0) + (unit >= 0x800 ? 1 : 0) + (isHigh ? 1 : 0) - (isLow ? 3 : 0)
        }
        return total
    }
}

/// Line breaks in UTF-8 text.
enum UTF8LineBreak {
    /// The length in bytes of the line break (CR, LF, CRLF, VT, FF, NEL, LS, PS) or NUL
    /// starting at `index`, or 0 when there is none.
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x0D: index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0x00, 0x0A, 0x0B, 0x0C: 1
        case 0xC2: index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
        default: 0
        }
    }
}

extension UnsafeBufferPointer<UInt16> {
    /// The Unicode scalar starting at `index`, or `nil` at a lone surrogate.
    func scalar(at index: Int) -> Unicode.Scalar? {
        let unit = self[index]
        if UTF16.isLeadSurrogate(unit), index + 1 < count, UTF16.isTrailSurrogate(self[index + 1]) {
            return Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(self[index + 1]) - 0xDC00))
        }
        return Unicode.Scalar(unit)
    }

    /// The text of `range` as a string.
    func string(_ range: Range<Int>) -> String {
        let units = UnsafeBufferPointer(rebasing: self[range])
        guard units.allSatisfy({ $0 < 0x80 }) else { return String(decoding: units, as: UTF16.self) }
        // ASCII, the common case for the short words looked up here: no transcoding needed.
        return String(unsafeUninitializedCapacity: units.count) { bytes in
            for (index, unit) in units.enumerated() { bytes[index] = UInt8(truncatingIfNeeded: unit) }
            return units.count
        }
    }
}

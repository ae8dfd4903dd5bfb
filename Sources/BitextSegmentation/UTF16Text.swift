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
        String(decoding: UnsafeBufferPointer(rebasing: self[range]), as: UTF16.self)
    }
}

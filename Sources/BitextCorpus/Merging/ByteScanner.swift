/// A cursor over bytes, for reading back the fixed layout that bitext's writers produce
/// (markup around escaped text) without an XML or CSV parser: each step is a comparison at
/// the cursor, so reading a part is one pass.
struct ByteScanner {
    let bytes: [UInt8]
    /// The index of the next byte to read.
    private(set) var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Moves past `text` when the bytes at the cursor are `text`; says whether they were.
    mutating func skip(_ text: String) -> Bool {
        let expected = text.utf8
        guard bytes.count - position >= expected.count, bytes[position..<(position + expected.count)].elementsEqual(expected) else {
            return false
        }
        position += expected.count
        return true
    }

    /// The bytes up to `end` (not included) as text, the cursor left on `end`; nil when `end`
    /// does not follow.
    mutating func value(until end: Unicode.Scalar) -> String? {
        guard let index = bytes[position...].firstIndex(of: UInt8(ascii: end)) else { return nil }
        defer { position = index }
        return String(decoding: bytes[position..<index], as: UTF8.self)
    }

    /// Moves to just after the next `text`; false, the cursor unmoved, when there is none.
    mutating func skip(past text: String) -> Bool {
        guard let range = Self.firstRange(of: Array(text.utf8), in: bytes[position...]) else { return false }
        position = range.upperBound
        return true
    }

    /// Whether the cursor is at the end.
    var isAtEnd: Bool { position == bytes.count }

    /// Calls `body` with each line of `bytes` (split on LF, without the LF; no empty line
    /// after a final LF), in order, without making an array of them.
    static func forEachLine<Failure: Error>(_ bytes: ArraySlice<UInt8>,
                                            _ body: (ArraySlice<UInt8>) throws(Failure) -> Void) throws(Failure) {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            try body(bytes[start..<end])
            start = end + 1
        }
    }

    /// The last place `pattern` occurs in `bytes`, sought from the end.
    static func lastRange(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Range<Int>? {
        guard bytes.count >= pattern.count else { return nil }
        var start = bytes.endIndex - pattern.count
        while start >= bytes.startIndex {
            if bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return start..<(start + pattern.count) }
            start -= 1
        }
        return nil
    }

    /// The first place `pattern` occurs in `bytes` (a simple scan: the patterns here are short
    /// markup whose first byte is rare in the text around it).
    static func firstRange(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Range<Int>? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = bytes.startIndex
        let last = bytes.endIndex - pattern.count
        while index <= last {
            guard let candidate = bytes[index...last].firstIndex(of: first) else { return nil }
            if bytes[candidate..<(candidate + pattern.count)].elementsEqual(pattern) { return candidate..<(candidate + pattern.count) }
            index = candidate + 1
        }
        return nil
    }
}

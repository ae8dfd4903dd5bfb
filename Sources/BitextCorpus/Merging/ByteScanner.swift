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

    /// The lines of `bytes`, split on LF, without the empty one after a final LF.
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        if bytes.last == 0x0A || bytes.isEmpty { lines.removeLast() }
        return lines
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

/// A document's text, decoded and checked, ready to be segmented.
///
/// Decoding accepts UTF-8 (with or without a byte-order mark) and UTF-16 with a
/// byte-order mark. CRLF line ends and NUL bytes are kept: the segmenter treats a NUL
/// as a space and any of CR, LF or CRLF as a line break.
public struct InputText: Sendable {
    /// The text as valid UTF-8, without a byte-order mark.
    public let utf8: [UInt8]

    /// Where `utf8` starts in the original input: 3 after a UTF-8 byte-order mark,
    /// otherwise 0. Byte offsets reported by the segmenter include it, so that they
    /// point into the original file.
    public let offsetInInput: Int

    /// Whether the input was UTF-16 and was transcoded; byte offsets then count bytes
    /// of the UTF-8 form, not of the original file.
    public let wasTranscoded: Bool

    /// Decodes raw input bytes.
    ///
    /// - Throws: `InputError` when the input is empty, blank, binary or not valid text.
    public init(decoding bytes: [UInt8]) throws(InputError) {
        if bytes.isEmpty { throw .empty }
        if let (bigEndian, payload) = Self.utf16Payload(bytes) {
            guard let utf8 = Self.transcodeUTF16(payload, bigEndian: bigEndian) else { throw .invalidUTF16 }
            self.utf8 = utf8
            offsetInInput = 0
            wasTranscoded = true
        } else {
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let body = hasBOM ? Array(bytes.dropFirst(3)) : bytes
            if Self.looksBinary(body) { throw .binary }
            if let offset = Self.firstInvalidUTF8Offset(body) {
                throw .invalidUTF8(byteOffset: offset + (hasBOM ? 3 : 0))
            }
            utf8 = body
            offsetInInput = hasBOM ? 3 : 0
            wasTranscoded = false
        }
        if utf8.isEmpty { throw .empty }
        if Self.isBlank(utf8) { throw .whitespaceOnly }
    }

    /// Wraps text that is already a Swift string (so necessarily valid Unicode).
    public init(_ string: String) {
        utf8 = Array(string.utf8)
        offsetInInput = 0
        wasTranscoded = false
    }

    /// The text as a Swift string.
    public var string: String { String(decoding: utf8, as: UTF8.self) }

    private static func utf16Payload(_ bytes: [UInt8]) -> (bigEndian: Bool, payload: ArraySlice<UInt8>)? {
        guard bytes.count >= 2 else { return nil }
        if bytes[0] == 0xFF && bytes[1] == 0xFE { return (false, bytes.dropFirst(2)) }
        if bytes[0] == 0xFE && bytes[1] == 0xFF { return (true, bytes.dropFirst(2)) }
        return nil
    }

    private static func transcodeUTF16(_ payload: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8]? {
        guard payload.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(payload.count / 2)
        var index = payload.startIndex
        while index < payload.endIndex {
            let first = UInt16(payload[index]), second = UInt16(payload[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): utf8.append(contentsOf: UTF8.encode(scalar)!)
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        return utf8
    }

    /// A file is taken for binary when more than a tenth of its first 64 KiB are
    /// control bytes other than tab, line feed, vertical tab, form feed, carriage return
    /// and escape. A few NUL bytes in a text do not make it binary.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        var controls = 0
        for byte in sample where byte < 0x20 || byte == 0x7F {
            switch byte {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B: continue
            default: controls += 1
            }
        }
        return controls * 10 > sample.count
    }

    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence,
    /// or `nil` when every byte does.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var index = 0
            while index < count {
                let lead = buffer[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; lower = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; upper = 0x9F
                case 0xF0: length = 4; lower = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; upper = 0x8F
                default: return index
                }
                guard index + length <= count else { return index }
                let second = buffer[index + 1]
                guard second >= lower && second <= upper else { return index }
                for continuation in 2..<length where buffer[index + continuation] & 0xC0 != 0x80 {
                    return index
                }
                index += length
            }
            return nil
        }
    }

    private static func isBlank(_ utf8: [UInt8]) -> Bool {
        // Any printable ASCII byte settles it at once.
        if utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
        return String(decoding: utf8, as: UTF8.self).unicodeScalars.allSatisfy {
            $0.value == 0 || $0.properties.isWhitespace
        }
    }
}

/// Why an input cannot be read as text.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The input has no bytes.
    case empty
    /// The input has only white space (or NUL bytes).
    case whitespaceOnly
    /// The input is not valid UTF-8; `byteOffset` is where the first bad sequence starts.
    case invalidUTF8(byteOffset: Int)
    /// The input starts with a UTF-16 byte-order mark but is not valid UTF-16.
    case invalidUTF16
    /// The input looks like a binary file rather than text.
    case binary

    public var description: String {
        switch self {
        case .empty: "the file is empty"
        case .whitespaceOnly: "the file contains only white space"
        case .invalidUTF8(let offset): "invalid UTF-8 at byte offset \(offset)"
        case .invalidUTF16: "invalid UTF-16 after a UTF-16 byte-order mark"
        case .binary: "this looks like a binary file, not text"
        }
    }
}

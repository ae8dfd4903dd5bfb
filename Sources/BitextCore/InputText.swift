/// A document's text, decoded and checked, ready to be segmented.
///
/// Decoding accepts UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 with a
/// byte-order mark, and, for text that is not valid UTF-8, the encoding ICU's charset
/// detector finds (Windows-1252, ISO-8859-x, GB18030, Big5, Shift-JIS, EUC-KR, KOI8-R,
/// UTF-16 without a byte-order mark, …); or the encoding the caller names. CRLF line ends
/// and NUL bytes are kept: the segmenter treats a NUL as a space and any of CR, LF or CRLF
/// as a line break.
public struct InputText: Sendable {
    /// The text as valid UTF-8, without a byte-order mark.
    public let utf8: [UInt8]

    /// Where `utf8` starts in the original input: 3 after a UTF-8 byte-order mark,
    /// otherwise 0. Byte offsets reported by the segmenter include it, so that they
    /// point into the original file.
    public let offsetInInput: Int

    /// Whether the input was in another encoding than UTF-8 and was transcoded; byte
    /// offsets then count bytes of the UTF-8 form, not of the original file.
    public let wasTranscoded: Bool

    /// The encoding the input was decoded from, as ICU names it ("UTF-8", "UTF-16LE",
    /// "windows-1252", "GB18030", …).
    public let encoding: String

    /// Decodes raw input bytes, finding their encoding.
    ///
    /// - Throws: `InputError` when the input is empty, blank, binary or not valid text.
    public init(decoding bytes: [UInt8]) throws(InputError) {
        try self.init(decoding: bytes, encoding: nil)
    }

    /// Decodes raw input bytes in the encoding `encoding` (any name or alias ICU knows),
    /// or, when it is `nil`, in the encoding found as `init(decoding:)` does. A named
    /// encoding is trusted: the binary-file check is skipped, and a byte-order mark of
    /// that encoding is dropped.
    ///
    /// - Throws: `InputError` when the input is empty, blank, binary or not valid text.
    public init(decoding bytes: [UInt8], encoding: String?) throws(InputError) {
        if bytes.isEmpty { throw .empty }
        let decoded: (utf8: [UInt8], offset: Int, encoding: String)
        if let encoding {
            decoded = try Self.decodeForced(bytes, encoding: encoding)
        } else {
            decoded = try Self.decodeDetected(bytes)
        }
        utf8 = decoded.utf8
        offsetInInput = decoded.offset
        self.encoding = decoded.encoding
        wasTranscoded = decoded.encoding != "UTF-8"
        if utf8.isEmpty { throw .empty }
        if Self.isBlank(utf8) { throw .whitespaceOnly }
    }

    /// The byte-order marks that settle the encoding, longest first (UTF-32's little-endian
    /// mark starts with UTF-16's).
    private static let byteOrderMarks: [(mark: [UInt8], encoding: String)] = [
        ([0xFF, 0xFE, 0x00, 0x00], "UTF-32LE"), ([0x00, 0x00, 0xFE, 0xFF], "UTF-32BE"),
        ([0xEF, 0xBB, 0xBF], "UTF-8"), ([0xFF, 0xFE], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE"),
    ]

    private static func decodeDetected(_ bytes: [UInt8]) throws(InputError) -> (utf8: [UInt8], offset: Int, encoding: String) {
        if let (mark, encoding) = byteOrderMarks.first(where: { bytes.starts(with: $0.mark) }) {
            let payload = bytes.dropFirst(mark.count)
            if encoding == "UTF-8" {
                if looksBinary(payload) { throw .binary }
                if let offset = firstInvalidUTF8Offset(payload) { throw .invalidUTF8(byteOffset: offset + mark.count) }
                return (Array(payload), mark.count, "UTF-8")
            }
            if encoding.hasPrefix("UTF-16") {
                guard let utf8 = transcodeUTF16(payload, bigEndian: encoding == "UTF-16BE") else { throw .invalidUTF16 }
                return (utf8, 0, encoding)
            }
            do {
                return (try CharacterEncoding.decode(payload, from: encoding), 0, encoding)
            } catch {
                throw .undecodable(encoding: encoding, byteOffset: Self.byteOffset(of: error) + mark.count, forced: true)
            }
        }
        if hasBinarySignature(bytes) { throw .binary }
        let binary = looksBinary(bytes[...])
        let invalidOffset = binary ? nil : firstInvalidUTF8Offset(bytes[...])
        if !binary && invalidOffset == nil { return (bytes, 0, "UTF-8") }
        // Not UTF-8 (or full of NUL bytes, as UTF-16 and UTF-32 without a mark are):
        // ask ICU's detector, then take the candidate whose reading of the sample looks
        // most like text, and decode the whole input with it.
        let sample = detectionSample(bytes)
        // Binary-looking bytes are text only as UTF-16 or UTF-32; and UTF-16 or UTF-32
        // without a mark is only considered for bytes with NULs (the high bytes of ASCII
        // characters): ICU finds any even-length text somewhat plausible as UTF-16.
        let hasNULs = bytes.prefix(65_536).contains(0)
        let guesses = CharacterEncoding.guesses(for: sample).filter {
            $0.name != "UTF-8" && $0.confidence > 0 && ($0.name.hasPrefix("UTF-") ? hasNULs : !binary)
        }
        let readings = guesses.compactMap { guess -> (Guess, Int)? in
            guard let text = try? CharacterEncoding.decode(sample, from: guess.name), !hasControlCharacters(text) else { return nil }
            return (guess, oddities(in: text))
        }
        // The detector's order, unless a later candidate reads as clearly better text
        // (far fewer oddities), or as a multi-byte encoding with no more of them: bytes
        // that happen to be valid GB18030 or Shift-JIS throughout are rarely anything else.
        var best = 0
        for index in readings.indices.dropFirst() {
            let (candidate, leader) = (readings[index], readings[best])
            if candidate.1 * 2 + 2 <= leader.1
                || (candidate.1 <= leader.1 && isMultiByte(candidate.0.name) && !isMultiByte(leader.0.name)) {
                best = index
            }
        }
        let ranked = readings.isEmpty ? [] : [readings[best]] + readings.enumerated().filter { $0.offset != best }.map(\.element)
        for (guess, _) in ranked {
            guard let utf8 = try? CharacterEncoding.decode(bytes[...], from: guess.name), !hasControlCharacters(utf8) else {
                continue
            }
            return (utf8, 0, guess.name)
        }
        if binary || hasManyControlBytes(bytes) { throw .binary }
        guard let likely = guesses.first else { throw .invalidUTF8(byteOffset: invalidOffset ?? 0) }
        var offset = invalidOffset ?? 0
        do {
            _ = try CharacterEncoding.decode(bytes[...], from: likely.name)
        } catch {
            offset = byteOffset(of: error)
        }
        throw .undecodable(encoding: likely.name, byteOffset: offset, forced: false)
    }

    private static func decodeForced(_ bytes: [UInt8], encoding: String) throws(InputError) -> (utf8: [UInt8], offset: Int, encoding: String) {
        guard let name = CharacterEncoding.canonicalName(encoding) else { throw .unknownEncoding(encoding) }
        if name == "UTF-8" {
            let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            let body = bytes.dropFirst(hasBOM ? 3 : 0)
            if let offset = firstInvalidUTF8Offset(body) { throw .invalidUTF8(byteOffset: offset + (hasBOM ? 3 : 0)) }
            return (Array(body), hasBOM ? 3 : 0, name)
        }
        var utf8: [UInt8]
        do {
            utf8 = try CharacterEncoding.decode(bytes[...], from: name)
        } catch {
            throw .undecodable(encoding: encoding, byteOffset: byteOffset(of: error), forced: true)
        }
        // A byte-order mark decodes to U+FEFF (EF BB BF): it is not part of the text.
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
        // The name as the caller gave it: ICU's canonical names are its table names
        // ("ibm-943_P15A-2003" for Shift-JIS).
        return (utf8, 0, encoding)
    }

    private typealias Guess = CharacterEncoding.Guess

    /// The multi-byte encodings ICU's detector reports (other than UTF-16 and UTF-32).
    private static func isMultiByte(_ name: String) -> Bool {
        ["GB18030", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR", "ISO-2022-JP", "ISO-2022-KR", "ISO-2022-CN"].contains(name)
    }

    /// How many characters of a decoded text look like a wrong reading of its bytes: a
    /// symbol (©, ¨, ¦, ¤, …) right after a letter, a letter of another script right after
    /// a letter (Latin then Cyrillic), or a Latin-1 punctuation mark or symbol right
    /// before another non-ASCII character ("¡ª"). ICU's detector judges 8-bit and
    /// multi-byte encodings by different statistics, so an English or French text in
    /// GB18030 (where "é" is the bytes A8 A6 and "—" A1 AA) can score higher as
    /// Windows-1252 ("caf¨¦", "¡ª"); this settles such cases on the text itself.
    static func oddities(in utf8: [UInt8]) -> Int {
        var count = 0
        var previous: Unicode.Scalar? = nil
        for scalar in String(decoding: utf8, as: UTF8.self).unicodeScalars {
            defer { previous = scalar }
            // Half-width katakana: rare in text, common in a wrong Shift-JIS reading.
            if (0xFF61...0xFF9F).contains(scalar.value) { count += 1 }
            guard let before = previous, scalar.value >= 0x80 || before.value >= 0x80, !scalar.properties.isWhitespace else {
                continue
            }
            let letterBefore = before.properties.isAlphabetic
            if !letterBefore {
                // (Only Latin-1's marks: "。" before "天" is ordinary Chinese.)
                if (0x80..<0x300).contains(before.value) && !before.properties.isWhitespace { count += 1 }
                continue
            }
            switch scalar.properties.generalCategory {
            case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .privateUse, .unassigned:
                if scalar.value >= 0x80 { count += 1 }
            default:
                if scalar.properties.isAlphabetic, scriptGroup(of: before) != scriptGroup(of: scalar) { count += 1 }
            }
        }
        return count
    }

    /// A coarse script of a letter: enough to see Latin, Greek, Cyrillic, Hangul and
    /// Chinese characters run into each other inside a word (Japanese mixes kana and Han,
    /// so they are one group).
    private static func scriptGroup(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0..<0x0250, 0x1E00..<0x1F00: 0  // Latin
        case 0x0370..<0x0400, 0x1F00..<0x2000: 1  // Greek
        case 0x0400..<0x0530: 2  // Cyrillic
        case 0x1100..<0x1200, 0x3130..<0x3190, 0xAC00..<0xD7B0: 3  // Hangul
        case 0x3040..<0x3100, 0x31F0..<0x3200, 0xFF66..<0xFFA0, 0x3400..<0xA000, 0xF900..<0xFB00, 0x20000..<0x32000: 4  // kana, Han
        default: 6
        }
    }

    private static func byteOffset(of failure: CharacterEncoding.DecodingFailure) -> Int {
        if case .invalid(let offset) = failure { return offset }
        return 0
    }

    /// What ICU's detector sees (it reads at most 8 KB). Text in a legacy encoding is
    /// often ASCII for pages before its first accented letter, so for 8-bit text the
    /// sample is the lines that have bytes over 0x7F; for text full of NUL bytes (UTF-16
    /// or UTF-32 without a mark) it is the start of the file, where code units are aligned.
    static func detectionSample(_ bytes: [UInt8]) -> ArraySlice<UInt8> {
        let limit = 8_192
        let head = bytes.prefix(65_536)
        if head.contains(0) { return bytes.prefix(limit) }
        var sample: [UInt8] = []
        sample.reserveCapacity(limit)
        var lineStart = 0, lineHasHighByte = false, index = 0
        while index < bytes.count && sample.count < limit {
            let byte = bytes[index]
            if byte >= 0x80 { lineHasHighByte = true }
            if byte == 0x0A || index == bytes.count - 1 {
                // Whole lines only, so that no multi-byte character is cut; a first line
                // longer than the limit is cut after a space or control byte, which no
                // multi-byte encoding ICU detects uses inside a character.
                if lineHasHighByte && (sample.isEmpty || sample.count + index - lineStart < limit) {
                    var line = bytes[lineStart...index]
                    if line.count > limit, let cut = line.prefix(limit).lastIndex(where: { $0 <= 0x20 }) {
                        line = bytes[lineStart...cut]
                    }
                    sample.append(contentsOf: line.prefix(limit))
                }
                lineStart = index + 1
                lineHasHighByte = false
            }
            index += 1
        }
        return sample.isEmpty ? bytes.prefix(limit) : sample[...]
    }

    /// File formats that are never text, by their first bytes: PDF, ZIP (and so DOCX,
    /// ODT, EPUB), gzip, bzip2, xz, 7z, RAR, PNG, JPEG, GIF, ELF, Mach-O, OLE (old .doc).
    /// Their bytes could otherwise pass for some 8-bit encoding.
    private static let binarySignatures: [[UInt8]] = [
        Array("%PDF-".utf8), [0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06], [0x1F, 0x8B], Array("BZh".utf8),
        [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], Array("Rar!".utf8),
        [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], Array("GIF8".utf8), [0x7F, 0x45, 0x4C, 0x46],
        [0xCF, 0xFA, 0xED, 0xFE], [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1],
    ]

    private static func hasBinarySignature(_ bytes: [UInt8]) -> Bool {
        binarySignatures.contains { bytes.starts(with: $0) }
    }

    /// Text in an 8-bit or multi-byte encoding has next to no control bytes: more than
    /// one in a hundred (NUL included) in the first 64 KiB means binary data.
    private static func hasManyControlBytes(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        let controls = sample.count(where: { byte in
            (byte < 0x20 || byte == 0x7F) && ![0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains(byte)
        })
        return controls * 100 > sample.count
    }

    /// Whether decoded UTF-8 has control characters that text does not (C0 other than
    /// white space, ESC and NUL; DEL; C1), in more than one character in a thousand of its
    /// first 64 KiB: the sign of a wrong guess, or of binary data that decoded.
    private static func hasControlCharacters(_ utf8: [UInt8]) -> Bool {
        let sample = utf8.prefix(65_536)
        var controls = 0, index = sample.startIndex
        while index < sample.endIndex {
            let byte = sample[index]
            if (byte < 0x20 && ![0x00, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B].contains(byte)) || byte == 0x7F {
                controls += 1
            } else if byte == 0xC2, index + 1 < sample.endIndex, (0x80...0x9F).contains(sample[index + 1]) {
                controls += 1  // U+0080 to U+009F
            }
            index += 1
        }
        return controls * 1_000 > sample.count
    }

    /// Wraps text that is already a Swift string (so necessarily valid Unicode).
    public init(_ string: String) {
        utf8 = Array(string.utf8)
        offsetInInput = 0
        wasTranscoded = false
        encoding = "UTF-8"
    }

    /// The text as a Swift string.
    public var string: String { String(decoding: utf8, as: UTF8.self) }

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
    private static func looksBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
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
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var index = 0
            while index < count {
                // Eight ASCII bytes at a time: most text is mostly ASCII.
                while index + 8 <= count,
                      UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { break }
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
    /// The input is not valid in `encoding` (the one named by the caller, or marked by a
    /// byte-order mark when `forced`; otherwise the likely one, found by ICU's detector),
    /// from `byteOffset` on.
    case undecodable(encoding: String, byteOffset: Int, forced: Bool)
    /// The caller named an encoding ICU does not know.
    case unknownEncoding(String)

    public var description: String {
        switch self {
        case .empty: "the file is empty"
        case .whitespaceOnly: "the file contains only white space"
        case .invalidUTF8(let offset): "invalid UTF-8 at byte offset \(offset)"
        case .invalidUTF16: "invalid UTF-16 after a UTF-16 byte-order mark"
        case .binary: "this looks like a binary file, not text"
        case .undecodable(let encoding, let offset, true): "invalid \(encoding) at byte offset \(offset)"
        case .undecodable(let encoding, let offset, false):
            "not valid UTF-8, and not valid \(encoding) (its likely encoding) at byte offset \(offset); name its encoding with --encoding"
        case .unknownEncoding(let name): "unknown encoding '\(name)'"
        }
    }
}

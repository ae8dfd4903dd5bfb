import CBitextICU

/// Character encodings other than UTF-8, through ICU: checking a name the user gives,
/// guessing a file's encoding, and decoding it to UTF-8.
///
/// Bitext works on UTF-8 inside; this is the one place where other encodings are met,
/// so that a Latin-1 or GB18030 file from an old archive aligns like its UTF-8 copy.
public enum CharacterEncoding {
    /// A candidate encoding from ICU's detector, with its confidence (0 to 100).
    public struct Guess: Sendable, Equatable {
        /// ICU's name for the encoding ("windows-1252", "GB18030", "UTF-16LE", …).
        public var name: String
        /// How sure the detector is, 0 to 100.
        public var confidence: Int
    }

    /// Whether ICU can decode the encoding called `name` (any alias: "latin1", "cp1252",
    /// "gb18030", "sjis", …).
    public static func isKnown(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count < 64, !name.utf8.contains(0) else { return false }
        return bitext_icu_charset_is_known(name) == 1
    }

    /// ICU's canonical name for `name`, or `nil` when it is unknown.
    public static func canonicalName(_ name: String) -> String? {
        guard isKnown(name) else { return nil }
        var buffer = [CChar](repeating: 0, count: 128)
        let length = bitext_icu_charset_canonical_name(name, &buffer, Int32(buffer.count))
        guard length > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `name` is UTF-8 under any of its aliases.
    public static func isUTF8(_ name: String) -> Bool {
        canonicalName(name) == "UTF-8"
    }

    /// ICU's candidate encodings for `sample`, best first. ICU's detector reads at most
    /// the first 8 KB of what it is given, so callers pass a chosen sample (see `InputText`).
    public static func guesses(for sample: ArraySlice<UInt8>, maximum: Int = 8) -> [Guess] {
        guard !sample.isEmpty, maximum > 0 else { return [] }
        let nameCapacity = 64
        var names = [CChar](repeating: 0, count: maximum * nameCapacity)
        var confidences = [Int32](repeating: 0, count: maximum)
        let count = sample.withUnsafeBufferPointer { buffer in
            bitext_icu_charset_detect(buffer.baseAddress, Int32(min(buffer.count, Int(Int32.max))), Int32(maximum),
                                      &names, Int32(nameCapacity), &confidences)
        }
        guard count > 0 else { return [] }
        return (0..<Int(count)).map { index in
            let slot = names[(index * nameCapacity)..<((index + 1) * nameCapacity)]
            let name = String(decoding: slot.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return Guess(name: name, confidence: Int(confidences[index]))
        }
    }

    /// Why `decode` failed.
    public enum DecodingFailure: Error, Equatable, Sendable {
        /// ICU has no converter of that name.
        case unknownEncoding
        /// The bytes from this offset on are not valid in the encoding.
        case invalid(byteOffset: Int)
    }

    /// Decodes `bytes` in the encoding `name` to UTF-8, strictly: a byte sequence the
    /// encoding does not allow is an error, never a replacement character, so that a wrong
    /// guess is noticed rather than aligned as mojibake. Linear in time and memory.
    public static func decode(_ bytes: ArraySlice<UInt8>, from name: String) throws(DecodingFailure) -> [UInt8] {
        guard isKnown(name) else { throw .unknownEncoding }
        if bytes.isEmpty { return [] }
        // One input byte never gives more than 3 UTF-8 bytes (a 4-byte UTF-8 sequence
        // needs at least 2 input bytes in every encoding ICU has).
        let capacity = bytes.count * 3 + 16
        var output = [UInt8](repeating: 0, count: capacity)
        var errorOffset: Int64 = 0
        let written = bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                bitext_icu_charset_decode(name, input.baseAddress, Int64(input.count), out.baseAddress, Int64(capacity),
                                          &errorOffset)
            }
        }
        switch written {
        case -1: throw .unknownEncoding
        case -2: throw .invalid(byteOffset: Int(errorOffset))
        case ..<0: throw .invalid(byteOffset: 0)
        default:
            // A copy of the right size, so that the worst-case buffer is not kept alive.
            return Array(output.prefix(Int(written)))
        }
    }
}

import Foundation

/// Addresses that translators copy as they are.
enum AddressEvidence {
    /// URLs, e-mail addresses and hashtags, which translators copy as they are (lower-cased,
    /// without trailing punctuation).
    static func addresses(in sentence: String) -> [String] {
        // Most sentences have none: look at the bytes before splitting anything.
        guard mayHoldAddress(sentence.utf8) else { return [] }
        return sentence.split(whereSeparator: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "(" || $0 == ")" }).compactMap { word in
            guard word.contains(where: { $0 == "@" || $0 == "#" || $0 == "/" || $0 == "." }) else { return nil }
            let token = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?\"'«»“”")).lowercased()
            let isURL = token.contains("://") || (token.hasPrefix("www.") && token.count > 4)
            let isEmail = token.split(separator: "@").count == 2 && token.split(separator: "@")[1].contains(".")
            let isHashtag = token.hasPrefix("#") && token.dropFirst().first?.isLetter == true
            return isURL || isEmail || isHashtag ? token : nil
        }
    }

    /// Whether the bytes hold "@", "#", "/" or "www.", in one pass (Foundation's `contains`
    /// bridges the string for "www.", which cost 3 % of an alignment; the checks after it
    /// decide what is an address), over the string's buffer where it has one.
    private static func mayHoldAddress(_ bytes: String.UTF8View) -> Bool {
        bytes.withContiguousStorageIfAvailable { scan($0) } ?? scan(bytes)
    }

    @inline(__always)
    private static func scan(_ bytes: some Sequence<UInt8>) -> Bool {
        var run = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "/"): return true
            case UInt8(ascii: "w"): run += 1
            case UInt8(ascii: "."): if run >= 3 { return true }; run = 0
            default: run = 0
            }
        }
        return false
    }
}

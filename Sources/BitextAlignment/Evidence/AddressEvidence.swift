import Foundation

/// Addresses that translators copy as they are.
enum AddressEvidence {
    /// URLs, e-mail addresses and hashtags, which translators copy as they are (lower-cased,
    /// without trailing punctuation).
    static func addresses(in sentence: String) -> [String] {
        // Most sentences have none: look at the bytes before splitting anything.
        let bytes = sentence.utf8
        guard bytes.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") })
            || containsWWW(bytes)
        else { return [] }
        return sentence.split(whereSeparator: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "(" || $0 == ")" }).compactMap { word in
            guard word.contains(where: { $0 == "@" || $0 == "#" || $0 == "/" || $0 == "." }) else { return nil }
            let token = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?\"'«»“”")).lowercased()
            let isURL = token.contains("://") || (token.hasPrefix("www.") && token.count > 4)
            let isEmail = token.split(separator: "@").count == 2 && token.split(separator: "@")[1].contains(".")
            let isHashtag = token.hasPrefix("#") && token.dropFirst().first?.isLetter == true
            return isURL || isEmail || isHashtag ? token : nil
        }
    }

    /// Whether the bytes hold "www." (Foundation's `contains` bridges the string for it,
    /// which cost 3 % of an alignment; the checks after it decide what is an address).
    private static func containsWWW(_ bytes: String.UTF8View) -> Bool {
        var run = 0
        for byte in bytes {
            if byte == UInt8(ascii: "w") {
                run += 1
            } else {
                if byte == UInt8(ascii: "."), run >= 3 { return true }
                run = 0
            }
        }
        return false
    }
}

import BitextCore
import Foundation

/// Finds the character encoding an HTML page declares, as browsers do before parsing: a
/// byte-order mark, then `<meta charset>` or `<meta http-equiv content="…; charset=…">` in
/// the first few kilobytes.
enum HTMLCharset {
    /// The encoding to parse `bytes` with (an IANA name libxml2 knows).
    ///
    /// A declared single-byte encoding loses to UTF-8 when the bytes hold multi-byte UTF-8
    /// sequences and no invalid ones: pages re-saved as UTF-8 often keep their old
    /// declaration, while Latin-1 text is almost never valid UTF-8 by chance.
    static func encoding(of bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let declared = declaredCharset(in: bytes.prefix(8192))
        let validUTF8 = String(validating: bytes, as: UTF8.self) != nil
        guard let declared else { return validUTF8 || mostlyUTF8(bytes) ? "UTF-8" : "windows-1252" }
        let name = declared.lowercased()
        if name == "utf-8" || name == "utf8" { return "UTF-8" }
        if validUTF8, bytes.contains(where: { $0 >= 0xC2 }), singleByte.contains(where: { name.hasPrefix($0) }) { return "UTF-8" }
        // Browsers read Latin-1 and ASCII labels as windows-1252, which has printable characters in 0x80–0x9F.
        if ["iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1"].contains(name) { return "windows-1252" }
        return declared
    }

    /// The page decoded to UTF-8 in the encoding ICU's detector finds (as `InputText` does
    /// for text files), when the page has no byte-order mark, declares no charset and is
    /// not (mostly) UTF-8; nil otherwise, or when no encoding reads it as text, and the page
    /// is then read as `encoding(of:)` says. A single-byte Western guess is left to
    /// windows-1252, the web's reading of such pages.
    static func detectedUndeclared(_ bytes: [UInt8]) -> [UInt8]? {
        guard !bytes.starts(with: [0xEF, 0xBB, 0xBF]), !bytes.starts(with: [0xFF, 0xFE]), !bytes.starts(with: [0xFE, 0xFF]),
              declaredCharset(in: bytes.prefix(8192)) == nil, String(validating: bytes, as: UTF8.self) == nil, !mostlyUTF8(bytes),
              let text = try? InputText(decoding: bytes), text.wasTranscoded else { return nil }
        let western = ["ISO-8859-1", "windows-1252", "ISO-8859-15"]
        return western.contains(where: { $0.caseInsensitiveCompare(text.encoding) == .orderedSame }) ? nil : text.utf8
    }

    /// Whether bytes that are not valid UTF-8 still hold more well-formed multi-byte UTF-8
    /// sequences than stray bytes: a UTF-8 page with a few broken characters, not Latin-1.
    static func mostlyUTF8(_ bytes: [UInt8]) -> Bool {
        var sequences = 0, stray = 0, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >= 0xC2 && byte <= 0xDF ? 2 : byte >= 0xE0 && byte <= 0xEF ? 3 : byte >= 0xF0 && byte <= 0xF4 ? 4 : 0
            if length == 1 { index += 1; continue }
            if length > 1, index + length <= bytes.count, bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                sequences += 1
                index += length
            } else {
                stray += 1
                index += 1
            }
        }
        return sequences > stray
    }

    /// The bytes to give the parser for `encoding`: UTF-8 with each invalid sequence replaced
    /// by U+FFFD (libxml2 would otherwise switch the whole page to Latin-1 at the first one;
    /// offsets after a replacement move by two bytes each), other encodings as they are.
    static func prepared(_ bytes: [UInt8], encoding: String) -> [UInt8] {
        guard encoding == "UTF-8", String(validating: bytes, as: UTF8.self) == nil else { return bytes }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// `bytes` decoded from `encoding` (a name ICU knows, given by the user) to UTF-8, strictly:
    /// a byte sequence the encoding does not allow is an error naming its offset, not a page
    /// of replacement characters. A byte-order mark is left out.
    static func decoded(_ bytes: [UInt8], encoding: String) throws(ReadingError) -> [UInt8] {
        do {
            var utf8 = try CharacterEncoding.decode(bytes[...], from: encoding)
            if utf8.starts(with: [0xEF, 0xBB, 0xBF]) { utf8.removeFirst(3) }
            return utf8
        } catch {
            switch error {
            case .unknownEncoding: throw ReadingError(InputError.unknownEncoding(encoding).description)
            case .invalid(let offset): throw ReadingError(InputError.undecodable(encoding: encoding, byteOffset: offset, forced: true).description)
            }
        }
    }

    private static let singleByte = ["iso-8859", "iso8859", "windows-125", "cp125", "latin", "us-ascii", "ascii", "koi8"]

    /// The charset named by the first `<meta>` that declares one.
    static func declaredCharset(in head: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        var searchStart = text.startIndex
        while let meta = text.range(of: "<meta", range: searchStart..<text.endIndex) {
            let tagEnd = text[meta.upperBound...].firstIndex(of: ">") ?? text.endIndex
            let tag = text[meta.upperBound..<tagEnd]
            if let charset = tag.range(of: "charset") {
                var rest = tag[charset.upperBound...].drop { $0 == " " }
                if rest.first == "=" {
                    rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                    let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." }
                    if !name.isEmpty { return String(name) }
                }
            }
            searchStart = tagEnd
        }
        return nil
    }
}

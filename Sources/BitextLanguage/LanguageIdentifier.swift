import CBitextLanguageID

/// Identifies the language of a text with Google's Compact Language Detector 2 (CLD2).
///
/// Used to resolve `--src-lang auto`, and to warn when a document does not look like the
/// language declared for it (swapped `--src-lang` and `--tgt-lang` would otherwise label
/// English text as French in a TMX file). A document is judged on a bounded sample spread
/// over it, so the cost stays small and constant however long the document is.
public enum LanguageIdentifier {
    /// Documents up to this many UTF-8 bytes are read whole; longer ones are sampled.
    public static let sampleSize = 65_536

    /// How many slices a long document's sample is made of, spread evenly over it, so
    /// that a title page or a licence at the start does not decide alone.
    static let sampleSlices = 16

    /// The language of a whole document, from a sample of at most `sampleSize` bytes;
    /// `nil` when CLD2 finds no language (too little text, or no letters).
    public static func identify(_ text: String) -> LanguageIdentification? {
        identify(utf8: Array(text.utf8))
    }

    /// The language of a document given as UTF-8 bytes (see `identify(_:)`).
    public static func identify(utf8 bytes: [UInt8]) -> LanguageIdentification? {
        run(on: sample(of: bytes))
    }

    /// The language of each sentence, on its own: for spotting, in a translation, the
    /// sentences left in the source language. A short sentence is rarely identified
    /// reliably; check `isReliable`. Linear in the total length.
    public static func identify(sentences: [String]) -> [LanguageIdentification?] {
        sentences.map { sentence in
            let bytes = Array(sentence.utf8)
            return run(on: bytes.count <= sampleSize ? bytes[...] : sample(of: bytes))
        }
    }

    /// Whether `identified` (a primary code from this type) names the language `declared`
    /// (any BCP 47 tag or ICU id: "pt-BR", "zh_Hant", "nb"), counting as one the
    /// languages CLD2 cannot tell apart reliably or names differently (Norwegian Bokmål
    /// and Norwegian; Serbian, Croatian and Bosnian; Malay and Indonesian).
    public static func matches(_ identified: String, declared: String) -> Bool {
        let declaredPrimary = primaryCode(declared)
        if declaredPrimary == identified { return true }
        return equivalentGroups.contains { $0.contains(declaredPrimary) && $0.contains(identified) }
    }

    /// The primary language subtag of a tag, lowercased, with the codes BCP 47 has
    /// replaced mapped to today's ("iw" → "he", "in" → "id", "ji" → "yi", "jw" → "jv").
    public static func primaryCode(_ tag: String) -> String {
        let primary = tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        return replacedCodes[primary] ?? primary
    }

    private static let replacedCodes = ["iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"]

    private static let equivalentGroups: [Set<String>] = [["nb", "no", "nn"], ["sr", "hr", "bs"], ["ms", "id"]]

    /// At most `sampleSize` bytes of `bytes`: all of it when it is short enough, otherwise
    /// `sampleSlices` slices spread evenly, each cut at character boundaries and joined by
    /// line feeds.
    static func sample(of bytes: [UInt8]) -> ArraySlice<UInt8> {
        guard bytes.count > sampleSize else { return bytes[...] }
        let sliceSize = sampleSize / sampleSlices
        let stride = (bytes.count - sliceSize) / (sampleSlices - 1)
        var sample: [UInt8] = []
        sample.reserveCapacity(sampleSize + sampleSlices)
        for slice in 0..<sampleSlices {
            var start = slice * stride, end = min(start + sliceSize, bytes.count)
            // Move both ends onto the start of a character (not a continuation byte).
            while start < end && bytes[start] & 0xC0 == 0x80 { start += 1 }
            while end < bytes.count && end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            sample.append(contentsOf: bytes[start..<end])
            sample.append(0x0A)
        }
        return sample[...]
    }

    private static func run(on bytes: ArraySlice<UInt8>) -> LanguageIdentification? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        var code = [CChar](repeating: 0, count: 32)
        var percent: Int32 = 0, reliable: Int32 = 0
        let status = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { text in
                bitext_language_identify(text.baseAddress, Int32(text.count), &code, Int32(code.count), &percent, &reliable)
            }
        }
        guard status == 0 else { return nil }
        let name = String(decoding: code.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return LanguageIdentification(language: primaryCode(name), confidence: Double(min(max(percent, 0), 100)) / 100,
                                      isReliable: reliable == 1)
    }
}

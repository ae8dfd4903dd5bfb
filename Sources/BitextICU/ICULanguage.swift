import CBitextICU

/// Language codes as ICU understands them.
public enum ICULanguage {
    /// Whether `tag` (a BCP 47 tag such as `fr`, `en-GB`, or an ICU id such as `pt_BR`)
    /// names a language that ICU knows.
    public static func isKnown(_ tag: String) -> Bool {
        guard !tag.isEmpty, tag.utf8.count < 64 else { return false }
        return bitext_icu_is_known_language(tag) == 1
    }

    /// ICU's canonical locale id for `tag` (`en-GB` → `en_GB`), or `nil` when ICU refuses it.
    public static func canonicalLocale(_ tag: String) -> String? {
        var buffer = [CChar](repeating: 0, count: 160)
        let length = bitext_icu_canonical_locale(tag, &buffer, Int32(buffer.count))
        guard length > 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

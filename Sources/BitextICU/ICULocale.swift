import CBitextICU

/// What ICU knows about a language code: its normalised BCP 47 tag, its ICU locale id,
/// its likely script and its direction. `Language` (BitextLanguage) asks once per code.
public enum ICULocale {
    /// The normalised BCP 47 tag for a BCP 47 tag or ICU id (`pt_BR` → `pt-BR`, `iw` → `he`),
    /// or `nil` when ICU refuses it or it has parts BCP 47 cannot hold.
    public static func languageTag(_ code: String) -> String? {
        guard !code.isEmpty, code.utf8.count < 128 else { return nil }
        return string(capacity: 160) { bitext_icu_language_tag(code, $0, $1) }
    }

    /// ICU's locale id for a BCP 47 tag (`zh-Hant-TW` → `zh_Hant_TW`).
    public static func locale(forTag tag: String) -> String? {
        guard !tag.isEmpty, tag.utf8.count < 128 else { return nil }
        return string(capacity: 160) { bitext_icu_locale_for_tag(tag, $0, $1) }
    }

    /// The ISO 15924 script ICU's likely subtags give a locale (`zh_TW` → `Hant`), or `nil`
    /// when ICU knows none.
    public static func likelyScript(_ locale: String) -> String? {
        string(capacity: 16) { bitext_icu_likely_script(locale, $0, $1) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Whether a locale's script is written right to left.
    public static func isRightToLeft(_ locale: String) -> Bool {
        bitext_icu_is_right_to_left(locale) == 1
    }

    private static func string(capacity: Int, _ fill: (UnsafeMutablePointer<CChar>, Int32) -> Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: capacity)
        let length = buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress!, Int32(capacity)) }
        guard length >= 0 else { return nil }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

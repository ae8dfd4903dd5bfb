import CBitextICU

/// The version of the ICU library loaded at run time. Segmentation and transliteration
/// can change between ICU releases, so `bitext --version` names it next to Bitext's own.
public enum ICUVersion {
    /// ICU's version as it spells it ("72.1"), or "unknown" if ICU cannot say.
    public static let current: String = {
        var buffer = [CChar](repeating: 0, count: 32)
        let length = buffer.withUnsafeMutableBufferPointer { bitext_icu_version($0.baseAddress!, Int32($0.count)) }
        guard length > 0 else { return "unknown" }
        return String(decoding: buffer.prefix(Int(length)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }()
}

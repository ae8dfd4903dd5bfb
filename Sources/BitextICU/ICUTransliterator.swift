import CBitextICU

/// An ICU transliterator, such as `Any-Latin; Latin-ASCII; Lower`.
///
/// A transliterator is not thread-safe: give each thread its own.
public final class ICUTransliterator {
    private let transliterator: OpaquePointer
    private var buffer = [UInt16](repeating: 0, count: 256)

    /// The transform id the transliterator was opened with.
    public let id: String

    /// Opens a transliterator from an ICU transform id, or returns `nil` when ICU refuses it.
    public init?(id: String) {
        guard let transliterator = bitext_transliterator_open(id) else { return nil }
        self.transliterator = transliterator
        self.id = id
    }

    deinit {
        bitext_transliterator_close(transliterator)
    }

    /// `text` transliterated.
    public func transliterate(_ text: String) -> String {
        let units = Array(text.utf16)
        while true {
            let length = units.withUnsafeBufferPointer { input in
                buffer.withUnsafeMutableBufferPointer { output in
                    bitext_transliterate(transliterator, input.baseAddress, Int32(input.count),
                                         output.baseAddress, Int32(output.count))
                }
            }
            if length < 0 { return text }
            if Int(length) <= buffer.count, units.count <= buffer.count {
                return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
            }
            buffer = [UInt16](repeating: 0, count: max(Int(length), units.count) * 2)
        }
    }
}

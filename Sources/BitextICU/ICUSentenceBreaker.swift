import CBitextICU

/// ICU's sentence break iterator for one locale.
///
/// A breaker is not thread-safe: give each thread its own.
public final class ICUSentenceBreaker {
    private let breaker: OpaquePointer

    /// The ICU locale id the breaker was opened with.
    public let locale: String

    /// Opens a breaker for an ICU locale id (`fr`, `en_US`, `de@ss=standard`), or returns
    /// `nil` when ICU cannot open one.
    public init?(locale: String) {
        guard let breaker = bitext_sentence_breaker_open(locale) else { return nil }
        self.breaker = breaker
        self.locale = locale
    }

    deinit {
        bitext_sentence_breaker_close(breaker)
    }

    /// Calls `body` with every boundary ICU finds in `text` (UTF-16 code units), in
    /// increasing order, excluding the start of the text and including its end.
    public func forEachBoundary(in text: UnsafeBufferPointer<UInt16>, _ body: (Int) -> Void) {
        guard let base = text.baseAddress, !text.isEmpty, text.count <= Int(Int32.max) else { return }
        guard bitext_sentence_breaker_set_text(breaker, base, Int32(text.count)) == 0 else { return }
        while true {
            let boundary = bitext_sentence_breaker_next(breaker)
            if boundary < 0 { break }
            body(Int(boundary))
        }
    }

    /// The boundaries ICU finds in `text`, as offsets in UTF-16 code units.
    public func boundaries(in text: String) -> [Int] {
        let units = Array(text.utf16)
        var result: [Int] = []
        units.withUnsafeBufferPointer { buffer in
            forEachBoundary(in: buffer) { result.append($0) }
        }
        return result
    }
}

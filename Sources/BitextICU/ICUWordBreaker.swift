import CBitextICU

/// ICU's word break iterator: words of every script, including those written without
/// spaces (ICU finds Chinese, Japanese, Thai, Khmer, Lao and Burmese words with its
/// dictionaries).
///
/// A breaker is not thread-safe: give each thread its own.
public final class ICUWordBreaker {
    /// What a segment between two word boundaries holds.
    public enum Kind: Int32, Sendable {
        /// Spaces, punctuation and symbols.
        case none = 0
        /// Digits, in any script.
        case number = 1
        /// Letters of alphabetic scripts.
        case letter = 2
        /// Japanese kana.
        case kana = 3
        /// Han characters, and words of the scripts ICU segments with dictionaries.
        case ideographic = 4
    }

    private let breaker: OpaquePointer

    /// Opens a breaker for an ICU locale id (`""` for the root rules, which already use the
    /// dictionaries), or returns `nil` when ICU cannot open one.
    public init?(locale: String = "") {
        guard let breaker = bitext_word_breaker_open(locale) else { return nil }
        self.breaker = breaker
    }

    deinit {
        bitext_word_breaker_close(breaker)
    }

    /// Calls `body` with each segment of `text` (a range of UTF-16 offsets) and its kind.
    public func forEachSegment(in text: UnsafeBufferPointer<UInt16>, _ body: (Range<Int>, Kind) -> Void) {
        guard let base = text.baseAddress, !text.isEmpty, text.count <= Int(Int32.max) else { return }
        guard bitext_word_breaker_set_text(breaker, base, Int32(text.count)) == 0 else { return }
        var start = 0
        var kind: Int32 = 0
        while true {
            let end = Int(bitext_word_breaker_next(breaker, &kind))
            if end < 0 { break }
            if end > start { body(start..<end, Kind(rawValue: kind) ?? .none) }
            start = end
        }
    }

    /// The words of `text` (segments that are not spaces or punctuation), with their kinds.
    public func words(in text: String) -> [(word: String, kind: Kind)] {
        let units = Array(text.utf16)
        var result: [(String, Kind)] = []
        units.withUnsafeBufferPointer { buffer in
            forEachSegment(in: buffer) { range, kind in
                if kind != .none { result.append((String(decoding: buffer[range], as: UTF16.self), kind)) }
            }
        }
        return result
    }
}

import CBitextICU

/// Numbers written in words, read with ICU's rule-based spell-out rules for a language
/// ("twenty-one", "vingt et un", "einundzwanzig", "二十一"), so that no list of number words
/// is kept by hand.
///
/// A parser is not thread-safe: give each thread its own.
public final class ICUNumberParser {
    private let parser: OpaquePointer

    /// Opens a parser for an ICU locale id, or returns `nil` when ICU has no spell-out
    /// rules for it.
    public init?(locale: String) {
        guard let parser = bitext_number_parser_open(locale) else { return nil }
        self.parser = parser
    }

    deinit {
        bitext_number_parser_close(parser)
    }

    /// The number at the start of `text` and how many UTF-16 units it takes, or `nil`.
    public func parsePrefix(_ text: some Collection<UInt16>) -> (value: Double, length: Int)? {
        let units = Array(text)
        var value = 0.0
        let used = units.withUnsafeBufferPointer { buffer in
            bitext_number_parse(parser, buffer.baseAddress, Int32(buffer.count), &value)
        }
        guard used > 0, value.isFinite else { return nil }
        return (value, Int(used))
    }

    /// `value` spelled out in words, as the language writes it.
    public func spellOut(_ value: Double) -> String? {
        var buffer = [UInt16](repeating: 0, count: 128)
        var length = bitext_number_spell_out(parser, value, &buffer, Int32(buffer.count))
        if length > Int32(buffer.count) {
            buffer = [UInt16](repeating: 0, count: Int(length))
            length = bitext_number_spell_out(parser, value, &buffer, Int32(buffer.count))
        }
        guard length >= 0, Int(length) <= buffer.count else { return nil }
        return String(decoding: buffer[0..<Int(length)], as: UTF16.self)
    }
}

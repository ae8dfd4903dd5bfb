/// JSON text for strings, written by hand so that output is byte-for-byte stable.
public enum JSONString {
    /// `string` as a JSON string literal, quotes included. Non-ASCII characters are kept
    /// as UTF-8; quotes, backslashes and control characters are escaped.
    public static func quoted(_ string: String) -> String {
        "\"" + TextEscaping.replacing(string) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "\u{08}": "\\b"
            case "\u{0C}": "\\f"
            // Four hex digits: 0x10000 + value has five, the first being 1.
            case "\u{00}"..."\u{1F}", "\u{2028}", "\u{2029}": "\\u" + String(scalar.value + 0x10000, radix: 16).dropFirst()
            default: nil
            }
        } + "\""
    }
}

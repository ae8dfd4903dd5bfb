/// The one loop behind every escaper (JSON, TSV, XML): copy a text scalar by scalar,
/// replacing those for which a rule gives a replacement.
public enum TextEscaping {
    /// `text` with each scalar for which `replacement` returns a string replaced by that
    /// string (an empty one drops the scalar); the others are kept as they are.
    public static func replacing(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let substitute = replacement(scalar) {
                result += substitute
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

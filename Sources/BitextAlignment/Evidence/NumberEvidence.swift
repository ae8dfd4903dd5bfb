/// Numbers as concepts: written with digits in any script, normalised across the
/// conventions of languages, and named the same whichever way they were written.
enum NumberEvidence {
    /// Reads a number starting at `start`, normalised across conventions: thousands
    /// separators dropped ("4 000", "4,000", "4'000" → 4000), a decimal comma made a point
    /// ("3,5" → 3.5), times written with h or : ("21h15" → 21:15); India's groups of two
    /// ("1,00,000", "1,25,50,000" → 100000, 12550000); Arabic's separators ("١٬٠٠٠" →
    /// 1000, "٣٫٥" → 3.5).
    static func number(in scalars: String.UnicodeScalarView, from start: String.Index) -> (String, String.Index) {
        func digits(from index: String.Index) -> (String, String.Index) {
            var end = index, text = ""
            while end < scalars.endIndex, scalars[end].properties.numericType == .decimal,
                  let value = scalars[end].properties.numericValue {
                text.append(String(Int(value)))
                end = scalars.index(after: end)
            }
            return (text, end)
        }
        var (text, end) = digits(from: start)
        while end < scalars.endIndex {
            let separator = scalars[end]
            let next = scalars.index(after: end)
            guard next < scalars.endIndex, scalars[next].properties.numericType == .decimal else { break }
            let (group, groupEnd) = digits(from: next)
            if group.count == 3, [" ", "\u{A0}", "\u{202F}", "'", "’", ",", ".", "\u{066C}"].contains(separator) {
                text += group
            } else if group.count == 2, separator == "," || separator == "\u{066C}", groupEnd < scalars.endIndex,
                      scalars[groupEnd] == separator, scalars.index(after: groupEnd) < scalars.endIndex,
                      scalars[scalars.index(after: groupEnd)].properties.numericType == .decimal {
                // A group of two followed by another group: lakhs and crores.
                text += group
            } else if separator == "," || separator == "." || separator == "\u{066B}" {
                text += "." + group
            } else if group.count == 2, separator == "h" || separator == ":" {
                text += ":" + group
            } else {
                return (text, end)
            }
            end = groupEnd
        }
        return (text, end)
    }

    /// A number as the concept names it: an integer without a fraction.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

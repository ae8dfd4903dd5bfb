import CBitextICU

/// How a line break inside a sentence is read, by ICU's character properties: in Chinese,
/// Japanese or Thai text wrapped at a fixed width, the break falls between two characters
/// of one word or phrase and stands for nothing, while between Latin words it stands for a
/// space. Browsers render it the same way (CSS Text 3's segment break rules).
public enum ICULineJoin {
    /// Whether a line break between `before` and `after` joins them with no space.
    public static func joinsWithoutSpace(_ before: Unicode.Scalar, _ after: Unicode.Scalar) -> Bool {
        // ASCII on either side never joins: the common case skips ICU.
        guard before.value >= 0x80, after.value >= 0x80 else { return false }
        return bitext_icu_line_break_joins(Int32(bitPattern: before.value), Int32(bitPattern: after.value)) == 1
    }
}

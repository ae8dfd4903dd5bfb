/// The languages one side of a part is in, as far as the part tells: the codes it names (in a
/// header, a `<tu>`, a `<file>`, a JSON line or a file name) and whether it says "several"
/// (TMX's `*all*`, a plain `source` cell over rows in a header that names languages, Moses'
/// `auto`), which a batch with `--src-lang auto` writes when its documents differ.
struct SideLanguages: Equatable {
    /// The codes named.
    var codes: Set<String> = []
    /// Whether the part says its documents are in several languages on this side.
    var several = false

    /// The one language of a part that names exactly one and does not say "several"; nil otherwise.
    var single: String? {
        !several && codes.count == 1 ? codes.first : nil
    }

    /// Adds what another part says.
    mutating func formUnion(_ other: SideLanguages) {
        codes.formUnion(other.codes)
        several = several || other.several
    }
}

/// A part as `PartReader` found it: its format, the languages it names, and the bytes that go
/// between the merged corpus's header and footer.
struct ReadPart {
    /// The part's name in messages.
    var name: String
    /// Its format; nil for an empty file (a shard with no beads in a format without header).
    var format: CorpusFormat?
    /// What the part adds to the corpus: the lines or elements after its header and before its
    /// footer, sharing the part's storage (XLSX: its rows in `XLSXWriter`'s intermediate text; Moses:
    /// unused).
    var body: ArraySlice<UInt8> = []
    /// Moses: the part's two files.
    var mosesSides: [MosesSide] = []
    /// TSV, CSV and XLSX: the header's language codes (nil for a plain `source` or `target`
    /// cell); nil when the part has no header line.
    var header: (source: String?, target: String?)?
    /// The languages each side names.
    var source = SideLanguages(), target = SideLanguages()
    /// Whether the part holds any bead.
    var hasBeads = false
    /// TMX: the `creationtoolversion` of its header.
    var toolVersion: String?

    init(name: String, format: CorpusFormat?) {
        self.name = name
        self.format = format
    }
}

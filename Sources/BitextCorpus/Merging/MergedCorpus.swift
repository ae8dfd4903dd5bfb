/// What `CorpusMerger` makes of its parts: the bytes of one corpus, or of Moses' two files.
public struct MergedCorpus: Sendable {
    /// The parts' format; nil when every part was an empty file (the corpus is then empty too).
    public var format: CorpusFormat?
    /// The corpus's bytes (every format but Moses).
    public var bytes: [UInt8]
    /// Moses: the two files to write as `OUT.<code>`, in the order of the first part's sides.
    public var mosesSides: [MosesSide]

    /// Creates a merged corpus.
    public init(format: CorpusFormat?, bytes: [UInt8], mosesSides: [MosesSide] = []) {
        self.format = format
        self.bytes = bytes
        self.mosesSides = mosesSides
    }
}

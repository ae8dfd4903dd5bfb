/// One corpus that bitext wrote (typically one `batch --shard K/N` output), to be joined with
/// others by `CorpusMerger`. The merger works on bytes, so that a library user can merge
/// parts held in memory as well as files.
public struct CorpusPart: Sendable {
    /// What the part holds: one file's bytes, or Moses' two line-aligned files.
    public enum Content: Sendable {
        /// The bytes of a corpus file of any format but Moses.
        case file([UInt8])
        /// Moses' two files, `OUT.L1` and `OUT.L2`, in any order.
        case moses([MosesSide])
    }

    /// The part's name in messages: the file (or, for Moses, the prefix) as the user gave it.
    public var name: String
    /// Its content.
    public var content: Content

    /// Creates a part.
    public init(name: String, content: Content) {
        self.name = name
        self.content = content
    }
}

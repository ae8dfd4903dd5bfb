/// Parts that cannot be joined into one corpus: of different formats or language pairs, or
/// not written by bitext — the wrong files given, so a usage error — or a corpus larger than
/// its format holds (an XLSX sheet), which the unsharded batch could not write either.
public struct CorpusMergeError: Error, CustomStringConvertible, Sendable, Equatable {
    /// One line naming the part (or parts) and the problem.
    public var message: String
    /// A wrong command line (exit 64) rather than a corpus the format cannot hold (exit 1).
    public var isUsage: Bool

    /// Creates an error.
    public init(_ message: String, isUsage: Bool = true) {
        self.message = message
        self.isUsage = isUsage
    }

    public var description: String { message }
}

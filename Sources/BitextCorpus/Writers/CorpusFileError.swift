/// A corpus that cannot be made into its file (an XLSX sheet with more rows than a worksheet holds).
public struct CorpusFileError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, in one line.
    public var message: String

    public var description: String { message }
}

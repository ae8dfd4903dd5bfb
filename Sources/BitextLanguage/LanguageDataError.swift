/// A malformed language data file.
public struct LanguageDataError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The 1-based line number of the problem.
    public var line: Int
    /// What is wrong there.
    public var problem: String

    public var description: String { "line \(line): \(problem)" }
}

/// An opening and a closing mark that belong together: quotation marks (`«` `»`, `「` `」`)
/// or brackets (`(` `)`, `（` `）`).
public struct PunctuationPair: Sendable, Hashable, CustomStringConvertible {
    /// The mark that opens.
    public var open: Character
    /// The mark that closes (the same as `open` for `"`).
    public var close: Character

    /// A pair of marks.
    public init(_ open: Character, _ close: Character) {
        self.open = open
        self.close = close
    }

    public var description: String { "\(open)\(close)" }
}

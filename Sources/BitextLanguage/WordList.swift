/// A set of words matched as written or, for entries of two letters or more, in any case
/// ("Inc" matches "INC" and "inc"; the single letter "M" does not match "m").
public struct WordList: Sendable {
    private var exact: Set<String> = []
    private var folded: Set<String> = []

    /// The length of the longest entry, in UTF-16 code units.
    public private(set) var longestEntry = 0

    /// An empty list.
    public init() {}

    /// A list of `words`.
    public init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    /// Adds `word`.
    public mutating func insert(_ word: String) {
        exact.insert(word)
        longestEntry = max(longestEntry, word.utf16.count)
        if word.count > 1 { folded.insert(word.lowercased()) }
    }

    /// Whether `word` matches an entry.
    public func contains(_ word: String) -> Bool {
        exact.contains(word) || (word.count > 1 && folded.contains(word.lowercased()))
    }
}

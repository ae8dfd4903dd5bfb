/// Interns strings as small integers.
struct Interner: Sendable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var strings: [String] = []

    mutating func id(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(strings.count)
        ids[string] = id
        strings.append(string)
        return id
    }

    func existingID(_ string: String) -> Int32? { ids[string] }

    /// Interns `other`'s strings in their order, and returns the id each of `other`'s ids
    /// has here: what interning them here one by one would have made, so that two documents
    /// can be read at once, each with its own interner, and numbered as if read in turn.
    mutating func adopt(_ other: Interner) -> [Int32] {
        other.strings.map { id($0) }
    }
}

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
}

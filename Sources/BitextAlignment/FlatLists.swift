/// Lists of concept ids, one per sentence, in one flat array (no allocation per sentence).
struct FlatLists {
    var items: [Int32] = []
    /// Where each list starts, and (last) where the list being built starts.
    var starts: [Int] = [0]

    var count: Int { starts.count - 1 }

    /// Closes the list being built.
    mutating func endList() { starts.append(items.count) }

    func list(_ index: Int) -> ArraySlice<Int32> { items[starts[index]..<starts[index + 1]] }
}

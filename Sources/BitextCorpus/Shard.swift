/// One of `count` parts of a batch (`--shard K/N`): the pairs whose position is `index`
/// modulo `count`, so that N machines each align every N-th pair and their outputs, merged
/// in order, hold every pair once.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// The part kept, from 0 to `count - 1`.
    public let index: Int
    /// The number of parts.
    public let count: Int

    /// The shard `index` of `count`, or nil unless 0 ≤ index < count.
    public init?(index: Int, count: Int) {
        guard count > 0, (0..<count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// The shard written `K/N` (`0/3`), or nil for anything else: no spaces, signs or
    /// missing parts, and 0 ≤ K < N.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// `K/N`.
    public var description: String { "\(index)/\(count)" }

    /// The elements of this shard, in order.
    public func select<Element>(_ elements: [Element]) -> [Element] {
        elements.enumerated().filter { $0.offset % count == index }.map(\.element)
    }
}

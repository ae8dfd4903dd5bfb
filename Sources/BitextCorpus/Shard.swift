/// One of `count` parts of a batch (`--shard K/N`): the `index`-th of `count` contiguous runs
/// of the pairs, so that N machines share one manifest with no coordination and their
/// outputs, joined in shard order (`bitext merge`), are the unsharded corpus byte for byte.
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

    /// The elements of this shard, in order: the `index`-th of `count` contiguous runs whose
    /// sizes differ by at most one (the first runs take the remainder; with more shards than
    /// elements, the last shards are empty).
    ///
    /// Contiguous rather than every `count`-th element so that the shards' outputs joined in
    /// shard order are the unsharded output in order, also in the formats whose lines do not
    /// say which document they come from (TSV, CSV, Moses, XLSX).
    public func select<Element>(_ elements: [Element]) -> [Element] {
        let (size, remainder) = elements.count.quotientAndRemainder(dividingBy: count)
        let start = index * size + min(index, remainder)
        let end = start + size + (index < remainder ? 1 : 0)
        return Array(elements[start..<end])
    }
}

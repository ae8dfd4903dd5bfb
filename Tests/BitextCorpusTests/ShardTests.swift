import BitextCorpus
import Testing

/// `--shard K/N`, read once into a `Shard`: only `K/N` with 0 ≤ K < N is a shard, and the N
/// shards of a list hold each of its elements once, in order.
@Suite struct ShardTests {
    @Test func onlyKOverNWithKBelowNIsAShard() {
        #expect(Shard(parsing: "0/3") == Shard(index: 0, count: 3))
        #expect(Shard(parsing: "2/3")?.description == "2/3")
        for text in ["3/3", "-1/3", "+1/3", "1/0", "1/-2", "1", "1/2/3", "/3", "1/", " 1/3", "1/3 ", "a/b", "١/٣", "1.0/3",
                     "99999999999999999999/3"] {
            #expect(Shard(parsing: text) == nil, "\(text)")
        }
    }

    @Test func theShardsOfAListHoldEachElementOnceInOrder() {
        let elements = Array(0..<10)
        let shards = (0..<3).map { Shard(index: $0, count: 3)!.select(elements) }
        // Contiguous runs, the first taking the remainder: joined in shard order, the whole list.
        #expect(shards == [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9]])
        #expect(Shard(index: 4, count: 5)!.select([1, 2]) == [])
        #expect((0..<5).map { Shard(index: $0, count: 5)!.select([1, 2]) } == [[1], [2], [], [], []])
        for size in 0..<20 {
            for count in 1..<8 {
                let parts = (0..<count).map { Shard(index: $0, count: count)!.select(Array(0..<size)) }
                #expect(parts.flatMap { $0 } == Array(0..<size), "\(size) in \(count)")
                #expect((parts.map(\.count).max() ?? 0) - (parts.map(\.count).min() ?? 0) <= 1, "\(size) in \(count)")
            }
        }
    }
}

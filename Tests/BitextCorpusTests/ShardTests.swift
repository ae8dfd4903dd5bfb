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
        #expect(shards == [[0, 3, 6, 9], [1, 4, 7], [2, 5, 8]])
        #expect(Shard(index: 4, count: 5)!.select([1, 2]) == [])
    }
}

@testable import BitextAlignment
import Testing

@Suite struct PairIndexTests {
    @Test func numbersPairsInTheOrderFirstMet() {
        var index = PairIndex()
        #expect(index.number(3, 7) == 0)
        #expect(index.number(7, 3) == 1)  // the order of the ids matters
        #expect(index.number(-1, 7) == 2)  // the empty word
        #expect(index.number(3, 7) == 0)
        #expect(index.count == 3)
        #expect(index.firsts == [3, 7, -1])
        #expect(index.seconds == [7, 3, 7])
    }

    @Test func keepsEveryNumberWhileGrowing() {
        var index = PairIndex()
        // Far more pairs than the first table's 1,024 slots, met twice each.
        let pairs: [(Int32, Int32)] = (0..<5_000).map { k in (Int32(k % 97), Int32(k / 97 * 31 + 5)) }
        for (number, pair) in pairs.enumerated() { #expect(index.number(pair.0, pair.1) == Int32(number)) }
        for (number, pair) in pairs.enumerated().reversed() { #expect(index.number(pair.0, pair.1) == Int32(number)) }
        #expect(index.count == pairs.count)
        #expect(index.firsts == pairs.map(\.0))
        #expect(index.seconds == pairs.map(\.1))
    }

    @Test func pairsTakenOutLeaveItEmpty() {
        var index = PairIndex()
        for k in 0..<3_000 { _ = index.number(Int32(k % 13), Int32(k)) }
        let taken = index.takePairs()
        #expect(taken.firsts == (0..<3_000).map { Int32($0 % 13) })
        #expect(taken.seconds == (0..<3_000).map { Int32($0) })
        #expect(index.count == 0)
        // Numbering starts again from 0.
        #expect(index.number(5, 5) == 0)
    }
}

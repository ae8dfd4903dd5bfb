@testable import BitextAlignment
import Testing

@Suite struct BeadSearchTests {
    /// A small deterministic generator (SplitMix64), so that a failure can be replayed.
    private struct Generator {
        var state: UInt64
        mutating func next(below bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// Sentences drawing 0 to 4 concepts from only 8, so that in many beads a concept is
    /// shared by several pairs (the accumulator's case) and in many others by one pair
    /// at most (the shortcut's).
    private func vectors(_ count: Int, _ generator: inout Generator) -> SentenceVectors {
        SentenceVectors((0..<count).map { _ in
            let concepts = Set((0..<generator.next(below: 5)).map { _ in Int32(generator.next(below: 8)) }).sorted()
            let values = concepts.map { _ in Float(generator.next(below: 1000) + 1) / 317 }
            return SentenceVector(concepts: concepts, values: values, matchableMass: values.reduce(0, +))
        })
    }

    private func search(seed: UInt64) -> BeadSearch {
        var generator = Generator(state: seed)
        let n = 40, m = 44
        let input = SearchInput(vectors: (vectors(n, &generator), vectors(m, &generator)),
                                sourceLengths: (0..<n).map { _ in 20 + generator.next(below: 60) },
                                targetLengths: (0..<m).map { _ in 20 + generator.next(below: 60) },
                                sourceParagraphs: nil, targetParagraphs: nil)
        let band = Band(sourceCount: n, targetCount: m, halfWidth: { _ in 6 }) { Double($0) * Double(m) / Double(n) }
        return Aligner().search(input, band: band, length: LengthModel(ratio: 1.1, variance: 7), conceptCount: 8)
    }

    @Test func exactOverlapIsTheAccumulatorsToTheBit() {
        for seed in 1...5 as ClosedRange<UInt64> {
            let search = search(seed: seed)
            let band = search.band
            var beads = 0
            for i in 2...band.sourceCount {
                for j in band.lower[i]...band.upper[i] where j >= 2 {
                    for a in 2...min(4, i) {
                        for b in 2...min(4, j) where band.index(i - a, j - b) != nil {
                            let accumulated = search.accumulator.overlap(source: search.sourceVectors, (i - a)..<i,
                                                                         target: search.targetVectors, (j - b)..<j)
                            #expect(search.exactOverlap(i, j, a, b).bitPattern == accumulated.bitPattern,
                                    "bead [\(i - a), \(i)) × [\(j - b), \(j)), seed \(seed)")
                            beads += 1
                        }
                    }
                }
            }
            #expect(beads > 1000)
        }
    }

    @Test func pairOverlapsAreTheMergedVectorsToTheBit() {
        for seed in 21...24 as ClosedRange<UInt64> {
            var generator = Generator(state: seed)
            let source = vectors(30, &generator), target = vectors(33, &generator)
            let band = Band(sourceCount: 30, targetCount: 33, halfWidth: { _ in 5 }) { Double($0) * 1.1 }
            let overlaps = PairOverlaps(band: band, maximumBeadSize: 3, source: source, target: target)
            var pairs = 0
            for s in 0..<30 {
                // The row kept for s: where an empty range of targets is inside it.
                let row = (0...33).filter { overlaps.sharingCount(source: s, targets: $0..<$0) != nil }
                var expected: Float = 0
                for t in row.first!..<row.last! {
                    let pair = source.overlap(s, with: target, t)
                    expected += pair.sum
                    #expect(overlaps.sum(source: s, targets: row.first!..<(t + 1)).bitPattern == expected.bitPattern,
                            "source \(s), targets up to \(t), seed \(seed)")
                    #expect(overlaps.shares(source: s, target: t) == pair.shares)
                    pairs += 1
                }
            }
            #expect(pairs > 200)
        }
    }

    @Test func overlapTableHoldsEachBeadsExactOverlap() {
        let search = search(seed: 7)
        let table = search.exactOverlapTable()
        var found = 0
        for i in 2...search.band.sourceCount {
            for j in search.band.lower[i]...search.band.upper[i] where j >= 2 {
                for a in 2...4 where i >= a {
                    for b in 2...4 where j >= b {
                        guard let value = table.overlap(i, j, a, b, band: search.band) else { continue }
                        #expect(value.bitPattern == search.exactOverlap(i, j, a, b).bitPattern)
                        found += 1
                    }
                }
            }
        }
        #expect(found > 500)
    }

    @Test func posteriorsOfTheBestPathAreProbabilities() {
        let search = search(seed: 11)
        let path = search.bestPath()
        #expect(path.reduce(0) { $0 + $1.source.count } == 40 && path.reduce(0) { $0 + $1.target.count } == 44)
        let posteriors = search.posteriors(of: path)
        #expect(posteriors.count == path.count)
        #expect(posteriors.allSatisfy { $0 >= 0 && $0 <= 1 })
        // The same search gives the same figures, whichever thread does which pass.
        #expect(search.posteriors(of: path) == posteriors)
    }
}

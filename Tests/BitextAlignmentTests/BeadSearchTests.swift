@testable import BitextAlignment
import BitextCore
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
    /// at most (the shortcut's). `sparse`: most sentences have none.
    private func vectors(_ count: Int, _ generator: inout Generator, sparse: Bool = false) -> SentenceVectors {
        SentenceVectors((0..<count).map { _ in
            let conceptCount = sparse ? max(0, generator.next(below: 8) - 4) : generator.next(below: 5)
            let concepts = Set((0..<conceptCount).map { _ in Int32(generator.next(below: 8)) }).sorted()
            let values = concepts.map { _ in Float(generator.next(below: 1000) + 1) / 317 }
            return SentenceVector(concepts: concepts, values: values, matchableMass: values.reduce(0, +))
        })
    }

    /// A search over `n` × `m` random sentences, in a band of `halfWidth` around the diagonal.
    private func search(seed: UInt64, n: Int = 40, m: Int = 44, targetLengths: Range<Int> = 20..<80, halfWidth: Int = 6,
                        length: LengthModel = LengthModel(ratio: 1.1, variance: 7), maximumBeadSize: Int? = nil,
                        sparse: Bool = false) -> BeadSearch {
        var generator = Generator(state: seed)
        let input = SearchInput(vectors: (vectors(n, &generator, sparse: sparse), vectors(m, &generator, sparse: sparse)),
                                sourceLengths: (0..<n).map { _ in 20 + generator.next(below: 60) },
                                targetLengths: (0..<m).map { _ in targetLengths.lowerBound + generator.next(below: targetLengths.count) },
                                structure: nil)
        let band = Band(sourceCount: n, targetCount: m, halfWidth: { _ in halfWidth }) { Double($0) * Double(m) / Double(n) }
        return Aligner().search(input, band: band, length: length, conceptCount: 8, maximumBeadSize: maximumBeadSize)
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

    /// Every bead of a shape the table holds with both ends in the band, in the table
    /// with the cost that `cost` works out, to the bit; +∞ where `cost` leaves it out for
    /// its lengths (no budget can leave out anything else). Some targets twice as long as
    /// their sources, so that the length cutoff leaves some beads out; sentences without
    /// concepts, so that some beads cost what no evidence costs.
    @Test(arguments: [(7, false), (8, false), (9, true), (10, true)] as [(UInt64, Bool)])
    func costTableHoldsEachBeadsCost(seed: UInt64, sparse: Bool) {
        let search = search(seed: seed, targetLengths: 20..<200, sparse: sparse)
        let table = search.beadCostTable()
        var found = 0, cutOff = 0
        for i in 1...search.band.sourceCount {
            for j in search.band.lower[i]...search.band.upper[i] where j >= 1 {
                for a in 1...4 where i >= a {
                    for b in 1...4 where j >= b && search.band.index(i - a, j - b) != nil && BeadCostTable.shapeSlot(a, b) != nil {
                        let value = table.values[BeadCostTable.slot(cell: search.band.index(i, j)!, a, b)]
                        if let cost = search.cost(i, j, a, b) {
                            #expect(value.bitPattern == cost.bitPattern, "bead [\(i - a), \(i)) × [\(j - b), \(j)), seed \(seed)")
                            found += 1
                        } else {
                            #expect(value == .infinity, "bead [\(i - a), \(i)) × [\(j - b), \(j)), seed \(seed)")
                            cutOff += 1
                        }
                    }
                }
            }
        }
        #expect(found > 500 && cutOff > 50)
    }

    /// Expects two paths to be the same, naming the first bead where they part (not the
    /// thousands of beads of each).
    private func expectSame(_ path: [[Int]], as expected: [[Int]], _ comment: Comment = "",
                            sourceLocation: SourceLocation = #_sourceLocation) {
        let common = min(path.count, expected.count)
        let parting = (0..<common).first { path[$0] != expected[$0] } ?? (path.count == expected.count ? nil : common)
        guard let parting else { return }
        Issue.record("\(comment): bead \(parting) is \(parting < path.count ? path[parting] : []), not \(parting < expected.count ? expected[parting] : [])",
                     sourceLocation: sourceLocation)
    }

    /// Beads as comparable values, each cost by its bits.
    private func beads(_ path: [(source: Range<Int>, target: Range<Int>, cost: Double)]) -> [[Int]] {
        path.map { [$0.source.lowerBound, $0.source.upperBound, $0.target.lowerBound, $0.target.upperBound, Int(bitPattern: UInt($0.cost.bitPattern))] }
    }

    /// A search over a made-up translation of `beadCount` beads, a third of them two
    /// sentences or more a side, so that the best path holds many beads whose overlap the
    /// accumulator adds up.
    private func translationSearch(seed: UInt64, beadCount: Int) -> BeadSearch {
        var generator = Generator(state: seed)
        var source: [SentenceVector] = [], target: [SentenceVector] = []
        for _ in 0..<beadCount {
            let shape = [(1, 1), (1, 1), (1, 1), (1, 1), (2, 1), (1, 2), (2, 2), (1, 0), (0, 1)][generator.next(below: 9)]
            // The bead's meaning: concepts from a pool small enough that neighbours share some.
            let meaning = (0..<(3 * max(shape.0, shape.1) + generator.next(below: 3))).map { _ in Int32(generator.next(below: 60)) }
            for side in 0..<2 {
                let count = side == 0 ? shape.0 : shape.1
                for k in 0..<count {
                    // The source side deals the concepts out in turn, the target side in runs:
                    // no sentence of one side matches one of the other alone.
                    let share = (meaning.count + count - 1) / count
                    let concepts = Set(meaning.enumerated().filter { side == 0 ? $0.offset % count == k : $0.offset / share == k }
                        .map(\.element)).sorted()
                    let values = concepts.map { _ in Float(generator.next(below: 400) + 100) / 200 }
                    let vector = SentenceVector(concepts: concepts, values: values, matchableMass: values.reduce(0, +))
                    if side == 0 { source.append(vector) } else { target.append(vector) }
                }
            }
        }
        let n = source.count, m = target.count
        let input = SearchInput(vectors: (SentenceVectors(source), SentenceVectors(target)),
                                sourceLengths: source.map { 12 * $0.concepts.count + generator.next(below: 10) },
                                targetLengths: target.map { 13 * $0.concepts.count + generator.next(below: 10) },
                                structure: nil)
        let band = Band(sourceCount: n, targetCount: m, halfWidth: { _ in 10 }) { Double($0) * Double(m) / Double(n) }
        return Aligner().search(input, band: band, length: LengthModel(ratio: 1.08, variance: 7), conceptCount: 60)
    }

    @Test(arguments: [(31, 20), (32, 600), (33, 900)] as [(UInt64, Int)])
    func bestPathOnTwoThreadsIsTheSameToTheBit(seed: UInt64, beadCount: Int) {
        let search = translationSearch(seed: seed, beadCount: beadCount)
        for costs in [true, false] {
            let alone = beads(search.bestPath(costs: costs))
            #expect(alone.reduce(0) { $0 + $1[1] - $1[0] } == search.band.sourceCount)
            if beadCount > 100 { #expect(alone.count(where: { $0[1] - $0[0] >= 2 && $0[3] - $0[2] >= 2 }) > beadCount / 50) }
            // Ten runs: a thread sharing the other's scratch space (an overlap accumulator)
            // changes a path in some runs only; ten caught it in four tries of five.
            for run in 0..<(beadCount > 100 ? 10 : 1) { expectSame(beads(search.bestPath(costs: costs, threads: 2)), as: alone, "costs \(costs), run \(run)") }
            // Inside a task of an outer parallel loop, where the threads may run one after
            // the other: the same path, and no thread waits forever.
            // Each task has a search of its own (its accumulator is scratch space).
            let nested = Concurrency.map(count: 2) { _ in
                beads(self.translationSearch(seed: seed, beadCount: beadCount).bestPath(costs: costs, threads: 2))
            }
            for path in nested { expectSame(path, as: alone, "costs \(costs), nested") }
        }
    }

    /// With only the last rows kept, as the first pass keeps them, each thread's row needs a
    /// slot of its own: a band that climbs a quarter of a target sentence a row, where a row
    /// ahead writes the columns that the rows behind it still read. One slot too few gives
    /// other paths in some runs only (it is a race): twelve runs caught it every time.
    @Test func bestPathOnTwoThreadsKeepingTheLastRowsIsTheSame() {
        let search = search(seed: 41, n: 3_000, m: 750, targetLengths: 80..<320, halfWidth: 3,
                            length: LengthModel(ratio: 4, variance: 20), maximumBeadSize: 2)
        let alone = beads(search.bestPath(costs: false))
        for run in 0..<12 { expectSame(beads(search.bestPath(costs: false, threads: 2)), as: alone, "run \(run)") }
    }

    /// A run of sentences that one side lacks is one event: its first sentence pays the
    /// skip cost, each further one `skipRunCost`; the first pass, which only places the
    /// band, searches single skips only.
    @Test func aRunOfOneSidedSentencesPaysTheSkipOnce() {
        let search = search(seed: 5)
        let configuration = AlignerConfiguration.default
        for run in configuration.skipRunLengths {
            #expect(search.shapes.contains { $0 == (run, 0) } && search.shapes.contains { $0 == (0, run) })
            let expected = configuration.skipCost + configuration.skipRunCost * Double(run - 1)
            #expect(search.cost(20, 22, run, 0) == expected && search.cost(20, 22, 0, run) == expected)
        }
        #expect(search.cost(20, 22, 1, 0) == configuration.skipCost)
        var generator = Generator(state: 5)
        let input = SearchInput(vectors: (vectors(10, &generator), vectors(10, &generator)), sourceLengths: Array(repeating: 40, count: 10),
                                targetLengths: Array(repeating: 40, count: 10), structure: nil)
        let first = Aligner().search(input, band: Band(sourceCount: 10, targetCount: 10, halfWidth: { _ in 4 }) { Double($0) },
                                     length: LengthModel(ratio: 1, variance: 7), conceptCount: 8, maximumBeadSize: 2, skipRuns: false)
        #expect(first.shapes.filter { $0.source == 0 || $0.target == 0 }.count == 2)
    }

    /// Twenty source sentences that the target lacks between two stretches of matching
    /// pairs (each pair shares a concept of its own, the twenty none).
    private func passageSearch(configuration: AlignerConfiguration = .default) -> BeadSearch {
        let one = { (concept: Int32) in SentenceVector(concepts: [concept], values: [1], matchableMass: 1) }
        let source = (0..<60).map { one(Int32($0)) }, target = (0..<20).map { one(Int32($0)) } + (40..<60).map { one(Int32($0)) }
        let input = SearchInput(vectors: (SentenceVectors(source), SentenceVectors(target)), sourceLengths: Array(repeating: 40, count: 60),
                                targetLengths: Array(repeating: 40, count: 40), structure: nil)
        let band = Band(sourceCount: 60, targetCount: 40, halfWidth: { _ in 20 }) { Double($0) * 40 / 60 }
        return Aligner().search(input, band: band, length: LengthModel(ratio: 1, variance: 7), conceptCount: 60,
                                configuration: configuration)
    }

    /// A long run is one event: its first `longSkipRunStart` sentences cost as a run with
    /// the long run's price for the last, each further one `longSkipRunCost`; it comes out
    /// as a bead of those first sentences and one of each further one, the same on two
    /// threads, and each of its sentences is surely left alone.
    @Test func aLongRunOfOneSidedSentencesIsOneEvent() {
        let configuration = AlignerConfiguration.default, start = configuration.longSkipRunStart
        let search = passageSearch()
        let path = search.bestPath()
        #expect(path.filter { !$0.source.isEmpty && !$0.target.isEmpty }.allSatisfy { bead in
            bead.source.count == 1 && bead.target.count == 1 && bead.target.lowerBound == bead.source.lowerBound - (bead.source.lowerBound < 20 ? 0 : 20)
        })
        let run = path.filter(\.target.isEmpty)
        #expect(run.map(\.source.count) == [start] + Array(repeating: 1, count: 20 - start))
        #expect(run.first?.source.lowerBound == 20 && run.allSatisfy { $0.target == 20..<20 })
        let expected = configuration.skipCost + configuration.skipRunCost * Double(start - 2)
            + configuration.longSkipRunCost * Double(20 - start + 1)
        #expect(abs(run.reduce(0) { $0 + $1.cost } - expected) < 1e-9, "\(run.map(\.cost))")
        let beads = { (path: [(source: Range<Int>, target: Range<Int>, cost: Double)]) in path.map { [$0.source, $0.target] } }
        #expect(beads(search.bestPath(threads: 2)) == beads(path))
        let alone = zip(path, search.posteriors(of: path)).filter { $0.0.target.isEmpty }.flatMap(\.1)
        // The passage's first and last sentences might go with their neighbours, at a cost.
        #expect(alone.count == 20 && alone.allSatisfy { $0 > 0.85 && $0 <= 1 } && alone.dropFirst(2).dropLast(2).allSatisfy { $0 > 0.99 }, "\(alone)")
        // Without long runs (at `skipRunCost` a sentence) the same passage comes out in runs
        // of `skipRunLengths` and single skips, at a higher cost.
        var shorter = configuration
        shorter.longSkipRunCost = configuration.skipRunCost
        let cut = passageSearch(configuration: shorter).bestPath().filter(\.target.isEmpty)
        #expect(cut.reduce(0) { $0 + $1.source.count } == 20 && cut.allSatisfy { $0.source.count <= configuration.skipRunLengths.upperBound })
        #expect(cut.reduce(0) { $0 + $1.cost } > expected + 10)
    }

    @Test func posteriorsOfTheBestPathAreProbabilities() {
        let search = search(seed: 11)
        let path = search.bestPath()
        #expect(path.reduce(0) { $0 + $1.source.count } == 40 && path.reduce(0) { $0 + $1.target.count } == 44)
        let posteriors = search.posteriors(of: path)
        // One for each two-sided bead, one for each sentence of a one-sided bead.
        #expect(zip(path, posteriors).allSatisfy { bead, values in
            values.count == (bead.source.isEmpty || bead.target.isEmpty ? bead.source.count + bead.target.count : 1)
        })
        #expect(posteriors.joined().allSatisfy { $0 >= 0 && $0 <= 1 })
        // The same search gives the same figures, whichever thread does which pass.
        #expect(search.posteriors(of: path) == posteriors)
    }
}

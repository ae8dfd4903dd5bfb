@testable import BitextAlignment
import BitextTestSupport
import Testing

@Suite struct RowOverlapAccumulatorTests {
    /// Sentences of 10 to 50 concepts drawn from `pool`: four of them can hold over 128
    /// distinct concepts, so that the positions take several words of the accumulator's bits.
    private func vectors(_ count: Int, pool: Int, _ generator: inout SeededGenerator) -> SentenceVectors {
        SentenceVectors((0..<count).map { _ in
            let concepts = Set((0..<Int.random(in: 10...50, using: &generator)).map { _ in Int32.random(in: 0..<Int32(pool), using: &generator) }).sorted()
            let values = concepts.map { _ in Float(Int.random(in: 1...1000, using: &generator)) / 317 }
            return SentenceVector(concepts: concepts, values: values, matchableMass: values.reduce(0, +))
        })
    }

    /// A target side added sentence by sentence through the shared entries, as the bead cost
    /// table adds it, gives `OverlapAccumulator`'s sum, to the bit.
    @Test(arguments: [40, 1000])
    func sumsAreTheAccumulatorsToTheBit(pool: Int) {
        var generator = SeededGenerator(seed: UInt64(pool))
        let source = vectors(12, pool: pool, &generator), target = vectors(14, pool: pool, &generator)
        let reference = OverlapAccumulator(conceptCount: pool)
        let shared = RowOverlapAccumulator(conceptCount: pool)
        var widest = 0, beads = 0
        for end in 1...source.count {
            for size in 1...min(4, end) {
                let sources = (end - size)..<end
                widest = max(widest, Set(sources.flatMap { source[$0].concepts }).count)
                shared.load(source, sources)
                var positions: [Int32] = [], values: [Float] = [], starts = [0]
                for t in 0..<target.count {
                    shared.appendShared(target, t, positions: &positions, values: &values)
                    starts.append(positions.count)
                }
                for first in 0..<target.count {
                    shared.startTarget()
                    for last in first..<min(first + 4, target.count) {
                        let expected = reference.overlap(source: source, sources, target: target, first..<(last + 1))
                        let entries = starts[last]..<starts[last + 1]
                        positions.withUnsafeBufferPointer { positions in
                            values.withUnsafeBufferPointer { values in
                                shared.addShared(UnsafeBufferPointer(rebasing: positions[entries]), UnsafeBufferPointer(rebasing: values[entries]))
                            }
                        }
                        #expect(shared.overlap.bitPattern == expected.bitPattern, "sources \(sources), targets \(first)...\(last)")
                        beads += 1
                    }
                }
            }
        }
        #expect(beads > 500)
        if pool > 64 { #expect(widest > 128) }
    }
}

/// `OverlapAccumulator`'s sum for many beads that share their source side: the source
/// sentences are added up once (`load`), then each target side is compared with them
/// (`overlap`), touching only the concepts both sides have. The sum comes out the same
/// to the bit: the accumulator adds min(source total, target total) over the source's
/// concepts in the order they first occur, and those the target lacks add exactly 0.
///
/// The target side is kept by the loaded concepts' positions (their order of first
/// occurrence), not by concept: a few hundred entries at most, which stay in cache,
/// where the concepts' tables are as long as the documents' vocabulary.
final class RowOverlapAccumulator {
    // Raw buffers: Swift arrays in a class would pay an exclusivity check per access.
    /// By concept: whether the loaded source side has it, and at which position.
    private let sourceStamps: UnsafeMutableBufferPointer<UInt32>
    private let positions: UnsafeMutableBufferPointer<Int32>
    /// By position: the source side's total and the current target side's.
    private let sourceTotals: UnsafeMutableBufferPointer<Float>
    private let targetTotals: UnsafeMutableBufferPointer<Float>
    /// The positions the current target side has, a bit each: read in increasing order.
    private let shared: UnsafeMutableBufferPointer<UInt64>
    private var sourceStamp: UInt32 = 0
    /// How many words of `shared` the loaded source side's positions take.
    private var sharedWords = 0

    init(conceptCount: Int) {
        let count = max(conceptCount, 1)
        sourceStamps = .zeroed(count)
        positions = .zeroed(count)
        sourceTotals = .zeroed(count)
        targetTotals = .zeroed(count)
        shared = .zeroed((count + 63) / 64)
    }

    deinit {
        sourceStamps.deallocate()
        positions.deallocate()
        sourceTotals.deallocate()
        targetTotals.deallocate()
        shared.deallocate()
    }

    /// Adds up sentences `range` of `source`, sentence by sentence, as the source side of
    /// the next beads.
    func load(_ source: SentenceVectors, _ range: Range<Int>) {
        sourceStamp &+= 1
        let current = sourceStamp
        var count: Int32 = 0
        source.concepts.withUnsafeBufferPointer { concepts in
            source.values.withUnsafeBufferPointer { values in
                for k in source.starts[range.lowerBound]..<source.starts[range.upperBound] {
                    let index = Int(concepts[k])
                    if sourceStamps[index] != current {
                        sourceStamps[index] = current
                        positions[index] = count
                        sourceTotals[Int(count)] = 0
                        count += 1
                    }
                    sourceTotals[Int(positions[index])] += values[k]
                }
            }
        }
        sharedWords = (Int(count) + 63) / 64
    }

    /// Starts a target side with no sentence, to be extended by `addShared`: the beads
    /// [t, t + 2), [t, t + 3)… add each sentence once, and each sum is the same to the bit
    /// as `OverlapAccumulator`'s (the sentences are added in the same order).
    func startTarget() {
        for word in 0..<sharedWords { shared[word] = 0 }
    }

    /// Appends the entries of sentence `t` of `target` whose concepts the loaded source
    /// side has, the only ones its overlap uses, as their positions and values: a target
    /// sentence is in up to four beads of a row, and is then read once instead of four times.
    func appendShared(_ target: SentenceVectors, _ t: Int, positions sharedPositions: inout [Int32], values sharedValues: inout [Float]) {
        let loaded = sourceStamp
        target.concepts.withUnsafeBufferPointer { concepts in
            target.values.withUnsafeBufferPointer { values in
                for k in target.starts[t]..<target.starts[t + 1] where sourceStamps[Int(concepts[k])] == loaded {
                    sharedPositions.append(positions[Int(concepts[k])])
                    sharedValues.append(values[k])
                }
            }
        }
    }

    /// Adds entries from `appendShared`, in order, to the current target side: those of
    /// one sentence, or of several in order.
    func addShared(_ positions: UnsafeBufferPointer<Int32>, _ values: UnsafeBufferPointer<Float>) {
        for k in positions.indices { add(positions[k], values[k]) }
    }

    /// Adds one entry of the loaded source side's concept at `position` to the current
    /// target side.
    @inline(__always)
    private func add(_ position: Int32, _ value: Float) {
        let index = Int(position), bit: UInt64 = 1 << UInt64(index & 63)
        if shared[index >> 6] & bit == 0 {
            shared[index >> 6] |= bit
            targetTotals[index] = 0
        }
        targetTotals[index] += value
    }

    /// Σ min over concepts of the loaded source side against the current target side.
    var overlap: Float {
        var result: Float = 0
        for word in 0..<sharedWords {
            var bits = shared[word]
            while bits != 0 {
                let index = word << 6 | bits.trailingZeroBitCount
                result += min(sourceTotals[index], targetTotals[index])
                bits &= bits - 1
            }
        }
        return result
    }
}

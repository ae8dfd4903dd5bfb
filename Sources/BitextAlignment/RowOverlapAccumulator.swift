/// `OverlapAccumulator`'s sum for many beads that share their source side: the source
/// sentences are added up once (`load`), then each target side is compared with them
/// (`overlap`), touching only the concepts both sides have. The sum comes out the same
/// to the bit: the accumulator adds min(source total, target total) over the source's
/// concepts in the order they first occur, and those the target lacks add exactly 0.
final class RowOverlapAccumulator {
    // Raw buffers: Swift arrays in a class would pay an exclusivity check per access.
    private let sourceTotals: UnsafeMutableBufferPointer<Float>
    private let targetTotals: UnsafeMutableBufferPointer<Float>
    private let sourceStamps: UnsafeMutableBufferPointer<UInt32>
    private let targetStamps: UnsafeMutableBufferPointer<UInt32>
    /// Where each loaded concept first occurs on the source side.
    private let positions: UnsafeMutableBufferPointer<Int32>
    /// The concepts of the current target side that the source has.
    private let shared: UnsafeMutableBufferPointer<Int32>
    private var sourceStamp: UInt32 = 0
    private var targetStamp: UInt32 = 0
    /// How many entries of `shared` the current target side has.
    private var sharedCount = 0

    init(conceptCount: Int) {
        let count = max(conceptCount, 1)
        sourceTotals = .zeroed(count)
        targetTotals = .zeroed(count)
        sourceStamps = .zeroed(count)
        targetStamps = .zeroed(count)
        positions = .zeroed(count)
        shared = .zeroed(count)
    }

    deinit {
        sourceTotals.deallocate()
        targetTotals.deallocate()
        sourceStamps.deallocate()
        targetStamps.deallocate()
        positions.deallocate()
        shared.deallocate()
    }

    /// Adds up sentences `range` of `source`, sentence by sentence, as the source side of
    /// the next beads.
    func load(_ source: SentenceVectors, _ range: Range<Int>) {
        sourceStamp &+= 1
        let current = sourceStamp
        var position: Int32 = 0
        source.concepts.withUnsafeBufferPointer { concepts in
            source.values.withUnsafeBufferPointer { values in
                for k in source.starts[range.lowerBound]..<source.starts[range.upperBound] {
                    let index = Int(concepts[k])
                    if sourceStamps[index] != current {
                        sourceStamps[index] = current
                        sourceTotals[index] = 0
                        positions[index] = position
                        position += 1
                    }
                    sourceTotals[index] += values[k]
                }
            }
        }
    }

    /// Σ min over concepts of the loaded source side against sentences `range` of `target`.
    func overlap(target: SentenceVectors, _ range: Range<Int>) -> Float {
        startTarget()
        addTarget(target, range)
        return overlap
    }

    /// Starts a target side with no sentence, to be extended by `addTarget`: the beads
    /// [t, t + 2), [t, t + 3)… read each sentence once, and each sum is the same to the bit
    /// as `overlap(target:_:)`'s (the sentences are added in the same order).
    func startTarget() {
        targetStamp &+= 1
        sharedCount = 0
    }

    /// Adds sentences `range` of `target`, in order, to the current target side.
    func addTarget(_ target: SentenceVectors, _ range: Range<Int>) {
        let current = targetStamp, loaded = sourceStamp
        var count = sharedCount
        target.concepts.withUnsafeBufferPointer { concepts in
            target.values.withUnsafeBufferPointer { values in
                for k in target.starts[range.lowerBound]..<target.starts[range.upperBound] {
                    let index = Int(concepts[k])
                    guard sourceStamps[index] == loaded else { continue }
                    if targetStamps[index] != current {
                        targetStamps[index] = current
                        targetTotals[index] = 0
                        // Kept in the order the source has them (insertion: a few at most).
                        var slot = count
                        while slot > 0 && positions[Int(shared[slot - 1])] > positions[index] {
                            shared[slot] = shared[slot - 1]
                            slot -= 1
                        }
                        shared[slot] = concepts[k]
                        count += 1
                    }
                    targetTotals[index] += values[k]
                }
            }
        }
        sharedCount = count
    }

    /// Σ min over concepts of the loaded source side against the current target side.
    var overlap: Float {
        var result: Float = 0
        for k in 0..<sharedCount {
            let index = Int(shared[k])
            result += min(sourceTotals[index], targetTotals[index])
        }
        return result
    }
}

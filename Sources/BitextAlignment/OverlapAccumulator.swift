/// Σ min over concepts of two sides made of several sentences each, computed in place
/// with dense per-concept accumulators (no allocation per bead).
final class OverlapAccumulator {
    // Raw buffers: Swift arrays in a class would pay an exclusivity check per access.
    private let sourceTotals: UnsafeMutableBufferPointer<Float>
    private let targetTotals: UnsafeMutableBufferPointer<Float>
    private let stamps: UnsafeMutableBufferPointer<UInt32>
    private let touched: UnsafeMutableBufferPointer<Int32>
    private var stamp: UInt32 = 0
    /// How many concepts it has room for.
    let capacity: Int

    init(conceptCount: Int) {
        let count = max(conceptCount, 1)
        capacity = count
        sourceTotals = .zeroed(count)
        targetTotals = .zeroed(count)
        stamps = .zeroed(count)
        touched = .zeroed(count)
    }

    /// An accumulator of the same size, for another thread.
    func twin() -> OverlapAccumulator { OverlapAccumulator(conceptCount: capacity) }

    deinit {
        sourceTotals.deallocate()
        targetTotals.deallocate()
        stamps.deallocate()
        touched.deallocate()
    }

    /// Σ min over concepts of sentences `sourceRange` of `source` against sentences
    /// `targetRange` of `target`; each side's values are added up sentence by sentence, and
    /// the minima in the order the concepts first occur on the source side.
    func overlap(source: SentenceVectors, _ sourceRange: Range<Int>, target: SentenceVectors, _ targetRange: Range<Int>) -> Float {
        stamp &+= 1
        let current = stamp
        var touchedCount = 0
        source.concepts.withUnsafeBufferPointer { concepts in
            source.values.withUnsafeBufferPointer { values in
                for k in source.starts[sourceRange.lowerBound]..<source.starts[sourceRange.upperBound] {
                    let index = Int(concepts[k])
                    if stamps[index] != current {
                        stamps[index] = current
                        sourceTotals[index] = 0
                        targetTotals[index] = 0
                        touched[touchedCount] = concepts[k]
                        touchedCount += 1
                    }
                    sourceTotals[index] += values[k]
                }
            }
        }
        target.concepts.withUnsafeBufferPointer { concepts in
            target.values.withUnsafeBufferPointer { values in
                for k in target.starts[targetRange.lowerBound]..<target.starts[targetRange.upperBound]
                where stamps[Int(concepts[k])] == current {
                    targetTotals[Int(concepts[k])] += values[k]
                }
            }
        }
        var result: Float = 0
        for k in 0..<touchedCount {
            let index = Int(touched[k])
            result += min(sourceTotals[index], targetTotals[index])
        }
        return result
    }
}

extension UnsafeMutableBufferPointer where Element: Numeric {
    /// A buffer of `count` zeros, as the accumulators' per-concept tables start (freed by
    /// their `deinit`).
    static func zeroed(_ count: Int) -> Self {
        let buffer = Self.allocate(capacity: count)
        buffer.initialize(repeating: 0)
        return buffer
    }
}

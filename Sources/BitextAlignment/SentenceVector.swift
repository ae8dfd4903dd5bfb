/// The things a sentence shares with its translation when no model is at hand: numbers,
/// names, cognates, punctuation and (once learned) word translations. Each is a
/// *concept* with a weight; a sentence is a sparse vector of weighted concept counts.
struct SentenceVector: Sendable {
    /// Concept ids, increasing.
    var concepts: [Int32] = []
    /// Weighted count of each concept.
    var values: [Float] = []
    /// The sum of `values` over concepts that the other document has too.
    var matchableMass: Float = 0

    /// Σ min(self, other) over shared concepts.
    func overlap(with other: SentenceVector) -> Float {
        var result: Float = 0
        var left = 0, right = 0
        while left < concepts.count && right < other.concepts.count {
            let a = concepts[left], b = other.concepts[right]
            if a == b {
                result += min(values[left], other.values[right])
                left += 1
                right += 1
            } else if a < b {
                left += 1
            } else {
                right += 1
            }
        }
        return result
    }
}

/// Σ min over concepts of two sides made of several sentences each, computed in place
/// with dense per-concept accumulators (no allocation per bead).
final class OverlapAccumulator {
    // Raw buffers: Swift arrays in a class would pay an exclusivity check per access.
    private let sourceTotals: UnsafeMutableBufferPointer<Float>
    private let targetTotals: UnsafeMutableBufferPointer<Float>
    private let stamps: UnsafeMutableBufferPointer<UInt32>
    private let touched: UnsafeMutableBufferPointer<Int32>
    private var stamp: UInt32 = 0

    init(conceptCount: Int) {
        let count = max(conceptCount, 1)
        sourceTotals = .allocate(capacity: count)
        sourceTotals.initialize(repeating: 0)
        targetTotals = .allocate(capacity: count)
        targetTotals.initialize(repeating: 0)
        stamps = .allocate(capacity: count)
        stamps.initialize(repeating: 0)
        touched = .allocate(capacity: count)
        touched.initialize(repeating: 0)
    }

    deinit {
        sourceTotals.deallocate()
        targetTotals.deallocate()
        stamps.deallocate()
        touched.deallocate()
    }

    func overlap(source: ArraySlice<SentenceVector>, target: ArraySlice<SentenceVector>) -> Float {
        stamp &+= 1
        let current = stamp
        var touchedCount = 0
        for vector in source {
            vector.concepts.withUnsafeBufferPointer { concepts in
                vector.values.withUnsafeBufferPointer { values in
                    for k in 0..<concepts.count {
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
        }
        for vector in target {
            vector.concepts.withUnsafeBufferPointer { concepts in
                vector.values.withUnsafeBufferPointer { values in
                    for k in 0..<concepts.count where stamps[Int(concepts[k])] == current {
                        targetTotals[Int(concepts[k])] += values[k]
                    }
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

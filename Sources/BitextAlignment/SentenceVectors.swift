/// The concept vectors of a document's sentences, packed into a few flat arrays.
///
/// An array of `SentenceVector`s costs two heap blocks a sentence (about 130 bytes of
/// headers and slack before any concept), and every read of one retains and releases
/// both: the bead search reads them millions of times. Packed, a document's vectors are
/// five allocations, read without reference counting.
struct SentenceVectors: Sendable {
    /// Concept ids, increasing within each sentence.
    private(set) var concepts: [Int32] = []
    /// Weighted count of each concept.
    private(set) var values: [Float] = []
    /// Where each sentence's entries start in `concepts` and `values`; one more entry than
    /// sentences, the last being where the last sentence ends.
    private(set) var starts: [Int] = [0]
    /// Each sentence's matchable mass (`SentenceVector.matchableMass`).
    private(set) var masses: [Float] = []

    var count: Int { masses.count }

    init() {}

    /// The vectors one by one (for tests and small inputs).
    init(_ vectors: [SentenceVector]) {
        for vector in vectors {
            for (concept, value) in zip(vector.concepts, vector.values) { add(concept, value) }
            endSentence(mass: vector.matchableMass)
        }
    }

    /// Room for `sentences` sentences of `entries` concepts in all.
    mutating func reserve(sentences: Int, entries: Int) {
        concepts.reserveCapacity(entries)
        values.reserveCapacity(entries)
        starts.reserveCapacity(sentences + 1)
        masses.reserveCapacity(sentences)
    }

    /// Adds `weight` to `concept` in the sentence being built (concepts come in increasing
    /// order; a repeated one adds to the last entry, as `SentenceVector` did).
    @inline(__always)
    mutating func add(_ concept: Int32, _ weight: Float) {
        if concepts.count > starts[starts.count - 1], concepts[concepts.count - 1] == concept {
            values[values.count - 1] += weight
        } else {
            concepts.append(concept)
            values.append(weight)
        }
    }

    /// Closes the sentence being built.
    mutating func endSentence(mass: Float) {
        starts.append(concepts.count)
        masses.append(mass)
    }

    /// Sentence `index` as a vector of its own.
    subscript(index: Int) -> SentenceVector {
        let range = starts[index]..<starts[index + 1]
        return SentenceVector(concepts: Array(concepts[range]), values: Array(values[range]), matchableMass: masses[index])
    }

    /// The sentences in `range`, numbered from 0.
    func slice(_ range: Range<Int>) -> SentenceVectors {
        var part = SentenceVectors()
        let entries = starts[range.lowerBound]..<starts[range.upperBound]
        part.concepts = Array(concepts[entries])
        part.values = Array(values[entries])
        part.starts = starts[range.lowerBound...range.upperBound].map { $0 - entries.lowerBound }
        part.masses = Array(masses[range])
        return part
    }

    /// Σ min over the concepts sentence `s` shares with sentence `t` of `other`, added to
    /// `start` one by one in the order of the concepts (as `SentenceVector.overlap` does
    /// from 0, and `OverlapAccumulator` for a bead where only these two sentences share
    /// anything), and whether they share a concept at all.
    @inline(__always)
    func overlap(_ s: Int, with other: SentenceVectors, _ t: Int, adding start: Float = 0) -> (sum: Float, shares: Bool) {
        concepts.withUnsafeBufferPointer { leftConcepts in
            values.withUnsafeBufferPointer { leftValues in
                other.concepts.withUnsafeBufferPointer { rightConcepts in
                    other.values.withUnsafeBufferPointer { rightValues in
                        var result = start, shares = false
                        var left = starts[s], right = other.starts[t]
                        let leftEnd = starts[s + 1], rightEnd = other.starts[t + 1]
                        while left < leftEnd && right < rightEnd {
                            let a = leftConcepts[left], b = rightConcepts[right]
                            if a == b {
                                result += min(leftValues[left], rightValues[right])
                                shares = true
                                left += 1
                                right += 1
                            } else if a < b {
                                left += 1
                            } else {
                                right += 1
                            }
                        }
                        return (result, shares)
                    }
                }
            }
        }
    }
}

/// For each concept, the sentences of a document that have it and its value in each, in
/// sentence order: the inverted index of `SentenceVectors`.
///
/// `PairOverlaps` compares each source sentence with the hundred or so target sentences
/// of its band row. Merging the two sorted vectors of each pair reads every concept of
/// both; walking the source sentence's concepts through this index reads only the pairs
/// that share one, which are few.
struct ConceptPostings: Sendable {
    /// Where each concept's entries start in `sentences` and `values` (one more entry than
    /// the concepts, the last being the end).
    private let starts: [Int32]
    private let sentences: [Int32]
    private let values: [Float]

    init(_ vectors: SentenceVectors) {
        let conceptLimit = Int(vectors.concepts.max() ?? -1) + 1
        var starts = [Int32](repeating: 0, count: conceptLimit + 1)
        for concept in vectors.concepts { starts[Int(concept) + 1] += 1 }
        for concept in 0..<conceptLimit { starts[concept + 1] += starts[concept] }
        var next = starts
        var sentences = [Int32](repeating: 0, count: vectors.concepts.count)
        var values = [Float](repeating: 0, count: vectors.concepts.count)
        for sentence in 0..<vectors.count {
            for k in vectors.starts[sentence]..<vectors.starts[sentence + 1] {
                let concept = Int(vectors.concepts[k])
                let slot = Int(next[concept])
                sentences[slot] = Int32(sentence)
                values[slot] = vectors.values[k]
                next[concept] += 1
            }
        }
        self.starts = starts
        self.sentences = sentences
        self.values = values
    }

    /// Calls `body(sentence, value)` for each sentence in `range` that has `concept`, in order.
    @inline(__always)
    func forEach(_ concept: Int32, in range: Range<Int>, _ body: (Int, Float) -> Void) {
        guard Int(concept) + 1 < starts.count else { return }
        var low = Int(starts[Int(concept)]), high = Int(starts[Int(concept) + 1])
        let end = high
        // The first entry at or after range.lowerBound.
        while low < high {
            let middle = (low + high) / 2
            if Int(sentences[middle]) < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        var k = low
        while k < end, Int(sentences[k]) < range.upperBound {
            body(Int(sentences[k]), values[k])
            k += 1
        }
    }
}

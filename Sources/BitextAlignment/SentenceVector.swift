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

    /// Σ min(self, other) over shared concepts, as the packed vectors the aligner uses
    /// compute it (`SentenceVectors.overlap`).
    func overlap(with other: SentenceVector) -> Float {
        SentenceVectors([self]).overlap(0, with: SentenceVectors([other]), 0).sum
    }
}

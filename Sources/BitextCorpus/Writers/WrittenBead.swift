import Foundation
import BitextAlignment

/// A bead as the text formats write it: the texts of its two sides and its confidence with
/// three decimals. Made in one place so that every format leaves out the same beads.
struct WrittenBead {
    /// The bead, and its 0-based position among the document's beads.
    var bead: Bead, index: Int
    /// Each side's sentences joined (see `AlignedDocument.text(of:in:language:)`); empty for an empty side.
    var source: String, target: String
    /// The confidence as every text format writes it, e.g. `0.905`.
    var confidence: String
}

extension AlignedDocument {
    /// The beads a format writes: those at or above `minimumConfidence`, and of them those
    /// with an empty side only when `includeUnaligned`.
    func writtenBeads(minimumConfidence: Double, includeUnaligned: Bool) -> [WrittenBead] {
        beads.enumerated().compactMap { index, bead in
            guard bead.confidence >= minimumConfidence else { return nil }
            let twoSided = !bead.source.isEmpty && !bead.target.isEmpty
            guard twoSided || includeUnaligned else { return nil }
            return WrittenBead(bead: bead, index: index, source: text(of: bead.source, in: source, language: sourceLanguage),
                               target: text(of: bead.target, in: target, language: targetLanguage),
                               confidence: ThreeDecimals.text(bead.confidence))
        }
    }
}

import Foundation

/// How often two documents' units of structure (paragraphs, blocks, `SoftParagraphs`)
/// disagree along an alignment, and the mismatch cost that rate supports.
///
/// Why: the configured mismatch costs suppose layouts that correspond — a paragraph of the
/// original is a paragraph of the translation. Where they do not (an original written one
/// sentence per line, whose short lines start blocks, beside a translation written a
/// paragraph per line), a fixed cost charges the right path at every such line and pushes
/// it into merged beads that swallow a neighbouring credit or caption. The first pass's
/// path tells how often the pair's structures disagree; the cost a disagreement carries is
/// then the log-odds of agreeing, never more than the configured one.
struct StructureAgreement: Equatable {
    /// Two-sided beads counted.
    private(set) var beads = 0
    /// Disagreements among them, counted as `BeadSearch` charges them: a unit start strictly
    /// inside one side and not the other, and a bead that starts a unit on one side only.
    private(set) var mismatches = 0

    init() {}

    /// Counts the two-sided beads of `path` (ranges within a region that starts at `offset`)
    /// against each side's unit starts (indexed in the whole bitext).
    mutating func count(_ path: [(source: Range<Int>, target: Range<Int>)], offset: (source: Int, target: Int),
                        sourceStarts: [Bool], targetStarts: [Bool]) {
        for bead in path where !bead.source.isEmpty && !bead.target.isEmpty {
            let source = (offset.source + bead.source.lowerBound)..<(offset.source + bead.source.upperBound)
            let target = (offset.target + bead.target.lowerBound)..<(offset.target + bead.target.upperBound)
            let inside = sourceStarts[source.dropFirst()].lazy.filter { $0 }.count
                - targetStarts[target.dropFirst()].lazy.filter { $0 }.count
            mismatches += abs(inside) + (sourceStarts[source.lowerBound] != targetStarts[target.lowerBound] ? 1 : 0)
            beads += 1
        }
    }

    /// The cost of a disagreement that the counted rate supports: log((1 − r) / r), with r
    /// the rate of disagreements per bead, smoothed by `priorBeads` beads at the rate the
    /// `configured` cost stands for (1 / (1 + e^cost)); at most `configured`, at least 0;
    /// `configured` itself when nothing was counted.
    func supportedCost(configured: Double, priorBeads: Double) -> Double {
        guard configured > 0, beads > 0 else { return configured }
        let priorRate = 1 / (1 + exp(configured))
        let rate = (Double(mismatches) + priorBeads * priorRate) / (Double(beads) + priorBeads)
        // Half the beads or more disagreeing (several disagreements a bead count apart):
        // the structures tell nothing about each other.
        guard rate < 0.5 else { return 0 }
        return min(configured, log((1 - rate) / rate))
    }
}

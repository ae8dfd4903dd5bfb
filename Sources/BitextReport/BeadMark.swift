import BitextAlignment

/// How the review page marks a bead: its row's class, and the word that says it in the
/// page, so that the mark survives printing in black and white. Every mark but `matched`
/// is a problem the reader is taken to by the page's problem navigation.
enum BeadMark: String, CaseIterable {
    case matched, unmatchedSource = "unmatched-source", unmatchedTarget = "unmatched-target", uncertain

    /// The mark of `bead`: one-sided beads by their missing side, two-sided ones by their
    /// confidence against `threshold` (the report's `minimumConfidence`).
    init(_ bead: Bead, threshold: Double) {
        if bead.source.isEmpty {
            self = .unmatchedTarget
        } else if bead.target.isEmpty {
            self = .unmatchedSource
        } else {
            self = bead.confidence < threshold ? .uncertain : .matched
        }
    }

    /// Whether the bead needs the reviewer's eye.
    var isProblem: Bool { self != .matched }

    /// The word shown for the mark: in the empty side's cell for one-sided beads, under the
    /// confidence for unsure ones.
    var word: String {
        switch self {
        case .matched: ""
        case .unmatchedSource: "no translation"
        case .unmatchedTarget: "no source"
        case .uncertain: "unsure"
        }
    }
}

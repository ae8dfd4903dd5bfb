/// An alignment link as a scorer sees it: the source and target sentence indexes of a
/// bead, as listed (gold files need not be contiguous).
public struct AlignmentLink: Hashable, Sendable {
    public var source: [Int]
    public var target: [Int]

    /// Creates a link.
    public init(source: [Int], target: [Int]) {
        self.source = source
        self.target = target
    }

    /// The link of a bead.
    public init(_ bead: Bead) {
        self.init(source: Array(bead.source), target: Array(bead.target))
    }
}

/// Strict and lax precision, recall and F1 of alignments against gold alignments, pooled
/// over documents, with the definitions of Vecalign's scorer (and `shared/tools/score.py`):
///
/// - beads are compared as sets within a document; beads empty on both sides are ignored;
/// - precision counts every test bead (1-0 and 0-1 included); a strict hit is a bead that
///   is also in the gold, a lax hit one where some source sentence is linked in the gold to
///   some target sentence of the bead;
/// - recall counts the gold beads with both sides non-empty against the test beads with
///   both sides non-empty, the same way round;
/// - a 0/0 ratio is 0.
public struct AlignmentScore: Sendable {
    public private(set) var testBeads = 0
    public private(set) var strictPrecisionHits = 0
    public private(set) var laxPrecisionHits = 0
    public private(set) var goldBeads = 0
    public private(set) var strictRecallHits = 0
    public private(set) var laxRecallHits = 0

    /// An empty score, to which documents are added.
    public init() {}

    /// For each confidence decile (0 = [0, 0.1) … 9 = [0.9, 1]), the number of test beads and
    /// of strictly correct ones, when confidences are given.
    public private(set) var calibration = [(beads: Int, correct: Int)](repeating: (0, 0), count: 10)

    /// Adds one document's test alignment scored against its gold; `confidences`, one per
    /// test link, feed the calibration table.
    public mutating func add(gold: [AlignmentLink], test: [AlignmentLink], confidences: [Double]? = nil) {
        if let confidences {
            let goldSet = Set(gold)
            for (link, confidence) in zip(test, confidences) where !link.source.isEmpty || !link.target.isEmpty {
                let decile = min(9, max(0, Int(confidence * 10)))
                calibration[decile].beads += 1
                if goldSet.contains(link) { calibration[decile].correct += 1 }
            }
        }
        let goldForPrecision = Set(gold.filter { !$0.source.isEmpty || !$0.target.isEmpty })
        let testForPrecision = Set(test.filter { !$0.source.isEmpty || !$0.target.isEmpty })
        let goldForRecall = Set(gold.filter { !$0.source.isEmpty && !$0.target.isEmpty })
        let testForRecall = Set(test.filter { !$0.source.isEmpty && !$0.target.isEmpty })
        let precision = Self.hits(of: testForPrecision, against: goldForPrecision)
        let recall = Self.hits(of: goldForRecall, against: testForRecall)
        testBeads += testForPrecision.count
        strictPrecisionHits += precision.strict
        laxPrecisionHits += precision.lax
        goldBeads += goldForRecall.count
        strictRecallHits += recall.strict
        laxRecallHits += recall.lax
    }

    private static func hits(of candidates: Set<AlignmentLink>, against reference: Set<AlignmentLink>) -> (strict: Int, lax: Int) {
        var linked: [Int: Set<Int>] = [:]
        for link in reference {
            for source in link.source { linked[source, default: []].formUnion(link.target) }
        }
        var strict = 0, lax = 0
        for candidate in candidates {
            if reference.contains(candidate) {
                strict += 1
                lax += 1
            } else if candidate.source.contains(where: { !(linked[$0]?.isDisjoint(with: candidate.target) ?? true) }) {
                lax += 1
            }
        }
        return (strict, lax)
    }

    private static func ratio(_ numerator: Int, _ denominator: Int) -> Double {
        denominator == 0 ? 0 : Double(numerator) / Double(denominator)
    }

    private static func f1(_ precision: Double, _ recall: Double) -> Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    public var strictPrecision: Double { Self.ratio(strictPrecisionHits, testBeads) }
    public var strictRecall: Double { Self.ratio(strictRecallHits, goldBeads) }
    public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
    public var laxPrecision: Double { Self.ratio(laxPrecisionHits, testBeads) }
    public var laxRecall: Double { Self.ratio(laxRecallHits, goldBeads) }
    public var laxF1: Double { Self.f1(laxPrecision, laxRecall) }
}

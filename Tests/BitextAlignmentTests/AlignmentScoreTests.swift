import BitextAlignment
import Testing

/// The scorer's definitions, on cases worked out by hand.
@Suite struct AlignmentScoreTests {
    private func link(_ source: [Int], _ target: [Int]) -> AlignmentLink { AlignmentLink(source: source, target: target) }

    @Test func strictAndLaxCounts() {
        let gold = [link([0], [0]), link([1], [1, 2]), link([2], []), link([3], [3])]
        let test = [link([0], [0]), link([1], [1]), link([], [2]), link([2], []), link([3], [3])]
        var score = AlignmentScore()
        score.add(gold: gold, test: test)
        // Precision over 5 test beads: strict hits [0]:[0], [2]:[], [3]:[3]; lax adds [1]:[1].
        #expect(score.testBeads == 5)
        #expect(score.strictPrecisionHits == 3)
        #expect(score.laxPrecisionHits == 4)
        // Recall over 3 two-sided gold beads against 3 two-sided test beads: strict [0]:[0], [3]:[3];
        // lax adds [1]:[1, 2] (source 1 is linked to target 1 in the test).
        #expect(score.goldBeads == 3)
        #expect(score.strictRecallHits == 2)
        #expect(score.laxRecallHits == 3)
        #expect(abs(score.strictF1 - 2 * 0.6 * (2.0 / 3) / (0.6 + 2.0 / 3)) < 1e-12)
    }

    @Test func emptyRatiosAreZero() {
        var score = AlignmentScore()
        score.add(gold: [], test: [])
        #expect(score.strictF1 == 0 && score.laxPrecision == 0 && score.strictRecall == 0)
    }

    @Test func countsArePooledOverDocuments() {
        var score = AlignmentScore()
        score.add(gold: [link([0], [0])], test: [link([0], [0])])
        score.add(gold: [link([0], [0]), link([1], [1])], test: [link([0, 1], [0, 1])])
        #expect(score.testBeads == 2 && score.strictPrecisionHits == 1 && score.goldBeads == 3 && score.strictRecallHits == 1)
    }

    @Test func calibrationByDecile() {
        var score = AlignmentScore()
        score.add(gold: [link([0], [0]), link([1], [1])], test: [link([0], [0]), link([1], [2])], confidences: [0.95, 0.31])
        #expect(score.calibration[9].beads == 1 && score.calibration[9].correct == 1)
        #expect(score.calibration[3].beads == 1 && score.calibration[3].correct == 0)
    }
}

@testable import BitextAlignment
import Foundation
import Testing

struct StructureAgreementTests {
    /// Unit starts for `count` sentences, true at `starts`.
    private func flags(_ count: Int, _ starts: Set<Int>) -> [Bool] {
        (0..<count).map { starts.contains($0) }
    }

    @Test func disagreementsAreCountedAsTheSearchChargesThem() {
        // Source units start at 0, 1, 3; target units at 0, 2, 3.
        let source = flags(5, [0, 1, 3]), target = flags(5, [0, 2, 3])
        var agreement = StructureAgreement()
        // [0]-[0] agrees; [1, 2]-[1] starts a unit on the source side only (1); [3]-[2, 3]
        // starts one on both, but one more starts inside the target side (1); [4]-[] is one-sided.
        agreement.count([(0..<1, 0..<1), (1..<3, 1..<2), (3..<4, 2..<4), (4..<5, 4..<4)], offset: (0, 0),
                        sourceStarts: source, targetStarts: target)
        #expect(agreement.beads == 3)
        #expect(agreement.mismatches == 2)
    }

    @Test func regionsAreCountedInTheWholeBitext() {
        let source = flags(4, [0, 2]), target = flags(4, [0, 3])
        var agreement = StructureAgreement()
        // A region from (2, 2): its bead [0]-[0] is sentences 2 and 2, a start on the source only.
        agreement.count([(0..<1, 0..<1), (1..<2, 1..<2)], offset: (2, 2), sourceStarts: source, targetStarts: target)
        #expect(agreement.beads == 2)
        #expect(agreement.mismatches == 2)
    }

    @Test func theCostIsTheLogOddsOfAgreeingAtMostTheConfiguredOne() {
        var agreement = StructureAgreement()
        let none = flags(100, []), every = flags(100, Set(0..<100))
        let path = (0..<100).map { ($0..<($0 + 1), $0..<($0 + 1)) }
        // Nothing counted: the configured cost.
        #expect(agreement.supportedCost(configured: 3, priorBeads: 20) == 3)
        // Full agreement keeps it; it never rises above it.
        agreement.count(path, offset: (0, 0), sourceStarts: none, targetStarts: none)
        #expect(agreement.supportedCost(configured: 3, priorBeads: 20) == 3)
        // 20 disagreements in 100 beads, no prior: log(0.8 / 0.2).
        var some = StructureAgreement()
        some.count(path, offset: (0, 0), sourceStarts: flags(100, Set(0..<20)), targetStarts: none)
        #expect(abs(some.supportedCost(configured: 3, priorBeads: 0) - log(4)) < 1e-9)
        // With a prior of 20 beads at the configured cost's rate, 1 / (1 + e³).
        let rate = (20 + 20 / (1 + exp(3.0))) / 120
        #expect(abs(some.supportedCost(configured: 3, priorBeads: 20) - log((1 - rate) / rate)) < 1e-9)
        // A cost lower than the counts support stays as configured.
        #expect(some.supportedCost(configured: 0.75, priorBeads: 20) == 0.75)
        // Structures that disagree half the time or more tell nothing: 0.
        var unrelated = StructureAgreement()
        unrelated.count(path, offset: (0, 0), sourceStarts: every, targetStarts: none)
        #expect(unrelated.supportedCost(configured: 3, priorBeads: 20) == 0)
        #expect(StructureAgreement().supportedCost(configured: 0, priorBeads: 20) == 0)
    }
}

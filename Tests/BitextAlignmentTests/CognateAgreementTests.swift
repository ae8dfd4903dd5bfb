@testable import BitextAlignment
import BitextTestSupport
import Testing

@Suite struct CognateAgreementTests {
    /// A document of `count` sentences, each `placed` concept in its sentence.
    private func sentences(_ count: Int, _ placed: [(index: Int, concept: Int32)]) -> [[Int32]] {
        var result = [[Int32]](repeating: [], count: count)
        for (index, concept) in placed { result[index].append(concept) }
        return result
    }

    /// A translation's pairs follow one another, also where they drift from the diagonal
    /// (a tenth of the target left out at its middle); pairs placed at random do not.
    @Test func pairsThatFollowOneAnotherAgree() throws {
        let concepts = (0..<40).map { Int32($0) }
        let source = sentences(400, concepts.map { (Int($0) * 10, $0) })
        let drifting = sentences(360, concepts.map { concept in
            let index = Int(concept) * 10
            return (index < 200 ? index * 9 / 10 : index * 9 / 10 - 30 + 30 * (index - 200) / 200, concept)
        })
        let agreement = try #require(CognateAgreement.agreement(source: source, target: drifting, conceptCount: 40, isChecked: { _ in true },
                                                               window: 0.05, minimumPairs: 5))
        #expect(agreement >= 0.9, "\(agreement)")
        var seeded = SeededGenerator(seed: 7)
        let scattered = sentences(360, concepts.map { (Int.random(in: 0..<360, using: &seeded), $0) })
        let chance = try #require(CognateAgreement.agreement(source: source, target: scattered, conceptCount: 40, isChecked: { _ in true },
                                                            window: 0.05, minimumPairs: 5))
        #expect(chance < AlignerConfiguration.default.cognateAgreementMinimum, "\(chance)")
    }

    /// Only concepts of the kind checked count, each found in one sentence of each side, and
    /// too few pairs tell nothing.
    @Test func onlyConceptsFoundOnceOnEachSideOfTheKindCount() {
        let source = sentences(100, [(10, 1), (20, 2), (30, 3), (40, 3), (50, 4)])
        let target = sentences(100, [(10, 1), (20, 2), (30, 3), (50, 4), (60, 5)])
        // Concepts 1, 2 and 4 are pairs; 3 is twice in the source, 5 only in the target.
        #expect(CognateAgreement.agreement(source: source, target: target, conceptCount: 6, isChecked: { _ in true }, window: 0.05, minimumPairs: 4) == nil)
        #expect(CognateAgreement.agreement(source: source, target: target, conceptCount: 6, isChecked: { _ in true }, window: 0.05, minimumPairs: 3) == 1)
        #expect(CognateAgreement.agreement(source: source, target: target, conceptCount: 6, isChecked: { $0 != 2 }, window: 0.05, minimumPairs: 3) == nil)
        #expect(CognateAgreement.agreement(source: [], target: target, conceptCount: 6, isChecked: { _ in true }, window: 0.05, minimumPairs: 0) == nil)
    }
}

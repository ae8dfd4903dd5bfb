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
        #expect(agreement.pairs == 40)
        #expect(agreement.share >= 0.9, "\(agreement)")
        #expect(!CognateAgreement.misleads(agreement, minimumShare: 0.3, window: 0.05, significance: 0.01))
        var seeded = SeededGenerator(seed: 7)
        let scattered = sentences(360, concepts.map { (Int.random(in: 0..<360, using: &seeded), $0) })
        let chance = try #require(CognateAgreement.agreement(source: source, target: scattered, conceptCount: 40, isChecked: { _ in true },
                                                            window: 0.05, minimumPairs: 5))
        #expect(chance.share < AlignerConfiguration.default.cognateAgreementMinimum, "\(chance)")
        #expect(CognateAgreement.misleads(chance, minimumShare: 0.3, window: 0.05, significance: 0.01))
    }

    /// Only concepts of the kind checked count, each found in one sentence of each side, and
    /// too few pairs tell nothing.
    @Test func onlyConceptsFoundOnceOnEachSideOfTheKindCount() {
        let source = sentences(100, [(10, 1), (20, 2), (30, 3), (40, 3), (50, 4)])
        let target = sentences(100, [(10, 1), (20, 2), (30, 3), (50, 4), (60, 5)])
        // Concepts 1, 2 and 4 are pairs; 3 is twice in the source, 5 only in the target.
        #expect(CognateAgreement.agreement(source: source, target: target, conceptCount: 6, isChecked: { _ in true }, window: 0.05, minimumPairs: 4) == nil)
        #expect(CognateAgreement.agreement(source: source, target: target, conceptCount: 6, isChecked: { _ in true }, window: 0.05, minimumPairs: 3) == .init(pairs: 3, agreeing: 3))
        #expect(CognateAgreement.agreement(source: source, target: target, conceptCount: 6, isChecked: { $0 != 2 }, window: 0.05, minimumPairs: 3) == nil)
        #expect(CognateAgreement.agreement(source: [], target: target, conceptCount: 6, isChecked: { _ in true }, window: 0.05, minimumPairs: 0) == nil)
        // A lone pair has no neighbours to agree with, and misleads; no pair at all tells nothing.
        let lone = CognateAgreement.agreement(source: source, target: target, conceptCount: 6, isChecked: { $0 == 4 }, window: 0.05, minimumPairs: 1)
        #expect(lone == CognateAgreement.Measure(pairs: 1, agreeing: 0))
        #expect(CognateAgreement.misleads(lone, minimumShare: 0.3, window: 0.05, significance: 0.01))
        #expect(CognateAgreement.agreement(source: source, target: target, conceptCount: 6, isChecked: { $0 == 3 }, window: 0.05, minimumPairs: 1) == nil)
    }

    /// The chance that so many pairs agree by chance is the binomial distribution's upper
    /// tail: 1 − 0.9⁶ − 6 · 0.1 · 0.9⁵ = 0.114265 for 2 of 6 at 0.1; all 5 of 5 at 0.1 is 10⁻⁵.
    @Test func chanceOfAgreeingIsTheBinomialTail() {
        let twoOfSix = CognateAgreement.Measure(pairs: 6, agreeing: 2).probabilityByChance(0.1)
        #expect(abs(twoOfSix - 0.114265) < 1e-6, "\(twoOfSix)")
        let allOfFive = CognateAgreement.Measure(pairs: 5, agreeing: 5).probabilityByChance(0.1)
        #expect(abs(allOfFive - 1e-5) < 1e-12, "\(allOfFive)")
        #expect(CognateAgreement.Measure(pairs: 9, agreeing: 0).probabilityByChance(0.1) == 1)
        // Thousands of pairs: no overflow, and a third agreeing is far beyond chance.
        let many = CognateAgreement.Measure(pairs: 5_000, agreeing: 1_700).probabilityByChance(0.1)
        #expect(many.isFinite && many < 1e-100, "\(many)")
    }

    /// A third of a dozen pairs agreeing passes the share but not chance: chance matches
    /// placed at random can do as well one time in forty. Without a measure (too few pairs)
    /// nothing misleads.
    @Test func aFewAgreeingPairsCanBeChance() {
        let fourOfTwelve = CognateAgreement.Measure(pairs: 12, agreeing: 4)
        #expect(fourOfTwelve.share > 0.3)
        #expect(CognateAgreement.misleads(fourOfTwelve, minimumShare: 0.3, window: 0.05, significance: 0.01))
        #expect(!CognateAgreement.misleads(CognateAgreement.Measure(pairs: 12, agreeing: 6), minimumShare: 0.3, window: 0.05, significance: 0.01))
        #expect(CognateAgreement.misleads(CognateAgreement.Measure(pairs: 200, agreeing: 50), minimumShare: 0.3, window: 0.05, significance: 0.01))
        #expect(!CognateAgreement.misleads(CognateAgreement.Measure(pairs: 200, agreeing: 82), minimumShare: 0.3, window: 0.05, significance: 0.01))
        #expect(!CognateAgreement.misleads(nil, minimumShare: 0.3, window: 0.05, significance: 0.01))
    }
}

@testable import BitextAlignment
import Testing

@Suite struct TranslationModelTests {
    // Source words: la 0, maison 1, fleur 2, bleue 3, petite 4; target words: the 10,
    // house 11, flower 12, blue 13, small 14.
    private let beads: [(source: [Int32], target: [Int32], weight: Float)] = [
        ([0, 1], [10, 11], 1),
        ([0, 2], [10, 12], 1),
        ([1, 3], [13, 11], 1),
        ([0, 2, 3], [10, 13, 12], 1),
        ([0, 4, 1], [10, 14, 11], 1),
    ]

    @Test func learnsWhatCoOccurrenceAloneCannotTellApart() {
        // "la" and "the" are in four beads each, with every other word: Dice would pair
        // "maison" with "the" (3 beads together) about as well as with "house".
        let lexicon = TranslationModel.trained(on: beads, iterations: 10)
            .lexicon(minimumProbability: 0.1, minimumSupport: 2, perWord: 1)
        #expect(lexicon.contains(source: 0, target: 10))
        #expect(lexicon.contains(source: 1, target: 11))
        #expect(!lexicon.contains(source: 1, target: 10))
        #expect(!lexicon.contains(source: 0, target: 11))
        // "petite" and "small" meet once: too little support to trust.
        #expect(!lexicon.contains(source: 4, target: 14))
    }

    @Test func bothDirectionsAreNormalised() throws {
        let model = TranslationModel.trained(on: beads, iterations: 10)
        let house = try #require(model.probabilities(source: 1, target: 11))
        let the = try #require(model.probabilities(source: 1, target: 10))
        #expect(house.forward > 0.5 && house.backward > 0.5)
        #expect(the.forward < 0.1 && the.backward < 0.1)
        // Words seen in two beads are learned too, though the empty word takes part of
        // their counts (too little support for the lexicon's threshold of 2 beads).
        for (source, target) in [(2, 12), (3, 13)] as [(Int32, Int32)] {
            let probabilities = try #require(model.probabilities(source: source, target: target))
            #expect(probabilities.forward > 0.5 && probabilities.backward > 0.5)
        }
        #expect(model.probabilities(source: 2, target: 11) == nil)
    }

    @Test func repeatedBeadsCountOnce() {
        // The same bead ten times is one bead: no pair is seen in two beads.
        let repeated = [(source: [Int32](arrayLiteral: 1, 2), target: [Int32](arrayLiteral: 11, 12), weight: Float(1))]
        let lexicon = TranslationModel.trained(on: Array(repeating: repeated[0], count: 10), iterations: 5)
            .lexicon(minimumProbability: 0.1, minimumSupport: 2, perWord: 3)
        #expect(lexicon.isEmpty)
    }

    @Test func aDictionarySeedBreaksATie() throws {
        // 1 and 2 always come with 11 and 12: only the seed tells which is which.
        let tied: [(source: [Int32], target: [Int32], weight: Float)] = [([1, 2], [11, 12], 1), ([1, 2, 3], [11, 12, 13], 1)]
        var seed = Lexicon()
        seed.add(source: 1, target: 12)
        let model = TranslationModel.trained(on: tied, iterations: 5, seed: seed)
        let seeded = try #require(model.probabilities(source: 1, target: 12))
        let other = try #require(model.probabilities(source: 1, target: 11))
        #expect(seeded.forward > other.forward)
        let unseeded = try #require(TranslationModel.trained(on: tied, iterations: 5).probabilities(source: 1, target: 12))
        #expect(seeded.forward > unseeded.forward)
    }

    @Test func unalignedSentencesAreLearnedWithTheBeadBeforeThem() {
        // 0-1 | 1-0 (a run at the start) | 1-1 | 1-0 1-0 (a run of two) | 1-2 | 0-1 0-1 0-1 (too long) | 1-1.
        let path: [(source: Range<Int>, target: Range<Int>)] = [
            (0..<0, 0..<1), (0..<1, 1..<1), (1..<2, 1..<2), (2..<3, 2..<2), (3..<4, 2..<2),
            (4..<5, 2..<4), (5..<5, 4..<5), (5..<5, 5..<6), (5..<5, 6..<7), (5..<6, 7..<8),
        ]
        let beads = TranslationModel.trainingBeads(path, longestRun: 2)
        #expect(beads.map(\.source) == [0..<4, 4..<5, 5..<6])
        #expect(beads.map(\.target) == [0..<2, 2..<4, 7..<8])
        let alone = TranslationModel.trainingBeads(path, longestRun: 0)
        #expect(alone.map(\.source) == [1..<2, 4..<5, 5..<6])
        #expect(alone.map(\.target) == [1..<2, 2..<4, 7..<8])
    }

    @Test func beadsBeyondThePairBudgetAreLeftOut() {
        let long = (source: [Int32](0..<50), target: [Int32](100..<150), weight: Float(1))
        #expect(TranslationModel.trained(on: [long, long], iterations: 1, maximumPairsPerBead: 1_000).pairCount == 0)
        #expect(TranslationModel.trained(on: [long], iterations: 1).pairCount > 0)
    }
}

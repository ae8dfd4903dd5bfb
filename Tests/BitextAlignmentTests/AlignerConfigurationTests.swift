import BitextAlignment
import Testing

struct AlignerConfigurationTests {
    private let configuration = AlignerConfiguration.default

    @Test func longDocumentsKeepEveryParameter() {
        #expect(configuration.forDocument(sentences: configuration.shortDocumentSentences) == configuration)
        #expect(configuration.forDocument(sentences: 100_000) == configuration)
    }

    @Test func theLexicalWeightSlidesUpOverShortDocuments() {
        let full = configuration.shortDocumentSentences
        #expect(configuration.forDocument(sentences: 0).lexicalWeight == configuration.shortDocumentLexicalWeight)
        let halfway = configuration.forDocument(sentences: full / 2).lexicalWeight
        #expect(abs(halfway - (configuration.shortDocumentLexicalWeight + configuration.lexicalWeight) / 2) < 0.05)
        let weights = stride(from: 0, through: full, by: 10).map { configuration.forDocument(sentences: $0).lexicalWeight }
        #expect(zip(weights, weights.dropFirst()).allSatisfy { $0 < $1 }, "\(weights)")
        #expect(configuration.shortDocumentLexicalWeight < configuration.lexicalWeight)
    }

    @Test func onlyTheLexicalWeightAndTheLongRunsChange() {
        var short = configuration.forDocument(sentences: 80)
        #expect(short != configuration)
        // A short pair's long runs cost as much a sentence as shorter runs do.
        #expect(short.longSkipRunCost == configuration.skipRunCost && configuration.longSkipRunCost < configuration.skipRunCost)
        short.lexicalWeight = configuration.lexicalWeight
        short.longSkipRunCost = configuration.longSkipRunCost
        #expect(short == configuration)
    }

    @Test func tinyDocumentsWeighLengthsMore() {
        let tiny = configuration.translationModelMinimumSentences
        #expect(configuration.tinyDocumentLengthWeight > configuration.lengthWeight)
        for sentences in [0, 2, tiny / 2, tiny - 1] {
            var sized = configuration.forDocument(sentences: sentences)
            #expect(sized.lengthWeight == configuration.tinyDocumentLengthWeight, "\(sentences)")
            (sized.lengthWeight, sized.lexicalWeight) = (configuration.lengthWeight, configuration.lexicalWeight)
            sized.longSkipRunCost = configuration.longSkipRunCost
            #expect(sized == configuration, "\(sentences)")
        }
        for sentences in [tiny, tiny + 1, configuration.shortDocumentSentences - 1, 100_000] {
            #expect(configuration.forDocument(sentences: sentences).lengthWeight == configuration.lengthWeight, "\(sentences)")
        }
    }

    @Test func theModelsLeastSupportSlidesUpOverShortUnseededDocuments() {
        let full = configuration.shortDocumentSentences, floor = Double(configuration.translationMinimumCount)
        #expect(configuration.shortDocumentTranslationSupport < floor)
        #expect(configuration.translationSupport(sentences: 0, seeded: false) == configuration.shortDocumentTranslationSupport)
        let halfway = configuration.translationSupport(sentences: full / 2, seeded: false)
        #expect(abs(halfway - (configuration.shortDocumentTranslationSupport + floor) / 2) < 0.05)
        let supports = stride(from: 0, through: full, by: 10).map { configuration.translationSupport(sentences: $0, seeded: false) }
        #expect(zip(supports, supports.dropFirst()).allSatisfy { $0 < $1 }, "\(supports)")
        #expect(configuration.translationSupport(sentences: full, seeded: false) == floor)
        #expect(configuration.translationSupport(sentences: 100_000, seeded: false) == floor)
        // A dictionary's entries seed the model: the floor holds at every size.
        #expect(configuration.translationSupport(sentences: 0, seeded: true) == floor)
        #expect(configuration.translationSupport(sentences: full / 2, seeded: true) == floor)
    }

    @Test func sizesOutsideTheRangeAreSafe() {
        #expect(configuration.forDocument(sentences: -5).lexicalWeight == configuration.shortDocumentLexicalWeight)
        var unsized = configuration
        unsized.shortDocumentSentences = 0
        #expect(unsized.forDocument(sentences: 0) == unsized)
        #expect(configuration.translationSupport(sentences: -5, seeded: false) == configuration.shortDocumentTranslationSupport)
        #expect(unsized.translationSupport(sentences: 0, seeded: false) == Double(unsized.translationMinimumCount))
    }
}

@testable import BitextAlignment
import Testing

@Suite struct ConceptTests {
    private func numbers(_ text: String) -> [String] {
        let scalars = text.unicodeScalars
        var result: [String] = []
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if scalars[index].properties.numericType == .decimal {
                let (number, end) = NumberEvidence.number(in: scalars, from: index)
                result.append(number)
                index = end
            } else {
                index = scalars.index(after: index)
            }
        }
        return result
    }

    @Test func numbersAreNormalisedAcrossConventions() {
        #expect(numbers("4 000 and 4,000 and 4000 and 4\u{A0}000 and 4'000") == ["4000", "4000", "4000", "4000", "4000"])
        #expect(numbers("3,5 or 3.5 and 12,25") == ["3.5", "3.5", "12.25"])
        #expect(numbers("at 21h15, or 21:15") == ["21:15", "21:15"])
        #expect(numbers("in 1956, 200 people") == ["1956", "200"])
        // India's groups of two, Arabic's separators.
        #expect(numbers("1,00,000 and 100,000 and 1,25,50,000 and 12,25") == ["100000", "100000", "12550000", "12.25"])
        #expect(numbers("١٬٠٠٠ and ٣٫٥ and ١٢٬٣٤٥٫٥") == ["1000", "3.5", "12345.5"])
    }

    @Test func addressesAreFoundAndCleaned() {
        #expect(AddressEvidence.addresses(in: "See https://Example.org/a?b=1, or write to Jane.Doe@example.com.")
            == ["https://example.org/a?b=1", "jane.doe@example.com"])
        #expect(AddressEvidence.addresses(in: "Follow #Bitext and www.example.org (now)") == ["#bitext", "www.example.org"])
        #expect(AddressEvidence.addresses(in: "No address here, 3/4 of it.").isEmpty)
    }

    @Test func overlapCountsSharedConceptsOnce() {
        let accumulator = OverlapAccumulator(conceptCount: 4)
        let a = SentenceVector(concepts: [0, 1], values: [1, 2], matchableMass: 3)
        let b = SentenceVector(concepts: [1, 2], values: [1, 1], matchableMass: 2)
        let c = SentenceVector(concepts: [1, 3], values: [3, 1], matchableMass: 4)
        #expect(a.overlap(with: c) == 2)
        let packed = SentenceVectors([a, b, c])
        #expect(packed.overlap(0, with: packed, 2) == (2, true))
        #expect(packed.overlap(0, with: SentenceVectors([SentenceVector(concepts: [2], values: [1], matchableMass: 1)]), 0) == (0, false))
        // Sides [a, b] and [c]: concept 1 has 3 on each side, so the overlap is 3, where
        // summing pairs would give 2 + 1.
        #expect(accumulator.overlap(source: packed, 0..<2, target: packed, 2..<3) == 3)
        #expect(accumulator.overlap(source: packed, 0..<1, target: packed, 1..<3) == 2)
    }

    @Test func anchorsAreConceptsAloneOnEachSideNearTheDiagonal() {
        var source = [[Int32]](repeating: [], count: 60), target = [[Int32]](repeating: [], count: 66)
        source[2] = [10]; target[3] = [10]  // once in each document
        source[0] = [11]; source[50] = [11]; target[0] = [11]; target[55] = [11]  // twice, far apart
        source[10] = [12, 12]; target[11] = [12]  // repeated within a sentence: still once
        source[5] = [200]; target[40] = [200]  // not an anchor concept
        source[20] = [13]; source[21] = [13]; target[22] = [13]  // twice, close together: unsure
        let anchors = AnchorChain.anchors(source: source, target: target) { $0 < 100 }
        #expect(anchors.map(\.0) == [0, 2, 10, 50])
        #expect(anchors.map(\.1) == [0, 3, 11, 55])
    }

    /// A chance match that increases on both sides joins the chain, far from the line of the
    /// others: it is left out, at the start, in the middle, or with one other far from both;
    /// where a passage is left out the offset jumps, and the anchors on each side of the jump
    /// stay. Chains of two are kept whole.
    @Test func straysAreLeftOutOfTheAnchors() {
        func kept(_ anchors: [(Int, Int)]) -> [Int] {
            AnchorChain.withoutStrays(anchors, sourceCount: 200, targetCount: 200, window: 0.05, minimumSentences: 3).map(\.0)
        }
        #expect(kept([(10, 100), (40, 41), (60, 62), (80, 79), (100, 101)]) == [40, 60, 80, 100])
        #expect(kept([(10, 10), (30, 31), (50, 150), (70, 160), (90, 91), (110, 110), (130, 131)]) == [10, 30, 90, 110, 130])
        #expect(kept([(10, 10), (30, 31), (50, 50), (60, 111), (80, 130), (100, 151), (120, 170)]) == [10, 30, 50, 60, 80, 100, 120])
        #expect(kept([(10, 100), (40, 41)]) == [10, 40])
        // Within three sentences of a short document, though more than 5 % of it.
        let short = AnchorChain.withoutStrays([(2, 2), (5, 8), (9, 10), (12, 13)], sourceCount: 20, targetCount: 20,
                                              window: 0.05, minimumSentences: 3)
        #expect(short.map(\.0) == [2, 5, 9, 12])
        // An excerpt of 50 sentences against a document of 500: its anchors go one to one,
        // far from the documents' ratio of a tenth, and all stay but the strays at its ends.
        let excerpt = [(20, 0), (200, 1), (205, 6), (212, 12), (220, 21), (226, 27), (231, 31), (240, 40), (246, 47), (490, 49)]
        #expect(AnchorChain.withoutStrays(excerpt, sourceCount: 500, targetCount: 50, window: 0.05, minimumSentences: 3).map(\.0)
                == [200, 205, 212, 220, 226, 231, 240, 246])
    }

    @Test func longestIncreasingChain() {
        let chain = AnchorChain.longestIncreasingChain([(0, 0), (1, 5), (2, 1), (3, 2), (3, 3), (4, 4), (5, 1)])
        #expect(chain.map(\.0) == [0, 2, 3, 4] && chain.map(\.1) == [0, 1, 2, 4] || chain.map(\.0) == [0, 2, 3, 4] && chain.map(\.1) == [0, 1, 3, 4])
    }

    /// Words are the runs of letters, whatever the length of their scalars in UTF-8 (one to
    /// four bytes), and a spelling gets one word id whether it is in ASCII or not; numbers
    /// after such scalars are read from where they start.
    @Test func wordsAndNumbersAreCutAtTheirScalars() {
        var extractor = ConceptExtractor(configuration: .default)
        let sentences = ["😀Café, cafe\u{301} CAFE 😀 Москва 1956; ١٩٥٦ и ４２ – Cafe!", "Straße straße"]
        let analysis = extractor.analyse(sentences, language: "fr")
        let words = analysis.map { $0.tokens.map { extractor.words.strings[Int($0.word)] } }
        // "Café", "cafe" + a combining accent (folded away), "CAFE",
        // "Москва", "и", "Cafe"; then the two spellings of the street.
        #expect(words[0].count == 6, "\(words[0])")
        let cafe = analysis[0].tokens[0].word
        #expect([0, 1, 2, 5].allSatisfy { analysis[0].tokens[$0].word == cafe })
        #expect(words[0][0] == "cafe")
        #expect(words[0][3] != words[0][4])
        #expect(words[1].count == 2 && words[1][0] == words[1][1])
        // Capitalised after the first word, or all capitals: names.
        #expect(analysis[0].tokens.map(\.isName) == [false, false, true, true, false, true])
        #expect(analysis[0].tokens.map(\.isLatin) == [true, true, true, false, false, true])
        // Numbers and punctuation marks, in order (a comma and a dash are no evidence).
        #expect(analysis[0].extra.map { extractor.name(of: $0) } == ["#1956", ";", "#1956", "#42", "!"])
    }
}

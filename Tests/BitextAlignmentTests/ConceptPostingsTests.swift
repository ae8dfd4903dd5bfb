@testable import BitextAlignment
import Testing

@Suite struct ConceptPostingsTests {
    private let vectors = SentenceVectors([
        SentenceVector(concepts: [1, 4], values: [0.5, 2], matchableMass: 2.5),
        SentenceVector(concepts: [], values: [], matchableMass: 0),
        SentenceVector(concepts: [4], values: [3], matchableMass: 3),
        SentenceVector(concepts: [0, 1, 4], values: [1, 1.5, 4], matchableMass: 6.5),
    ])

    private func entries(_ postings: ConceptPostings, _ concept: Int32, _ range: Range<Int>) -> [String] {
        var found: [String] = []
        postings.forEach(concept, in: range) { sentence, value in found.append("\(sentence):\(value)") }
        return found
    }

    @Test func listsTheSentencesOfEachConceptInOrderWithTheirValues() {
        let postings = ConceptPostings(vectors)
        #expect(entries(postings, 4, 0..<4) == ["0:2.0", "2:3.0", "3:4.0"])
        #expect(entries(postings, 1, 0..<4) == ["0:0.5", "3:1.5"])
        #expect(entries(postings, 0, 0..<4) == ["3:1.0"])
    }

    @Test func keepsToTheRangeAndKnowsNothingOfOtherConcepts() {
        let postings = ConceptPostings(vectors)
        #expect(entries(postings, 4, 1..<3) == ["2:3.0"])
        #expect(entries(postings, 4, 3..<3).isEmpty)
        #expect(entries(postings, 2, 0..<4).isEmpty)  // in no sentence
        #expect(entries(postings, 99, 0..<4).isEmpty)  // above every concept
    }
}

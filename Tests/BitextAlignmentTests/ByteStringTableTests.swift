@testable import BitextAlignment
import BitextTestSupport
import Testing

@Suite struct ByteStringTableTests {
    private func number(of word: String, in table: ByteStringTable) -> Int32? {
        var word = word
        return word.withUTF8 { table.number(of: $0) }
    }

    private func insert(_ word: String, into table: inout ByteStringTable) {
        var word = word
        word.withUTF8 { table.insert($0) }
    }

    /// Words of 0 to 20 letters (across the eight-byte steps of the hash), many sharing a
    /// prefix or a length, numbered in the order they are first met, through several growths.
    @Test func wordsAreNumberedInTheOrderFirstMet() {
        var generator = SeededGenerator(seed: 3)
        var table = ByteStringTable(), expected: [String: Int32] = [:]
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...20, using: &generator)
            let word = String((0..<length).map { _ in "abcde".randomElement(using: &generator)! })
            if let known = expected[word] {
                #expect(number(of: word, in: table) == known, "\(word)")
            } else {
                #expect(number(of: word, in: table) == nil, "\(word)")
                insert(word, into: &table)
                expected[word] = Int32(expected.count)
            }
        }
        #expect(table.count == expected.count)
        #expect(expected.count > 5_000)
        for (word, known) in expected { #expect(number(of: word, in: table) == known) }
        #expect(number(of: "abcdefabcdefabcdefabcdef", in: table) == nil)
    }
}

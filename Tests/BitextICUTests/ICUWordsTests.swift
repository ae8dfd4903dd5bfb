import BitextICU
import Testing

@Suite struct ICUWordsTests {
    @Test func chineseIsSplitIntoWordsNotClauses() throws {
        let breaker = try #require(ICUWordBreaker())
        let words = breaker.words(in: "我们明天去北京。")
        #expect(words.count >= 3)
        #expect(words.map(\.word).joined() == "我们明天去北京")
        #expect(words.contains { $0.word == "北京" })
        #expect(words.allSatisfy { $0.kind == .ideographic })
    }

    @Test func japaneseAndThaiAreSplitWithICUsDictionaries() throws {
        let breaker = try #require(ICUWordBreaker())
        let japanese = breaker.words(in: "東京へ行きます")
        #expect(japanese.count >= 3)
        #expect(japanese.contains { $0.word == "東京" })
        // "I go to school" in Thai, written without spaces.
        let thai = breaker.words(in: "ฉันไปโรงเรียน")
        #expect(thai.map(\.word) == ["ฉัน", "ไป", "โรงเรียน"])
    }

    @Test func digitsAndLettersHaveTheirKinds() throws {
        let breaker = try #require(ICUWordBreaker())
        let words = breaker.words(in: "In 1956, twelve men.")
        #expect(words.map(\.word) == ["In", "1956", "twelve", "men"])
        #expect(words.map(\.kind) == [.letter, .number, .letter, .letter])
    }

    @Test func numbersInWordsAreParsedInSeveralLanguages() throws {
        let cases: [(String, String, Double)] = [
            ("en", "twenty-one", 21), ("en", "three hundred and five", 305), ("fr", "vingt et un", 21),
            ("de", "einundzwanzig", 21), ("ru", "двадцать один", 21), ("es", "doscientos", 200),
            ("zh", "二十一", 21), ("zh", "四万六千五百", 46_500), ("ja", "三千五百", 3_500),
        ]
        for (language, text, expected) in cases {
            let parser = try #require(ICUNumberParser(locale: language))
            let parsed = try #require(parser.parsePrefix(text.utf16), "\(language): \(text)")
            #expect(parsed.value == expected, "\(language): \(text)")
            #expect(parsed.length == text.utf16.count, "\(language): \(text)")
        }
    }

    @Test func numbersAreSpelledOut() throws {
        let english = try #require(ICUNumberParser(locale: "en"))
        let chinese = try #require(ICUNumberParser(locale: "zh"))
        #expect(english.spellOut(42) == "forty-two")
        #expect(chinese.spellOut(21) == "二十一")
    }
}

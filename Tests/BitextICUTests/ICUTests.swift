import BitextICU
import Testing

@Suite struct ICULanguageTests {
    @Test(arguments: ["fr", "en", "de", "es", "zh", "ja", "en-GB", "pt_BR", "sr-Latn"])
    func knowsRealLanguages(tag: String) {
        #expect(ICULanguage.isKnown(tag))
    }

    @Test(arguments: ["", "xx", "zz", "english", "klingon", "q1", "123", "e"])
    func refusesUnknownCodes(tag: String) {
        #expect(!ICULanguage.isKnown(tag))
    }

    @Test func canonicalisesTags() {
        #expect(ICULanguage.canonicalLocale("en-GB") == "en_GB")
        #expect(ICULanguage.canonicalLocale("fr") == "fr")
    }
}

@Suite struct ICUSentenceBreakerTests {
    @Test func splitsPlainSentences() throws {
        let breaker = try #require(ICUSentenceBreaker(locale: "en"))
        // "Hello world. " is 13 UTF-16 units; the whole text 25.
        #expect(breaker.boundaries(in: "Hello world. How are you?") == [13, 25])
    }

    @Test func countsOffsetsInUTF16Units() throws {
        let breaker = try #require(ICUSentenceBreaker(locale: "fr"))
        // "😀" is two UTF-16 units, so "Salut 😀. " ends at 10, not 9.
        #expect(breaker.boundaries(in: "Salut 😀. Ça va ?") == [10, 17])
    }

    @Test func emptyTextHasNoBoundaries() throws {
        let breaker = try #require(ICUSentenceBreaker(locale: "en"))
        #expect(breaker.boundaries(in: "").isEmpty)
    }
}

@Suite struct ICUTransliteratorTests {
    @Test func foldsToLowerCaseASCII() throws {
        let fold = try #require(ICUTransliterator(id: "Any-Latin; Latin-ASCII; Lower"))
        #expect(fold.transliterate("Études à Zürich") == "etudes a zurich")
        #expect(fold.transliterate("Москва") == "moskva")
        #expect(fold.transliterate("") == "")
    }

    @Test func growsItsBufferForLongText() throws {
        let fold = try #require(ICUTransliterator(id: "Any-Latin; Latin-ASCII; Lower"))
        let long = String(repeating: "Ä", count: 5_000)
        #expect(fold.transliterate(long) == String(repeating: "a", count: 5_000))
    }

    @Test func refusesUnknownTransforms() {
        #expect(ICUTransliterator(id: "No-Such-Transform") == nil)
    }
}

import BitextLanguage
import Testing

@Suite struct LanguageDataTests {
    @Test func parsesSectionsCommentsAndOptions() throws {
        let data = try LanguageData(parsing: """
            # comment
            [titles]
            Dr   # doctor
            [abbreviations]
            etc

            [options]
            ordinal-numbers
            """)
        #expect(data.titles.contains("Dr"))
        #expect(data.abbreviations.contains("Etc"))
        #expect(data.abbreviations.contains("ETC"))
        #expect(!data.abbreviations.contains("Dr"))
        #expect(data.hasOrdinalNumbers)
    }

    @Test func singleLettersMatchOnlyAsWritten() {
        let list = WordList(["M", "p"])
        #expect(list.contains("M"))
        #expect(!list.contains("m"))
        #expect(!list.contains("P"))
    }

    @Test func reportsMalformedFiles() {
        #expect(throws: LanguageDataError.self) { try LanguageData(parsing: "Dr\n[titles]") }
        #expect(throws: LanguageDataError.self) { try LanguageData(parsing: "[colours]\nred") }
        #expect(throws: LanguageDataError.self) { try LanguageData(parsing: "[options]\nshout") }
    }

    @Test func quoteContinuationsHaveASection() throws {
        let data = try LanguageData(parsing: "[quote-continuations]\nと\nって")
        #expect(data.quoteContinuations.contains("と"))
        #expect(data.quoteContinuations.longestEntry == 2)
    }

    @Test(arguments: ["en", "fr", "de", "es", "it", "pt", "nl"])
    func bundledListsLoad(language: String) {
        let data = LanguageData.bundled(for: language)
        #expect(data.titles.longestEntry > 0)
        #expect(data.abbreviations.longestEntry > 0)
        #expect(data.starters.longestEntry > 0)
    }
}

@testable import BitextLanguage
import Testing

@Suite struct LanguageProfileTests {
    @Test func readsPunctuationAndPassesWordListsOn() throws {
        let profile = try LanguageProfile(parsing: """
            # a comment
            [sentence-final]
            。
            ？  # question
            [quotes]
            「 」
            [brackets]
            [ ]
            ( )
            [titles]
            Dr
            """)
        #expect(profile.sentenceFinalMarks == ["。", "？"])
        #expect(profile.quotePairs == [PunctuationPair("「", "」")])
        #expect(profile.bracketPairs == [PunctuationPair("[", "]"), PunctuationPair("(", ")")])
        #expect(profile.wordLists.titles.contains("Dr"))
    }

    @Test func leavesOutSectionsToTheScript() throws {
        let profile = try LanguageProfile(parsing: "[titles]\nDr\n")
        #expect(profile.sentenceFinalMarks == nil && profile.quotePairs == nil && profile.bracketPairs == nil)
    }

    @Test func reportsMalformedLinesWithTheirNumbers() {
        #expect(throws: LanguageDataError(line: 3, problem: "a sentence mark is one character: ?!")) {
            try LanguageProfile(parsing: "[sentence-final]\n.\n?!")
        }
        #expect(throws: LanguageDataError(line: 2, problem: "write a pair as 'open close': «»")) {
            try LanguageProfile(parsing: "[quotes]\n«»")
        }
        // Word-list errors keep the line numbers of the whole file.
        #expect(throws: LanguageDataError(line: 4, problem: "unknown section [colours]")) {
            try LanguageProfile(parsing: "[quotes]\n« »\n\n[colours]\nred")
        }
    }
}

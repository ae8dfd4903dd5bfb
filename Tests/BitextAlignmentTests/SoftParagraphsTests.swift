@testable import BitextAlignment
import Testing

@Suite struct SoftParagraphsTests {
    @Test func quotationMarksAndDialogueDashesOpenATurn() {
        for sentence in ["' Oh dear ! '", "\"Yes.\"", "« Oui. »", "»Ja«, sagte er.", "„Ja“, sagte er.", "“Yes.”",
                         "「はい」", "— Oui.", "—Sí —dijo él.", "– Sí.", "-- Une maison à elle !", "- Da.", "  « Oui. »"] {
            #expect(SoftParagraphs.opensTurn(sentence), "\(sentence)")
        }
        for sentence in ["Alice was beginning to get very tired.", "-5 degrees at night.", "--verbose is an option.",
                         "(Alice had no idea.)", "", "   ", "-"] {
            #expect(!SoftParagraphs.opensTurn(sentence), "\(sentence)")
        }
    }

    @Test func commasOfEveryScriptEndALine() {
        for sentence in ["How doth the little crocodile ,", "赫人回答亚伯拉罕说，", "そして、", "قال ،", "and then, "] {
            #expect(SoftParagraphs.endsWithComma(sentence), "\(sentence)")
        }
        for sentence in ["The end.", "Three: one, two,three.", "Wait;", "Lists:", "", "1,000"] {
            #expect(!SoftParagraphs.endsWithComma(sentence), "\(sentence)")
        }
    }

    @Test func unitsStartAtTurnsAndAfterCommas() throws {
        let units = try #require(SoftParagraphs.paragraphs(source: ["' Yes .", "Well .", "' No .", "' Why ?", "And then ,", "It rained ."],
                                                           target: ["Eh bien ,", "Alors .", "« Non .", "Pourquoi ? »"]))
        // The first sentence starts the first unit whether it opens a quotation or not.
        #expect(units.source == [0, 0, 1, 2, 2, 3])
        #expect(units.target == [0, 1, 2, 2])
    }

    @Test func noUnitsUnlessBothSidesHaveSome() {
        #expect(SoftParagraphs.paragraphs(source: ["' Yes .", "' No ."], target: ["Oui .", "Non ."]) == nil)
        #expect(SoftParagraphs.paragraphs(source: ["Yes .", "No ."], target: ["Oui ,", "non ."]) == nil)
        // A comma at the end of the last line starts nothing.
        #expect(SoftParagraphs.paragraphs(source: ["Yes .", "No ,"], target: ["Oui .", "Non ,"]) == nil)
        #expect(SoftParagraphs.paragraphs(source: [], target: []) == nil)
    }

    @Test func noUnitsWhenOneSideHasMoreThanThreeTimesTheOthers() throws {
        let source = ["Yes .", "' No .", "Well .", "Why ?", "Because ."]
        let marked = ["Oui .", "« Non .", "« Eh bien .", "« Pourquoi ?", "« Parce que ."]
        #expect(SoftParagraphs.paragraphs(source: source, target: marked) == nil)
        let threeTimes = try #require(SoftParagraphs.paragraphs(source: source, target: Array(marked.prefix(4))))
        #expect(threeTimes.target == [0, 1, 2, 3])
    }

    @Test func eachKindOfUnitIsJudgedApart() throws {
        // Verse broken at commas in the source only: its lines give no units, its turns do.
        let source = ["' Yes .", "One ,", "Two ,", "Three ,", "Four .", "' No ."]
        let target = ["« Oui .", "Un , deux , trois , quatre .", "« Non ."]
        let units = try #require(SoftParagraphs.paragraphs(source: source, target: target))
        #expect(units.source == [0, 0, 0, 0, 0, 1])
        #expect(units.target == [0, 0, 1])
        // With the target's verse broken too, both kinds count.
        let broken = ["« Oui .", "Un ,", "Deux , trois , quatre .", "« Non ."]
        let both = try #require(SoftParagraphs.paragraphs(source: source, target: broken))
        #expect(both.source == [0, 0, 1, 2, 3, 4])
        #expect(both.target == [0, 0, 1, 2])
    }

    @Test func proseGoingOnInLowerCaseAfterACommaStartsNoUnit() throws {
        let units = try #require(SoftParagraphs.paragraphs(source: ["' Yes .", "It rained all day ,", "and we stayed home .", "' No ."],
                                                           target: ["« Oui .", "Il plut ,", "Nous restâmes .", "« Non ."]))
        // The source's line goes on in lower case: no comma unit there, so none on either
        // side (one document without them), and the turns alone.
        #expect(units.source == [0, 0, 0, 1])
        #expect(units.target == [0, 0, 0, 1])
    }

    // `partnerOfMiddle` (Support.swift): two source sentences alike but for the signs of a
    // unit. Without units each pair of cases below goes the same way, as nothing else
    // tells them apart.

    @Test func aReplyStaysInItsTurn() {
        let source = ["In that year the river rose by much in the valley .",
                      "' In that year the river rose by much in the valley . '"]
        let first = "Cette année-là , la rivière monta beaucoup dans la vallée ."
        let opened = "« Cette année-là , la rivière monta beaucoup dans la vallée . »"
        let continued = "Cette année-là , la rivière monta beaucoup dans la vallée . »"
        #expect(partnerOfMiddle(source: source, target: [first, "« Oui , vraiment .", continued]) == [1])
        #expect(partnerOfMiddle(source: source, target: [first, "Oui , vraiment .", opened]) == [0])
    }

    @Test func aLineBrokenAfterACommaStartsAUnit() {
        let source = ["In that year the river rose by much in the valley ,",
                      "In that year the river rose by much in the valley ."]
        let broken = "Cette année-là , la rivière monta beaucoup dans la vallée ,"
        let ended = "Cette année-là , la rivière monta beaucoup dans la vallée ."
        #expect(partnerOfMiddle(source: source, target: [broken, "Et oui , vraiment .", ended]) == [1])
        #expect(partnerOfMiddle(source: source, target: [ended, "Et oui , vraiment ,", ended]) == [0])
    }
}

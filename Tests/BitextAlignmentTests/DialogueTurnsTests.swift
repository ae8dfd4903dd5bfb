@testable import BitextAlignment
import Testing

@Suite struct DialogueTurnsTests {
    @Test func quotationMarksAndDialogueDashesOpenATurn() {
        for sentence in ["' Oh dear ! '", "\"Yes.\"", "« Oui. »", "»Ja«, sagte er.", "„Ja“, sagte er.", "“Yes.”",
                         "「はい」", "— Oui.", "– Sí.", "-- Une maison à elle !", "- Da.", "  « Oui. »"] {
            #expect(DialogueTurns.opensTurn(sentence), "\(sentence)")
        }
        for sentence in ["Alice was beginning to get very tired.", "-5 degrees at night.", "--verbose is an option.",
                         "(Alice had no idea.)", "", "   ", "-"] {
            #expect(!DialogueTurns.opensTurn(sentence), "\(sentence)")
        }
    }

    @Test func turnsAreNumberedFromTheSecondSentence() throws {
        let turns = try #require(DialogueTurns.turns(source: ["' Yes .", "Well .", "' No .", "' Why ?"],
                                                     target: ["Eh bien .", "« Non .", "Pourquoi ? »"]))
        // The first sentence starts the first turn whether it opens with a quotation or not.
        #expect(turns.source == [0, 0, 1, 2])
        #expect(turns.target == [0, 1, 1])
    }

    @Test func noTurnsUnlessBothSidesHaveDialogue() {
        #expect(DialogueTurns.turns(source: ["' Yes .", "' No ."], target: ["Oui .", "Non ."]) == nil)
        #expect(DialogueTurns.turns(source: ["Yes .", "No ."], target: ["« Oui .", "« Non ."]) == nil)
        #expect(DialogueTurns.turns(source: [], target: []) == nil)
    }

    @Test func noTurnsWhenOneSideHasMoreThanThreeTimesTheOthers() throws {
        let source = ["Yes .", "' No .", "Well .", "Why ?", "Because ."]
        let marked = ["Oui .", "« Non .", "« Eh bien .", "« Pourquoi ?", "« Parce que ."]
        #expect(DialogueTurns.turns(source: source, target: marked) == nil)
        let threeTimes = try #require(DialogueTurns.turns(source: source, target: Array(marked.prefix(4))))
        #expect(threeTimes.target == [0, 1, 2, 3])
    }

    /// A short reply that lengths and words could give to either neighbour goes to the one
    /// whose turn it shares: two source sentences alike but for a quotation mark, and a
    /// middle target sentence that opens the quotation (so belongs with the second) or not
    /// (so ends the first). Without turns both cases go the same way, as nothing else tells
    /// them apart.
    @Test func aReplyStaysInItsTurn() {
        let context = (1...6).map { "Berne \(1900 + $0), Genève \(1950 + $0), Bâle \(2000 + $0)." }
        func partnerOfMiddle(middle: String, last: String) -> [Int] {
            let source = ["In that year the river rose by much in the valley .",
                          "' In that year the river rose by much in the valley . '"]
            let target = ["Cette année-là , la rivière monta beaucoup dans la vallée .", middle, last]
            let beads = Aligner().align(
                SentenceDocument(sentences: context + source + context, language: "en"),
                SentenceDocument(sentences: context + target + context, language: "fr"))
            return beads.first { $0.target.contains(context.count + 1) }!.source.map { $0 - context.count }
        }
        #expect(partnerOfMiddle(middle: "« Oui , vraiment .", last: "Cette année-là , la rivière monta beaucoup dans la vallée . »") == [1])
        #expect(partnerOfMiddle(middle: "Oui , vraiment .", last: "« Cette année-là , la rivière monta beaucoup dans la vallée . »") == [0])
    }
}

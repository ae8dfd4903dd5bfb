@testable import BitextAlignment
import Testing

@Suite struct ContinuationLinesTests {
    @Test func aLineWhoseFirstLetterIsLowerCaseContinues() {
        for sentence in ["diese wird vielmehr von weiter nördlich gelegenen Höhenzügen gebildet .", "dit M. Knightley .",
                         "« ... wir gelangten zu drei grossen Fusstapfen", "  - kosteten ein paar Tage .", "(und dann) ging er .",
                         "éternel retour .", "ещё раз .", "και μετά ."] {
            #expect(ContinuationLines.startsInLowerCase(sentence) == true, "\(sentence)")
        }
        for sentence in ["Der Abstieg verlief glatt .", "« Oui . »", "18,29 m erhöht werden müsse .", "a ) la réfraction des rayons",
                         "b. Les Alpes 1956", "c) Albert Eggler", "Ещё раз .", "赫人回答亚伯拉罕说，"] {
            #expect(ContinuationLines.startsInLowerCase(sentence) == false, "\(sentence)")
        }
        for sentence in ["", "  ", "...", "« — »"] {
            #expect(ContinuationLines.startsInLowerCase(sentence) == nil, "\(sentence)")
        }
    }

    @Test func flagsEachLineOfADocumentThatMarksSentenceStartsByCase() throws {
        let flags = try #require(ContinuationLines.flags(["Le temps était splendide ;", "la vue claire .", "...", "Bien .", "Oui ."]))
        #expect(flags == [false, true, false, false, false])
    }

    @Test func aLineInLowerCaseAfterAFullStopStartsASentence() throws {
        let flags = try #require(ContinuationLines.flags([
            "It was late .", "so we left .", "We ran !", "and ran ...", "and ran .\"", "then stopped .", "Home at last .",
            "Enfin ...", "le sommet .", "Fin .", "Oui .", "Non .", "Bien .", "Alors .", "Voilà .",
        ]))
        #expect(flags == [false, false, false, true, true, false, false, false, true, false, false, false, false, false, false])
        // Only lines after a full stop: nothing to tell.
        #expect(ContinuationLines.flags(["It was late .", "so we left .", "We ran .", "Home .", "Fine ."]) == nil)
        // The first line continues nothing.
        #expect(ContinuationLines.flags(["the end ;", "Yes .", "No .", "Fine ."]) == nil)
    }

    @Test func aFullStopEndsASentenceAnEllipsisDoesNot() {
        for sentence in ["It was late .", "« Oui . »", "(See below.)", "\"Yes.\" ", "我走了。"] {
            #expect(ContinuationLines.endsWithFullStop(sentence), "\(sentence)")
        }
        for sentence in ["Enfin ...", "Wait ,", "Really ?", "Stop !", "nicht Wasserscheide ;", "", "» «"] {
            #expect(!ContinuationLines.endsWithFullStop(sentence), "\(sentence)")
        }
    }

    @Test func aLineThatClosesABracketLeftOpenContinues() throws {
        let flags = try #require(ContinuationLines.flags(["« Dämon Himalaya » ( Basel :", "Benno Schwabe 1935 ) .", "Weiter ."]))
        #expect(flags == [false, true, false])
        // Closed on its own line, or opened again before it closes: nothing left open.
        #expect(ContinuationLines.flags(["Basel ( 1935 ) :", "Benno Schwabe ) ."]) == nil)
        #expect(ContinuationLines.flags(["Basel ( 1935 :", "Schwabe ( Verlag ) ) ."]) == nil)
        // Full-width brackets, and square ones; in any script, cased or not.
        #expect(ContinuationLines.flags(["见（第三章，", "第五节）。"]) == [false, true])
        #expect(ContinuationLines.flags(["ის [ სახლში :", "წავიდა ] .", "კარგია ."]) == [false, true, false])
    }

    @Test func nothingWhereCaseDoesNotMarkSentenceStarts() {
        // No line starts in lower case.
        #expect(ContinuationLines.flags(["Oui .", "Non ."]) == nil)
        // Chinese has no case.
        #expect(ContinuationLines.flags(["赫人回答亚伯拉罕说，", "我在你们中间是外人 。"]) == nil)
        // Georgian's Mkhedruli letters are all lower-case to Unicode.
        #expect(ContinuationLines.flags(["ის სახლში წავიდა .", "მერე დაბრუნდა .", "კარგია ."]) == nil)
        // A corpus lower-cased: more than a third of its lines start in lower case.
        #expect(ContinuationLines.flags(["The end ;", "then .", "Yes ;", "no .", "Fine ."]) == nil)
        #expect(ContinuationLines.flags(["The end ;", "then .", "Yes ;", "No .", "Fine ."]) == [false, true, false, false, false])
        #expect(ContinuationLines.flags([]) == nil)
    }

    /// `partnerOfMiddle` (Support.swift) with the continuation cost at `cost`: two source
    /// sentences alike but for their case.
    private func partnerOfMiddle(source: [String], target: [String],
                                 cost: Double = AlignerConfiguration.default.continuationMismatchCost) -> [Int] {
        var configuration = AlignerConfiguration.default
        configuration.continuationMismatchCost = cost
        return BitextAlignmentTests.partnerOfMiddle(source: source, target: target, configuration: configuration)
    }

    @Test func aLineThatContinuesJoinsTheSentenceBefore() {
        let source = ["In that year the river rose by much in the valley .",
                      "In that year the river rose by much in the valley ."]
        let broken = "Cette année-là , la rivière monta beaucoup dans la vallée ;"
        let ended = "Cette année-là , la rivière monta beaucoup dans la vallée ."
        let continued = "cette année-là , la rivière monta beaucoup dans la vallée ."
        // The middle line continues the first: it joins the first source sentence's bead…
        let middleContinues = [broken, "et oui , vraiment ;", ended]
        #expect(partnerOfMiddle(source: source, target: middleContinues) == [0])
        // …and when the last line continues the middle one, both go with the second.
        let lastContinues = [broken, "Et oui , vraiment ;", continued]
        #expect(partnerOfMiddle(source: source, target: lastContinues) == [1])
        // Without the cost, nothing tells the two cases apart: they differ only in case.
        #expect(partnerOfMiddle(source: source, target: middleContinues, cost: 0)
            == partnerOfMiddle(source: source, target: lastContinues, cost: 0))
    }
}

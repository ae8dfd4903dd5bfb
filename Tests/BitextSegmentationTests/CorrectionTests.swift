import BitextSegmentation
import Testing

/// Each class of ICU fault that the segmenter corrects, in English and French. The
/// expected sentences are written by hand from the texts, not taken from the segmenter.
@Suite struct CorrectionTests {
    @Test func wordEndingsAreNotAbbreviations() throws {
        #expect(try sentences("Ils le brandissaient sur les médias sociaux. Tandis que l'EI avançait, rien.", "fr")
            == ["Ils le brandissaient sur les médias sociaux.", "Tandis que l'EI avançait, rien."])
        #expect(try sentences("Il a signé au Liverpool FC. Il y reste trois ans.", "fr")
            == ["Il a signé au Liverpool FC.", "Il y reste trois ans."])
        #expect(try sentences("He played for Liverpool FC. He then retired.", "en")
            == ["He played for Liverpool FC.", "He then retired."])
    }

    @Test func initialsStayWithTheirNames() throws {
        #expect(try sentences("President George W. Bush spoke. Then he left.", "en")
            == ["President George W. Bush spoke.", "Then he left."])
        #expect(try sentences("Le livre de H.R.F. Keating est paru. J. Chirac l'a lu.", "fr")
            == ["Le livre de H.R.F. Keating est paru.", "J. Chirac l'a lu."])
        // A single capital before a sentence starter is a sentence end ("you and I.").
        #expect(try sentences("We make a good team, you and I. Did you see Albert I. Jones?", "en")
            == ["We make a good team, you and I.", "Did you see Albert I. Jones?"])
    }

    @Test func englishAbbreviations() throws {
        #expect(try sentences("Dr. Smith met Gen. Lee at Acme Inc. headquarters in the U.S. capital.", "en")
            == ["Dr. Smith met Gen. Lee at Acme Inc. headquarters in the U.S. capital."])
        #expect(try sentences("The case is Roe v. Wade. It was decided in 1973.", "en")
            == ["The case is Roe v. Wade.", "It was decided in 1973."])
        #expect(try sentences("I live in the U.S. How about you?", "en") == ["I live in the U.S.", "How about you?"])
        #expect(try sentences("See p. 55 and No. 7 for details.", "en") == ["See p. 55 and No. 7 for details."])
    }

    @Test func frenchAbbreviations() throws {
        #expect(try sentences("Le Dr. Martin et M. Dupont sont venus. Mme Durand aussi.", "fr")
            == ["Le Dr. Martin et M. Dupont sont venus.", "Mme Durand aussi."])
        #expect(try sentences("Il habite rue St. Denis, p. ex. près de la gare.", "fr")
            == ["Il habite rue St. Denis, p. ex. près de la gare."])
        #expect(try sentences("Il a acheté des pommes, des poires, etc. Le reste attendra.", "fr")
            == ["Il a acheté des pommes, des poires, etc.", "Le reste attendra."])
        #expect(try sentences("Il est né en 493 av. J.-C. Il mourut jeune.", "fr")
            == ["Il est né en 493 av. J.-C.", "Il mourut jeune."])
    }

    @Test func closingGuillemetAfterASpaceStaysWithItsSentence() throws {
        #expect(try sentences("Le mot signifie « pièce. » Les linguistes le savent.", "fr")
            == ["Le mot signifie « pièce. »", "Les linguistes le savent."])
        #expect(try sentences("The sign read “Closed. ” Nobody came.", "en") == ["The sign read “Closed. ”", "Nobody came."])
        // Without an open guillemet, a » after a space does not belong to the sentence before.
        #expect(try sentences("Il est parti. » Elle est restée.", "fr") == ["Il est parti.", "» Elle est restée."])
    }

    @Test func ellipses() throws {
        #expect(try sentences("Il hésita… Puis il partit.", "fr") == ["Il hésita…", "Puis il partit."])
        #expect(try sentences("Il hésita… puis il partit.", "fr") == ["Il hésita… puis il partit."])
        #expect(try sentences("I never meant that.... She left the store.", "en")
            == ["I never meant that....", "She left the store."])
        #expect(try sentences("I wasn't really ... well, what I mean...see, nothing.", "en")
            == ["I wasn't really ... well, what I mean...see, nothing."])
        #expect(try sentences(#""Bohr [...] used the analogy [...]" (Smith 55)."#, "en")
            == [#""Bohr [...] used the analogy [...]" (Smith 55)."#])
    }

    @Test func lowerCaseAndDigitStartsAfterAPeriod() throws {
        #expect(try sentences("Il rendra son verdict lundi prochain. on s'y retrouve souvent le soir.", "fr")
            == ["Il rendra son verdict lundi prochain.", "on s'y retrouve souvent le soir."])
        #expect(try sentences("Les données sont douteuses. 200 vols ont été annulés.", "fr")
            == ["Les données sont douteuses.", "200 vols ont été annulés."])
        #expect(try sentences("i went home. it was late. 3 people stayed.", "en")
            == ["i went home.", "it was late.", "3 people stayed."])
        // But not inside a quotation: 'This is great." she said'.
        #expect(try sentences(#"She turned to him, "This is great." she said."#, "en")
            == [#"She turned to him, "This is great." she said."#])
    }

    @Test func questionAndExclamationMarks() throws {
        #expect(try sentences(#""What?" asks Winston. He waits."#, "en") == [#""What?" asks Winston."#, "He waits."])
        #expect(try sentences("Go to https://example.com/search?q=bitext&x=1 now. Then stop.", "en")
            == ["Go to https://example.com/search?q=bitext&x=1 now.", "Then stop."])
        #expect(try sentences("She works at Yahoo! in the accounting department.", "en")
            == ["She works at Yahoo! in the accounting department."])
        #expect(try sentences("Where did you grow up? india? really?", "en")
            == ["Where did you grow up?", "india?", "really?"])
        #expect(try sentences("« Quoi ? » demande-t-il. Personne ne répond.", "fr")
            == ["« Quoi ? » demande-t-il.", "Personne ne répond."])
        #expect(try sentences("Et downtown...? like 4th street", "en") == ["Et downtown...?", "like 4th street"])
        #expect(try sentences("Vous aimez notre site ? Revenez demain !", "fr")
            == ["Vous aimez notre site ?", "Revenez demain !"])
    }

    @Test func semicolonBeforeASentenceStarter() throws {
        #expect(try sentences("Le poème en prose est né au XIXe siècle ; Il s'agit d'un genre neuf.", "fr")
            == ["Le poème en prose est né au XIXe siècle ;", "Il s'agit d'un genre neuf."])
        #expect(try sentences("Les uns partent ; Marie reste.", "fr") == ["Les uns partent ; Marie reste."])
        #expect(try sentences("We tried; It failed; then we stopped.", "en") == ["We tried;", "It failed; then we stopped."])
    }

    @Test func doubleDots() throws {
        #expect(try sentences("It went to CCNG, Inc.. On October 6 we met.", "en") == ["It went to CCNG, Inc..", "On October 6 we met."])
        #expect(try sentences("Good food.. really good.", "en") == ["Good food.. really good."])
    }

    @Test func listMarkers() throws {
        #expect(try sentences("1. The first item 2. The second item", "en") == ["1. The first item", "2. The second item"])
        #expect(try sentences("1.) The first item. 2.) The second item.", "en")
            == ["1.) The first item.", "2.) The second item."])
        #expect(try sentences("a. The first item b. The second item c. The third item", "en")
            == ["a. The first item", "b. The second item", "c. The third item"])
        #expect(try sentences("• 9. Le premier point • 10. Le second point", "fr")
            == ["• 9. Le premier point", "• 10. Le second point"])
    }

    @Test func timesAndDates() throws {
        #expect(try sentences("The storm hit at 10 a.m. (CDT) on Monday. Nobody was hurt.", "en")
            == ["The storm hit at 10 a.m. (CDT) on Monday.", "Nobody was hurt."])
        #expect(try sentences("At 5 a.m. Mr. Smith went to the bank.", "en") == ["At 5 a.m. Mr. Smith went to the bank."])
        #expect(try sentences("Publié le ven. 22 déc. 2017 à 21h15. La suite demain.", "fr")
            == ["Publié le ven. 22 déc. 2017 à 21h15.", "La suite demain."])
    }

    @Test func numbersAndAddresses() throws {
        #expect(try sentences("She has $100.00. It is in her bag.", "en") == ["She has $100.00.", "It is in her bag."])
        #expect(try sentences("Her email is Jane.Doe@example.com. I sent her an email.", "en")
            == ["Her email is Jane.Doe@example.com.", "I sent her an email."])
    }

    @Test func germanOrdinals() throws {
        #expect(try sentences("Am 3. Oktober 1990 wurde Deutschland vereint. Das war ein Fest.", "de")
            == ["Am 3. Oktober 1990 wurde Deutschland vereint.", "Das war ein Fest."])
        #expect(try sentences("Er wurde im 19. Jahrhundert geboren, z.B. in Bern. Er lebte lange.", "de")
            == ["Er wurde im 19. Jahrhundert geboren, z.B. in Bern.", "Er lebte lange."])
    }

    @Test func languagesWithoutWordListsUseICU() throws {
        #expect(try sentences("这是第一句。这是第二句！", "zh") == ["这是第一句。", "这是第二句！"])
        #expect(try sentences("Это первое предложение. Это второе.", "ru") == ["Это первое предложение.", "Это второе."])
    }
}

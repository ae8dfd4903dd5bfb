import BitextSegmentation
import Testing

/// The word lists of the profiles, on short texts written for these tests: abbreviations
/// continue a sentence before a lower-case word or a number and end it before a sentence
/// starter; ordinals. Here el, ru, hu, ro, is, ar, he; the other languages in the
/// `ProfileSegmentationTests+…` files.
@Suite struct ProfileSegmentationTests {
    @Test func russian() throws {
        #expect(try sentences("Это было в 1990 г. Потом он уехал. В 1991 г. он вернулся, т.е. через год. См. стр. 5 и т.д. Это всё.", "ru")
            == ["Это было в 1990 г.", "Потом он уехал.", "В 1991 г. он вернулся, т.е. через год.", "См. стр. 5 и т.д.", "Это всё."])
    }

    @Test func greek() throws {
        #expect(try sentences("Ήρθε ο κ. Παπαδόπουλος. Είδαμε σπίτια, αυτοκίνητα κ.λπ. Μετά φύγαμε. Βλ. σελ. 5 για λεπτομέρειες.", "el")
            == ["Ήρθε ο κ. Παπαδόπουλος.", "Είδαμε σπίτια, αυτοκίνητα κ.λπ.", "Μετά φύγαμε.", "Βλ. σελ. 5 για λεπτομέρειες."])
        // The Greek question mark is ";" (or U+037E), which ICU already ends sentences at.
        #expect(try sentences("Τι κάνεις; Καλά.", "el") == ["Τι κάνεις;", "Καλά."])
    }

    @Test func hungarian() throws {
        #expect(try sentences("1848. március 15-én kezdődött a forradalom. Dr. Kovács pl. nem jött el. Ez jó.", "hu")
            == ["1848. március 15-én kezdődött a forradalom.", "Dr. Kovács pl. nem jött el.", "Ez jó."])
    }

    @Test func aYearEndsASentenceBeforeACapitalWhereNumbersAreOrdinals() throws {
        #expect(try sentences("Er kam im Jahr 1990. Peter blieb bis zum 3. Oktober im 19. Jahrhundert.", "de")
            == ["Er kam im Jahr 1990.", "Peter blieb bis zum 3. Oktober im 19. Jahrhundert."])
        #expect(try sentences("Narodil se v roce 1990. Petr tam žil do 3. května.", "cs")
            == ["Narodil se v roce 1990.", "Petr tam žil do 3. května."])
    }

    @Test func aNumberBeforeATitleEndsItsSentence() throws {
        // No number is the ordinal of a title; an abbreviation may stand before one.
        #expect(try sentences("Spotkanie jest w sali nr 3. Prof. Nowak przyjdzie. Zobacz z.B. nic.", "pl")
            == ["Spotkanie jest w sali nr 3.", "Prof. Nowak przyjdzie.", "Zobacz z.B. nic."])
        #expect(try sentences("Er kam z.B. am 3. Oktober mit Dr. Müller.", "de") == ["Er kam z.B. am 3. Oktober mit Dr. Müller."])
    }

    @Test func romanian() throws {
        #expect(try sentences("Dl. Popescu a venit. Vezi art. 5 din lege, alin. 2. Apoi a plecat etc. Totul a fost bine.", "ro")
            == ["Dl. Popescu a venit.", "Vezi art. 5 din lege, alin. 2.", "Apoi a plecat etc.", "Totul a fost bine."])
    }

    @Test func icelandic() throws {
        #expect(try sentences("Þann 17. júní er þjóðhátíðardagur. Sjá bls. 5 o.s.frv. Það er gott.", "is")
            == ["Þann 17. júní er þjóðhátíðardagur.", "Sjá bls. 5 o.s.frv.", "Það er gott."])
    }

    @Test func arabicAndHebrew() throws {
        #expect(try sentences("كيف حالك؟ أنا بخير. شكرا!", "ar") == ["كيف حالك؟", "أنا بخير.", "شكرا!"])
        #expect(try sentences("מה שלומך? אני בסדר. תודה!", "he") == ["מה שלומך?", "אני בסדר.", "תודה!"])
    }
}

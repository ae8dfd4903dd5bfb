import BitextSegmentation
import Testing

/// The profiles of Polish, Czech, Slovak, Slovenian, Croatian, Lithuanian and Latvian, on
/// short texts written for these tests: a title before a name, an abbreviation before a
/// lower-case word (the sentence goes on) and before a sentence starter (it ends), an
/// ordinal or a date, and an abbreviation before a number.
extension ProfileSegmentationTests {
    @Test func polish() throws {
        #expect(try sentences("Dr. Kowalski uczy w 3. klasie, tzn. w liceum. Ma psa, kota itd. Potem przeczytaj str. 5 w podręczniku. Było to w 1990 r. W maju wróciłem.", "pl")
            == ["Dr. Kowalski uczy w 3. klasie, tzn. w liceum.", "Ma psa, kota itd.", "Potem przeczytaj str. 5 w podręczniku.",
                "Było to w 1990 r.", "W maju wróciłem."])
        // Possessives begin sentences too.
        #expect(try sentences("Mieszkam tu od 2010 r. Moja żona też.", "pl") == ["Mieszkam tu od 2010 r.", "Moja żona też."])
        #expect(try sentences("Přivezl jablka atd. Moje žena také.", "cs") == ["Přivezl jablka atd.", "Moje žena také."])
        #expect(try sentences("Priniesol jablká atď. Moja žena tiež.", "sk") == ["Priniesol jablká atď.", "Moja žena tiež."])
    }

    @Test func czech() throws {
        #expect(try sentences("Ing. Novák přijel 3. května do Prahy, tj. do hlavního města. Přivezl jablka, hrušky atd. Pak odešel. Karel IV. založil univerzitu, viz str. 5.", "cs")
            == ["Ing. Novák přijel 3. května do Prahy, tj. do hlavního města.", "Přivezl jablka, hrušky atd.", "Pak odešel.",
                "Karel IV. založil univerzitu, viz str. 5."])
    }

    @Test func slovak() throws {
        #expect(try sentences("MUDr. Kováč prišiel 3. mája do Bratislavy, napr. na kongres. Priniesol jablká, hrušky atď. Potom odišiel. Pozri str. 5 a čl. 2.", "sk")
            == ["MUDr. Kováč prišiel 3. mája do Bratislavy, napr. na kongres.", "Priniesol jablká, hrušky atď.", "Potom odišiel.",
                "Pozri str. 5 a čl. 2."])
    }

    @Test func slovenian() throws {
        #expect(try sentences("Prof. Novak je prišel 3. maja v Ljubljano, npr. na kongres z dr. Kranjcem. Prinesel je jabolka, hruške itd. Potem je odšel. Glej str. 5 in čl. 2.", "sl")
            == ["Prof. Novak je prišel 3. maja v Ljubljano, npr. na kongres z dr. Kranjcem.", "Prinesel je jabolka, hruške itd.",
                "Potem je odšel.", "Glej str. 5 in čl. 2."])
    }

    @Test func croatian() throws {
        #expect(try sentences("Prof. Horvat je došao 3. svibnja 2020. godine u Zagreb, npr. s dr. Babićem. Donio je jabuke, kruške itd. Zatim je otišao. Vidi str. 5 i čl. 2.", "hr")
            == ["Prof. Horvat je došao 3. svibnja 2020. godine u Zagreb, npr. s dr. Babićem.", "Donio je jabuke, kruške itd.",
                "Zatim je otišao.", "Vidi str. 5 i čl. 2."])
    }

    @Test func lithuanian() throws {
        // Dates are written with abbreviations, not ordinals: "2020 m. gegužės 3 d.".
        #expect(try sentences("Dr. Jonaitis atvyko 2020 m. gegužės 3 d. į Vilnių, pvz. į kongresą. Atvežė obuolių, kriaušių ir kt. Paskui išvyko. Žr. Nr. 5 ir 7 psl. pavyzdį.", "lt")
            == ["Dr. Jonaitis atvyko 2020 m. gegužės 3 d. į Vilnių, pvz. į kongresą.", "Atvežė obuolių, kriaušių ir kt.",
                "Paskui išvyko.", "Žr. Nr. 5 ir 7 psl. pavyzdį."])
    }

    @Test func latvian() throws {
        #expect(try sentences("Prof. Bērziņš ieradās 2020. gada 15. maijā Rīgā, piem. uz kongresu. Viņš atveda ābolus, bumbierus u.tml. Tad viņš aizbrauca. Skat. Nr. 5 un 7. lpp.", "lv")
            == ["Prof. Bērziņš ieradās 2020. gada 15. maijā Rīgā, piem. uz kongresu.", "Viņš atveda ābolus, bumbierus u.tml.",
                "Tad viņš aizbrauca.", "Skat. Nr. 5 un 7. lpp."])
    }
}

import BitextSegmentation
import Testing

/// The profiles of Ukrainian, Bulgarian, Serbian (both scripts), Catalan, Indonesian and
/// Malay, on short texts written for these tests: a title before a name, an abbreviation
/// before a lower-case word (the sentence goes on) and before a sentence starter (it
/// ends), an abbreviation before a number; Serbian ordinals ("3. маја").
extension ProfileSegmentationTests {
    @Test func ukrainian() throws {
        #expect(try sentences("Доповідь зробив проф. Іваненко. Це т.зв. нова теорія, напр. щодо мови. Він приїхав у 2014 р. Потім усе змінилося. Див. стор. 5 і т. ін.", "uk")
            == ["Доповідь зробив проф. Іваненко.", "Це т.зв. нова теорія, напр. щодо мови.", "Він приїхав у 2014 р.",
                "Потім усе змінилося.", "Див. стор. 5 і т. ін."])
    }

    @Test func bulgarian() throws {
        #expect(try sentences("Дойде проф. Петров. Това е т.нар. нова теория, напр. за езика. Вж. стр. 5 и т.н. Той си тръгна.", "bg")
            == ["Дойде проф. Петров.", "Това е т.нар. нова теория, напр. за езика.", "Вж. стр. 5 и т.н.", "Той си тръгна."])
    }

    @Test func serbian() throws {
        #expect(try sentences("Дошао је проф. Петровић. Рођен је 3. маја 1990. године, тј. пре рата. Видети стр. 5 итд. Он је отишао.", "sr")
            == ["Дошао је проф. Петровић.", "Рођен је 3. маја 1990. године, тј. пре рата.", "Видети стр. 5 итд.", "Он је отишао."])
        #expect(try sentences("Došao je prof. Petrović. Rođen je 3. maja 1990. godine, tj. pre rata. Vidi str. 5 itd. On je otišao.", "sr-Latn")
            == ["Došao je prof. Petrović.", "Rođen je 3. maja 1990. godine, tj. pre rata.", "Vidi str. 5 itd.", "On je otišao."])
    }

    @Test func catalan() throws {
        #expect(try sentences("Va venir el Dr. Puig. Llegiu la pàg. 12, p. ex. el cap. 3. Hi havia pomes, peres, etc. També hi havia prunes.", "ca")
            == ["Va venir el Dr. Puig.", "Llegiu la pàg. 12, p. ex. el cap. 3.", "Hi havia pomes, peres, etc.", "També hi havia prunes."])
        // After an elided article the word is looked up alone (l'Av., d'art.).
        #expect(try sentences("Viu a l'Av. Diagonal, segons l'art. 5 de la llei. També hi viu en Pere.", "ca")
            == ["Viu a l'Av. Diagonal, segons l'art. 5 de la llei.", "També hi viu en Pere."])
    }

    @Test func indonesian() throws {
        #expect(try sentences("Kemarin Dr. Budi datang. Ada buku, pena, dll. yang dijual. Lihat hlm. 5 dsb. Kemudian dia pergi.", "id")
            == ["Kemarin Dr. Budi datang.", "Ada buku, pena, dll. yang dijual.", "Lihat hlm. 5 dsb.", "Kemudian dia pergi."])
    }

    @Test func malay() throws {
        #expect(try sentences("En. Ahmad bekerja di Petronas Sdn. Bhd. sejak 2010. Lihat ms. 5 dsb. Kemudian dia pulang.", "ms")
            == ["En. Ahmad bekerja di Petronas Sdn. Bhd. sejak 2010.", "Lihat ms. 5 dsb.", "Kemudian dia pulang."])
    }
}

import BitextSegmentation
import Testing

/// The Nordic, Finnic and Turkish profiles (sv, da, nb, fi, et, tr) on short texts written
/// for these tests: a title before a name, abbreviations that continue a sentence before a
/// lower-case word or a number and end it before a sentence starter, and (all but Swedish)
/// ordinals written with a period.
extension ProfileSegmentationTests {
    @Test func swedish() throws {
        #expect(try sentences("Dr. Lindqvist kom hem kl. 18 efter ca. tio timmars arbete. Han köpte mjölk, bröd osv. Sedan lagade han mat. Receptet står på sid. 12 i boken.", "sv")
            == ["Dr. Lindqvist kom hem kl. 18 efter ca. tio timmars arbete.", "Han köpte mjölk, bröd osv.", "Sedan lagade han mat.",
                "Receptet står på sid. 12 i boken."])
    }

    @Test func danish() throws {
        #expect(try sentences("Prof. Jensen blev født den 3. maj i Odense. Han læste jura, historie osv. Derefter flyttede han til København, dvs. hovedstaden. Se kap. 2 for detaljer.", "da")
            == ["Prof. Jensen blev født den 3. maj i Odense.", "Han læste jura, historie osv.",
                "Derefter flyttede han til København, dvs. hovedstaden.", "Se kap. 2 for detaljer."])
    }

    @Test func norwegian() throws {
        #expect(try sentences("Dr. Nilsen ble født 17. mai i Bergen. Hun studerte medisin, jus osv. Senere flyttet hun til Oslo, dvs. hovedstaden. Se kap. 3 for detaljer.", "nb")
            == ["Dr. Nilsen ble født 17. mai i Bergen.", "Hun studerte medisin, jus osv.", "Senere flyttet hun til Oslo, dvs. hovedstaden.",
                "Se kap. 3 for detaljer."])
    }

    @Test func finnish() throws {
        #expect(try sentences("Prof. Virtanen syntyi 3. toukokuuta Tampereella. Hän opiskeli esim. lakia ja historiaa jne. Sitten hän muutti Helsinkiin. Tapaaminen on klo. 15 ja nro. 2 on varattu.", "fi")
            == ["Prof. Virtanen syntyi 3. toukokuuta Tampereella.", "Hän opiskeli esim. lakia ja historiaa jne.", "Sitten hän muutti Helsinkiin.",
                "Tapaaminen on klo. 15 ja nro. 2 on varattu."])
    }

    @Test func estonian() throws {
        #expect(try sentences("Dr. Tamm sündis 24. veebruaril Tartus. Ta õppis nt. ajalugu, õigust jne. Siis kolis ta Tallinna. Vaata lk. 5 ja nr. 2.", "et")
            == ["Dr. Tamm sündis 24. veebruaril Tartus.", "Ta õppis nt. ajalugu, õigust jne.", "Siis kolis ta Tallinna.", "Vaata lk. 5 ja nr. 2."])
    }

    @Test func turkish() throws {
        #expect(try sentences("Dr. Yılmaz 3. sınıfta öğretmendi. Tarih, coğrafya vb. dersler verdi. Kitaplar, defterler vs. Sonra II. Dünya Savaşı başladı. Ayrıntılar için bkz. s. 12 ve No. 5.", "tr")
            == ["Dr. Yılmaz 3. sınıfta öğretmendi.", "Tarih, coğrafya vb. dersler verdi.", "Kitaplar, defterler vs.", "Sonra II. Dünya Savaşı başladı.",
                "Ayrıntılar için bkz. s. 12 ve No. 5."])
    }
}

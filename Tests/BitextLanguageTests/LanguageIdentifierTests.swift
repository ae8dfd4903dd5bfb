import Testing
@testable import BitextLanguage

/// Texts written for these tests, a few sentences each, as a short document would be.
private let texts: [(language: String, text: String)] = [
    ("en", """
        The council met in Geneva last spring to discuss the new railway line. Most of the members \
        agreed that the project would cost more than expected, but nobody wanted to cancel it. \
        The mayor said that the trains would run every ten minutes once the work is finished.
        """),
    ("fr", """
        Le conseil s'est réuni à Genève au printemps dernier pour discuter de la nouvelle ligne de \
        chemin de fer. La plupart des membres ont reconnu que le projet coûterait plus cher que prévu, \
        mais personne ne voulait l'abandonner. Le maire a déclaré que les trains circuleraient toutes \
        les dix minutes une fois les travaux terminés.
        """),
    ("de", """
        Der Rat traf sich im vergangenen Frühjahr in Genf, um über die neue Bahnstrecke zu sprechen. \
        Die meisten Mitglieder waren sich einig, dass das Projekt teurer werden würde als erwartet, \
        aber niemand wollte es aufgeben. Der Bürgermeister sagte, die Züge würden nach dem Ende der \
        Bauarbeiten alle zehn Minuten fahren.
        """),
    ("zh", "理事会去年春天在日内瓦开会，讨论新的铁路线。大多数成员都认为这个项目的费用会比预期的高，但是没有人愿意放弃它。市长说，工程结束以后，火车每十分钟就会开一班。"),
    ("ru", """
        Совет собрался прошлой весной в Женеве, чтобы обсудить новую железнодорожную линию. \
        Большинство членов согласились, что проект обойдётся дороже, чем ожидалось, но никто не хотел \
        от него отказываться. Мэр сказал, что после окончания работ поезда будут ходить каждые десять минут.
        """),
    ("ar", """
        اجتمع المجلس في جنيف في الربيع الماضي لمناقشة خط السكك الحديدية الجديد. واتفق معظم الأعضاء على \
        أن المشروع سيكلف أكثر مما كان متوقعا، لكن لم يرغب أحد في إلغائه. وقال رئيس البلدية إن القطارات \
        ستسير كل عشر دقائق بعد انتهاء الأعمال.
        """),
]

@Suite struct LanguageIdentifierTests {
    @Test(arguments: texts.map(\.language))
    func identifiesDocuments(language: String) throws {
        let text = try #require(texts.first { $0.language == language }).text
        let result = try #require(LanguageIdentifier.identify(text))
        #expect(result.language == language)
        #expect(result.isReliable)
        #expect(result.confidence > 0.8)
    }

    @Test func longDocumentIsSampledAcrossItsLength() throws {
        // 200 KB of English, then 200 KB of French: a prefix alone would say English.
        let english = String(repeating: texts[0].text + "\n", count: 600)
        let french = String(repeating: texts[1].text + "\n", count: 600)
        let sample = LanguageIdentifier.sample(of: Array((english + french).utf8))
        #expect(sample.count <= LanguageIdentifier.sampleSize + LanguageIdentifier.sampleSlices)
        let text = String(decoding: sample, as: UTF8.self)
        #expect(text.contains("Le conseil") && text.contains("The council"))
        // Slices are cut on character boundaries: the sample is valid UTF-8 as it was.
        #expect(Array(text.utf8) == Array(sample))
    }

    @Test func sentencesAreIdentifiedOneByOne() {
        let sentences = [
            "Le maire a déclaré que les trains circuleraient toutes les dix minutes une fois les travaux terminés.",
            "The mayor said that the trains would run every ten minutes once the work is finished.",
        ]
        let results = LanguageIdentifier.identify(sentences: sentences)
        #expect(results.map { $0?.language } == ["fr", "en"])
    }

    @Test func nothingToIdentify() {
        #expect(LanguageIdentifier.identify("") == nil)
        #expect(LanguageIdentifier.identify(sentences: ["", "The mayor said that the trains would run every ten minutes."]).first! == nil)
    }

    @Test func declaredTagsMatchPrimaryCodes() {
        #expect(LanguageIdentifier.matches("pt", declared: "pt-BR"))
        #expect(LanguageIdentifier.matches("zh", declared: "zh_Hant"))
        #expect(LanguageIdentifier.matches("no", declared: "nb"))
        #expect(LanguageIdentifier.matches("he", declared: "iw"))
        #expect(!LanguageIdentifier.matches("en", declared: "fr"))
        #expect(LanguageIdentifier.primaryCode("iw") == "he")
    }
}

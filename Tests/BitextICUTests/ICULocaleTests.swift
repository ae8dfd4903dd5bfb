import BitextICU
import Testing

@Suite struct ICULocaleTests {
    @Test func languageTagsAreStrictBCP47() {
        #expect(ICULocale.languageTag("pt_BR") == "pt-BR")
        #expect(ICULocale.languageTag("iw") == "he")
        #expect(ICULocale.languageTag("zh_Hans_CN") == "zh-Hans-CN")
        // ICU's lenient conversion would give "fr" and "en": the strict one refuses.
        #expect(ICULocale.languageTag("fr_/../../x") == nil)
        #expect(ICULocale.languageTag("en@foo=bar<baz>") == nil)
        #expect(ICULocale.languageTag("") == nil)
        #expect(ICULocale.languageTag(String(repeating: "a", count: 200)) == nil)
    }

    @Test func localesScriptsAndDirections() {
        #expect(ICULocale.locale(forTag: "zh-Hant-TW") == "zh_Hant_TW")
        #expect(ICULocale.likelyScript("zh_TW") == "Hant")
        #expect(ICULocale.likelyScript("ja") == "Jpan")
        #expect(ICULocale.likelyScript("sr") == "Cyrl")
        #expect(ICULocale.likelyScript("tlh") == nil)
        #expect(ICULocale.isRightToLeft("ar") && ICULocale.isRightToLeft("he") && !ICULocale.isRightToLeft("fr"))
    }
}

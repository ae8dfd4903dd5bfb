import BitextICU
import BitextLanguage
import Testing

@Suite struct LanguageTests {
    @Test(arguments: [
        ("pt_BR", "pt-BR", "pt_BR"), ("pt-br", "pt-BR", "pt_BR"), ("PT-BR", "pt-BR", "pt_BR"), ("iw", "he", "he"),
        ("iw_IL", "he-IL", "he_IL"), ("zh_Hans_CN", "zh-Hans-CN", "zh_Hans_CN"), ("zh-hant", "zh-Hant", "zh_Hant"),
        ("EN", "en", "en"), ("en_GB", "en-GB", "en_GB"), ("de@collation=phonebook", "de-u-co-phonebk", "de@collation=phonebook"),
    ])
    func codesAreNormalisedOnce(code: String, bcp47: String, icuLocale: String) throws {
        let language = try Language(code)
        #expect(language.code == bcp47)
        #expect(language.icuLocale == icuLocale)
        #expect(language.description == bcp47)
    }

    @Test func equalCodesMakeEqualLanguages() throws {
        #expect(try Language("pt_BR") == Language("pt-br"))
        #expect(try Language("iw") == Language("he"))
        #expect(try Language("pt") != Language("pt-BR"))
        #expect(try Set([Language("pt_BR"), Language("pt-BR"), Language("fr")]).count == 2)
        #expect(try Language("pt-BR").primary == "pt")
        #expect(try Language("zh_Hant_TW").primary == "zh")
    }

    @Test(arguments: ["xx", "", "und", "x-klingon", "qqq", "en-", "-en", "e", "toolonglanguage"])
    func unknownCodesAreRefused(code: String) {
        #expect(throws: LanguageError.unknown(code)) { try Language(code) }
    }

    @Test(arguments: ["en@foo=bar<baz>", "fr_/../../x", "en us", "fr\n", "en.UTF-8", "fr\"><script>", "ﬁ", "en\u{0}"])
    func codesWithForeignCharactersAreRefused(code: String) {
        #expect(throws: LanguageError.invalidCharacters(code)) { try Language(code) }
    }

    @Test func errorsAreOneReadableLine() {
        #expect(LanguageError.unknown("xx").description == "unknown language code 'xx'")
        let invalid = LanguageError.invalidCharacters("fr\n/x").description
        #expect(invalid == "invalid language code 'fr\\n/x' (only letters, digits, '-' and '_' are allowed)")
        #expect(LanguageError.unknown(String(repeating: "a", count: 500)).description.count < 120)
        #expect(throws: LanguageError.unknown(String(repeating: "a", count: 500))) { try Language(String(repeating: "a", count: 500)) }
    }

    @Test(arguments: [
        ("en", "Latn", true, false), ("fr", "Latn", true, false), ("zh", "Hans", false, false), ("zh-TW", "Hant", false, false),
        ("ja", "Jpan", false, false), ("ko", "Kore", true, false), ("th", "Thai", false, false), ("lo", "Laoo", false, false),
        ("km", "Khmr", false, false), ("my", "Mymr", false, false), ("ar", "Arab", true, true), ("he", "Hebr", true, true),
        ("iw", "Hebr", true, true), ("fa", "Arab", true, true), ("ur", "Arab", true, true), ("ru", "Cyrl", true, false),
        ("sr", "Cyrl", true, false), ("sr-Latn", "Latn", true, false), ("el", "Grek", true, false), ("hi", "Deva", true, false),
    ])
    func scriptSpacingAndDirectionComeFromICU(code: String, script: String, usesSpaces: Bool, isRightToLeft: Bool) throws {
        let language = try Language(code)
        #expect(language.script == script)
        #expect(language.usesSpaces == usesSpaces)
        #expect(language.isRightToLeft == isRightToLeft)
        // Only Thai and Lao sentences end with no mark of their own.
        #expect(language.marksSentenceEnds == !["Thai", "Laoo"].contains(script))
    }

    @Test func sentenceMarksFollowTheLanguage() throws {
        #expect(try Language("zh").sentenceFinalMarks.starts(with: ["。", "！", "？"]))
        #expect(try Language("ja").sentenceFinalMarks.contains("。"))
        #expect(try Language("ar").sentenceFinalMarks.contains("؟"))
        #expect(try Language("el").sentenceFinalMarks.contains(";"))
        #expect(try !Language("fr").sentenceFinalMarks.contains(";"))
        // Without a profile, the script decides: Hindi's danda, Korean's full-width marks.
        #expect(try !Language("hi").hasProfile && Language("hi").sentenceFinalMarks.contains("।"))
        #expect(try Language("ko").sentenceFinalMarks.contains("。"))
        #expect(try Language("sw").sentenceFinalMarks == [".", "!", "?", "…"])
    }

    @Test func quotesAndBracketsFollowTheLanguage() throws {
        #expect(try Language("ja").quotePairs.first == PunctuationPair("「", "」"))
        #expect(try Language("zh").bracketPairs.contains(PunctuationPair("（", "）")))
        #expect(try Language("de").quotePairs.first == PunctuationPair("„", "“"))
        #expect(try Language("fr").quotePairs.contains(PunctuationPair("«", "»")))
        #expect(try Language("ru").quotePairs.first == PunctuationPair("«", "»"))
        #expect(try Language("en").bracketPairs.first == PunctuationPair("(", ")"))
    }

    @Test func theProfilesAreTheDataFiles() {
        #expect(Language.profiledLanguages == ["ar", "bg", "ca", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "he", "hr",
                                               "hu", "id", "is", "it", "ja", "lt", "lv", "ms", "nb", "nl", "pl", "pt", "ro", "ru",
                                               "sk", "sl", "sr", "sv", "th", "tr", "uk", "zh"])
    }

    @Test func languagesWithoutAProfileUseAKindredOnes() throws {
        // "no" names the language, not one of its two written standards: most text is Bokmål;
        // Nynorsk abbreviates as Bokmål does, Bosnian as Croatian.
        #expect(try Language("no").hasProfile)
        #expect(try Language("no-NO").wordLists.abbreviations.contains("bl.a"))
        #expect(try Language("no-NO").wordLists.hasOrdinalNumbers)
        #expect(try Language("no").code == "no")
        #expect(try Language("nn").wordLists.hasOrdinalNumbers)
        #expect(try Language("bs").wordLists.hasOrdinalNumbers)
        #expect(try Language("bs").code == "bs")
    }

    @Test(arguments: Language.profiledLanguages)
    func everyProfileLoads(code: String) throws {
        let language = try Language(code)
        #expect(language.hasProfile)
        #expect(!language.sentenceFinalMarks.isEmpty)
        #expect(!language.quotePairs.isEmpty && !language.bracketPairs.isEmpty)
    }

    @Test func wordListsComeWithTheLanguage() throws {
        #expect(try Language("fr-CA").wordLists.titles.contains("Mme"))
        #expect(try Language("de").wordLists.hasOrdinalNumbers)
        #expect(try Language("hu").wordLists.hasOrdinalNumbers)
        #expect(try Language("ja").wordLists.quoteContinuations.contains("と"))
        #expect(try Language("ru").wordLists.abbreviations.contains("т.е"))
        #expect(try Language("zh").wordLists.titles.longestEntry == 0)
        #expect(try Language("sw").wordLists.abbreviations.longestEntry == 0)
    }

    @Test(arguments: ["en", "fr", "zh", "zh-TW", "ja", "ko", "th", "ar", "he", "el", "ru", "hi", "hu", "is"])
    func transliteratorOpens(code: String) throws {
        let language = try Language(code)
        let transliterator = try #require(ICUTransliterator(id: language.latinTransliteratorID))
        #expect(transliterator.transliterate("Winston 1984").allSatisfy { $0.isASCII && !$0.isUppercase })
    }

    @Test(arguments: [("zh", "陈清扬", "chen qing yang"), ("ru", "Уинстон", "uinston"), ("el", "Αθήνα", "athena"),
                      ("ja", "とうきょう", "toukyou"), ("ko", "서울", "seoul"), ("de", "Größe", "grosse"), ("ar", "مرحبا", "mrhba")])
    func transliteratorSpellsInASCII(code: String, text: String, expected: String) throws {
        let language = try Language(code)
        let transliterator = try #require(ICUTransliterator(id: language.latinTransliteratorID))
        #expect(transliterator.transliterate(text) == expected)
    }

    @Test func chineseGoesThroughPinyin() throws {
        #expect(try Language("zh").latinTransliteratorID == "Han-Latin; Latin-ASCII; Lower")
        #expect(try Language("zh-Hant").latinTransliteratorID == "Han-Latin; Latin-ASCII; Lower")
        #expect(try Language("ru").latinTransliteratorID == "Any-Latin; Latin-ASCII; Lower")
    }
}

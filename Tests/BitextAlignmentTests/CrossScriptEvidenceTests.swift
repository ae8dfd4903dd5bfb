@testable import BitextAlignment
import Testing

/// Evidence that survives translation into another script: numbers in any digits and in
/// words, names read across scripts, punctuation that corresponds.
@Suite struct CrossScriptEvidenceTests {
    /// The names of the concepts each sentence of two documents has.
    private func concepts(source: [String], sourceLanguage: String, target: [String], targetLanguage: String)
        -> (source: [Set<String>], target: [Set<String>]) {
        var extractor = ConceptExtractor(configuration: .default)
        var sourceAnalysis = extractor.analyse(source, language: sourceLanguage)
        var targetAnalysis = extractor.analyse(target, language: targetLanguage)
        extractor.linkTransliteratedNames(&sourceAnalysis, &targetAnalysis)
        if Aligner.scriptsDiffer(sourceLanguage, targetLanguage) { extractor.linkSimilarWords(&sourceAnalysis, &targetAnalysis) }
        extractor.phoneticCognates = Aligner.comparesCognatesBySound(sourceLanguage, targetLanguage)
        let names = { (analysis: [(tokens: [Token], extra: [Int32])]) in
            analysis.map { Set(extractor.concepts(of: $0).map { extractor.name(of: $0) }) }
        }
        return (names(sourceAnalysis), names(targetAnalysis))
    }

    @Test func digitsOfEveryScriptAreTheSameNumber() {
        // Arabic-Indic, Devanagari and full-width digits.
        let found = concepts(source: ["It cost 1956 dinars."], sourceLanguage: "en",
                             target: ["كلف ١٩٥٦ دينارا.", "मूल्य १९५६ है।", "１９５６円でした。"], targetLanguage: "ar")
        #expect(found.source[0].contains("#1956"))
        for sentence in found.target { #expect(sentence.contains("#1956"), "\(sentence)") }
    }

    @Test func hanNumeralsAndNumberWordsMeetDigits() {
        let found = concepts(source: ["他们有四万六千五百人。", "一九四九年"], sourceLanguage: "zh",
                             target: ["There were 46,500 of them.", "three hundred and five men came", "Il en vint trois cents."],
                             targetLanguage: "en")
        #expect(found.source[0].contains("#46500"))
        #expect(found.target[0].contains("#46500"))
        #expect(found.target[1].contains("#305"))
        // Small numbers in words are left out (they are often translated by other words).
        #expect(!found.target[1].contains("#3"))
    }

    /// Each distinct run is parsed once, then read from memory: runs of the same length
    /// and words, met again and in another order, each keep their own value.
    @Test func numberWordsMetAgainKeepTheirValues() {
        let runs = ["two hundred", "three hundred", "two hundred", "three hundred and five", "three hundred", "Two hundred"]
        let found = concepts(source: runs.map { "They were \($0) men." }, sourceLanguage: "en", target: [], targetLanguage: "fr")
        let numbers = found.source.map { $0.filter { $0.hasPrefix("#") } }
        #expect(numbers == [["#200"], ["#300"], ["#200"], ["#305"], ["#300"], ["#200"]])
    }

    @Test func numberWordsFollowTheDocumentsLanguage() {
        let found = concepts(source: ["Il y avait deux cents personnes."], sourceLanguage: "fr",
                             target: ["Es waren zweihundert Leute."], targetLanguage: "de")
        #expect(found.source[0].contains("#200"))
        #expect(found.target[0].contains("#200"))
    }

    @Test func chineseNamesMatchTheirPinyin() {
        let found = concepts(source: ["陈清扬说她来到了云南。"], sourceLanguage: "zh",
                             target: ["Then Chen Qingyang said she had come to Yunnan."], targetLanguage: "en")
        #expect(found.source[0].contains("Nqingyang"))
        #expect(found.source[0].contains("Nyunnan"))
        #expect(found.target[0].contains("Nqingyang") && found.target[0].contains("Nyunnan"))
    }

    @Test func namesAreCognatesAcrossScriptsWhereNoPrefixSurvives() {
        let found = concepts(source: ["Then Socrates spoke to Winston.", "Nothing else."], sourceLanguage: "en",
                             target: ["Τότε μίλησε ο Σωκράτης.", "Уинстон молчал.", "Τίποτα άλλο."], targetLanguage: "el")
        let shared = { (a: Set<String>, b: Set<String>) in a.intersection(b).filter { $0.hasPrefix("≈") } }
        #expect(!shared(found.source[0], found.target[0]).isEmpty, "Socrates ↔ Σωκράτης")
        #expect(!shared(found.source[0], found.target[1]).isEmpty, "Winston ↔ Уинстон")
        #expect(shared(found.source[1], found.target[2]).isEmpty)
        #expect(CognateEvidence.similarity(Array("sokrates".utf8), Array("socrates".utf8)) == 0.875)
        #expect(CognateEvidence.similarity(Array("winston".utf8), Array("morning".utf8)) < AlignerConfiguration.default.crossScriptCognateSimilarity)
    }

    @Test func wordsOfOneScriptAreNotLinkedBySimilarity() {
        #expect(!Aligner.scriptsDiffer("en", "fr"))
        #expect(Aligner.scriptsDiffer("en", "el"))
        #expect(Aligner.scriptsDiffer("ru", "en"))
    }

    @Test func chineseClausesAreWordsNotOneToken() {
        var extractor = ConceptExtractor(configuration: .default)
        let analysis = extractor.analyse(["我们明天去北京。"], language: "zh")
        #expect(analysis[0].tokens.count >= 3)
        #expect(analysis[0].tokens.allSatisfy { $0.isUnspaced })
    }

    @Test func punctuationCorrespondsAcrossScripts() {
        let found = concepts(source: ["他问：“你去吗？”（真的）"], sourceLanguage: "zh",
                             target: ["هل تذهب؟", "He asked: \"Are you going?\" (really)"], targetLanguage: "en")
        let marks: Set<String> = ["?", ":", "\"", "("]
        #expect(marks.subtracting(found.source[0]).isEmpty)
        #expect(found.target[0].contains("?"))
        #expect(marks.subtracting(found.target[1]).isEmpty)
    }

    @Test func eachLanguagesQuestionMarksAreQuestionMarks() {
        // The punctuation concepts of each sentence, in order, repeats kept: a mark counts
        // as often as it is written.
        func marks(_ sentences: [String], _ language: String) -> [[String]] {
            var extractor = ConceptExtractor(configuration: .default)
            return extractor.analyse(sentences, language: language).map { $0.extra.map { extractor.name(of: $0) } }
        }
        // Greek asks with ";" (or U+037E) and pauses with "·" (or U+0387); in English ";"
        // is still a semicolon.
        #expect(marks(["Πού πας; Έλα.", "Πού πας\u{037E}", "Ήρθε· έφυγε.", "Ήρθε\u{0387} έφυγε."], "el") == [["?"], ["?"], [";"], [";"]])
        #expect(marks(["Where are you going? Come; go."], "en") == [["?", ";"]])
        // Spanish opens a question and an exclamation too: they count once, as in English.
        #expect(marks(["¿Vienes? ¡Ven!"], "es") == marks(["Coming? Come!"], "en"))
        // Armenian and Ethiopic marks.
        #expect(marks(["Ո՞ւր ես գնում։ Ա՜խ"], "hy") == [["?", "!"]])
        #expect(marks(["ወዴት ትሄዳለህ፧ እሺ፤ ና፥"], "am") == [["?", ";", ":"]])
    }

    @Test func cognatesAreComparedAsTheySoundAcrossScripts() {
        // Read back from Cyrillic, Кристофер is "kristofer", Вашингтон "vasington": their
        // prefixes meet the English spellings' only as they sound.
        let found = concepts(source: ["Christopher flew from Philadelphia to Washington."], sourceLanguage: "en",
                             target: ["Кристофер улетел из Филадельфии в Вашингтон."], targetLanguage: "ru")
        let shared = found.source[0].intersection(found.target[0])
        #expect(["~kris", "~fila", "~vasi"].allSatisfy(shared.contains), "\(shared.sorted())")
        // Within one script, and with Chinese, spellings are compared as they are.
        #expect(!Aligner.comparesCognatesBySound("en", "fr") && !Aligner.comparesCognatesBySound("zh", "en"))
        #expect(Aligner.comparesCognatesBySound("en", "el") && Aligner.comparesCognatesBySound("hi", "en"))
        #expect(ConceptExtractor.spokenSpelling("philippe") == "filipe" && ConceptExtractor.spokenSpelling("chichester") == "kikester")
    }

    @Test func numbersWrittenAsOneWordAreRead() {
        func numbers(_ sentence: String, _ language: String) -> [String] {
            var extractor = ConceptExtractor(configuration: .default)
            return extractor.analyse([sentence], language: language)[0].extra.map { extractor.name(of: $0) }
        }
        #expect(numbers("Adam lebte neunhundertdreißig Jahre, dann dreitausend.", "de") == ["#930", "#3000"])
        #expect(numbers("Ádám kilencszázharminc évet élt.", "hu") == ["#930"])
        #expect(numbers("아담은 구백삼십 세를 살았다.", "ko") == ["#930"])
        // Written in two words by a writer, one by ICU.
        #expect(numbers("Aadam eli yhdeksänsataa kolmekymmentä vuotta.", "fi") == ["#930"])
        // In Thai and Khmer, among words written without spaces.
        #expect(numbers("อาดัมมีอายุรวมทั้งหมดเก้าร้อยสามสิบปี", "th") == ["#930"])
        #expect(numbers("គាត់មានអាយុប្រាំបួនរយសាមសិបឆ្នាំ", "km") == ["#930"])
        // Not twice in Chinese, whose numerals are read as characters.
        #expect(numbers("亚当共活了九百三十岁就死了。", "zh") == ["#930"])
        // Words that only start like a number are not one.
        #expect(numbers("Die Hunderte von Achttausendern.", "de").isEmpty)
    }

    @Test func combiningMarksStayInTheirWord() {
        // A virama, a nukta, Thai tone marks, a Khmer coeng: not letters, but part of the word.
        var extractor = ConceptExtractor(configuration: .default)
        #expect(extractor.analyse(["प्रेम क्षत्रिय ज़मीन"], language: "hi")[0].tokens.count == 3)
        #expect(extractor.analyse(["ทั้งหมด"], language: "th")[0].tokens.count == 1)
        #expect(extractor.analyse(["ឆ្នាំ"], language: "km")[0].tokens.count == 1)
    }

    @Test func aChineseTranslationIsAlignedOneToOneAndTwoToOne() {
        // Numbers in Han numerals and in digits, names read in Pinyin and the length model
        // are all the aligner has here.
        let chinese = ["陈清扬在一九六九年来到云南。", "她住在山上。", "那里有三百二十个人。", "王二在一九七〇年是她的朋友。",
                       "他们在一九七二年常常见面。"]
        let english = ["Chen Qingyang came to Yunnan in 1969.", "She lived on the mountain, where there were 320 people.",
                       "In 1970 Wang Er was her friend.", "They often met in 1972."]
        let beads = Aligner().align(SentenceDocument(sentences: chinese, language: "zh"),
                                    SentenceDocument(sentences: english, language: "en"))
        #expect(beads.map(\.source) == [0..<1, 1..<3, 3..<4, 4..<5])
        #expect(beads.map(\.target) == [0..<1, 1..<2, 2..<3, 3..<4])
    }
}

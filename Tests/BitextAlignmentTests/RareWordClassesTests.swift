@testable import BitextAlignment
import Testing

@Suite struct RareWordClassesTests {
    /// Each sentence's word ids, read by `extractor`.
    private func words(_ sentences: [String], _ extractor: inout ConceptExtractor, language: String) -> [[Int32]] {
        extractor.analyse(sentences, language: language).map { $0.tokens.map(\.word) }
    }

    private func id(_ word: String, _ extractor: inout ConceptExtractor) throws -> Int32 {
        let found = extractor.existingWord(word)
        return try #require(found)
    }

    @Test func rareWordsStandForTheirPrefixAndFrequentOnesForThemselves() throws {
        var extractor = ConceptExtractor(configuration: .default)
        let source = words(["Die Expedition erreichte den Gipfel.", "Die Expeditionen kehrten zurück.",
                            "Die Hütte war leer.", "Die Leute froren.", "Die Nacht war kalt.", "Die Expeditionsleiter schliefen."],
                           &extractor, language: "de")
        let target = words(["L'expédition atteignit le sommet."], &extractor, language: "fr")
        var (classedSource, classedTarget) = (source, target)
        let classes = RareWordClasses(source: source, target: target, extractor: &extractor, maximumCount: 5, prefixLength: 4)
        classes.apply(to: &classedSource)
        classes.apply(to: &classedTarget)
        // Met once each: one class with "expédition" (folded "expedition").
        let (expedition, expeditionen) = (try id("expedition", &extractor), try id("expeditionen", &extractor))
        let (leader, french) = (try id("expeditionsleiter", &extractor), try id("expédition", &extractor))
        let expeditionClass = classedSource[0][1]
        #expect(expeditionClass != expedition)
        #expect(classedSource[1][1] == expeditionClass && classedSource[5][1] == expeditionClass)
        #expect(classedTarget[0].contains(expeditionClass))
        #expect(french == expedition && expeditionen != expedition && leader != expedition)
        // "die" is met six times: itself. "war" (twice) has no more than four letters: itself.
        let die = try id("die", &extractor), war = try id("war", &extractor)
        #expect(classedSource.allSatisfy { $0[0] == die })
        #expect(classedSource[2][2] == war && classedSource[4][2] == war)
        // "Gipfel" and "Hütte" begin differently: two classes.
        #expect(classedSource[0][4] != classedSource[2][1])
        // Every word of a sentence is still there, in its place.
        #expect(classedSource.map(\.count) == source.map(\.count))
    }

    @Test func noClassesWithACountOfZero() {
        var extractor = ConceptExtractor(configuration: .default)
        let source = words(["Die Expedition erreichte den Gipfel."], &extractor, language: "de")
        let target = words(["L'expédition atteignit le sommet."], &extractor, language: "fr")
        var (classedSource, classedTarget) = (source, target)
        let classes = RareWordClasses(source: source, target: target, extractor: &extractor, maximumCount: 0, prefixLength: 4)
        classes.apply(to: &classedSource)
        classes.apply(to: &classedTarget)
        #expect(classedSource == source && classedTarget == target)
    }

    @Test func wordsTheDictionaryKnowsAndUnspacedWordsKeepTheirOwn() throws {
        var extractor = ConceptExtractor(configuration: .default)
        let source = words(["Der Gletscher schmolz.", "Die Gletscherzunge wich zurück."], &extractor, language: "de")
        let target = words(["Le glacier fondit.", "コンピューターは速い。"], &extractor, language: "fr")
        var dictionary = Lexicon()
        dictionary.add(source: try id("gletscher", &extractor), target: try id("glacier", &extractor))
        var classedSource = source, classedTarget = target
        let classes = RareWordClasses(source: source, target: target, keeping: dictionary, extractor: &extractor,
                                      maximumCount: 5, prefixLength: 4)
        classes.apply(to: &classedSource)
        classes.apply(to: &classedTarget)
        #expect(classedSource[0][1] == (try id("gletscher", &extractor)))
        #expect(classedTarget[0][1] == (try id("glacier", &extractor)))
        // Not in the dictionary: its prefix's class.
        #expect(classedSource[1][1] != (try id("gletscherzunge", &extractor)))
        // Words of scripts written without spaces are kept as written, however rare and long.
        #expect(classedTarget[1] == target[1])
        #expect(target[1].contains { extractor.words.strings[Int($0)].count > 5 })
    }

    @Test func pooledFormsAreLearnedWhereEachAloneIsTooRare() {
        // Three forms of one German word, each in one bead with a form of "glacier": alone
        // each is aligned in one bead at most, below the lexicon's 1.5; as one class, in
        // up to three.
        var extractor = ConceptExtractor(configuration: .default)
        let source = words(["Der Gletscher.", "Des Gletschers.", "Den Gletschern.", "Der Schnee."], &extractor, language: "de")
        let target = words(["Le glacier.", "Du glacier.", "Aux glaciers.", "La neige."], &extractor, language: "fr")
        func lexicon(_ source: [[Int32]], _ target: [[Int32]]) -> Lexicon {
            TranslationModel.trained(on: zip(source, target).map { ($0, $1, 1) }, iterations: 5)
                .lexicon(minimumProbability: 0.1, minimumSupport: 1.5, perWord: 3)
        }
        let gletscherForms = [source[0][1], source[1][1], source[2][1]]
        let glacier = target[0][1]
        let alone = lexicon(source, target)
        #expect(gletscherForms.allSatisfy { !alone.contains(source: $0, target: glacier) })
        var (classedSource, classedTarget) = (source, target)
        let classes = RareWordClasses(source: source, target: target, extractor: &extractor, maximumCount: 5, prefixLength: 4)
        classes.apply(to: &classedSource)
        classes.apply(to: &classedTarget)
        let gletscherClass = classedSource[0][1]
        #expect(classedSource[1][1] == gletscherClass && classedSource[2][1] == gletscherClass)
        let pooled = lexicon(classedSource, classedTarget)
        #expect(pooled.contains(source: gletscherClass, target: classedTarget[0][1]))
    }
}

@testable import BitextAlignment
import BitextTestSupport
import Foundation
import Testing

@Suite struct AlignerInvariantTests {
    private static let vocabulary = ["river", "bridge", "council", "winter", "harbour", "village", "market", "road",
                                     "mountain", "letter", "garden", "storm", "station", "teacher", "window", "Geneva",
                                     "Lyon", "Marseille", "UNESCO", "1932", "4,000", "17", "(", ")", "?", "!"]

    /// A sentence of random words; one in four opens a quotation and one in six ends with a
    /// comma, so that documents without paragraphs have units that stand in for them
    /// (`SoftParagraphs`); one in five starts in lower case, so that those after a comma
    /// (and the second halves of split sentences) continue the line before
    /// (`ContinuationLines`).
    private static func sentence(_ random: inout SeededGenerator) -> String {
        let opening = Int.random(in: 0..<4, using: &random) == 0 ? "' " : ""
        let end = Int.random(in: 0..<6, using: &random) == 0 ? " ," : "."
        var words = (0..<Int.random(in: 1...14, using: &random)).map { _ in vocabulary.randomElement(using: &random)! }
        if Int.random(in: 0..<5, using: &random) != 0 { words[0] = words[0].prefix(1).uppercased() + words[0].dropFirst() }
        return opening + words.joined(separator: " ") + end
    }

    /// A copy of `sentences` edited as translators do: merges, splits, deletions,
    /// insertions, swapped neighbours, duplicates.
    private static func edited(_ sentences: [String], _ random: inout SeededGenerator) -> [String] {
        var result: [String] = []
        var index = 0
        while index < sentences.count {
            switch Int.random(in: 0..<12, using: &random) {
            case 0 where index + 1 < sentences.count:
                result.append(sentences[index] + " " + sentences[index + 1])
                index += 2
                continue
            case 1:
                let words = sentences[index].split(separator: " ")
                let cut = words.count / 2
                result.append(words[..<max(cut, 1)].joined(separator: " "))
                if cut > 0 { result.append(words[cut...].joined(separator: " ")) }
            case 2:
                break
            case 3:
                result.append(sentence(&random))
                result.append(sentences[index])
            case 4 where index + 1 < sentences.count:
                result.append(sentences[index + 1])
                result.append(sentences[index])
                index += 2
                continue
            case 5:
                result.append(sentences[index])
                result.append(sentences[index])
            default:
                result.append(sentences[index])
            }
            index += 1
        }
        return result
    }

    /// 300 cases here; `scripts/property-check.sh` runs 10,000 (`BITEXT_PROPERTY_CASES`).
    @Test func everySentenceOnceInOrderOnRandomEdits() {
        var random = SeededGenerator(seed: 2026)
        let cases = ProcessInfo.processInfo.environment["BITEXT_PROPERTY_CASES"].flatMap(Int.init) ?? 300
        var continuing = 0
        for _ in 0..<cases {
            let source = (0..<Int.random(in: 0...40, using: &random)).map { _ in Self.sentence(&random) }
            let target = Self.edited(source, &random)
            if ContinuationLines.flags(source) != nil || ContinuationLines.flags(target) != nil { continuing += 1 }
            // 1 to 4 a side, or (as 5) the default options: 4, and one sentence with up to 6.
            let size = Int.random(in: 1...5, using: &random)
            // Half the cases with paragraphs: a new one starts with a chance of one in five.
            func paragraphs(_ count: Int) -> [Int]? {
                guard Bool.random(using: &random) else { return nil }
                var number = 0
                return (0..<count).map { index in
                    if index > 0 && Int.random(in: 0..<5, using: &random) == 0 { number += 1 }
                    return number
                }
            }
            let options = size <= 4 ? AlignerOptions(maximumBeadSize: size) : AlignerOptions()
            let beads = Aligner(options: options).align(
                SentenceDocument(sentences: source, paragraphs: paragraphs(source.count), language: "en"),
                SentenceDocument(sentences: target, paragraphs: paragraphs(target.count), language: "en"))
            let problems = coverageProblems(beads, sourceCount: source.count, targetCount: target.count, maximumBeadSize: min(size, 4),
                                            maximumOneToManySize: size <= 4 ? size : AlignerConfiguration.default.oneToManyBeadSize)
            #expect(problems.isEmpty, "\(source.count) × \(target.count): \(problems)")
        }
        // The cases run the search's every path, continued lines' too.
        #expect(continuing > cases / 4, "\(continuing) of \(cases) cases have continued lines")
    }

    /// Runs of one-sided sentences leave the search as one bead a sentence, which every
    /// format and scorer expects of a sentence without a counterpart.
    @Test func runsOfOneSidedSentencesComeOutOneBeadEach() {
        let path: [(source: Range<Int>, target: Range<Int>, cost: Double)] = [(0..<1, 0..<1, 1), (1..<4, 1..<1, 13), (4..<5, 1..<5, 8), (5..<5, 5..<9, 17)]
        let split = Aligner.singleSkips(path)
        let ranges: [[Int]] = split.map { [$0.source.lowerBound, $0.source.upperBound, $0.target.lowerBound, $0.target.upperBound] }
        let expected: [[Int]] = [[0, 1, 0, 1], [1, 2, 1, 1], [2, 3, 1, 1], [3, 4, 1, 1], [4, 5, 1, 5],
                                 [5, 5, 5, 6], [5, 5, 6, 7], [5, 5, 7, 8], [5, 5, 8, 9]]
        #expect(ranges == expected)
        let third = 13.0 / 3
        let costs: [Double] = [1, third, third, third, 8, 4.25, 4.25, 4.25, 4.25]
        #expect(split.map(\.cost) == costs)
    }

    @Test func emptyDocuments() {
        let aligner = Aligner()
        #expect(aligner.align(SentenceDocument(sentences: [], language: "en"), SentenceDocument(sentences: [], language: "fr")).isEmpty)
        let onlySource = aligner.align(SentenceDocument(sentences: ["One.", "Two."], language: "en"),
                                       SentenceDocument(sentences: [], language: "fr"))
        #expect(described(onlySource) == ["[0]:[]", "[1]:[]"])
        let onlyTarget = aligner.align(SentenceDocument(sentences: [], language: "en"),
                                       SentenceDocument(sentences: ["Un."], language: "fr"))
        #expect(described(onlyTarget) == ["[]:[0]"])
    }

    @Test func oneSentenceDocuments() {
        let beads = Aligner().align(SentenceDocument(sentences: ["The council met in Geneva in 1932."], language: "en"),
                                    SentenceDocument(sentences: ["Le conseil s'est réuni à Genève en 1932."], language: "fr"))
        #expect(described(beads) == ["[0]:[0]"])
    }

    @Test func identicalDocumentsAlignOneToOne() {
        var random = SeededGenerator(seed: 7)
        let sentences = (0..<300).map { _ in Self.sentence(&random) }
        let beads = Aligner().align(SentenceDocument(sentences: sentences, language: "en"),
                                    SentenceDocument(sentences: sentences, language: "en"))
        #expect(beads.count == 300)
        #expect(beads.allSatisfy { $0.source.count == 1 && $0.source == $0.target })
    }

    /// A long sentence (a list, a chronicle) translated by five or six short ones is one
    /// bead by default: no bead of four a side fits its lengths. `--max-bead 4` (options
    /// that give a size) still bounds every bead.
    @Test func aLongSentenceTranslatedByFiveShortOnesIsOneBead() {
        let places = ["Bern", "Genf", "Basel", "Zürich", "Luzern"]
        let villes = ["Berne", "Genève", "Bâle", "Zurich", "Lucerne"]
        let context = (0..<12).map { "Im Jahr \(1900 + $0) kamen \(10 + $0) Bergsteiger nach \(places[$0 % 5]) und blieben dort lange Zeit." }
        let contexte = (0..<12).map { "En \(1900 + $0), \(10 + $0) alpinistes vinrent à \(villes[$0 % 5]) et y restèrent longtemps." }
        let long = "Die Expeditionen führten " + (0..<5).map { "im Jahr \(1951 + $0) Forscher aus \(places[$0]) mit \(20 + $0) Trägern auf den Gipfel" }
            .joined(separator: ", dann ") + "."
        let short = (0..<5).map { "En \(1951 + $0), des chercheurs de \(villes[$0]) montèrent au sommet avec \(20 + $0) porteurs." }
        let source = SentenceDocument(sentences: context + [long] + context, language: "de")
        let target = SentenceDocument(sentences: contexte + short + contexte, language: "fr")
        let beads = Aligner().align(source, target)
        #expect(coverageProblems(beads, sourceCount: 25, targetCount: 29, maximumOneToManySize: 6).isEmpty)
        #expect(beads.contains { $0.source == 12..<13 && $0.target == 12..<17 }, "\(beads.map { ($0.source, $0.target) })")
        let bounded = Aligner(options: AlignerOptions(maximumBeadSize: 4)).align(source, target)
        #expect(coverageProblems(bounded, sourceCount: 25, targetCount: 29, maximumBeadSize: 4).isEmpty)
    }

    @Test func sameInputGivesTheSameBeads() {
        var random = SeededGenerator(seed: 11)
        let source = (0..<80).map { _ in Self.sentence(&random) }
        let target = Self.edited(source, &random)
        let first = Aligner().align(SentenceDocument(sentences: source, language: "en"), SentenceDocument(sentences: target, language: "en"))
        let second = Aligner().align(SentenceDocument(sentences: source, language: "en"), SentenceDocument(sentences: target, language: "en"))
        #expect(first == second)
    }
}

/// Each kind of anchor decides where a split sentence's second half goes, when lengths
/// cannot: two source sentences of the same length, three target sentences whose middle
/// one could end the first translation or start the second. The anchor in the middle one
/// moves it. Identical sentences around the case set the length ratio.
@Suite struct AnchorTests {
    private static let context = (1...6).map { "Berne \(1900 + $0), Genève \(1950 + $0), Bâle \(2000 + $0)." }

    /// The source sentences (numbered from 0 within the case) in the bead of the middle
    /// target sentence.
    private func partnerOfMiddle(first: String, second: String, middle: String,
                                 dictionary: BilingualDictionary? = nil) -> [Int] {
        let source = ["In that year the river rose by \(first) in the valley.",
                      "In that year the river rose by \(second) in the valley."]
        let target = ["Cette année-là, la rivière monta beaucoup dans la vallée.", middle,
                      "Cette année-là, la rivière monta beaucoup dans la vallée."]
        let beads = Aligner(options: AlignerOptions(dictionary: dictionary)).align(
            SentenceDocument(sentences: Self.context + source + Self.context, language: "en"),
            SentenceDocument(sentences: Self.context + target + Self.context, language: "fr"))
        return beads.first { $0.target.contains(Self.context.count + 1) }!.source.map { $0 - Self.context.count }
    }

    @Test func numbers() {
        #expect(partnerOfMiddle(first: "1932", second: "4,000", middle: "Soit 1932.") == [0])
        #expect(partnerOfMiddle(first: "1932", second: "4,000", middle: "Soit 4 000.") == [1])
    }

    @Test func names() {
        #expect(partnerOfMiddle(first: "Raqqa", second: "Mosul", middle: "Vers Raqqa.") == [0])
        #expect(partnerOfMiddle(first: "Raqqa", second: "Mosul", middle: "Vers Mosul.") == [1])
    }

    @Test func addresses() {
        #expect(partnerOfMiddle(first: "https://bitext.example/a", second: "mail@bitext.example", middle: "Voir https://bitext.example/a.") == [0])
        #expect(partnerOfMiddle(first: "https://bitext.example/a", second: "mail@bitext.example", middle: "Écrire à mail@bitext.example.") == [1])
    }

    @Test func cognates() {
        #expect(partnerOfMiddle(first: "expedition", second: "elephant", middle: "L'expédition !") == [0])
        #expect(partnerOfMiddle(first: "expedition", second: "elephant", middle: "L'éléphant !") == [1])
    }

    @Test func punctuation() {
        #expect(partnerOfMiddle(first: "what? how much", second: "much! so much", middle: "Quoi ?") == [0])
        #expect(partnerOfMiddle(first: "what? how much", second: "much! so much", middle: "Tant !") == [1])
    }

    @Test func dictionary() throws {
        let dictionary = try BilingualDictionary(parsing: "dog\tchien\nhorse\tcheval\n")
        #expect(partnerOfMiddle(first: "a dog", second: "a horse", middle: "Un chien.", dictionary: dictionary) == [0])
        #expect(partnerOfMiddle(first: "a dog", second: "a horse", middle: "Un cheval.", dictionary: dictionary) == [1])
    }
}

@Suite struct ConfidenceTests {
    @Test func unrelatedTextGetsLowConfidence() {
        var random = SeededGenerator(seed: 5)
        let words = ["quand", "la", "pluie", "tombe", "sur", "les", "toits", "de", "Paris", "chaque", "soir", "lentement"]
        let english = (0..<120).map { index in "Sentence number \(index) speaks about the weather in a quiet English town." }
        let french = (0..<120).map { _ in (0..<Int.random(in: 5...15, using: &random)).map { _ in words.randomElement(using: &random)! }
            .joined(separator: " ") + "." }
        let beads = Aligner().align(SentenceDocument(sentences: english, language: "en"), SentenceDocument(sentences: french, language: "fr"))
        let confident = beads.filter { $0.confidence >= 0.9 }.count
        #expect(Double(confident) < 0.05 * Double(beads.count), "\(confident) of \(beads.count) beads at 0.9 or more")
    }
}

@Suite struct RegionTests {
    @Test func shortDocumentsAreOneRegion() {
        let regions = Aligner.regions(cutAt: [(5, 6)], sourceCount: 30_000, targetCount: 31_000, size: 20_000)
        #expect(regions.count == 1)
        #expect(regions[0].source == 0..<30_000 && regions[0].target == 0..<31_000)
    }

    @Test func longDocumentsAreCutAfterAnchorsNearEvenSizes() {
        let anchors = stride(from: 0, to: 100_000, by: 997).map { ($0, $0 + $0 / 50) }
        let regions = Aligner.regions(cutAt: anchors, sourceCount: 100_000, targetCount: 102_000, size: 20_000)
        #expect(regions.count == 5)
        // The regions tile both documents, in order, each cut just after an anchor.
        #expect(regions.first?.source.lowerBound == 0 && regions.last?.source.upperBound == 100_000)
        #expect(regions.first?.target.lowerBound == 0 && regions.last?.target.upperBound == 102_000)
        for (previous, next) in zip(regions, regions.dropFirst()) {
            #expect(previous.source.upperBound == next.source.lowerBound && previous.target.upperBound == next.target.lowerBound)
            #expect(anchors.contains { $0.0 + 1 == next.source.lowerBound && $0.1 + 1 == next.target.lowerBound })
        }
        for region in regions { #expect(abs(region.source.count - 20_000) < 1_000) }
    }

    @Test func withoutAnchorsThereIsOneRegion() {
        #expect(Aligner.regions(cutAt: [], sourceCount: 100_000, targetCount: 90_000, size: 20_000).count == 1)
    }
}

/// A short text against a much longer one that contains its translation: the anchors that
/// occur once in each document find it even far from the diagonal.
@Suite struct UnequalLengthTests {
    @Test func shortTextAgainstAMuchLongerOne() {
        let source = (0..<100).map { "Sentence \($0) about the river." }
        let target = (0..<10_000).map { "Phrase \($0) sur la rivière." }
        let beads = Aligner().align(SentenceDocument(sentences: source, language: "en"), SentenceDocument(sentences: target, language: "fr"))
        #expect(coverageProblems(beads, sourceCount: 100, targetCount: 10_000).isEmpty)
        let paired = beads.filter { $0.source.count == 1 && $0.target.count == 1 && $0.source.lowerBound == $0.target.lowerBound }
        #expect(paired.count >= 95, "\(paired.count) of 100 source sentences found their translation")
    }
}

/// Lines that only one side has (a web page's menu, share buttons, comment form) come out
/// unmatched, and the article's sentences keep their 1-1 beads.
@Suite struct OneSidedBoilerplateTests {
    @Test func boilerplateAroundTheTranslationIsUnmatched() {
        let source = (0..<30).map { "In \(1900 + $0) the council of Geneva met \($0 + 2) times about the river Rhone." }
        let article = (0..<30).map { "En \(1900 + $0), le conseil de Genève s'est réuni \($0 + 2) fois au sujet du Rhône." }
        let header = ["Le Phare du Ponant", "Accueil", "Actualités", "Se connecter", "Loading..."]
        let footer = ["Partager : Facebook | X | E-mail", "Laisser un commentaire", "Votre nom", "Envoyer"]
            + Array(repeating: "Loading...", count: 25)
        let target = header + article + footer
        // Each line of the page is a block of its own; the article is one paragraph a sentence.
        let blocks = Array(target.indices)
        let beads = Aligner().align(SentenceDocument(sentences: source, paragraphs: Array(source.indices), language: "en"),
                                    SentenceDocument(sentences: target, paragraphs: blocks, language: "fr"))
        #expect(coverageProblems(beads, sourceCount: source.count, targetCount: target.count).isEmpty)
        let boilerplate = Set(0..<header.count).union((header.count + article.count)..<target.count)
        for bead in beads where bead.target.contains(where: boilerplate.contains) {
            #expect(bead.source.isEmpty && bead.target.count == 1, "boilerplate glued into \(bead)")
            #expect(bead.confidence > 0.5, "unsure about boilerplate: \(bead)")
        }
        #expect(beads.filter { $0.source.count == 1 && $0.target.count == 1 }.count == source.count)
    }
}

@Suite struct CharacterCountTests {
    /// Strings of scalars from every range the byte count decides for and the ones it
    /// leaves to `String.count` (combining marks, CR LF, emoji and their modifiers, Hangul
    /// jamo, Indic vowel signs), each counted as Swift counts grapheme clusters.
    @Test func countsAreStringCounts() {
        var random = SeededGenerator(seed: 11)
        let ranges: [ClosedRange<UInt32>] = [0x00...0x7F, 0x80...0x2FF, 0x300...0x36F, 0x0900...0x097F, 0x1100...0x11FF,
                                             0x1F1E6...0x1F1FF, 0x1F3FB...0x1F3FF, 0x1F600...0x1F64F, 0x200D...0x200D]
        var byBytes = 0
        for round in 0..<4_000 {
            // Half of them below U+0300 only, which the bytes decide.
            let allowed = round % 2 == 0 ? Array(ranges.prefix(2)) : ranges
            let scalars = (0..<Int.random(in: 0...12, using: &random)).map { _ in
                Unicode.Scalar(UInt32.random(in: allowed.randomElement(using: &random)!, using: &random))!
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            #expect(Aligner.characterCount(text) == text.count, "\(scalars.map { String($0.value, radix: 16) })")
            if !scalars.contains(where: { $0.value >= 0x300 || $0 == "\r" }) { byBytes += 1 }
        }
        #expect(byBytes > 1_500)
        #expect(Aligner.characterCount("e\u{301}t\u{E9}\r\n") == 4)
        #expect(Aligner.characterCount("déjà vu\r") == 8)
    }
}

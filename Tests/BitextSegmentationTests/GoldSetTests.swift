import BitextSegmentation
import Foundation
import Testing

/// Boundary F1 on the shared dev sets, computed as `shared/tools/segscore.py` does:
/// a boundary is the count of non-white-space characters before it.
@Suite(.enabled(if: SharedData.isAvailable, "../shared/corpora/seg is absent: gold-set tests skipped"))
struct GoldSetTests {
    private func boundaries(_ sentences: [String]) -> Set<Int> {
        var result = Set<Int>(), position = 0
        for sentence in sentences {
            let length = sentence.unicodeScalars.count(where: { !$0.properties.isWhitespace })
            if length == 0 { continue }
            position += length
            result.insert(position)
        }
        result.remove(position)
        return result
    }

    private func f1(set: String, language: String) throws -> Double {
        let raw = try SharedData.text("corpora/seg/\(set).txt")
        let gold = try SharedData.text("corpora/seg/\(set).sents").split(separator: "\n").map(String.init)
        let system = try sentences(raw, language)
        #expect(system.joined().filter { !$0.isWhitespace } == raw.filter { !$0.isWhitespace })
        let goldSet = boundaries(gold), systemSet = boundaries(system)
        let hits = Double(goldSet.intersection(systemSet).count)
        let precision = hits / Double(systemSet.count), recall = hits / Double(goldSet.count)
        return 2 * precision * recall / (precision + recall)
    }

    @Test func frenchDevSet() throws {
        #expect(try f1(set: "ud-fr-gsd-dev", language: "fr") >= 0.985)
    }

    @Test func englishDevSet() throws {
        #expect(try f1(set: "ud-en-ewt-dev", language: "en") >= 0.935)
    }

    @Test func goldenRules() throws {
        for language in ["en", "fr"] {
            let data = Data(try SharedData.text("corpora/seg/\(language)-golden.json").utf8)
            let cases = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
            var passed = 0
            for entry in cases {
                let text = try #require(entry["text"] as? String)
                let gold = try #require(entry["sents"] as? [String]).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                let system = try sentences(text, language).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                if system == gold { passed += 1 }
            }
            #expect(passed >= (language == "en" ? 46 : 5), "\(language): \(passed) of \(cases.count) golden rules")
        }
    }

    @Test func seedArticleKeepsBoilerplateApart() throws {
        let units = try sentences(SharedData.text("corpora/seed/article.fr.txt"), "fr")
        for line in ["www.zejournal.mobi", "Jeudi, 28 Mars 2024", "Traduction SLT", "- Source : Antimedia", "Commentaires",
                     "Recherche", "(230 K)", "Derniers Articles", "Articles les plus lus"] {
            #expect(units.contains(line), "\(line) is not a unit of its own")
        }
        #expect(units.count(where: { $0 == "Loading..." }) == 3)
        // ICU with ss=standard does not split here ("sociaux." ends like an abbreviation).
        let end = try #require(units.firstIndex { $0.hasSuffix("partout sur les médias sociaux.") })
        #expect(units[end + 1].hasPrefix("Tandis que l’EI faisait étalage"))
    }
}

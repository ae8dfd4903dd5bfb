import BitextAlignment
import BitextCorpus
import BitextLanguage
import BitextReport
import Foundation
import Testing

/// A small aligned pair with every kind of bead: 1-1, 2-1, an omission, an addition and an
/// unsure 1-1, with line numbers that differ from sentence indexes.
func samplePair() -> AlignedDocument {
    let source = ["One.", "Two a.", "Two b.", "Left out.", "Unsure <b> & co."]
    let target = ["Un.", "Deux.", "Note du traducteur.", "Pas sûr <b> & cie."]
    let beads = [
        Bead(source: 0..<1, target: 0..<1, cost: 0, confidence: 0.95),
        Bead(source: 1..<3, target: 1..<2, cost: 0, confidence: 0.8),
        Bead(source: 3..<4, target: 2..<2, cost: 0, confidence: 0.7),
        Bead(source: 4..<4, target: 2..<3, cost: 0, confidence: 0.9),
        Bead(source: 4..<5, target: 3..<4, cost: 0, confidence: 0.3),
    ]
    return AlignedDocument(id: "a.en", sourceLanguage: try! Language("en"), targetLanguage: try! Language("fr"), source: source, target: target,
                           sourceLines: [1, 3, 3, 5, 7], targetLines: [2, 4, 6, 8], beads: beads)
}

@Suite struct CoverageReportTests {
    @Test func countsSentencesAndCharactersMatched() {
        let report = CoverageReport(samplePair(), sourceFile: "a.en", targetFile: "a.fr")
        #expect(report.source.sentences == 5 && report.source.matchedSentences == 4)
        #expect(report.target.sentences == 4 && report.target.matchedSentences == 3)
        #expect(report.source.sentenceCoverage == 0.8)
        // Characters without white space: "Left out." has 8 of the source's 4+5+5+8+13 = 35.
        #expect(report.source.characters == 35 && report.source.matchedCharacters == 27)
        #expect(report.target.characters == 3 + 5 + 17 + 14 && report.target.matchedCharacters == 3 + 5 + 14)
        #expect(report.beadCount == 5)
    }

    @Test func listsUnmatchedSentencesWithTheirLines() {
        let report = CoverageReport(samplePair(), sourceFile: "a.en", targetFile: "a.fr")
        #expect(report.unmatchedSource.map(\.index) == [3] && report.unmatchedSource.map(\.line) == [5])
        #expect(report.unmatchedSource.map(\.text) == ["Left out."])
        #expect(report.unmatchedTarget.map(\.index) == [2] && report.unmatchedTarget.map(\.line) == [6])
        #expect(report.unmatchedTarget.map(\.confidence) == [0.9])
    }

    @Test func listsTwoSidedBeadsUnderTheThreshold() {
        let report = CoverageReport(samplePair(), sourceFile: "a.en", targetFile: "a.fr")
        #expect(report.uncertainBeads.map(\.source) == [4..<5])
        #expect(report.uncertainBeads.first?.targetText == "Pas sûr <b> & cie.")
        // One-sided beads are listed as unmatched, never as unsure, whatever the threshold.
        let strict = CoverageReport(samplePair(), sourceFile: "a.en", targetFile: "a.fr", minimumConfidence: 0.9)
        #expect(strict.uncertainBeads.map(\.source) == [1..<3, 4..<5])
        #expect(strict.uncertainBeads.first?.sourceText == "Two a. Two b.")
        #expect(strict.uncertainBeads.first?.sourceLines == [3, 3])
    }

    @Test func emptySidesAreFullyCovered() {
        let empty = AlignedDocument(id: "e", sourceLanguage: try! Language("en"), targetLanguage: try! Language("fr"), source: [], target: [],
                                    sourceLines: [], targetLines: [], beads: [])
        let report = CoverageReport(empty, sourceFile: "e.en", targetFile: "e.fr")
        #expect(report.source.sentenceCoverage == 1 && report.target.characterCoverage == 1)
    }

    @Test func textReportNamesFileAndLine() {
        let text = CoverageReport(samplePair(), sourceFile: "a.en", targetFile: "a.fr").text()
        #expect(text.contains("Source sentences with no translation: 1\n  omission: 1\n    a.en:5  Left out.\n"))
        #expect(text.contains("Target sentences with no source: 1\n  note: 1\n    a.fr:6  Note du traducteur.\n"))
        #expect(text.contains("Beads with confidence below 0.50: 1\n  0.300  a.en:7  Unsure <b> & co.\n         a.fr:8  Pas sûr <b> & cie.\n"))
        #expect(text.contains("a.en    en    4/5          80.0 %    27/35        77.1 %\n"))
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let json = CoverageReport(samplePair(), sourceFile: "a.en", targetFile: "a.fr").json()
        #expect(json.hasSuffix("}\n") && !json.dropLast().contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schema", "source", "target", "beads", "min_confidence", "flag_below", "unmatched_source",
                                     "unmatched_target", "low_confidence", "dictionary"])
        #expect(object["schema"] as? String == "bitext-coverage/1")
        #expect(object["dictionary"] is NSNull)
        let source = try #require(object["source"] as? [String: Any])
        #expect(Set(source.keys) == ["file", "language", "sentences", "matched_sentences", "sentence_coverage",
                                     "characters", "matched_characters", "character_coverage",
                                     "content_sentences", "matched_content_sentences", "content_sentence_coverage",
                                     "content_characters", "matched_content_characters", "content_character_coverage"])
        #expect(source["file"] as? String == "a.en" && source["matched_sentences"] as? Int == 4)
        #expect(source["sentence_coverage"] as? Double == 0.8)
        let unmatched = try #require(object["unmatched_target"] as? [[String: Any]])
        #expect(unmatched.count == 1 && unmatched[0]["line"] as? Int == 6 && unmatched[0]["index"] as? Int == 2)
        #expect(unmatched[0]["text"] as? String == "Note du traducteur." && unmatched[0]["confidence"] as? Double == 0.9)
        #expect(Set(unmatched[0].keys) == ["index", "line", "text", "confidence", "kind"] && unmatched[0]["kind"] as? String == "note")
        let omitted = try #require(object["unmatched_source"] as? [[String: Any]])
        #expect(omitted.map { $0["kind"] as? String } == ["omission"])
        // The note is the translator's work: it stays in the target's content figures.
        let target = try #require(object["target"] as? [String: Any])
        #expect(target["content_sentences"] as? Int == 4 && target["matched_content_sentences"] as? Int == 3)
        #expect(target["content_sentence_coverage"] as? Double == 0.75)
        #expect(target["content_characters"] as? Int == 3 + 5 + 17 + 14 && target["matched_content_characters"] as? Int == 3 + 5 + 14)
        let unsure = try #require(object["low_confidence"] as? [[String: Any]])
        #expect(Set(unsure[0].keys) == ["source", "target", "source_lines", "target_lines", "source_text", "target_text", "confidence"])
        #expect(unsure[0]["source"] as? [Int] == [4] && unsure[0]["target_lines"] as? [Int] == [8])
        #expect(unsure[0]["source_text"] as? String == "Unsure <b> & co.")
    }

    @Test func namesTheDictionaryUsed() throws {
        var report = CoverageReport(samplePair(), sourceFile: "a.en", targetFile: "a.fr")
        #expect(report.text().hasSuffix("\n\nDictionary: none\n"))
        report.dictionary = "/data/dictionaries/en-\"fr\".tsv"
        #expect(report.text().hasSuffix("\n\nDictionary: /data/dictionaries/en-\"fr\".tsv\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json().utf8)) as? [String: Any])
        #expect(object["dictionary"] as? String == "/data/dictionaries/en-\"fr\".tsv")
        #expect(report.json().hasSuffix(",\"dictionary\":\"/data/dictionaries/en-\\\"fr\\\".tsv\"}\n"))
    }
}

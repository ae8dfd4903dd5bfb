import BitextAlignment
import BitextCorpus
import BitextLanguage
import BitextReport
import Testing

@Suite struct HTMLViewTests {
    private let page = HTMLView.render(samplePair(), report: CoverageReport(samplePair(), sourceFile: "a.en", targetFile: "a.fr"))

    @Test func oneRowPerBeadMarkedByKind() {
        let rows = page.split(separator: "\n").filter { $0.hasPrefix("<tr class=\"bead ") }
        #expect(rows.map { $0.split(separator: "\"")[1] } == [
            "bead matched", "bead matched", "bead unmatched-source kind-omission", "bead unmatched-target kind-note", "bead uncertain",
        ])
        #expect(rows[2].contains("no translation") && rows[3].contains("no source") && rows[4].contains("unsure"))
    }

    @Test func summaryCountsMatchTheReport() {
        #expect(page.contains("<span id=\"count-unmatched-source\">1</span>"))
        #expect(page.contains("<span id=\"count-unmatched-target\">1</span>"))
        #expect(page.contains("<span id=\"count-uncertain\">1</span>"))
        #expect(page.contains("<td>4 of 5</td><td>80.0 %</td>"))
    }

    @Test func textIsEscapedAndEverySentenceShownOnceWithItsLine() {
        #expect(page.contains("<span class=\"line\">7</span>Unsure &lt;b&gt; &amp; co.</p>"))
        #expect(!page.contains("<b>"))
        for sentence in ["One.", "Two a.", "Two b.", "Left out.", "Un.", "Deux.", "Note du traducteur."] {
            #expect(page.components(separatedBy: "</span>\(sentence)</p>").count == 2, "\(sentence)")
        }
    }

    @Test func summaryLinksToEachMarkedBead() {
        #expect(page.contains("<li class=\"unmatched-source\">no translation: <a href=\"#bead-3\">3</a></li>"))
        #expect(page.contains("<li class=\"unmatched-target\">no source: <a href=\"#bead-4\">4</a></li>"))
        #expect(page.contains("<li class=\"uncertain\">unsure: <a href=\"#bead-5\">5</a></li>"))
        #expect(page.contains("<tr class=\"bead uncertain\" id=\"bead-5\">"))
    }

    @Test func pageIsSelfContained() {
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
        #expect(page.contains("<style>") && page.contains("@media print"))
        for outside in ["<script", "<link", "src=", "http:", "https:", "@import", "url("] {
            #expect(!page.contains(outside), "\(outside)")
        }
    }

    @Test(arguments: ["ar", "he", "iw"])
    func rightToLeftSidesAreMarked(code: String) throws {
        let language = try Language(code)
        let document = AlignedDocument(id: "d", sourceLanguage: try Language("en"), targetLanguage: language,
                                       source: ["One."], target: ["واحد."], sourceLines: [1], targetLines: [1],
                                       beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9)])
        let page = HTMLView.render(document, report: CoverageReport(document, sourceFile: "a", targetFile: "b"))
        let target = "lang=\"\(language.code)\" dir=\"rtl\">"
        #expect(page.contains("<th " + target) && page.contains("<td " + target))
        #expect(page.contains("<th lang=\"en\">") && page.contains("<td lang=\"en\">"))
        #expect(page.components(separatedBy: "dir=\"rtl\"").count == 3)
    }

    @Test func langAttributesAreNormalisedCodes() throws {
        let document = AlignedDocument(id: "d", sourceLanguage: try Language("pt_br"), targetLanguage: try Language("zh_Hant_TW"),
                                       source: ["Um."], target: ["一。"], sourceLines: [1], targetLines: [1],
                                       beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9)])
        let page = HTMLView.render(document, report: CoverageReport(document, sourceFile: "a", targetFile: "b"))
        #expect(page.contains("<td lang=\"pt-BR\">") && page.contains("<td lang=\"zh-Hant-TW\">"))
        #expect(!page.contains("dir=\"rtl\""))
    }
}

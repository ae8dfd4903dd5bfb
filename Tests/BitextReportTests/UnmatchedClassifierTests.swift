import BitextAlignment
import BitextCorpus
import BitextLanguage
@testable import BitextReport
import Testing

/// The kinds of unmatched sentences, one test per kind, on made-up pages: the sentences
/// below are not the sample's.
@Suite struct UnmatchedClassifierTests {
    /// An English original of four sentences.
    static let source = [
        "The council approved the new bridge on Monday evening.",
        "Work will start in spring and last two years.",
        "The mayor said the bridge would cut travel times by half.",
        "Residents of the east bank have waited for it since 1980.",
    ]

    /// The kinds the classifier gives every sentence of `target`, all taken as unmatched.
    private func kinds(_ target: [String], marks: [Bool] = []) -> [UnmatchedKind] {
        UnmatchedClassifier(source: Self.source).kinds(of: Array(target.indices), in: target, marks: marks)
    }

    @Test func translatorsNotesInSeveralConventions() {
        let notes = [
            "(NdT : le pont actuel date de 1905.)", "[TN] The old bridge dates from 1905.", "T/N: the old bridge dates from 1905.",
            "Die alte Brücke stammt von 1905 (Anm. d. Übers.).", "El puente viejo es de 1905 (N. del T.).",
            "A ponte velha é de 1905 (N. do T.).", "Le vieux pont date de 1905 (N.d.T.).",
        ]
        #expect(kinds(notes) == Array(repeating: .note, count: notes.count))
        // A marker's letters inside a longer word are no marker.
        #expect(kinds(["Willy Brandt a visité le chantier en compagnie du maire de la ville."]) == [.addition])
    }

    @Test func creditsWithAColonALinkingWordOrAsAShortLine() {
        let credits = [
            "Traduction : Claire Dubois", "- Source : The Daily Planet", "Translated by Jane Roe", "Übersetzung: Anna Schmidt",
            "Traducción: Luis García", "Traduction SLT", "Traduit de l’anglais par Paul Martin.",
        ]
        #expect(kinds(credits) == Array(repeating: .credit, count: credits.count))
        // A sentence that starts with a credit word is no credit.
        #expect(kinds(["Sources proches du dossier affirment que le chantier a pris un retard considérable cet hiver."]) == [.addition])
    }

    @Test func siteChromeByShape() {
        let chrome = [
            "Accueil", "Loading...", "Votre nom", "Envoyer votre commentaire avec :", "Partager : Facebook | X | E-mail",
            "Jeudi, 28 Mars 2024", "(230 K)", "***", "www.example.org", "Votre adresse e-mail (elle ne sera pas publiée)",
        ]
        #expect(kinds(chrome) == Array(repeating: .boilerplate, count: chrome.count))
    }

    @Test func repeatedLinesAndShortLinesBetweenChromeAreBoilerplate() {
        let page = [
            "Le conseil municipal a voté lundi soir la construction du nouveau pont sur le fleuve.",
            "Le conseil municipal a voté lundi soir la construction du nouveau pont sur le fleuve.",
            "Recherche", "Vous aimez notre site ?", "Derniers articles",
        ]
        #expect(kinds(page) == [.boilerplate, .boilerplate, .boilerplate, .boilerplate, .boilerplate])
        // The same short question among real sentences is the translator's.
        let prose = ["Le pont sera ouvert aux vélos comme aux piétons dès son inauguration.", "Vous aimez notre site ?",
                     "Les travaux commenceront au printemps prochain et dureront deux ans."]
        #expect(kinds(prose) == [.addition, .addition, .addition])
    }

    @Test func untranslatedWhenMostWordsAreInTheSource() {
        #expect(kinds(["The mayor said the bridge would cut travel times by half."]) == [.untranslated])
        #expect(kinds(["Le maire a dit que le pont réduirait de moitié les temps de trajet."]) == [.addition])
    }

    @Test func readerMarksMakeBoilerplate() {
        #expect(kinds(["Le maire a dit que le pont réduirait de moitié les temps de trajet.", "Plan du site"], marks: [true, false])
                == [.boilerplate, .boilerplate])
    }

    @Test func reportGroupsKindsAndLeavesChromeAndCreditsOutOfContent() throws {
        let target = ["Accueil", "Le conseil a approuvé le pont lundi.", "(NdT : le pont actuel date de 1905.)", "Traduction : Claire Dubois"]
        let beads = [
            Bead(source: 0..<0, target: 0..<1, cost: 0, confidence: 1),
            Bead(source: 0..<1, target: 1..<2, cost: 0, confidence: 0.9),
            Bead(source: 1..<2, target: 2..<2, cost: 0, confidence: 0.8),
            Bead(source: 2..<2, target: 2..<3, cost: 0, confidence: 0.9),
            Bead(source: 2..<4, target: 3..<3, cost: 0, confidence: 0.9),
            Bead(source: 4..<4, target: 3..<4, cost: 0, confidence: 0.9),
        ]
        let document = AlignedDocument(id: "p", sourceLanguage: try Language("en"), targetLanguage: try Language("fr"),
                                       source: Self.source, target: target, sourceLines: [1, 2, 3, 4], targetLines: [1, 3, 5, 7], beads: beads)
        let report = CoverageReport(document, sourceFile: "p.en", targetFile: "p.fr")
        #expect(report.unmatchedTarget.map(\.kind) == [.boilerplate, .note, .credit])
        #expect(report.unmatchedSource.map(\.kind) == [.omission, .omission, .omission])
        #expect(report.target.contentSentences == 2 && report.target.matchedContentSentences == 1)
        #expect(report.source.contentSentences == 4 && report.source.contentSentenceCoverage == 0.25)
        let text = report.text()
        #expect(text.contains("Target sentences with no source: 3\n  note: 1\n    p.fr:5  (NdT : le pont actuel date de 1905.)\n"
                              + "  credit: 1\n    p.fr:7  Traduction : Claire Dubois\n  1 boilerplate line (--show-boilerplate to list)\n"))
        #expect(!text.contains("Accueil"))
        #expect(report.text(showBoilerplate: true).contains("  boilerplate: 1\n    p.fr:1  Accueil\n"))
        let page = HTMLView.render(document, report: report)
        #expect(page.contains("<tr class=\"bead unmatched-target kind-boilerplate\" id=\"bead-1\">"))
        #expect(page.contains("<tr class=\"bead unmatched-target kind-note\" id=\"bead-4\">"))
        #expect(page.contains("<details class=\"kind kind-boilerplate\"><summary>1 target boilerplate line</summary>"))
        #expect(page.contains("<div class=\"kind kind-note\"><p>1 target note line</p>"))
        #expect(page.contains("<tr class=\"content\"><th scope=\"row\">Target content (no boilerplate, no credits)</th><td>1 of 2</td><td>50.0 %</td>"))
        // With the reader's marks, the source's marked sentence is boilerplate and leaves the content.
        var marked = document
        marked.sourceBoilerplate = [false, true, false, false]
        let markedReport = CoverageReport(marked, sourceFile: "p.en", targetFile: "p.fr")
        #expect(markedReport.unmatchedSource.map(\.kind) == [.boilerplate, .omission, .omission])
        #expect(markedReport.source.contentSentences == 3 && markedReport.source.matchedContentSentences == 1)
    }
}

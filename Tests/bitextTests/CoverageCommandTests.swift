import Foundation
import Testing

/// `bitext coverage` on the bundled sample (corpora/sample/tram.*): what it reports, its
/// JSON and its exit codes; and `--html` on `coverage` and `align`.
@Suite struct CoverageCommandTests {
    static let sample = TestEnvironment.repository.appendingPathComponent("corpora/sample")
    static let arguments = [sample.appendingPathComponent("tram.en.txt").path, sample.appendingPathComponent("tram.fr.txt").path,
                            "--src-lang", "en", "--tgt-lang", "fr"]

    /// What the French copy has that the English original has not: the web page's
    /// boilerplate around the article and the translator's note (with their lines in the file).
    static let targetOnly: [(line: Int, text: String)] = [
        (1, "Le Phare du Ponant"), (2, "Accueil"), (3, "Actualités"), (4, "Économie"), (5, "Culture"), (6, "Sports"),
        (7, "Se connecter"), (8, "Loading..."),
        (37, "(NdT\u{A0}: à titre de comparaison, Quimper, préfecture du Finistère, compte environ 63\u{A0}000 habitants.)"),
        (41, "Traduction\u{A0}: Claire Dubois"), (42, "- Source\u{A0}: The Harbour Gazette"),
        (44, "Partager\u{A0}: Facebook | X | E-mail"), (46, "Laisser un commentaire"), (47, "Votre nom"),
        (48, "Votre adresse e-mail (elle ne sera pas publiée)"), (49, "Votre commentaire"), (50, "Envoyer"),
        (52, "Articles les plus lus"), (53, "Loading..."), (54, "Loading..."),
    ]

    private func report(_ extra: [String] = []) throws -> (status: Int32, json: [String: Any]) {
        let result = try BitextCommand.run(["coverage"] + Self.arguments + ["--json"] + extra)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.error)")
        return (result.status, json)
    }

    @Test func listsExactlyTheOmissionTheNoteAndTheBoilerplate() throws {
        let (status, json) = try report()
        #expect(status == 0)
        let source = try #require(json["unmatched_source"] as? [[String: Any]])
        #expect(source.map { $0["text"] as? String } == ["The gradient reaches 7.5% over 300 metres."])
        #expect(source.map { $0["line"] as? Int } == [22])
        let target = try #require(json["unmatched_target"] as? [[String: Any]])
        #expect(target.map { $0["text"] as? String ?? "" } == Self.targetOnly.map(\.text))
        #expect(target.map { $0["line"] as? Int ?? 0 } == Self.targetOnly.map(\.line))
        let sourceSide = try #require(json["source"] as? [String: Any])
        #expect(sourceSide["sentences"] as? Int == 40 && sourceSide["matched_sentences"] as? Int == 39)
        #expect(sourceSide["sentence_coverage"] as? Double == 0.975)
    }

    @Test func alignmentOfTheSampleMatchesTheHandMadeGold() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let beads = folder.appendingPathComponent("tram.beads").path
        let align = try BitextCommand.run(["align"] + Self.arguments + ["-o", beads])
        #expect(align.status == 0, "\(align.error)")
        let score = try BitextCommand.run(["eval", Self.sample.appendingPathComponent("tram.gold.en-fr").path, beads, "--json"])
        let values = try #require(try JSONSerialization.jsonObject(with: Data(score.output.utf8)) as? [String: Double])
        #expect(try #require(values["f1_strict"]) >= 0.95)
    }

    @Test func exitCodes() throws {
        #expect(try report(["--min-coverage", "0.975"]).status == 0)
        #expect(try report(["--min-coverage", "0.98"]).status == 2)
        let text = try BitextCommand.run(["coverage"] + Self.arguments + ["--min-coverage", "1"])
        #expect(text.status == 2 && text.output.contains("Source sentences with no translation: 1\n"))
        for wrong in [["--min-coverage", "95"], ["--min-confidence", "-1"], ["--min-coverage", "x"]] {
            let result = try BitextCommand.run(["coverage"] + Self.arguments + wrong)
            #expect(result.status == 64, "\(wrong): \(result.error)")
            #expect(result.error.hasPrefix("bitext: error: ") && result.error.split(separator: "\n").count == 1)
        }
        #expect(try BitextCommand.run(["coverage", Self.arguments[0]]).status == 64)
        let missing = try BitextCommand.run(["coverage", "/nonexistent/a.txt"] + Array(Self.arguments.dropFirst()))
        #expect(missing.status == 1 && missing.error.contains("/nonexistent/a.txt"))
        let unknown = try BitextCommand.run(["coverage"] + Self.arguments.prefix(2) + ["--src-lang", "xx-nope", "--tgt-lang", "fr"])
        #expect(unknown.status == 64)
    }

    /// The kind of each line of `targetOnly`: the site's chrome, the credits, and the one
    /// thing the translator added.
    static func expectedKind(line: Int) -> String {
        switch line {
        case 37: "note"
        case 41, 42: "credit"
        default: "boilerplate"
        }
    }

    @Test func kindsTellTheChromeFromTheTranslatorsWork() throws {
        let (_, json) = try report()
        let source = try #require(json["unmatched_source"] as? [[String: Any]])
        #expect(source.map { $0["kind"] as? String } == ["omission"])
        let target = try #require(json["unmatched_target"] as? [[String: Any]])
        #expect(target.map { $0["kind"] as? String ?? "" } == Self.targetOnly.map { Self.expectedKind(line: $0.line) })
        for side in ["source", "target"] {
            let figures = try #require(json[side] as? [String: Any])
            #expect(try #require(figures["content_sentence_coverage"] as? Double) >= 0.97, "\(side)")
            #expect(try #require(figures["content_character_coverage"] as? Double) >= 0.97, "\(side)")
        }
        let targetSide = try #require(json["target"] as? [String: Any])
        // 59 sentences less 17 boilerplate lines and 2 credits; the note is content.
        #expect(targetSide["content_sentences"] as? Int == 40 && targetSide["matched_content_sentences"] as? Int == 39)
    }

    @Test func textGroupsByKindAndFoldsTheBoilerplate() throws {
        let folded = try BitextCommand.run(["coverage"] + Self.arguments)
        #expect(folded.status == 0)
        #expect(folded.output.contains("  note: 1\n    \(Self.arguments[1]):37  (NdT"))
        #expect(folded.output.contains("  credit: 2\n    \(Self.arguments[1]):41  Traduction"))
        #expect(folded.output.contains("\n  17 boilerplate lines (--show-boilerplate to list)\n"))
        #expect(!folded.output.contains("Se connecter"))
        let shown = try BitextCommand.run(["coverage"] + Self.arguments + ["--show-boilerplate"])
        #expect(shown.output.contains("  boilerplate: 17\n    \(Self.arguments[1]):1  Le Phare du Ponant\n"))
        #expect(shown.output.contains(":8  Loading...\n") && !shown.output.contains("--show-boilerplate to list"))
    }

    @Test func minCoverageCountsContentAndSaysWhatIsMissing() throws {
        // The target's menus do not count; the source's content coverage is 39/40.
        let passing = try BitextCommand.run(["coverage"] + Self.arguments + ["--json", "--min-coverage", "0.975"])
        #expect(passing.status == 0 && passing.error.isEmpty)
        let failing = try BitextCommand.run(["coverage"] + Self.arguments + ["--json", "--min-coverage", "0.99"])
        #expect(failing.status == 2)
        #expect(failing.error == "bitext: content coverage of the source 0.9750 is 0.0150 below --min-coverage 0.9900; "
                + "omissions: \(Self.arguments[0]):22\n")
        #expect(failing.output.hasPrefix("{\"schema\""), "the report is still written")
    }

    @Test func keptHTMLBoilerplateIsMarkedByTheReader() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.fr.html"), original = folder.appendingPathComponent("page.en.txt")
        try Data("""
            <!DOCTYPE html><html lang="fr"><head><title>Le pont</title></head><body>
            <nav><ul><li><a href="/">Accueil</a></li><li><a href="/sports">Sports</a></li><li><a href="/meteo">Météo</a></li></ul></nav>
            <article><h1>Le nouveau pont</h1>
            <p>Le conseil municipal a approuvé lundi 3 mars la construction du nouveau pont de 450 mètres sur le fleuve.</p>
            <p>Les travaux commenceront en 2025 et dureront 24 mois selon la mairie.</p></article>
            <footer><p>Tous droits de reproduction réservés.</p></footer>
            </body></html>
            """.utf8).write(to: page)
        try Data("The new bridge\n\nOn Monday 3 March the city council approved the building of the new 450-metre bridge over the river.\n\nWork will start in 2025 and last 24 months, the town hall said.\n".utf8)
            .write(to: original)
        let result = try BitextCommand.run(["coverage", original.path, page.path, "--src-lang", "en", "--tgt-lang", "fr", "--json",
                                            "--keep-boilerplate"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.error)")
        let target = try #require(json["unmatched_target"] as? [[String: Any]])
        let texts = target.map { $0["text"] as? String ?? "" }
        #expect(texts == ["Accueil", "Sports", "Météo", "Tous droits de reproduction réservés."])
        #expect(target.allSatisfy { $0["kind"] as? String == "boilerplate" }, "\(target)")
        let side = try #require(json["target"] as? [String: Any])
        #expect(side["content_sentence_coverage"] as? Double == 1)
        // Without --keep-boilerplate the reader leaves the chrome out: nothing is unmatched.
        let main = try BitextCommand.run(["coverage", original.path, page.path, "--src-lang", "en", "--tgt-lang", "fr", "--json"])
        let mainJSON = try #require(try JSONSerialization.jsonObject(with: Data(main.output.utf8)) as? [String: Any], "\(main.error)")
        #expect((mainJSON["unmatched_target"] as? [Any])?.isEmpty == true)
    }

    @Test func lowConfidenceBeadsFollowTheThreshold() throws {
        let none = try #require(try report(["--min-confidence", "0"]).json["low_confidence"] as? [[String: Any]])
        #expect(none.isEmpty)
        let all = try #require(try report(["--min-confidence", "1"]).json["low_confidence"] as? [[String: Any]])
        // Every two-sided bead is below 1: 39 source sentences matched in 37 beads (two 2-1 merges).
        #expect(all.count == 37)
        #expect(all.allSatisfy { ($0["confidence"] as? Double ?? 1) < 1 })
    }

    @Test func htmlOnCoverageAndAlignShowsEveryBead() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fromCoverage = folder.appendingPathComponent("coverage.html"), fromAlign = folder.appendingPathComponent("align.html")
        let coverage = try BitextCommand.run(["coverage"] + Self.arguments + ["--html", fromCoverage.path])
        let align = try BitextCommand.run(["align"] + Self.arguments + ["--html", fromAlign.path])
        #expect(coverage.status == 0 && align.status == 0)
        #expect(align.output.split(separator: "\n").count == 58, "align still prints its beads")
        for page in [fromCoverage, fromAlign] {
            let html = try String(contentsOf: page, encoding: .utf8)
            #expect(html.components(separatedBy: "<tr class=\"bead ").count - 1 == 58)
            #expect(html.components(separatedBy: "<tr class=\"bead unmatched-target ").count - 1 == Self.targetOnly.count)
            #expect(html.contains("<span id=\"count-unmatched-source\">1</span>"))
        }
    }
}

private let seedArticle = TestEnvironment.shared.appendingPathComponent("corpora/seed/article.fr.txt")

/// The shared seed article (a French web page with its site's boilerplate) against a
/// stand-in for its original: the article's sentences, each word replaced by a made-up word
/// of about the same length, names, numbers and punctuation kept — as little as a
/// translation into an unrelated language keeps. The page's boilerplate must come out
/// unmatched and every article sentence must find its counterpart.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: seedArticle.path),
                "../shared/corpora/seed/article.fr.txt is absent: seed article boilerplate check skipped"))
struct SeedArticleTests {
    static let article = seedArticle

    /// The page's lines that are not the article: site name, dates, bylines, separators,
    /// credits, comment form, widgets.
    static let boilerplate: Set<String> = [
        "www.zejournal.mobi", "Jeudi, 28 Mars 2024", "***", "Traduction SLT", "- Source : Antimedia",
        "Cela peut vous intéresser", "Commentaires", "Envoyer votre commentaire avec :", "Fermé", "Recherche",
        "Vous aimez notre site ?", "(230 K)", "Derniers Articles", "Articles les plus lus", "Loading...",
    ]

    static func isBoilerplate(_ sentence: String) -> Bool {
        boilerplate.contains(sentence) || sentence.hasPrefix("Auteur : ")
    }

    /// A made-up word for `word`: the same for the same word, about 0.9 of its length.
    static func standIn(_ word: Substring) -> String {
        guard let first = word.first, first.isLowercase else { return String(word) }  // names, numbers, punctuation
        let letters = word.prefix { $0.isLetter }
        var hash: UInt64 = 14_695_981_039_346_656_037
        for byte in letters.lowercased().utf8 { hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211 }
        let consonants = Array("bcdfgklmnprstvz"), vowels = Array("aeiou")
        let made = (0..<max(2, letters.count * 9 / 10)).map { index -> Character in
            let digit = Int((hash >> UInt64(index % 16 * 4)) & 0xF)
            return index % 2 == 0 ? consonants[digit % consonants.count] : vowels[digit % vowels.count]
        }
        return String(made) + word.dropFirst(letters.count)
    }

    @Test func boilerplateIsUnmatchedAndTheArticleAligned() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let segmented = try BitextCommand.run(["segment", "--lang", "fr", "--format", "jsonl", Self.article.path])
        let sentences = try segmented.output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let texts = sentences.map { $0["text"] as? String ?? "" }
        let body = texts.indices.filter { !Self.isBoilerplate(texts[$0]) }
        #expect(body.count > 30 && texts.count - body.count >= 15)
        // The stand-in original: one article sentence per line, a blank line between paragraphs.
        var original = ""
        for (position, index) in body.enumerated() {
            if position > 0, sentences[index]["paragraph"] as? Int != sentences[body[position - 1]]["paragraph"] as? Int {
                original += "\n"
            }
            original += texts[index].split(separator: " ").map(Self.standIn).joined(separator: " ") + "\n"
        }
        let source = folder.appendingPathComponent("original.txt")
        try original.write(to: source, atomically: true, encoding: .utf8)
        let sourceCount = try BitextCommand.run(["segment", "--lang", "en", source.path]).output.split(separator: "\n").count
        try #require(sourceCount == body.count, "the stand-in original keeps one sentence per article sentence")

        let result = try BitextCommand.run(["coverage", source.path, Self.article.path, "--src-lang", "en", "--tgt-lang", "fr", "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.error)")
        let unmatchedTarget = try #require(json["unmatched_target"] as? [[String: Any]]).map { $0["index"] as? Int ?? -1 }
        #expect(unmatchedTarget == texts.indices.filter { Self.isBoilerplate(texts[$0]) })
        // Every page line is chrome but the two credits.
        let kinds = try #require(json["unmatched_target"] as? [[String: Any]]).map { ($0["text"] as? String ?? "", $0["kind"] as? String ?? "") }
        for (text, kind) in kinds {
            let credit = text == "Traduction SLT" || text == "- Source : Antimedia" || text == "- Source\u{A0}: Antimedia"
            #expect(kind == (credit ? "credit" : "boilerplate"), "\(text)")
        }
        #expect(kinds.filter { $0.1 == "credit" }.count == 2)
        #expect(try #require(json["unmatched_source"] as? [[String: Any]]).isEmpty)
    }
}

/// The HTML view as a browser shows it: scripts/check-html-view.sh renders the pages of the
/// sample and of the TransRead dev novels (where ../shared is) in headless Chromium, checks
/// their counts and rows against `bitext coverage --json`, and, at 1400 and 400 px, the
/// overflow, the sticky bar, `n`/`p` and "problems only"; takes screenshots and prints the
/// sample to PDF.
@Suite(.enabled(if: TestEnvironment.runsCheck(toolsPresent: !TestEnvironment.onPath("chromium").isEmpty && !TestEnvironment.onPath("python3").isEmpty),
                "chromium or python3 is absent (apt-get install -y chromium): HTML view browser check skipped"))
struct HTMLViewBrowserTests {
    @Test func chromiumShowsWhatTheJSONSays() throws {
        let (status, output) = try TestEnvironment.run(
            "/bin/bash", [TestEnvironment.repository.appendingPathComponent("scripts/check-html-view.sh").path],
            environment: ["BITEXT": BitextCommand.executable.path], withErrors: true)
        #expect(status == 0, "\(output)")
        #expect(output.contains("all checks passed"))
    }
}

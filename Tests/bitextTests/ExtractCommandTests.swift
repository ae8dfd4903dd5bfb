import Foundation
import Testing

@Suite struct ExtractCommandTests {
    static func page(title: String, menu: [String], paragraphs: [String], footer: String) -> String {
        """
        <html><head><meta charset="utf-8"><title>\(title)</title></head><body>
        <nav class="menu"><ul>\(menu.map { "<li><a href=\"/\">\($0)</a></li>" }.joined())</ul></nav>
        <article><h1>\(title)</h1>\(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))</article>
        <footer class="site-footer"><p>\(footer)</p></footer></body></html>
        """
    }

    static let english = page(
        title: "The new tram line opens in May", menu: ["News", "Sport", "Weather"],
        paragraphs: ["The city council has confirmed that the new tram line between the station and the university will open in May, after three years of works in the centre of the town.",
                     "The line is twelve kilometres long and has twenty stops, and according to the operator a tram will run every six minutes at the busiest hours of the day."],
        footer: "© 2026 The Valley Journal")
    static let french = page(
        title: "La nouvelle ligne de tram ouvre en mai", menu: ["Actualités", "Sport", "Météo", "Contact"],
        paragraphs: ["Le conseil municipal a confirmé que la nouvelle ligne de tram entre la gare et l'université ouvrira en mai, après trois ans de travaux dans le centre de la ville.",
                     "La ligne mesure douze kilomètres et compte vingt arrêts, et selon l'exploitant un tram passera toutes les six minutes aux heures les plus chargées de la journée."],
        footer: "© 2026 Le Journal du Val")

    @Test func printsTheMainTextInBlocks() throws {
        let result = try BitextCommand.run(["extract", "--input-format", "html", "-"], input: Array(Self.english.utf8))
        #expect(result.status == 0)
        #expect(result.output == "The new tram line opens in May\n\nThe city council has confirmed that the new tram line between the station "
            + "and the university will open in May, after three years of works in the centre of the town.\n\nThe line is twelve kilometres "
            + "long and has twenty stops, and according to the operator a tram will run every six minutes at the busiest hours of the day.\n")
    }

    @Test func allMarksBoilerplate() throws {
        let result = try BitextCommand.run(["extract", "--all", "--input-format", "html", "-"], input: Array(Self.english.utf8))
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.prefix(3) == ["[boilerplate] News", "[boilerplate] Sport", "[boilerplate] Weather"])
        #expect(lines.last == "[boilerplate] © 2026 The Valley Journal")
        #expect(lines.contains("The new tram line opens in May"))
    }

    @Test func jsonLinesGiveKindFlagAndRange() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.html")
        try Data(Self.english.utf8).write(to: file)
        let result = try BitextCommand.run(["extract", "--format", "jsonl", "--all", file.path])
        #expect(result.status == 0)
        let objects = try result.output.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(objects.count == 7)
        #expect(objects[0]["kind"] as? String == "listItem")
        #expect(objects[0]["boilerplate"] as? Bool == true)
        #expect(objects[3]["kind"] as? String == "heading")
        #expect(objects[3]["boilerplate"] as? Bool == false)
        let bytes = Array(Self.english.utf8)
        for object in objects {
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            let text = try #require(object["text"] as? String)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self).contains(String(text.prefix(10))))
        }
    }

    @Test func subtitlesAndDocumentsFromTheSamples() throws {
        let sample = TestEnvironment.repository.appendingPathComponent("corpora/sample")
        let srt = try BitextCommand.run(["extract", sample.appendingPathComponent("ferry.en.srt").path])
        #expect(srt.status == 0)
        #expect(srt.output.hasPrefix("The last ferry leaves at half past nine.\n\nIf you miss it, you sleep on the island.\n"))
        #expect(!srt.output.contains("-->") && !srt.output.contains("<i>"))
        let docx = try BitextCommand.run(["extract", "--format", "jsonl", sample.appendingPathComponent("harbour.fr.docx").path])
        #expect(docx.status == 0)
        #expect(docx.output.hasPrefix("{\"text\":\"Le port rouvre\",\"kind\":\"heading\",\"boilerplate\":false,"))
        #expect(docx.output.contains("\"kind\":\"note\""))
    }

    @Test func alignUsesTheMainTextUnlessAskedForEverything() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("en.html"), target = folder.appendingPathComponent("fr.html")
        try Data(Self.english.utf8).write(to: source)
        try Data(Self.french.utf8).write(to: target)
        let main = try BitextCommand.run(["align", source.path, target.path, "--src-lang", "en", "--tgt-lang", "fr", "--format", "tsv"])
        #expect(main.status == 0)
        let pairs = main.output.split(separator: "\n")
        #expect(pairs.count == 3)
        #expect(pairs.first?.hasPrefix("The new tram line opens in May\tLa nouvelle ligne de tram ouvre en mai\t") == true)
        #expect(!main.output.contains("Sport") && !main.output.contains("©"))
        let all = try BitextCommand.run(["align", source.path, target.path, "--src-lang", "en", "--tgt-lang", "fr",
                                         "--format", "tsv", "--keep-boilerplate", "--include-unaligned"])
        #expect(all.status == 0)
        #expect(all.output.contains("Sport\tSport"))
        #expect(all.output.contains("Contact"))
        // Read as text, the markup is aligned as sentences: the format option decides.
        let asText = try BitextCommand.run(["align", source.path, target.path, "--src-lang", "en", "--tgt-lang", "fr",
                                            "--format", "tsv", "--input-format", "text"])
        #expect(asText.output.contains("<"))
    }

    @Test func batchAndCoverageReadWebPagesToo() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.english.utf8).write(to: folder.appendingPathComponent("en.html"))
        try Data(Self.french.utf8).write(to: folder.appendingPathComponent("fr.html"))
        try Data("en.html\tfr.html\ttram\n".utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        let batch = try BitextCommand.run(["batch", folder.appendingPathComponent("pairs.tsv").path, "--src-lang", "en",
                                           "--tgt-lang", "fr", "--format", "tsv"])
        #expect(batch.status == 0)
        #expect(batch.output.split(separator: "\n").count == 3)
        #expect(!batch.output.contains("Weather"))
        let coverage = try BitextCommand.run(["coverage", folder.appendingPathComponent("en.html").path,
                                              folder.appendingPathComponent("fr.html").path, "--src-lang", "en", "--tgt-lang", "fr",
                                              "--keep-boilerplate", "--show-boilerplate"])
        #expect(coverage.status == 0)
        // The French menu has an item more than the English one: it is read, and listed.
        #expect(["Météo", "Contact"].contains { coverage.output.contains("fr.html:2  \($0)") }, "\(coverage.output)")
    }

    @Test func segmentedIsForPlainText() throws {
        let sample = TestEnvironment.repository.appendingPathComponent("corpora/sample")
        let result = try BitextCommand.run(["align", sample.appendingPathComponent("ferry.en.srt").path,
                                            sample.appendingPathComponent("ferry.fr.srt").path,
                                            "--src-lang", "en", "--tgt-lang", "fr", "--segmented"])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("bitext: error: --segmented"))
    }

    @Test func badDocumentsAreOneLineErrors() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fake = folder.appendingPathComponent("fake.docx")
        try Data("not a zip".utf8).write(to: fake)
        let result = try BitextCommand.run(["extract", fake.path])
        #expect(result.status == 1)
        #expect(result.error == "bitext: error: \(fake.path): not a DOCX file (not a ZIP archive)\n")
        let unknown = try BitextCommand.run(["extract", "--input-format", "rtf", fake.path])
        #expect(unknown.status == 64)
    }

    @Test func pdfWithoutPdftotextNamesThePackage() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("paper.pdf")
        try Data("%PDF-1.4\n".utf8).write(to: pdf)
        let result = try TestEnvironment.run(BitextCommand.executable.path, ["extract", pdf.path],
                                             environment: ["PATH": folder.path], withErrors: true)
        #expect(result.status == 1)
        #expect(result.output == "bitext: error: \(pdf.path): reading PDF needs pdftotext, which is not installed (Debian package poppler-utils)\n")
    }
}

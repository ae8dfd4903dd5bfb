import Foundation
import Testing

@Suite struct BatchCommandTests {
    /// A folder with three small document pairs and a manifest whose second line is broken.
    private func makeBatch() throws -> URL {
        let folder = try BitextCommand.temporaryFolder()
        let pairs = [("The council met in 1932.\nIt decided nothing.\n", "Le conseil s'est réuni en 1932.\nIl n'a rien décidé.\n"),
                     ("Geneva is a city.\n", "Genève est une ville.\n"),
                     ("The river rose by 4,000 metres.\nNobody saw it.\n", "La rivière a monté de 4 000 mètres.\nPersonne ne l'a vu.\n")]
        var manifest = "# source\ttarget\tid\n"
        for (index, pair) in pairs.enumerated() {
            try Data(pair.0.utf8).write(to: folder.appendingPathComponent("en\(index).txt"))
            try Data(pair.1.utf8).write(to: folder.appendingPathComponent("fr\(index).txt"))
            manifest += "en\(index).txt\tfr\(index).txt\tdoc\(index)\n"
            if index == 0 { manifest += "missing.txt\tfr0.txt\tbroken\n" }
        }
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        return folder
    }

    @Test func progressLinesGiveTheShareDone() throws {
        let folder = try makeBatch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BitextCommand.run(["batch", folder.appendingPathComponent("pairs.tsv").path, "--src-lang", "en",
                                            "--tgt-lang", "fr", "--segmented", "--format", "jsonl", "--jobs", "1"])
        // Standard error is not a terminal here: one plain line at every tenth passed.
        let lines = result.error.split(separator: "\n").filter { $0.hasPrefix("bitext batch: ") }
        #expect(!lines.isEmpty, "\(result.error)")
        for line in lines {
            let words = line.split(separator: " ")
            let counts = words[2].split(separator: "/").compactMap { Int($0) }
            let percent = Int(words[4].dropFirst().dropLast(3))
            #expect(counts.count == 2 && percent == 100 * counts[0] / counts[1], "\(line)")
        }
        #expect(lines.last?.contains("(100%)") == true, "\(lines)")
    }

    @Test func writesDocumentsInManifestOrderAndReportsBadPairs() throws {
        let folder = try makeBatch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("pairs.tsv").path
        var outputs: [String] = []
        for jobs in ["1", "3"] {
            let result = try BitextCommand.run(["batch", manifest, "--src-lang", "en", "--tgt-lang", "fr", "--segmented",
                                                "--format", "jsonl", "--jobs", jobs])
            #expect(result.status == 1)
            #expect(result.error.contains("bitext: error: \(manifest):3: \(folder.path)/missing.txt: no such file (skipped)\n"))
            #expect(result.error.hasSuffix("bitext: error: 1 of 4 document pair(s) skipped\n"))
            outputs.append(result.output)
        }
        #expect(outputs[0] == outputs[1])
        let documents = outputs[0].split(separator: "\n").map { line -> String in
            let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["document"] as? String ?? "?"
        }
        // In manifest order: each document's beads together, documents in order.
        #expect(documents.enumerated().filter { $0.offset == 0 || documents[$0.offset - 1] != $0.element }.map(\.element)
            == ["doc0", "doc1", "doc2"])
    }

    @Test func shardsSplitTheManifest() throws {
        let folder = try makeBatch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("pairs.tsv").path
        let whole = try BitextCommand.run(["batch", manifest, "--src-lang", "en", "--tgt-lang", "fr", "--segmented", "--format", "tsv"])
        var parts: [Substring] = []
        for shard in ["0/2", "1/2"] {
            let result = try BitextCommand.run(["batch", manifest, "--src-lang", "en", "--tgt-lang", "fr", "--segmented",
                                                "--format", "tsv", "--shard", shard])
            parts += result.output.split(separator: "\n")
        }
        // Contiguous shards: the parts in shard order are the whole corpus in order.
        #expect(parts == whole.output.split(separator: "\n"))
        let bad = try BitextCommand.run(["batch", manifest, "--src-lang", "en", "--tgt-lang", "fr", "--shard", "2/2"])
        #expect(bad.status == 64)
    }

    @Test func pairsFoldersByName() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = folder.appendingPathComponent("en"), french = folder.appendingPathComponent("fr")
        try FileManager.default.createDirectory(at: english, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: french, withIntermediateDirectories: true)
        try Data("One.\n".utf8).write(to: english.appendingPathComponent("a.txt"))
        try Data("Un.\n".utf8).write(to: french.appendingPathComponent("a.txt"))
        try Data("Alone.\n".utf8).write(to: english.appendingPathComponent("b.txt"))
        let result = try BitextCommand.run(["batch", "--src-dir", english.path, "--tgt-dir", french.path, "--src-lang", "en",
                                            "--tgt-lang", "fr", "--segmented", "--format", "tsv"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("One.\tUn.\t") && result.output.split(separator: "\n").count == 1)
        #expect(result.error.contains("bitext: warning: b.txt is in only one folder (skipped)"))
    }

    /// A web page whose article is a heading and two paragraphs.
    static func page(_ heading: String, _ first: String, _ second: String) -> String {
        "<!DOCTYPE html><html><head><title>t</title></head><body><article><h1>\(heading)</h1>\n<p>\(first)</p>\n<p>\(second)</p></article></body></html>"
    }

    @Test func pairsOneFolderByLanguagePart() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "Emma.en.txt": "One.\n", "Emma.fr.txt": "Un.\n", "page.en.html": Self.page("The new bridge", "On Monday 3 March the city council approved the building of the new 450-metre bridge over the river.",
                                      "Work on the bridge will start in the spring of 2025 and will last 24 months, the town hall said on Tuesday."),
            "page.fr.html": Self.page("Le nouveau pont", "Le conseil municipal a approuvé lundi 3 mars la construction du nouveau pont de 450 mètres sur le fleuve.",
                                      "Les travaux du pont commenceront au printemps 2025 et dureront 24 mois, a précisé la mairie mardi."), "lone.en.txt": "Alone.\n", "notes.txt": "Nothing.\n",
        ]
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let result = try BitextCommand.run(["batch", "--dir", folder.path, "--src-lang", "en", "--tgt-lang", "fr", "--format", "tsv"])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map { $0.split(separator: "\t").prefix(2).joined(separator: "\t") }
        #expect(lines == ["One.\tUn.", "The new bridge\tLe nouveau pont",
                          "On Monday 3 March the city council approved the building of the new 450-metre bridge over the river.\t"
                          + "Le conseil municipal a approuvé lundi 3 mars la construction du nouveau pont de 450 mètres sur le fleuve.",
                          "Work on the bridge will start in the spring of 2025 and will last 24 months, the town hall said on Tuesday.\t"
                          + "Les travaux du pont commenceront au printemps 2025 et dureront 24 mois, a précisé la mairie mardi."])
        let warnings = result.error.split(separator: "\n").filter { $0.hasPrefix("bitext: warning: ") }
        #expect(warnings.count == 2)
        #expect(warnings.contains { $0.contains("lone.en.txt") } && warnings.contains { $0.contains("notes.txt") })
        let same = try BitextCommand.run(["batch", "--dir", folder.path, "--src-lang", "en", "--tgt-lang", "EN"])
        #expect(same.status == 64)
        // The language part of a name cannot be `auto`: refused before any file is read.
        let auto = try BitextCommand.run(["batch", "--dir", folder.path, "--src-lang", "auto", "--tgt-lang", "fr"])
        #expect(auto.status == 64 && auto.error.contains("not auto"), "\(auto.error)")
        let both = try BitextCommand.run(["batch", "--dir", folder.path, "--src-dir", folder.path, "--tgt-dir", folder.path,
                                          "--src-lang", "en", "--tgt-lang", "fr"])
        #expect(both.status == 64)
        let missing = try BitextCommand.run(["batch", "--dir", folder.appendingPathComponent("nope").path, "--src-lang", "en", "--tgt-lang", "fr"])
        #expect(missing.status == 1 && missing.error.contains("no such folder"))
    }
}

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
        #expect(parts.sorted() == whole.output.split(separator: "\n").sorted())
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
}

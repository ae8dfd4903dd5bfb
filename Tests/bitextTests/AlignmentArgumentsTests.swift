import Foundation
import Testing

/// The dictionary options shared by `align`, `coverage` and `batch`: the dictionary
/// installed for the pair is used by default, `--dictionary` overrides it, `--no-dictionary`
/// turns it off, `--verbose` says which one was used.
///
/// The case: two English sentences that differ by one word ("a dog", "a horse") and three
/// French ones whose middle one ("Un chien." or "Un cheval.") could end the first
/// translation or start the second; only a dictionary can tell where it belongs.
@Suite struct AlignmentArgumentsTests {
    private static let context = (1...6).map { "Berne \(1900 + $0), Genève \(1950 + $0), Bâle \(2000 + $0)." }

    /// A folder with `en.txt`, `fr-chien.txt` and `fr-cheval.txt` (one sentence per line),
    /// and a data folder `data/` with `files` (name → text) in `data/dictionaries/`.
    private func makeCase(installing files: [String: String]) throws -> URL {
        let folder = try BitextCommand.temporaryFolder()
        let source = ["In that year the river rose by a dog in the valley.", "In that year the river rose by a horse in the valley."]
        try Data((Self.context + source + Self.context).joined(separator: "\n").utf8).write(to: folder.appendingPathComponent("en.txt"))
        for middle in ["chien", "cheval"] {
            let target = ["Cette année-là, la rivière monta beaucoup dans la vallée.", "Un \(middle).",
                          "Cette année-là, la rivière monta beaucoup dans la vallée."]
            try Data((Self.context + target + Self.context).joined(separator: "\n").utf8)
                .write(to: folder.appendingPathComponent("fr-\(middle).txt"))
        }
        let dictionaries = folder.appendingPathComponent("data/dictionaries")
        try FileManager.default.createDirectory(at: dictionaries, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: dictionaries.appendingPathComponent(name)) }
        return folder
    }

    /// Runs `bitext` on the case with the case's data folder.
    private func run(_ folder: URL, _ arguments: [String]) throws -> BitextCommand.Result {
        try BitextCommand.run(arguments, environment: ["BITEXT_DATA": folder.appendingPathComponent("data").path])
    }

    /// The source sentences (numbered within the case) aligned with the middle French sentence.
    private func partner(_ folder: URL, middle: String, _ options: [String] = []) throws -> [Int] {
        let result = try run(folder, ["align", folder.appendingPathComponent("en.txt").path,
                                      folder.appendingPathComponent("fr-\(middle).txt").path,
                                      "--src-lang", "en", "--tgt-lang", "fr", "--segmented"] + options)
        #expect(result.status == 0, "\(result.error)")
        let middleIndex = Self.context.count + 1
        for line in result.output.split(separator: "\n") {
            let sides = line.split(separator: ":").prefix(2).map {
                $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            }
            if sides.count == 2 && sides[1].contains(middleIndex) { return sides[0].map { $0 - Self.context.count } }
        }
        Issue.record("no bead holds the middle sentence: \(result.output)")
        return []
    }

    /// en→fr finds the dictionary filed as fr-en (its columns read the other way round).
    @Test func usesTheInstalledDictionaryOfThePairByDefault() throws {
        let folder = try makeCase(installing: ["fr-en.tsv": "chien\tdog\ncheval\thorse\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try partner(folder, middle: "chien") == [0])
        #expect(try partner(folder, middle: "cheval") == [1])
    }

    @Test func languagesWithARegionFindTheDictionaryOfTheirLanguage() throws {
        let folder = try makeCase(installing: ["en-fr.tsv": "dog\tchien\nhorse\tcheval\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try partner(folder, middle: "chien", ["--src-lang", "en-GB", "--tgt-lang", "fr-CA"]) == [0])
        #expect(try partner(folder, middle: "cheval", ["--src-lang", "en-GB", "--tgt-lang", "fr-CA"]) == [1])
    }

    /// Without a dictionary nothing tells the two middles apart, so both go the same way.
    @Test func noDictionaryTurnsTheInstalledOneOff() throws {
        let folder = try makeCase(installing: ["en-fr.tsv": "dog\tchien\nhorse\tcheval\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try partner(folder, middle: "chien", ["--no-dictionary"]) == partner(folder, middle: "cheval", ["--no-dictionary"]))
    }

    /// The installed dictionary is wrong on purpose (dog = cheval); the one given is right.
    @Test func dictionaryOverridesTheInstalledOne() throws {
        let folder = try makeCase(installing: ["en-fr.tsv": "dog\tcheval\nhorse\tchien\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try partner(folder, middle: "chien") == [1])
        let given = folder.appendingPathComponent("given.tsv")
        try Data("dog\tchien\nhorse\tcheval\n".utf8).write(to: given)
        #expect(try partner(folder, middle: "chien", ["--dictionary", given.path]) == [0])
        #expect(try partner(folder, middle: "cheval", ["--dictionary", given.path]) == [1])
    }

    @Test func verboseNamesTheDictionaryUsed() throws {
        let folder = try makeCase(installing: ["en-fr.tsv": "dog\tchien\nhorse\tcheval\ncat\tchat\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["align", folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr-chien.txt").path,
                         "--src-lang", "en", "--tgt-lang", "fr", "--segmented", "--verbose"]
        let installed = folder.appendingPathComponent("data/dictionaries/en-fr.tsv").path
        #expect(try run(folder, arguments).error == "bitext: dictionary: \(installed), 3 entries\n")
        let reversed = try run(folder, ["align", folder.appendingPathComponent("fr-chien.txt").path, folder.appendingPathComponent("en.txt").path,
                                        "--src-lang", "fr", "--tgt-lang", "en", "--segmented", "--verbose"])
        #expect(reversed.error == "bitext: dictionary: \(installed) (read reversed), 3 entries\n")
        #expect(try run(folder, arguments + ["--no-dictionary"]).error == "bitext: no dictionary, 0 entries\n")
        let given = folder.appendingPathComponent("given.tsv")
        try Data("dog\tchien\n".utf8).write(to: given)
        #expect(try run(folder, arguments + ["--dictionary", given.path]).error == "bitext: dictionary: \(given.path), 1 entries\n")
        #expect(try run(folder, Array(arguments.dropLast())).error == "")
    }

    @Test func coverageNamesTheDictionaryInJSONAndText() throws {
        let folder = try makeCase(installing: ["en-fr.tsv": "dog\tchien\nhorse\tcheval\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let arguments = ["coverage", folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr-chien.txt").path,
                         "--src-lang", "en", "--tgt-lang", "fr", "--segmented"]
        func dictionary(_ options: [String]) throws -> Any? {
            let result = try run(folder, arguments + ["--json"] + options)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any], "\(result.error)")
            return json["dictionary"]
        }
        let installed = folder.appendingPathComponent("data/dictionaries/en-fr.tsv").path
        #expect(try dictionary([]) as? String == installed)
        #expect(try dictionary(["--no-dictionary"]) is NSNull)
        let given = folder.appendingPathComponent("given.tsv")
        try Data("dog\tchien\n".utf8).write(to: given)
        #expect(try dictionary(["--dictionary", given.path]) as? String == given.path)
        #expect(try run(folder, arguments).output.hasSuffix("\nDictionary: \(installed)\n"))
        #expect(try run(folder, arguments + ["--no-dictionary"]).output.hasSuffix("\nDictionary: none\n"))
    }

    @Test func batchUsesTheInstalledDictionary() throws {
        let folder = try makeCase(installing: ["en-fr.tsv": "dog\tchien\nhorse\tcheval\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("en.txt\tfr-chien.txt\nen.txt\tfr-cheval.txt\n".utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        let result = try run(folder, ["batch", folder.appendingPathComponent("pairs.tsv").path, "--src-lang", "en", "--tgt-lang", "fr",
                                      "--segmented", "--format", "tsv", "--verbose"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.hasPrefix("bitext: dictionary: \(folder.appendingPathComponent("data/dictionaries/en-fr.tsv").path), 2 entries\n"))
        let rows = result.output.split(separator: "\n").map { $0.split(separator: "\t").prefix(2).joined(separator: "|") }
        #expect(rows.contains("In that year the river rose by a dog in the valley.|Cette année-là, la rivière monta beaucoup dans la vallée. Un chien."))
        #expect(rows.contains("In that year the river rose by a horse in the valley.|Un cheval. Cette année-là, la rivière monta beaucoup dans la vallée."))
    }

    @Test func dictionaryAndNoDictionaryTogetherAreAUsageError() throws {
        let folder = try makeCase(installing: [:])
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in ["align", "coverage"] {
            let result = try run(folder, [command, folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr-chien.txt").path,
                                          "--src-lang", "en", "--tgt-lang", "fr", "--no-dictionary", "--dictionary", "x.tsv"])
            #expect(result.status == 64)
            #expect(result.error.hasPrefix("bitext: error: --no-dictionary and --dictionary: give one or the other"))
            #expect(result.error.filter { $0 == "\n" }.count == 1 && result.output.isEmpty)
        }
        let batch = try run(folder, ["batch", "--src-dir", folder.path, "--tgt-dir", folder.path, "--src-lang", "en", "--tgt-lang", "fr",
                                     "--dictionary", "x.tsv", "--no-dictionary"])
        #expect(batch.status == 64 && batch.error.filter { $0 == "\n" }.count == 1)
    }
}

import Foundation
import Testing

@Suite struct AlignCommandTests {
    @Test func alignsSegmentedFilesIntoBeads() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("en.txt"), target = folder.appendingPathComponent("fr.txt")
        try Data("The council met in Geneva in 1932.\nIt decided nothing.\n".utf8).write(to: source)
        try Data("Le conseil s'est réuni à Genève en 1932.\nIl n'a rien décidé.\n".utf8).write(to: target)
        let result = try BitextCommand.run(["align", source.path, target.path, "--src-lang", "en", "--tgt-lang", "fr", "--segmented"])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
        #expect(lines == ["[0]:[0]", "[1]:[1]"])
    }

    @Test func segmentsUnsegmentedText() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("en.txt"), target = folder.appendingPathComponent("fr.txt")
        try Data("Dr. Smith arrived in 1932. He left in 1945.".utf8).write(to: source)
        try Data("Le Dr. Smith est arrivé en 1932. Il est parti en 1945.".utf8).write(to: target)
        let output = folder.appendingPathComponent("out.beads")
        let result = try BitextCommand.run(["align", source.path, target.path, "--src-lang", "en", "--tgt-lang", "fr", "-o", output.path])
        #expect(result.status == 0, "\(result.error)")
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.map { $0.split(separator: ":").prefix(2).joined(separator: ":") } == ["[0]:[0]", "[1]:[1]"])
    }

    @Test func refusesUnknownLanguagesAndBadDictionaries() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("a.txt"), dictionary = folder.appendingPathComponent("dict.txt")
        try Data("One.".utf8).write(to: text)
        try Data("not a dictionary line".utf8).write(to: dictionary)
        let language = try BitextCommand.run(["align", text.path, text.path, "--src-lang", "en", "--tgt-lang", "qq"])
        #expect(language.status == 64)
        #expect(language.error == "bitext: error: --tgt-lang: unknown language code 'qq' (see 'bitext align --help')\n")
        let bad = try BitextCommand.run(["align", text.path, text.path, "--src-lang", "en", "--tgt-lang", "fr",
                                         "--dictionary", dictionary.path])
        #expect(bad.status == 1)
        #expect(bad.error == "bitext: error: \(dictionary.path): line 1: expected 'target @ source' or 'source<TAB>target'\n")
    }

    @Test func languageCodesAreReadOnceAndNormalised() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("en.txt"), target = folder.appendingPathComponent("pt.txt")
        try Data("The council met in 1932.\nIt decided nothing.\n".utf8).write(to: source)
        try Data("O conselho reuniu-se em 1932.\nNão decidiu nada.\n".utf8).write(to: target)
        let tmx = try BitextCommand.run(["align", source.path, target.path, "--src-lang", "EN", "--tgt-lang", "pt_br",
                                         "--segmented", "--format", "tmx"])
        #expect(tmx.status == 0, "\(tmx.error)")
        #expect(tmx.output.contains(#"srclang="en""#) && tmx.output.contains(#"<tuv xml:lang="pt-BR">"#))
        let corpus = folder.appendingPathComponent("corpus")
        let moses = try BitextCommand.run(["align", source.path, target.path, "--src-lang", "en", "--tgt-lang", "pt_br",
                                           "--segmented", "--format", "moses", "-o", corpus.path])
        #expect(moses.status == 0, "\(moses.error)")
        #expect(FileManager.default.fileExists(atPath: corpus.path + ".pt-BR"))
        // A code that could reach a file name or markup is refused before anything is read.
        for (option, code) in [("--src-lang", "en/../../x"), ("--tgt-lang", "fr\"><b>")] {
            let arguments = option == "--src-lang" ? ["--src-lang", code, "--tgt-lang", "fr"] : ["--src-lang", "en", "--tgt-lang", code]
            let result = try BitextCommand.run(["align", "/nonexistent/a", "/nonexistent/b", "--format", "moses", "-o", corpus.path]
                                               + arguments)
            #expect(result.status == 64)
            #expect(result.error.hasPrefix("bitext: error: \(option): invalid language code"))
            #expect(result.error.split(separator: "\n").count == 1)
        }
    }

    @Test func chineseBeadsAreJoinedWithoutSpaces() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("en.txt"), target = folder.appendingPathComponent("zh.txt")
        try Data("In 1932 the council met in Geneva. It decided nothing, and everyone went home in 1933.".utf8).write(to: source)
        try Data("1932年，理事会在日内瓦开会。它什么也没有决定。1933年大家都回家了。".utf8).write(to: target)
        let result = try BitextCommand.run(["align", source.path, target.path, "--src-lang", "en", "--tgt-lang", "zh",
                                            "--format", "tsv"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("它什么也没有决定。1933年大家都回家了。"))
    }
}

/// `bitext eval` gives the numbers of the reference scorer, shared/tools/score.py.
@Suite(.enabled(if: SharedAlignment.isAvailable, "../shared/corpora/align or python3 is absent: scorer agreement skipped"))
struct EvalCommandTests {
    @Test func agreesWithTheReferenceScorerOnTheDevSets() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (set, pair) in [("textberg-dev", ("de", "fr")), ("transread-dev", ("en", "fr"))] {
            let setFolder = SharedAlignment.folder.appendingPathComponent("corpora/align/\(set)")
            let output = folder.appendingPathComponent(set)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            for document in try FileManager.default.contentsOfDirectory(atPath: setFolder.path).sorted()
            where FileManager.default.fileExists(atPath: setFolder.appendingPathComponent("\(document)/gold.\(pair.0)-\(pair.1)").path) {
                let documentFolder = setFolder.appendingPathComponent(document)
                let result = try BitextCommand.run([
                    "align", documentFolder.appendingPathComponent("\(pair.0).txt").path,
                    documentFolder.appendingPathComponent("\(pair.1).txt").path, "--src-lang", pair.0, "--tgt-lang", pair.1,
                    "--segmented", "-o", output.appendingPathComponent("\(document).align").path,
                ])
                #expect(result.status == 0, "\(result.error)")
            }
            let ours = try BitextCommand.run(["eval", "--set", setFolder.path, "--test", output.path, "--json"])
            let reference = try SharedAlignment.runScorer(["-d", setFolder.path, output.path, "--json"])
            let oursValues = try #require(try JSONSerialization.jsonObject(with: Data(ours.output.utf8)) as? [String: Double])
            let referenceValues = try #require(try JSONSerialization.jsonObject(with: Data(reference.utf8)) as? [String: Double])
            #expect(Set(oursValues.keys) == Set(referenceValues.keys))
            for (key, value) in referenceValues {
                #expect(abs((oursValues[key] ?? .nan) - value) < 1e-9, "\(set) \(key): \(oursValues[key] ?? .nan) vs \(value)")
            }
        }
    }
}

enum SharedAlignment {
    static let folder = TestEnvironment.shared

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("corpora/align").path)
            && TestEnvironment.runsCheck(toolsPresent: python3 != nil)
    }

    /// The first `python3` on the PATH.
    static let python3 = TestEnvironment.onPath("python3").first

    static func runScorer(_ arguments: [String]) throws -> String {
        try TestEnvironment.run(try #require(python3, "python3 is not on the PATH"), [folder.appendingPathComponent("tools/score.py").path] + arguments).output
    }
}

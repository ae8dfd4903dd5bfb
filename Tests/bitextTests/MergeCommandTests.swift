import Foundation
import Testing

/// `bitext merge` joins `batch --shard` outputs into the corpus the unsharded batch writes,
/// and refuses, in one line with exit 64, parts it cannot join.
@Suite struct MergeCommandTests {
    /// A folder with a manifest of five small pairs (one with markup, quotes and a tab), so
    /// that three shards hold 2, 2 and 1 documents and five hold one each.
    static func makeBatch() throws -> URL {
        let folder = try BitextCommand.temporaryFolder()
        let pairs = [("The council met in Geneva in 1932.\nIt decided nothing.\n", "Le conseil s'est réuni à Genève en 1932.\nIl n'a rien décidé.\n"),
                     ("Fish & <b>chips</b> cost \"4\" pounds.\tReally.\n", "Poisson & <b>frites</b> coûte \"4\" livres.\tVraiment.\n"),
                     ("The river rose by 4,000 metres.\nNobody saw it.\n", "La rivière a monté de 4 000 mètres.\nPersonne ne l'a vu.\n"),
                     ("Trams run every 6 minutes.\nThe line opened in 2019.\n", "Les trams passent toutes les 6 minutes.\nLa ligne a ouvert en 2019.\n"),
                     ("Geneva is a city.\n", "Genève est une ville.\n")]
        var manifest = ""
        for (index, pair) in pairs.enumerated() {
            try Data(pair.0.utf8).write(to: folder.appendingPathComponent("en\(index).txt"))
            try Data(pair.1.utf8).write(to: folder.appendingPathComponent("fr\(index).txt"))
            manifest += "en\(index).txt\tfr\(index).txt\tdoc \(index)\n"
        }
        try Data(manifest.utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        return folder
    }

    /// Runs a shell command in `folder` with the built `bitext` first on the PATH and
    /// SOURCE_DATE_EPOCH set, as a user runs a README recipe.
    static func shell(_ script: String, in folder: URL) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = folder
        let path = BitextCommand.executable.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = BitextCommand.environment(["PATH": path, "SOURCE_DATE_EPOCH": "1700000000"])
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// `parallel` from GNU (Debian's `parallel`), not moreutils' program of the same name.
    static let parallel = TestEnvironment.onPath("parallel").first {
        (try? TestEnvironment.run($0, ["--version"]).output.hasPrefix("GNU parallel")) == true
    }

    /// The README's GNU parallel recipe, with local jobs instead of `-S host…`: the shards
    /// run at once, and `bitext merge` gives the unsharded batch's corpus byte for byte.
    @Test(.enabled(if: TestEnvironment.runsCheck(toolsPresent: parallel != nil),
                   "GNU parallel is absent: the parallel recipe is not run (scripts/test.sh installs it: apt-get install parallel)"))
    func parallelRecipeGivesTheUnshardedCorpus() throws {
        #expect(Self.parallel != nil, "GNU parallel is not on the PATH (BITEXT_REQUIRE_TOOLS=1): apt-get install parallel")
        let folder = try Self.makeBatch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let formats: [(format: String, flags: String)] = [("tmx", ""), ("tsv", "--header"), ("jsonl", ""), ("xliff", ""),
                                                            ("csv", "--language-header"), ("xlsx", ""), ("tsv", "")]
        for (format, flags) in formats {
            let batch = "bitext batch pairs.tsv --src-lang en --tgt-lang fr --format \(format) \(flags)"
            let whole = try Self.shell("\(batch) -o whole.\(format)", in: folder)
            #expect(whole.status == 0, "\(format): \(whole.error)")
            let recipe = try Self.shell("parallel \(batch) --shard {}/3 -o part-{}.\(format) ::: 0 1 2 && "
                                        + "bitext merge part-0.\(format) part-1.\(format) part-2.\(format) -o corpus.\(format)", in: folder)
            #expect(recipe.status == 0, "\(format) \(flags): \(recipe.error)")
            let expected = try Data(contentsOf: folder.appendingPathComponent("whole.\(format)"))
            let merged = try Data(contentsOf: folder.appendingPathComponent("corpus.\(format)"))
            #expect(!expected.isEmpty && merged == expected, "\(format) \(flags): the merged corpus differs from the unsharded one")
            for name in ["whole", "corpus", "part-0", "part-1", "part-2"] {
                try? FileManager.default.removeItem(at: folder.appendingPathComponent("\(name).\(format)"))
            }
        }
    }

    @Test func mosesPartsAreGivenByTheirPrefix() throws {
        let folder = try Self.makeBatch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = "bitext batch pairs.tsv --src-lang en --tgt-lang fr --segmented --format moses"
        var script = "\(batch) -o whole"
        for shard in 0..<5 { script += " && \(batch) --shard \(shard)/5 -o part-\(shard)" }
        script += " && bitext merge part-0 part-1 part-2 part-3 part-4 -o corpus"
        let result = try Self.shell(script, in: folder)
        #expect(result.status == 0, "\(result.error)")
        for language in ["en", "fr"] {
            let whole = try Data(contentsOf: folder.appendingPathComponent("whole.\(language)"))
            #expect(!whole.isEmpty && (try? Data(contentsOf: folder.appendingPathComponent("corpus.\(language)"))) == whole, "\(language)")
        }
        // With --format moses, and refused without -o or with a part's file as -o.
        let explicit = try BitextCommand.run(["merge", "--format", "moses", folder.appendingPathComponent("part-0").path,
                                              folder.appendingPathComponent("part-1").path, "-o", folder.appendingPathComponent("two").path])
        #expect(explicit.status == 0, "\(explicit.error)")
        let noOutput = try BitextCommand.run(["merge", folder.appendingPathComponent("part-0").path])
        #expect(noOutput.status == 64 && noOutput.error == "bitext: error: --format moses: give -o OUT (it writes OUT.L1 and OUT.L2) "
                + "(see 'bitext merge --help')\n")
        let overPart = try BitextCommand.run(["merge", folder.appendingPathComponent("part-0").path, folder.appendingPathComponent("part-1").path,
                                              "-o", folder.appendingPathComponent("part-1").path])
        #expect(overPart.status == 64, "\(overPart.error)")
        #expect(overPart.error.contains("which the run would replace"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("part-1.en")).count > 0)
    }

    @Test func refusesPartsItCannotJoinInOneLine() throws {
        let folder = try Self.makeBatch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batch = "bitext batch pairs.tsv --src-lang en --tgt-lang fr --segmented"
        let made = try Self.shell("\(batch) --format tsv --shard 0/2 -o a.tsv && \(batch) --format tsv --shard 1/2 -o b.tsv && "
                                  + "\(batch) --format jsonl --shard 1/2 -o b.jsonl && \(batch) --format tsv --header --shard 1/2 -o h.tsv && "
                                  + "bitext batch pairs.tsv --src-lang de --tgt-lang fr --segmented --format jsonl --shard 0/2 -o de.jsonl", in: folder)
        #expect(made.status == 0, "\(made.error)")
        try Data("not a corpus\n".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        func merge(_ arguments: [String]) throws -> BitextCommand.Result {
            try BitextCommand.run(["merge"] + arguments.map { $0.contains(".") ? folder.appendingPathComponent($0).path : $0 })
        }
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        let cases: [([String], String)] = [
            (["a.tsv", "b.jsonl"], "\(path("a.tsv")) is tsv and \(path("b.jsonl")) is jsonl: give parts of one format"),
            (["--format", "jsonl", "a.tsv"], "\(path("a.tsv")) is tsv, not --format jsonl"),
            (["a.tsv", "h.tsv"], "\(path("h.tsv")) has a header line and \(path("a.tsv")) has none: give the parts of one batch"),
            (["de.jsonl", "b.jsonl"], "\(path("de.jsonl")) is de→fr and \(path("b.jsonl")) is en→fr: give the parts of one language pair "
                + "(or --mixed-languages, for a batch with auto languages)"),
            (["a.tsv", "notes.txt"], "\(path("notes.txt")): not a corpus written by bitext (its start is none of the formats bitext writes)"),
            (["a.tsv", "b.tsv", "-o", "b.tsv"], "\(path("b.tsv")): -o names the part \(path("b.tsv")), which the run would replace; write to another file"),
            (["a.tsv", "a.tsv"], "\(path("a.tsv")) is given twice: give each part once, in shard order"),
        ]
        for (arguments, message) in cases {
            let result = try merge(arguments)
            #expect(result.status == 64, "\(arguments): \(result.error)")
            #expect(result.error == "bitext: error: \(message) (see 'bitext merge --help')\n", "\(arguments)")
            #expect(result.output.isEmpty)
        }
        // The part named as -o is left as it was.
        #expect(try String(contentsOf: folder.appendingPathComponent("b.tsv"), encoding: .utf8).contains("\t"))
        // With --mixed-languages, the German and English shards join.
        let mixed = try merge(["--mixed-languages", "de.jsonl", "b.jsonl"])
        #expect(mixed.status == 0, "\(mixed.error)")
        #expect(mixed.output.contains("\"source_language\":\"de\"") && mixed.output.contains("\"source_language\":\"en\""))
        // A part that does not exist is an input error (exit 1), not a usage error.
        let missing = try merge(["a.tsv", "absent.tsv"])
        #expect(missing.status == 1 && missing.error == "bitext: error: \(path("absent.tsv")): no such file\n", "\(missing.error)")
        let tooLarge = try merge(["a.tsv", "--max-input", "1e-5"])
        #expect(tooLarge.status == 1 && tooLarge.error.hasPrefix("bitext: error: \(path("a.tsv")): larger than the input limit"), "\(tooLarge.error)")
        let none = try BitextCommand.run(["merge"])
        #expect(none.status == 64 && none.error == "bitext: error: give the parts to merge, in shard order (see 'bitext merge --help')\n")
        // Standard output when there is no -o: the parts in order.
        let joined = try merge(["a.tsv", "b.tsv"])
        #expect(joined.status == 0)
        #expect(joined.output == (try String(contentsOf: folder.appendingPathComponent("a.tsv"), encoding: .utf8))
            + (try String(contentsOf: folder.appendingPathComponent("b.tsv"), encoding: .utf8)))
    }

    /// `--src-lang auto` with an English and a German document: each shard's header names
    /// its language, the unsharded batch's says "several"; the merge refuses the parts as
    /// different pairs unless --mixed-languages, and then gives the unsharded bytes.
    @Test func autoLanguagesJoinWithMixedLanguages() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let french = "Le conseil s'est réuni à Genève au printemps 1932 pour discuter de l'avenir du fleuve.\n"
            + "Il n'a rien décidé, et les membres sont rentrés chez eux avant que l'hiver arrive dans la vallée.\n"
        let texts = ["a.src": "The council met in Geneva in the spring of 1932 to discuss the future of the river.\n"
                        + "It decided nothing, and the members went home before the winter came to the valley.\n",
                     "b.src": "Der Rat traf sich im Frühjahr 1932 in Genf, um über die Zukunft des Flusses zu sprechen.\n"
                        + "Er entschied nichts, und die Mitglieder gingen nach Hause, bevor der Winter in das Tal kam.\n",
                     "a.tgt": french, "b.tgt": french, "pairs.tsv": "a.src\ta.tgt\tA\nb.src\tb.tgt\tB\n"]
        for (name, text) in texts { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        for (format, flags) in [("tmx", ""), ("tsv", "--language-header"), ("xlsx", ""), ("jsonl", "")] {
            let batch = "bitext batch pairs.tsv --src-lang auto --tgt-lang fr --segmented --format \(format) \(flags)"
            let made = try Self.shell("\(batch) -o whole.\(format) && \(batch) --shard 0/2 -o p0.\(format) && \(batch) --shard 1/2 -o p1.\(format)",
                                      in: folder)
            #expect(made.status == 0, "\(made.error)")
            let refused = try Self.shell("bitext merge p0.\(format) p1.\(format) -o m.\(format)", in: folder)
            #expect(refused.status == 64 && refused.error == "bitext: error: p0.\(format) is en→fr and p1.\(format) is de→fr: give the parts "
                    + "of one language pair (or --mixed-languages, for a batch with auto languages) (see 'bitext merge --help')\n",
                    "\(format): \(refused.error)")
            let joined = try Self.shell("bitext merge --mixed-languages p0.\(format) p1.\(format) -o m.\(format) && cmp whole.\(format) m.\(format)",
                                        in: folder)
            #expect(joined.status == 0, "\(format): \(joined.error)")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("m.tmx"), encoding: .utf8).contains("srclang=\"*all*\""))
    }

    @Test func helpShowsExamples() throws {
        let help = try BitextCommand.run(["merge", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("bitext merge part-0.tmx part-1.tmx part-2.tmx -o corpus.tmx"))
        #expect(help.output.contains("--mixed-languages"))
    }
}

import Foundation
import Testing

/// `--src-lang auto`, `--tgt-lang auto`, and the warning for a declared language the text
/// does not look like.
@Suite struct LanguageCommandTests {
    /// A short English article and its French translation, written for this test.
    static let english = """
        The council met in Geneva last spring to discuss the new railway line.
        Most of the members agreed that the project would cost more than expected.
        Nobody wanted to cancel it, and the vote was put off until the autumn.
        The mayor said that the trains would run every ten minutes once the work is finished.

        """
    static let french = """
        Le conseil s'est réuni à Genève au printemps dernier pour discuter de la nouvelle ligne de chemin de fer.
        La plupart des membres ont reconnu que le projet coûterait plus cher que prévu.
        Personne ne voulait l'abandonner, et le vote a été reporté à l'automne.
        Le maire a déclaré que les trains circuleraient toutes les dix minutes une fois les travaux terminés.

        """

    private func withPair(_ body: (String, String) throws -> Void) throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("en.txt"), target = folder.appendingPathComponent("fr.txt")
        try Data(Self.english.utf8).write(to: source)
        try Data(Self.french.utf8).write(to: target)
        try body(source.path, target.path)
    }

    @Test func swappedCodesWarn() throws {
        try withPair { source, target in
            let result = try BitextCommand.run(["align", source, target, "--src-lang", "fr", "--tgt-lang", "en", "--segmented"])
            #expect(result.status == 0)
            #expect(result.error == """
                bitext: warning: \(source) looks like English (en), not fr as --src-lang says; swapped?
                bitext: warning: \(target) looks like French (fr), not en as --tgt-lang says; swapped?

                """)
        }
    }

    @Test func aWrongCodeWarnsWithoutSuggestingASwap() throws {
        try withPair { source, target in
            let result = try BitextCommand.run(["align", source, target, "--src-lang", "en", "--tgt-lang", "de", "--segmented"])
            #expect(result.error == "bitext: warning: \(target) looks like French (fr), not de as --tgt-lang says\n")
        }
    }

    @Test(arguments: ["align", "coverage"])
    func rightCodesDoNotWarn(command: String) throws {
        try withPair { source, target in
            let result = try BitextCommand.run([command, source, target, "--src-lang", "en", "--tgt-lang", "fr-FR", "--segmented"])
            #expect(result.status == 0)
            #expect(result.error.isEmpty)
        }
    }

    @Test func autoLabelsTheCorpusWithTheIdentifiedLanguages() throws {
        try withPair { source, target in
            let result = try BitextCommand.run(["align", source, target, "--src-lang", "auto", "--tgt-lang", "auto", "--segmented",
                                                "--format", "tmx"])
            #expect(result.status == 0)
            #expect(result.error.isEmpty)
            #expect(result.output.contains("srclang=\"en\""))
            #expect(result.output.contains("<tuv xml:lang=\"en\"><seg>The council met in Geneva"))
            #expect(result.output.contains("<tuv xml:lang=\"fr\"><seg>Le conseil s&apos;est réuni"))
        }
    }

    @Test func autoInBatchResolvesEachDocument() throws {
        try withPair { source, target in
            let folder = URL(fileURLWithPath: source).deletingLastPathComponent()
            let manifest = folder.appendingPathComponent("pairs.tsv")
            try Data("en.txt\tfr.txt\tdoc1\n".utf8).write(to: manifest)
            let result = try BitextCommand.run(["batch", manifest.path, "--src-lang", "auto", "--tgt-lang", "auto", "--segmented",
                                                "--format", "moses", "-o", folder.appendingPathComponent("corpus").path])
            #expect(result.status == 0, "\(result.error)")
            let french = try String(contentsOf: folder.appendingPathComponent("corpus.fr"), encoding: .utf8)
            #expect(french.hasPrefix("Le conseil s'est réuni"))
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("corpus.en").path))
        }
    }

    /// Moses' files are named after the identified languages.
    @Test func autoNamesMosesFilesAfterTheIdentifiedLanguages() throws {
        try withPair { source, target in
            let base = URL(fileURLWithPath: source).deletingLastPathComponent().appendingPathComponent("corpus").path
            let result = try BitextCommand.run(["align", source, target, "--src-lang", "auto", "--tgt-lang", "auto", "--segmented",
                                                "--format", "moses", "-o", base])
            #expect(result.status == 0, "\(result.error)")
            #expect(try String(contentsOfFile: base + ".en", encoding: .utf8).hasPrefix("The council met in Geneva"))
            #expect(try String(contentsOfFile: base + ".fr", encoding: .utf8).hasPrefix("Le conseil s'est réuni"))
        }
    }

    /// The output check still guards Moses' files named after identified languages: here
    /// OUT.en would be the English input itself, so nothing is written and the input stays.
    @Test(arguments: ["align", "batch"])
    func autoMosesFilesThatNameAnInputAreRefused(command: String) throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("doc.en"), target = folder.appendingPathComponent("other.txt")
        try Data(Self.english.utf8).write(to: source)
        try Data(Self.french.utf8).write(to: target)
        try Data("doc.en\tother.txt\n".utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        let inputs = command == "align" ? [source.path, target.path] : [folder.appendingPathComponent("pairs.tsv").path]
        let base = folder.appendingPathComponent("doc").path
        let result = try BitextCommand.run([command] + inputs + ["--src-lang", "auto", "--tgt-lang", "auto", "--segmented",
                                                                "--format", "moses", "-o", base])
        #expect(result.status == 64)
        // (batch reports its progress first: the files are named once the documents are identified)
        let errorLines = result.error.split(separator: "\n").filter { $0.hasPrefix("bitext: error: ") }
        #expect(errorLines.count == 1)
        #expect(errorLines.first?.contains("-o (source side) names") == true, "\(result.error)")
        #expect(try String(contentsOf: source, encoding: .utf8) == Self.english)
        #expect(!FileManager.default.fileExists(atPath: base + ".fr"))
    }

    /// The dictionary installed for the pair is found by the identified languages.
    @Test(arguments: ["align", "batch"])
    func autoFindsTheDictionaryOfTheIdentifiedPair(command: String) throws {
        try withPair { source, target in
            let folder = URL(fileURLWithPath: source).deletingLastPathComponent()
            let dictionaries = folder.appendingPathComponent("data/dictionaries")
            try FileManager.default.createDirectory(at: dictionaries, withIntermediateDirectories: true)
            try Data("council\tconseil\ntrain\ttrain\n".utf8).write(to: dictionaries.appendingPathComponent("en-fr.tsv"))
            try Data("en.txt\tfr.txt\n".utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
            let inputs = command == "align" ? [source, target] : [folder.appendingPathComponent("pairs.tsv").path]
            let result = try BitextCommand.run([command] + inputs + ["--src-lang", "auto", "--tgt-lang", "auto", "--segmented",
                                                                    "--format", "tsv", "--verbose"],
                                               environment: ["BITEXT_DATA": folder.appendingPathComponent("data").path])
            #expect(result.status == 0, "\(result.error)")
            // (batch then reports its progress)
            #expect(result.error.hasPrefix("bitext: dictionary: \(dictionaries.appendingPathComponent("en-fr.tsv").path), 2 entries\n"))
            #expect(result.output.contains("The council met in Geneva last spring"))
        }
    }

    /// A web page's language is identified on its main text.
    @Test func autoReadsWebPages() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("en.html", Self.english), ("fr.html", Self.french)] {
            let paragraphs = text.split(separator: "\n").map { "<p>\($0)</p>" }.joined()
            try Data("<html><body><article>\(paragraphs)</article></body></html>".utf8).write(to: folder.appendingPathComponent(name))
        }
        let result = try BitextCommand.run(["align", folder.appendingPathComponent("en.html").path, folder.appendingPathComponent("fr.html").path,
                                            "--src-lang", "auto", "--tgt-lang", "auto", "--format", "tmx"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("<tuv xml:lang=\"fr\"><seg>Le conseil s&apos;est réuni"))
    }

    /// `auto` is a word of its own, not a way round the check of language codes.
    @Test func badCodesAreStillOneUsageLine() throws {
        try withPair { source, target in
            let result = try BitextCommand.run(["align", source, target, "--src-lang", "auto", "--tgt-lang", "xx"])
            #expect(result.status == 64)
            #expect(result.error == "bitext: error: --tgt-lang: unknown language code 'xx' (see 'bitext align --help')\n")
            let segment = try BitextCommand.run(["segment", "--lang", "auto", source])
            #expect(segment.status == 64)
            #expect(segment.error == "bitext: error: --lang: unknown language code 'auto' (see 'bitext segment --help')\n")
        }
    }

    @Test func autoOnTextWithoutALanguageIsAnError() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let numbers = folder.appendingPathComponent("numbers.txt")
        try Data("1932\n1975\n".utf8).write(to: numbers)
        let result = try BitextCommand.run(["align", numbers.path, numbers.path, "--src-lang", "auto", "--tgt-lang", "en", "--segmented"])
        #expect(result.status == 1)
        #expect(result.error == "bitext: error: \(numbers.path): cannot tell its language; give it with --src-lang\n")
    }
}

/// `auto` gives the same beads as the right codes on every shared dev document pair.
@Suite(.enabled(if: !SharedAlignmentPairs.all.isEmpty, "../shared/corpora/align is absent: auto against the right codes skipped"))
struct SharedLanguageTests {
    @Test(arguments: SharedAlignmentPairs.all)
    func autoMatchesTheRightCodes(folder: String) throws {
        let (source, target) = try #require(SharedAlignmentPairs.languages(in: folder))
        let files = ["\(folder)/\(source).txt", "\(folder)/\(target).txt"]
        let declared = try BitextCommand.run(["align"] + files + ["--src-lang", source, "--tgt-lang", target, "--segmented"])
        let automatic = try BitextCommand.run(["align"] + files + ["--src-lang", "auto", "--tgt-lang", "auto", "--segmented"])
        #expect(declared.status == 0 && automatic.status == 0)
        #expect(!declared.output.isEmpty)
        #expect(automatic.output == declared.output)
        // Right codes raise no warning.
        #expect(declared.error.isEmpty)
        #expect(automatic.error.isEmpty)
    }
}

/// The document folders of `corpora/align`, each with two texts named by language.
enum SharedAlignmentPairs {
    static let all: [String] = SharedTexts.files.filter { $0.contains("/corpora/align/") }
        .map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }

    /// The source and target languages: the gold file's name (`gold.en-fr`) says which is which.
    static func languages(in folder: String) -> (String, String)? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        guard let gold = names.first(where: { $0.hasPrefix("gold.") }) else { return nil }
        let parts = gold.dropFirst(5).split(separator: "-").map(String.init)
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }
}

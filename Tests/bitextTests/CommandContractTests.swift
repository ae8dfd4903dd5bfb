import Foundation
import Testing

/// One command-line contract for every subcommand: a value is checked the same way, in the
/// same words, wherever it is given, before any work; a usage error is one line that points
/// at the subcommand's help; a mistyped subcommand gets a suggestion; `--min-confidence`
/// filters the corpus while `--flag-below` marks the unsure beads.
@Suite struct CommandContractTests {
    private static let sample = TestEnvironment.repository.appendingPathComponent("corpora/sample")
    private static let english = sample.appendingPathComponent("tram.en.txt").path
    private static let french = sample.appendingPathComponent("tram.fr.txt").path

    /// The command line of `command` on files that do not exist: a value check must refuse
    /// the value before any file is opened, so these never get read.
    private static func arguments(_ command: String) -> [String] {
        switch command {
        case "segment": ["segment", "--lang", "en", "/nonexistent/in.txt"]
        case "extract": ["extract", "/nonexistent/in.html"]
        case "batch": ["batch", "/nonexistent/pairs.tsv", "--src-lang", "en", "--tgt-lang", "fr"]
        case "merge": ["merge", "/nonexistent/part-0.tsv", "/nonexistent/part-1.tsv"]
        default: [command, "/nonexistent/a.txt", "/nonexistent/b.txt", "--src-lang", "en", "--tgt-lang", "fr"]
        }
    }

    @Test func aValueIsRefusedInTheSameWordsByEverySubcommandThatTakesIt() throws {
        let checks: [(option: String, values: [String], commands: [String], message: String)] = [
            ("--max-input", ["-1", "nan", "0", "abc"], ["segment", "extract", "align", "coverage", "batch", "merge"],
             "--max-input: give a number of MB above 0, such as 100"),
            ("--max-memory", ["-5", "inf", "0"], ["align", "coverage", "batch"], "--max-memory: give a number of GB above 0, such as 4 or 0.5"),
            ("--max-bead", ["0", "9", "-1"], ["align", "coverage", "batch"], "--max-bead: give a number from 1 to 8"),
            ("--min-confidence", ["-1", "1.5", "nan"], ["align", "coverage", "batch"], "--min-confidence: give a number from 0 to 1"),
            ("--flag-below", ["-0.1", "2", "nan"], ["align", "coverage"], "--flag-below: give a number from 0 to 1"),
        ]
        for check in checks {
            for command in check.commands {
                for value in check.values {
                    let result = try BitextCommand.run(Self.arguments(command) + [check.option, value])
                    #expect(result.status == 64, "\(command) \(check.option) \(value): \(result.error)")
                    // A non-number is ArgumentParser's to find; it is said in the same form.
                    let expected = Double(value) == nil && value != "nan"
                        ? "\(check.option): '\(value)' is not a valid value" : check.message
                    #expect(result.error == "bitext: error: \(expected) (see 'bitext \(command) --help')\n",
                            "\(command) \(check.option) \(value)")
                }
            }
        }
    }

    @Test func theBeadSizeRangeIsTheLibrarysOwn() throws {
        // 8 is the library's largest (AlignerOptions.beadSizes): taken by the command line too.
        let result = try BitextCommand.run(["align", Self.english, Self.french, "--src-lang", "en", "--tgt-lang", "fr", "--max-bead", "8"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.split(separator: "\n").count > 40)
    }

    @Test func usageErrorsPointAtTheSubcommandsHelp() throws {
        let missing = try BitextCommand.run(["align", "--src-lang", "en"])
        #expect(missing.status == 64)
        #expect(missing.error == "bitext: error: Missing expected argument '<source>' (see 'bitext align --help')\n")
        // Found in `run`, after parsing: the same pointer.
        let moses = try BitextCommand.run(["align", Self.english, Self.french, "--src-lang", "en", "--tgt-lang", "fr", "--format", "moses"])
        #expect(moses.status == 64)
        #expect(moses.error.hasSuffix(" (see 'bitext align --help')\n") && moses.error.filter { $0 == "\n" }.count == 1, "\(moses.error)")
        let format = try BitextCommand.run(["segment", "--lang", "en", "--format", "xml"])
        #expect(format.error == "bitext: error: --format: 'xml' is not a valid value; give one of lines, jsonl (see 'bitext segment --help')\n")
        let misspelt = try BitextCommand.run(["coverage", Self.english, Self.french, "--src-lang", "en", "--tgt-lang", "fr", "--flag-bellow", "0.7"])
        #expect(misspelt.status == 64)
        #expect(misspelt.error.contains("Did you mean '--flag-below'?") && misspelt.error.hasSuffix("(see 'bitext coverage --help')\n"))
    }

    @Test func aMistypedSubcommandGetsASuggestion() throws {
        for (typed, meant) in [("algin", "align"), ("covrage", "coverage"), ("segmnet", "segment"), ("bach", "batch"), ("extr", "extract")] {
            let result = try BitextCommand.run([typed, "a.txt", "b.txt"])
            #expect(result.status == 64)
            #expect(result.error == "bitext: error: unknown command '\(typed)'; did you mean '\(meant)'? (see 'bitext --help')\n")
        }
        let unrelated = try BitextCommand.run(["translate", "a.txt"])
        #expect(unrelated.status == 64)
        #expect(unrelated.error.hasPrefix("bitext: error: unknown command 'translate'; the commands are segment, align, coverage, batch"))
        // Options and `help` are not commands.
        #expect(try BitextCommand.run(["help", "align"]).status == 0)
        #expect(try BitextCommand.run(["--version"]).status == 0)
    }

    /// The names of option values in every help text.
    private static let valueNames: Set<String> = ["lang", "file", "folder", "format", "name", "mode", "N", "GB", "MB", "K/N",
                                                  "confidence", "share"]

    @Test func everySubcommandsHelpHasExamplesAndNamesEachDefaultOnce() throws {
        // Every subcommand `bitext --help` lists, those added later too.
        let overview = try BitextCommand.run(["--help"]).output
        let commands = overview.components(separatedBy: "SUBCOMMANDS:\n").last?.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }.compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { $0 != "See" } ?? []
        #expect(commands.count >= 6 && commands.contains("align"))
        for command in commands {
            let help = try BitextCommand.run([command, "--help"])
            #expect(help.status == 0)
            let examples = help.output.components(separatedBy: "Examples:\n").dropFirst().first ?? ""
            let lines = examples.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
            #expect(lines.count >= 2, "\(command) has no examples")
            #expect(lines.allSatisfy { $0.hasPrefix("  bitext \(command) ") }, "\(command): \(lines)")
            // An option's help names its default once: in its text or in ArgumentParser's note, not both.
            let options = help.output.components(separatedBy: "\n  -").dropFirst()
            for option in options {
                let flat = option.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                #expect(flat.components(separatedBy: "default").count <= 2, "\(command): \(flat)")
                // Values are named by what they are, in one vocabulary across subcommands.
                let names = flat.split(separator: " ").prefix(3).filter { $0.hasPrefix("<") }.map { $0.dropFirst().dropLast() }
                #expect(names.allSatisfy { Self.valueNames.contains(String($0)) }, "\(command): \(flat)")
            }
        }
    }

    @Test func minConfidenceFiltersTheCorpusAndFlagBelowMarksTheUnsure() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let all = try BitextCommand.run(["align", Self.english, Self.french, "--src-lang", "en", "--tgt-lang", "fr"])
        let confidences = all.output.split(separator: "\n").compactMap { Double($0.split(separator: ":").last ?? "") }
        // Halfway between the printed confidences on either side of 0.9, so that their
        // rounding to three decimals cannot decide which side of it a bead is on.
        guard let below = confidences.filter({ $0 < 0.9 }).max(), let above = confidences.filter({ $0 >= 0.9 }).min() else {
            Issue.record("the sample needs beads on both sides of 0.9")
            return
        }
        let threshold = ((below + above) / 2 * 10_000).rounded() / 10_000
        let kept = confidences.filter { $0 >= threshold }.count
        #expect(kept > 0 && kept < confidences.count, "the sample needs beads on both sides of \(threshold)")
        let twoSidedUnder = { (limit: Double) in
            all.output.split(separator: "\n").filter { line in
                !line.contains("[]") && (Double(line.split(separator: ":").last ?? "") ?? 1) < limit
            }.count
        }
        let html = folder.appendingPathComponent("view.html")
        // --min-confidence alone: the corpus loses its beads under the threshold, the page marks those under 0.5.
        let filtered = try BitextCommand.run(["align", Self.english, Self.french, "--src-lang", "en", "--tgt-lang", "fr",
                                              "--min-confidence", "\(threshold)", "--html", html.path])
        #expect(filtered.status == 0, "\(filtered.error)")
        #expect(filtered.output.split(separator: "\n").count == kept)
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("id=\"count-uncertain\">\(twoSidedUnder(0.5))</span>") && page.contains("below 0.50"))
        // --flag-below alone: every bead stays, the page marks those under it.
        let flagged = try BitextCommand.run(["align", Self.english, Self.french, "--src-lang", "en", "--tgt-lang", "fr",
                                             "--flag-below", "0.95", "--html", html.path])
        #expect(flagged.output == all.output)
        let flaggedPage = try String(contentsOf: html, encoding: .utf8)
        #expect(twoSidedUnder(0.95) > twoSidedUnder(0.5))
        #expect(flaggedPage.contains("id=\"count-uncertain\">\(twoSidedUnder(0.95))</span>") && flaggedPage.contains("below 0.95"))
    }

    @Test func coverageTakesFlagBelowAndItsFormerName() throws {
        let base = ["coverage", Self.english, Self.french, "--src-lang", "en", "--tgt-lang", "fr", "--json"]
        let flagged = try BitextCommand.run(base + ["--flag-below", "0.95"])
        let former = try BitextCommand.run(base + ["--min-confidence", "0.95"])
        #expect(flagged.status == 0 && former.status == 0)
        #expect(flagged.output == former.output)
        #expect(flagged.output.contains("\"min_confidence\":0.9500,\"flag_below\":0.9500"))
        let defaults = try BitextCommand.run(base)
        #expect(defaults.output.contains("\"flag_below\":0.5000"))
        let both = try BitextCommand.run(base + ["--flag-below", "0.9", "--min-confidence", "0.8"])
        #expect(both.status == 64)
        #expect(both.error.hasPrefix("bitext: error: --min-confidence and --flag-below: give one of them"))
    }
}

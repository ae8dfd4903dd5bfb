import Foundation
import Testing

/// The corpus formats and their flags on the command line.
@Suite struct CorpusFormatCommandTests {
    static let sample = TestEnvironment.repository.appendingPathComponent("corpora/sample")
    static let pair = [sample.appendingPathComponent("tram.en.txt").path, sample.appendingPathComponent("tram.fr.txt").path,
                       "--src-lang", "en", "--tgt-lang", "fr"]

    @Test func aFlagForAnotherFormatIsAUsageError() throws {
        let cases = [("jsonl", "--header"), ("tmx", "--header"), ("xliff", "--header"), ("beads", "--header"), ("moses", "--header"),
                     ("tmx", "--include-unaligned"), ("xliff", "--include-unaligned"), ("beads", "--include-unaligned"),
                     ("jsonl", "--language-header")]
        for (format, flag) in cases {
            for command in [["align"] + Self.pair, ["batch", "--src-dir", "a", "--tgt-dir", "b", "--src-lang", "en", "--tgt-lang", "fr"]] {
                let result = try BitextCommand.run(command + ["--format", format, flag])
                #expect(result.status == 64, "\(command[0]) \(format) \(flag)")
                #expect(result.error.hasPrefix("bitext: error: \(flag) does not apply to --format \(format) "), "\(result.error)")
                #expect(result.error.filter { $0 == "\n" }.count == 1 && result.output.isEmpty)
            }
        }
    }

    @Test func eachNewFormatIsWrittenFromTheSample() throws {
        let csv = try BitextCommand.run(["align"] + Self.pair + ["--format", "csv", "--language-header"])
        #expect(csv.status == 0, "\(csv.error)")
        #expect(csv.output.hasPrefix("source (en),target (fr),confidence\r\n"))
        #expect(csv.output.hasSuffix("\r\n"))

        let xliff = try BitextCommand.run(["align"] + Self.pair + ["--format", "xliff"])
        #expect(xliff.status == 0, "\(xliff.error)")
        #expect(xliff.output.contains(#"<file original="tram.en.txt" source-language="en" target-language="fr" datatype="plaintext">"#))

        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let workbook = folder.appendingPathComponent("tram.xlsx")
        let xlsx = try BitextCommand.run(["align"] + Self.pair + ["--format", "xlsx", "-o", workbook.path])
        #expect(xlsx.status == 0, "\(xlsx.error)")
        #expect(try Data(contentsOf: workbook).prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))  // a ZIP package
    }

    @Test func batchWritesOneXLIFFFilePerDocument() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("pairs.tsv")
        let line = "\(Self.pair[0])\t\(Self.pair[1])"
        try Data("\(line)\tfirst\n\(line)\tsecond\n".utf8).write(to: manifest)
        let result = try BitextCommand.run(["batch", manifest.path, "--src-lang", "en", "--tgt-lang", "fr", "--format", "xliff", "--jobs", "2"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.components(separatedBy: "<file ").count - 1 == 2)
        #expect(result.output.contains(#"<file original="first""#) && result.output.contains(#"<file original="second""#))
        #expect(result.output.hasSuffix("</xliff>\n"))
    }

    @Test func theNewFormatsGoThroughTheOutputCheck() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = folder.appendingPathComponent("en.txt"), french = folder.appendingPathComponent("fr.txt")
        try Data("The tram is late.\nIt rains.\n".utf8).write(to: english)
        try Data("Le tram est en retard.\nIl pleut.\n".utf8).write(to: french)
        let pair = [english.path, french.path, "--src-lang", "en", "--tgt-lang", "fr"]
        for format in ["csv", "xliff", "xlsx"] {
            // An output that is an input is refused before any work, and the input stays as it was.
            let refused = try BitextCommand.run(["align"] + pair + ["--format", format, "-o", french.path])
            #expect(refused.status == 64, "\(format): \(refused.error)")
            #expect(refused.error.hasPrefix("bitext: error: ") && refused.error.contains("-o names the target file"), "\(refused.error)")
            #expect(try String(contentsOf: french, encoding: .utf8) == "Le tram est en retard.\nIl pleut.\n")
            // A symbolic link is kept and its target replaced, as for every format.
            let target = folder.appendingPathComponent("corpus.\(format)"), link = folder.appendingPathComponent("link.\(format)")
            try Data("old".utf8).write(to: target)
            try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
            let written = try BitextCommand.run(["align"] + pair + ["--format", format, "-o", link.path])
            #expect(written.status == 0, "\(format): \(written.error)")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
            #expect(try Data(contentsOf: target) != Data("old".utf8))
        }
    }
}

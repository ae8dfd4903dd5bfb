import Foundation
import Testing

/// `bitext --version`: Bitext's version first, as scripts read it, then the ICU it runs with.
@Suite struct VersionCommandTests {
    @Test func printsTheVersionThenICUs() throws {
        let result = try BitextCommand.run(["--version"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1].isEmpty, "\(result.output)")
        let words = lines[0].split(separator: " ")
        #expect(words.first == "0.1.0")
        // "(ICU 72.1)": the major version of the libicuuc the binary links.
        #expect(words.count == 3 && words[1] == "(ICU" && words[2].hasSuffix(")"), "\(lines[0])")
        let icu = words.count == 3 ? words[2].dropLast() : ""
        #expect(icu.split(separator: ".").count >= 2 && icu.allSatisfy { $0.isNumber || $0 == "." }, "\(icu)")
    }

    /// The version written into TMX headers is the bare version, without ICU's.
    @Test func tmxHeaderKeepsTheBareVersion() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("One.\n".utf8).write(to: folder.appendingPathComponent("en.txt"))
        try Data("Un.\n".utf8).write(to: folder.appendingPathComponent("fr.txt"))
        let result = try BitextCommand.run(["align", folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                                            "--src-lang", "en", "--tgt-lang", "fr", "--segmented", "--format", "tmx"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains(#"creationtoolversion="0.1.0" "#))
    }
}

import Foundation
import Testing

/// Real clients read the TMX that `bitext align` writes: xmllint validates it against the
/// TMX 1.4 DTD and translate-toolkit loads it with the right units, languages and texts.
@Suite(.enabled(if: TMXClients.available,
                "xmllint, translate-toolkit or ../shared/formats/tmx14.dtd is absent: TMX client tests skipped (scripts/test.sh installs the tools)"))
struct TMXClientTests {
    @Test func hostileTextSurvivesBothClients() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = ["Fish & <b>chips</b> ]]> \"double\" 'single'.", "Tab\there and vertical\u{0B}tab.",
                      "Emoji 😀 and \u{200F}RTL\u{200F} marks.", String(repeating: "long ", count: 2_000) + "end."]
        let target = ["Poisson & <b>frites</b> ]]> \"double\" 'simple'.", "Tab\tici et tabulation\u{0B}verticale.",
                      "Émoji 😀 et marques \u{200F}RTL\u{200F}.", String(repeating: "long ", count: 2_000) + "fin."]
        try Data((source.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("en.txt"))
        try Data((target.joined(separator: "\n") + "\n").utf8).write(to: folder.appendingPathComponent("fr.txt"))
        let tmx = folder.appendingPathComponent("out.tmx")
        let result = try BitextCommand.run(["align", folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                                            "--src-lang", "en", "--tgt-lang", "fr", "--segmented", "--format", "tmx", "-o", tmx.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error == "bitext: warning: left out 2 character(s) that XML 1.0 forbids\n")
        #expect(try TMXClients.validate(tmx) == 0)
        let units = try TMXClients.load(tmx)
        #expect(units.count == 4)
        #expect(units.allSatisfy { $0.languages == ["en", "fr"] })
        #expect(units.map(\.source) == source.map { $0.replacingOccurrences(of: "\u{0B}", with: "") })
        #expect(units.map(\.target) == target.map { $0.replacingOccurrences(of: "\u{0B}", with: "") })
    }

    @Test func devDocumentsGiveValidTMX() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let align = TMXClients.shared.appendingPathComponent("corpora/align")
        let documents = [("textberg-dev/dev", "de", "fr"), ("transread-dev/Emma", "en", "fr"), ("transread-dev/JaneEyre", "en", "fr"),
                         ("transread-dev/AlicesAdventuresInWonderland", "en", "fr"), ("transread-dev/LesConfessions", "en", "fr")]
        for (path, l1, l2) in documents {
            let document = align.appendingPathComponent(path)
            let arguments = ["align", document.appendingPathComponent("\(l1).txt").path, document.appendingPathComponent("\(l2).txt").path,
                             "--src-lang", l1, "--tgt-lang", l2, "--segmented"]
            let tmx = folder.appendingPathComponent("out.tmx")
            #expect(try BitextCommand.run(arguments + ["--format", "tmx", "-o", tmx.path]).status == 0)
            let beads = try BitextCommand.run(arguments).output.split(separator: "\n")
            let twoSided = beads.filter { !$0.hasPrefix("[]") && !$0.contains(":[]:") }.count
            #expect(try TMXClients.validate(tmx) == 0, "\(path)")
            let units = try TMXClients.load(tmx)
            #expect(units.count == twoSided, "\(path)")
            #expect(units.allSatisfy { $0.languages == [l1, l2] && !$0.source.isEmpty && !$0.target.isEmpty })
        }
    }
}

enum TMXClients {
    static let shared = TestEnvironment.shared
    static let dtd = shared.appendingPathComponent("formats/tmx14.dtd")

    static let xmllint = TestEnvironment.onPath("xmllint").first
    /// A python3 that can import translate-toolkit.
    static let python = TestEnvironment.onPath("python3").first { (try? TestEnvironment.run($0, ["-c", "import translate.storage.tmx"]).status) == 0 }

    /// The tools are there (or required by scripts/test.sh), and so is the DTD.
    static var available: Bool {
        TestEnvironment.runsCheck(toolsPresent: xmllint != nil && python != nil) && FileManager.default.fileExists(atPath: dtd.path)
    }


    /// xmllint's exit status for the file against the TMX 1.4 DTD (0: valid).
    static func validate(_ file: URL) throws -> Int32 {
        try TestEnvironment.run(try #require(xmllint, "xmllint is not on the PATH"), ["--noout", "--nonet", "--dtdvalid", dtd.path, file.path]).status
    }

    /// The units as translate-toolkit reads them.
    static func load(_ file: URL) throws -> [(source: String, target: String, languages: [String])] {
        let script = """
            import json, sys
            from translate.storage import tmx
            store = tmx.tmxfile.parsefile(sys.argv[1])
            units = []
            for unit in store.units:
                languages = [tuv.get('{http://www.w3.org/XML/1998/namespace}lang') for tuv in unit.xmlelement.iter('tuv')]
                units.append({'source': unit.source, 'target': unit.target, 'languages': languages})
            print(json.dumps(units))
            """
        let output = try TestEnvironment.run(try #require(python, "no python3 on the PATH imports translate-toolkit"), ["-c", script, file.path]).output
        let objects = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]] ?? []
        return objects.map { ($0["source"] as? String ?? "", $0["target"] as? String ?? "", $0["languages"] as? [String] ?? []) }
    }
}

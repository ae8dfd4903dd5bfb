import Foundation
import Testing

@Suite struct SegmentCommandTests {
    @Test func printsOneSentencePerLine() throws {
        let result = try BitextCommand.run(["segment", "--lang", "fr"], input: Array("Bonjour M. Dupont.\nIl fait beau. Oui.".utf8))
        #expect(result.status == 0)
        #expect(result.output == "Bonjour M. Dupont.\nIl fait beau.\nOui.\n")
        #expect(result.error.isEmpty)
    }

    @Test func jsonLinesGiveByteOffsetsAndParagraphs() throws {
        let text = "Été chaud. Hiver froid.\n\nPrintemps."
        let result = try BitextCommand.run(["segment", "--lang", "fr", "--format", "jsonl", "-"], input: Array(text.utf8))
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let bytes = Array(text.utf8)
        for (line, expected) in zip(lines, [("Été chaud.", 0), ("Hiver froid.", 0), ("Printemps.", 1)]) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let start = try #require(object["start"] as? Int), end = try #require(object["end"] as? Int)
            #expect(object["text"] as? String == expected.0)
            #expect(String(decoding: bytes[start..<end], as: UTF8.self) == expected.0)
            #expect(object["paragraph"] as? Int == expected.1)
        }
    }

    @Test func hardLineBreaks() throws {
        let result = try BitextCommand.run(["segment", "--lang", "en", "--line-breaks", "hard"],
                                           input: Array("A long first line of text that goes on\nand on.".utf8))
        #expect(result.output == "A long first line of text that goes on\nand on.\n")
    }

    @Test func writesAnOutputFile() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("in.txt"), target = folder.appendingPathComponent("out.txt")
        try Data("One. Two.".utf8).write(to: source)
        let result = try BitextCommand.run(["segment", "--lang", "en", "-o", target.path, source.path])
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        #expect(try String(contentsOf: target, encoding: .utf8) == "One.\nTwo.\n")
    }

    @Test func handlesByteOrderMarksCRLFAndNULBytes() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("One\u{0}two.\r\nThree.".utf8)
        let result = try BitextCommand.run(["segment", "--lang", "en", "--line-breaks", "hard", "--format", "jsonl"], input: bytes)
        #expect(result.status == 0)
        #expect(result.output == """
            {"text":"One two.","start":3,"end":11,"paragraph":0}
            {"text":"Three.","start":13,"end":19,"paragraph":0}

            """)
    }

    /// Bad input: a one-line error naming the file and the problem, and a non-zero exit.
    @Test func badInputGivesAOneLineError() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        let cases: [(path: String, message: String)] = [
            (folder.appendingPathComponent("missing.txt").path, "no such file"),
            (folder.path, "is a directory, not a file"),
            (try file("empty.txt", []), "the file is empty"),
            (try file("blank.txt", Array(" \n\t\n".utf8)), "the file contains only white space"),
            (try file("latin1.txt", Array("caf".utf8) + [0xE9, 0x2E]), "invalid UTF-8 at byte offset 3"),
            (try file("binary.bin", [0x7F, 0x45, 0x4C, 0x46] + [UInt8](repeating: 0, count: 60)), "this looks like a binary file, not text"),
        ]
        for (path, message) in cases {
            let result = try BitextCommand.run(["segment", "--lang", "en", path])
            #expect(result.status == 1, "\(path)")
            #expect(result.error == "bitext: error: \(path): \(message)\n")
            #expect(result.output.isEmpty)
        }
    }

    @Test func unknownLanguageIsAUsageError() throws {
        let result = try BitextCommand.run(["segment", "--lang", "xx"], input: Array("Hello.".utf8))
        #expect(result.status == 64)
        #expect(result.error == "bitext: error: --lang: unknown language code 'xx' (see 'bitext segment --help')\n")
    }

    @Test func codesWithForeignCharactersAreUsageErrors() throws {
        let result = try BitextCommand.run(["segment", "--lang", "fr_/../../x"], input: Array("Bonjour.".utf8))
        #expect(result.status == 64)
        #expect(result.error == "bitext: error: --lang: invalid language code 'fr_/../../x' (only letters, digits, '-' and '_' are allowed) (see 'bitext segment --help')\n")
    }

    @Test func segmentsChineseAndJapanese() throws {
        let chinese = try BitextCommand.run(["segment", "--lang", "zh_Hans_CN"], input: Array("你好。我很好！“走吧。”他说。".utf8))
        #expect(chinese.status == 0, "\(chinese.error)")
        #expect(chinese.output == "你好。\n我很好！\n“走吧。”\n他说。\n")
        let japanese = try BitextCommand.run(["segment", "--lang", "ja"], input: Array("「行こう。」と言った。はい。".utf8))
        #expect(japanese.output == "「行こう。」と言った。\nはい。\n")
    }

    @Test func failedOutputLeavesExistingFileUntouched() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("out.txt")
        try Data("keep me".utf8).write(to: target)
        let result = try BitextCommand.run(["segment", "--lang", "en", "-o", target.path, folder.appendingPathComponent("none").path])
        #expect(result.status == 1)
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me")
    }
}

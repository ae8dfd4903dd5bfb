import BitextCore
import Foundation
import Testing

@Suite struct OutputPlanTests {
    private func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-plan-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func anOutputNamingAnInputOrAnotherOutputIsAUsageError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("text".utf8).write(to: URL(fileURLWithPath: folder + "/in.txt"))
        #expect {
            try OutputPlan(outputs: [(option: "-o", path: folder + "/./in.txt")], inputs: [(role: "the source file", path: folder + "/in.txt")])
        } throws: { error in
            let error = error as? OutputPathError
            return error?.isUsage == true && error?.problem.contains("the source file \(folder)/in.txt") == true
        }
        // Two spellings of one new file.
        #expect {
            try OutputPlan(outputs: [(option: "-o", path: folder + "/new.txt"), (option: "--html", path: folder + "/../" +
                                      URL(fileURLWithPath: folder).lastPathComponent + "/new.txt")], inputs: [])
        } throws: { error in
            (error as? OutputPathError)?.problem.hasPrefix("--html names the same file as -o") == true
        }
        // A missing folder is reported before any work, as a failed write (not a usage error).
        #expect {
            try OutputPlan(outputs: [(option: "-o", path: folder + "/no/such/out.txt")], inputs: [])
        } throws: { error in
            (error as? OutputPathError)?.isUsage == false
        }
    }

    @Test func standardStreamsAndSpecialFilesAreWrittenInPlace() throws {
        let plan = try OutputPlan(outputs: [(option: "-o", path: "-"), (option: "--html", path: "/dev/null")], inputs: [(role: "input", path: "-")])
        #expect(plan.destinations.map(\.kind) == [.descriptor(1), .special])
    }

    @Test func aTransactionRenamesNothingUntilEveryFileIsWritten() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let first = folder + "/a.txt", second = folder + "/b.txt"
        try OutputFile.write(Array("old a".utf8), to: first)
        let plan = try OutputPlan(outputs: [(option: "a", path: first), (option: "b", path: second)], inputs: [])
        do {
            let transaction = OutputTransaction()
            try transaction.stage(Array("new a".utf8), to: plan.destinations[0])
            // Abandoned before commit: the old file stays, the temporary file goes.
        }
        #expect(try InputFile.read(first) == Array("old a".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["a.txt"])
        let transaction = OutputTransaction()
        try transaction.stage(Array("new a".utf8), to: plan.destinations[0])
        try transaction.stage(Array("new b".utf8), to: plan.destinations[1])
        try transaction.commit()
        #expect(try InputFile.read(first) == Array("new a".utf8))
        #expect(try InputFile.read(second) == Array("new b".utf8))
    }
}

@Suite struct LineEndsTests {
    @Test func everyLineEndAnEditorShowsCounts() {
        let text = Array("a\rb\r\nc\nd\u{2028}e\u{2029}f\u{0C}\u{85}g".utf8)
        let offsets = ["a", "b", "c", "d", "e", "f", "g"].map { letter in text.firstIndex(of: letter.utf8.first!)! }
        #expect(LineEnds.lineNumbers(of: offsets, in: text) == [1, 2, 3, 4, 5, 6, 6])
    }
}

@Suite struct TerminalTextTests {
    @Test func controlAndBidirectionalCharactersAreShownEscaped() {
        #expect(TerminalText.escaped("a\u{1B}[2Jb\u{7}\u{202E}c\td\u{9B}é") == "a\\x1b[2Jb\\x07\\u202ec\\td\\x9bé")
        #expect(TerminalText.escaped("Bonjour, 世界 👋🏽") == "Bonjour, 世界 👋🏽")
    }
}

@Suite struct InputLimitTests {
    @Test func devicesAndOversizedFilesAreRefused() throws {
        #expect {
            try InputFile.read("/dev/zero")
        } throws: { error in
            (error as? InputFileError)?.reason == "is a device or a socket, not a text file"
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-limit-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try OutputFile.write(Array(repeating: 0x61, count: 100), to: path)
        #expect(try InputFile.read(path, limit: 100).count == 100)
        #expect(throws: InputFileError.self) { try InputFile.read(path, limit: 99) }
    }
}

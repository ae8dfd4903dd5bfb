import BitextCore
import Foundation
import Testing

@Suite struct FilesTests {
    private func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func writesAndReplacesFilesLeavingNoTemporaryFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.txt"
        try OutputFile.write(Array("first".utf8), to: path)
        try OutputFile.write(Array("second".utf8), to: path)
        #expect(try InputFile.read(path) == Array("second".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["out.txt"])
    }

    @Test func failedWriteNamesThePathAndLeavesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/missing-folder/out.txt"
        #expect {
            try OutputFile.write(Array("x".utf8), to: path)
        } throws: { error in
            (error as? OutputError)?.description.hasPrefix(path + ": cannot write") == true
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func readingReportsMissingFilesAndFolders() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect {
            try InputFile.read(folder + "/nope.txt")
        } throws: { error in
            (error as? InputFileError)?.description == folder + "/nope.txt: no such file"
        }
        #expect {
            try InputFile.read(folder)
        } throws: { error in
            (error as? InputFileError)?.description == folder + ": is a directory, not a file"
        }
    }

    @Test func readTextNamesTheFileAndTheProblem() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/bad.txt"
        try OutputFile.write([0x61, 0x62, 0xFF], to: path)
        #expect {
            try InputFile.readText(path)
        } throws: { error in
            (error as? InputFileError)?.description == path + ": invalid UTF-8 at byte offset 2"
        }
    }

    @Test func readsLargeFilesWhole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/big.txt"
        let bytes = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 % 26 + 97) }
        try OutputFile.write(bytes, to: path)
        #expect(try InputFile.read(path) == bytes)
    }
}

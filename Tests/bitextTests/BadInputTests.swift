import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Inputs that other tools choke on: each ends in a one-line error and a non-zero exit, or in
/// a defined behaviour, never in a crash. (Missing paths, folders, empty, blank, invalid
/// UTF-8, binary files and unknown languages are in `SegmentCommandTests`.)
@Suite struct BadInputTests {
    @Test func utf16WithAByteOrderMarkIsDecoded() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("utf16.txt")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Été chaud. Hiver froid.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: file)
        let result = try BitextCommand.run(["segment", "--lang", "fr", file.path])
        #expect(result.status == 0)
        #expect(result.output == "Été chaud.\nHiver froid.\n")
    }

    @Test func fiftyMegabytesOnOneLine() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("line.txt")
        try Data(String(repeating: "word ", count: 10_000_000).utf8).write(to: file)
        let output = folder.appendingPathComponent("out.txt")
        let result = try BitextCommand.run(["segment", "--lang", "en", "-o", output.path, file.path])
        #expect(result.status == 0)
        let size = try FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int
        #expect(size == 50_000_000)  // one sentence, its final space trimmed, and a line feed
    }

    @Test func theSameFileAsSourceAndTargetAlignsOneToOne() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("text.txt")
        try Data((0..<50).map { "Line \($0) of the same text.\n" }.joined().utf8).write(to: file)
        let result = try BitextCommand.run(["align", file.path, file.path, "--src-lang", "en", "--tgt-lang", "en", "--segmented"])
        #expect(result.status == 0)
        let beads = result.output.split(separator: "\n").map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
        #expect(beads == (0..<50).map { "[\($0)]:[\($0)]" })
    }

    @Test(.enabled(if: geteuid() != 0, "running as root, which reads any file: unreadable-file test skipped"))
    func unreadableFile() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("secret.txt")
        try Data("Hidden.".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let result = try BitextCommand.run(["segment", "--lang", "en", file.path])
        #expect(result.status == 1)
        #expect(result.error == "bitext: error: \(file.path): permission denied\n")
    }

    @Test func refusesWhatWouldExhaustMemory() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("text.txt")
        try Data((0..<1_000).map { "Line \($0).\n" }.joined().utf8).write(to: file)
        let result = try BitextCommand.run(["align", file.path, file.path, "--src-lang", "en", "--tgt-lang", "en", "--segmented",
                                            "--max-memory", "0.01"])
        #expect(result.status == 1)
        #expect(result.error == "bitext: error: aligning 1000 × 1000 sentences needs about 41 MB, more than the 10 MB allowed (--max-memory)\n")
    }

    /// Killed in the middle of a batch, bitext leaves no partial file, and an existing
    /// output file is as it was.
    @Test func killedBatchLeavesNoPartialFile() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = (0..<3_000).map { "Sentence \($0) about the river and the bridge.\n" }.joined()
        let target = (0..<3_000).map { "Phrase \($0) sur la rivière et le pont.\n" }.joined()
        try Data(source.utf8).write(to: folder.appendingPathComponent("en.txt"))
        try Data(target.utf8).write(to: folder.appendingPathComponent("fr.txt"))
        try Data(String(repeating: "en.txt\tfr.txt\n", count: 400).utf8).write(to: folder.appendingPathComponent("pairs.tsv"))
        let output = folder.appendingPathComponent("corpus.tsv")
        try Data("previous corpus\n".utf8).write(to: output)
        let process = Process()
        process.executableURL = BitextCommand.executable
        process.arguments = ["batch", folder.appendingPathComponent("pairs.tsv").path, "--src-lang", "en", "--tgt-lang", "fr",
                             "--segmented", "--format", "tsv", "-o", output.path]
        process.environment = BitextCommand.environment()
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        process.terminate()  // SIGTERM
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous corpus\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }
}

@Suite struct UsageErrorTests {
    @Test func usageErrorsAreOneLine() throws {
        let missing = try BitextCommand.run(["segment"])
        #expect(missing.status == 64)
        #expect(missing.error == "bitext: error: Missing expected argument '--lang <lang>' (see 'bitext segment --help')\n")
        let shard = try BitextCommand.run(["batch", "m.tsv", "--src-lang", "en", "--tgt-lang", "fr", "--shard", "3/3"])
        #expect(shard.status == 64)
        #expect(shard.error == "bitext: error: --shard: give K/N with 0 ≤ K < N, e.g. 0/3 (see 'bitext batch --help')\n")
        let folder = try BitextCommand.run(["batch", "--src-dir", "/no/such/folder", "--tgt-dir", "/tmp", "--src-lang", "en", "--tgt-lang", "fr"])
        #expect(folder.status == 1)
        #expect(folder.error == "bitext: error: /no/such/folder: no such folder\n")
    }
}

import Foundation
import Testing

/// Input in other encodings than UTF-8, through the command line.
@Suite struct EncodingCommandTests {
    /// "Сегодня хорошая погода. Мы идём в парк." in KOI8-R (made with iconv).
    static let koi8R: [UInt8] = [
        0xf3, 0xc5, 0xc7, 0xcf, 0xc4, 0xce, 0xd1, 0x20, 0xc8, 0xcf, 0xd2, 0xcf, 0xdb, 0xc1, 0xd1, 0x20, 0xd0, 0xcf, 0xc7,
        0xcf, 0xc4, 0xc1, 0x2e, 0x20, 0xed, 0xd9, 0x20, 0xc9, 0xc4, 0xa3, 0xcd, 0x20, 0xd7, 0x20, 0xd0, 0xc1, 0xd2, 0xcb, 0x2e,
    ]

    @Test func findsTheEncodingWithoutFlags() throws {
        let result = try BitextCommand.run(["segment", "--lang", "ru"], input: Self.koi8R)
        #expect(result.status == 0)
        #expect(result.output == "Сегодня хорошая погода.\nМы идём в парк.\n")
        #expect(result.error.isEmpty)
    }

    @Test func offsetsOfTranscodedInputCountItsUTF8Form() throws {
        let result = try BitextCommand.run(["segment", "--lang", "ru", "--format", "jsonl"], input: Self.koi8R)
        let first = try #require(result.output.split(separator: "\n").first)
        // "Сегодня хорошая погода." is 23 characters in KOI8-R, 43 bytes in UTF-8 (20 Cyrillic letters of 2 bytes).
        #expect(first.contains("\"start\":0,\"end\":43,"))
    }

    @Test func encodingOptionForcesOne() throws {
        // The same bytes as Latin-1: mojibake, but what was asked for.
        let result = try BitextCommand.run(["segment", "--lang", "ru", "--encoding", "latin1", "--line-breaks", "hard"],
                                           input: Self.koi8R)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("óÅÇÏÄÎÑ"))
        // A named encoding the bytes are not valid in: one line, exit 1.
        let broken = try BitextCommand.run(["segment", "--lang", "en", "--encoding", "UTF-16BE"], input: Array("odd.".utf8) + [0x0A])
        #expect(broken.status == 1)
        #expect(broken.error == "bitext: error: <stdin>: invalid UTF-16BE at byte offset 4\n")
    }

    @Test(arguments: ["segment", "align", "coverage", "batch"])
    func unknownEncodingIsAUsageError(command: String) throws {
        let arguments: [String] = switch command {
        case "segment": ["segment", "--lang", "en"]
        case "batch": ["batch", "manifest.tsv", "--src-lang", "en", "--tgt-lang", "fr"]
        default: [command, "a.txt", "b.txt", "--src-lang", "en", "--tgt-lang", "fr"]
        }
        let result = try BitextCommand.run(arguments + ["--encoding", "klingon-8"], input: Array("Hello.".utf8))
        #expect(result.status == 64)
        #expect(result.error == "bitext: error: --encoding: unknown encoding 'klingon-8' (see 'bitext \(command) --help')\n")
    }

    @Test func alignReadsALegacyEncodedTranslation() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = folder.appendingPathComponent("en.txt"), target = folder.appendingPathComponent("fr.txt")
        try Data("The café opened in 1932.\nIt closed in 1975.\n".utf8).write(to: source)
        // "Le café a ouvert en 1932.\nIl a fermé en 1975.\n" in Windows-1252.
        let french = Array("Le caf".utf8) + [0xE9] + Array(" a ouvert en 1932.\nIl a ferm".utf8) + [0xE9] + Array(" en 1975.\n".utf8)
        try Data(french).write(to: target)
        let result = try BitextCommand.run(["align", source.path, target.path, "--src-lang", "en", "--tgt-lang", "fr",
                                            "--segmented", "--format", "tsv"])
        #expect(result.status == 0)
        #expect(result.output.contains("The café opened in 1932.\tLe café a ouvert en 1932.\t"))
    }
}

/// The acceptance check: Windows-1252, Latin-1 and GB18030 copies of the shared dev texts
/// (made here with iconv) segment exactly like the UTF-8 originals, without flags.
@Suite(.enabled(if: SharedTexts.isAvailable, "../shared/corpora or iconv is absent: legacy-encoding copies not checked"))
struct SharedTextEncodingTests {
    @Test(arguments: SharedTexts.files)
    func legacyCopiesSegmentLikeTheOriginal(file: String) throws {
        let language = SharedTexts.language(of: file)
        let reference = try BitextCommand.run(["segment", "--lang", language, file])
        try #require(reference.status == 0)
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try Data(contentsOf: URL(fileURLWithPath: file))
        for encoding in ["WINDOWS-1252", "ISO-8859-1", "GB18030"] {
            let copy = folder.appendingPathComponent("copy.\(encoding).txt").path
            // A text with characters the encoding lacks has no copy in it.
            guard try TestEnvironment.run(SharedTexts.iconv, ["-f", "UTF-8", "-t", encoding, "-o", copy, file]).status == 0 else { continue }
            let result = try BitextCommand.run(["segment", "--lang", language, copy])
            #expect(result.status == 0, "\(file) in \(encoding): \(result.error)")
            let transcoded = try Data(contentsOf: URL(fileURLWithPath: copy)) != original
            #expect(result.output == reference.output, "\(file) in \(encoding) (\(transcoded ? "transcoded" : "same bytes"))")
        }
    }
}

/// The shared dev texts: every document of `corpora/align` and the texts of `corpora/seg`.
enum SharedTexts {
    static let folder = ProcessInfo.processInfo.environment["BITEXT_SHARED"].map { URL(fileURLWithPath: $0) } ?? TestEnvironment.shared
    static let iconv = TestEnvironment.onPath("iconv").first ?? "/usr/bin/iconv"
    static var isAvailable: Bool { !files.isEmpty && FileManager.default.isExecutableFile(atPath: iconv) }

    static let files: [String] = {
        let manager = FileManager.default
        var files: [String] = []
        let align = folder.appendingPathComponent("corpora/align")
        for corpus in (try? manager.contentsOfDirectory(atPath: align.path).sorted()) ?? [] {
            let corpusFolder = align.appendingPathComponent(corpus)
            for document in (try? manager.contentsOfDirectory(atPath: corpusFolder.path).sorted()) ?? [] {
                let documentFolder = corpusFolder.appendingPathComponent(document)
                for name in (try? manager.contentsOfDirectory(atPath: documentFolder.path).sorted()) ?? [] where name.hasSuffix(".txt") {
                    files.append(documentFolder.appendingPathComponent(name).path)
                }
            }
        }
        let seg = folder.appendingPathComponent("corpora/seg")
        for name in (try? manager.contentsOfDirectory(atPath: seg.path).sorted()) ?? [] where name.hasSuffix(".txt") {
            files.append(seg.appendingPathComponent(name).path)
        }
        return files
    }()

    /// The language of a shared text, from its name: `fr.txt`, `ud-fr-gsd-dev.txt`; licences are English.
    static func language(of file: String) -> String {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        if name.hasPrefix("ud-") { return String(name.split(separator: "-")[1]) }
        return ["en", "fr", "de", "zh"].contains(name) ? name : "en"
    }
}

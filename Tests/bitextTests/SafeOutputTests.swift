import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Each case of the robustness table (README, "Robustness"): run through the command line,
/// it either works or ends in one line and exit 1 (64 for a usage error); no input is lost,
/// no special file replaced, no side of a corpus lost, no crash, no raw control character
/// printed.
@Suite struct SafeOutputTests {
    /// A folder with a small English–French pair, one sentence per line.
    private func makePair(_ source: String = "The council met in Geneva in 1932.\nIt decided nothing.\n",
                          _ target: String = "Le conseil s'est réuni à Genève en 1932.\nIl n'a rien décidé.\n") throws -> URL {
        let folder = try BitextCommand.temporaryFolder()
        try Data(source.utf8).write(to: folder.appendingPathComponent("en.txt"))
        try Data(target.utf8).write(to: folder.appendingPathComponent("fr.txt"))
        return folder
    }

    private func align(_ folder: URL, _ extra: [String], environment: [String: String] = [:], shell: String? = nil) throws -> BitextCommand.Result {
        try BitextCommand.run(["align", folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                               "--src-lang", "en", "--tgt-lang", "fr", "--segmented"] + extra, environment: environment, shellPrefix: shell)
    }

    private func contents(_ url: URL) -> String? { try? String(contentsOf: url, encoding: .utf8) }

    /// One line on standard error, no raw control character in it.
    private func expectOneLine(_ result: BitextCommand.Result, status: Int32, containing part: String,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == status, "\(result.error)", sourceLocation: sourceLocation)
        #expect(result.error.hasPrefix("bitext: error: ") && result.error.filter { $0 == "\n" }.count == 1,
                "\(result.error)", sourceLocation: sourceLocation)
        #expect(result.error.contains(part), "\(result.error)", sourceLocation: sourceLocation)
    }

    @Test func anOutputThatIsAnInputIsRefused() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let english = folder.appendingPathComponent("en.txt"), original = contents(english)
        let direct = try align(folder, ["-o", english.path])
        expectOneLine(direct, status: 64, containing: "-o names the source file \(english.path)")
        let html = try align(folder, ["--html", english.path])
        expectOneLine(html, status: 64, containing: "--html names the source file")
        // Another name for the same file: a hard link and a symbolic link, compared by device and inode.
        try FileManager.default.linkItem(at: english, to: folder.appendingPathComponent("hard.txt"))
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("soft.txt"), withDestinationURL: english)
        for name in ["hard.txt", "soft.txt"] {
            expectOneLine(try align(folder, ["-o", folder.appendingPathComponent(name).path]), status: 64, containing: "names the source file")
        }
        #expect(contents(english) == original)
    }

    @Test func batchRefusesToWriteOverAListedInputOrTheManifest() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("pairs.tsv")
        try Data("en.txt\tfr.txt\n".utf8).write(to: manifest)
        for (target, role) in [(folder.appendingPathComponent("fr.txt"), "an input listed at"), (manifest, "the manifest")] {
            let before = contents(target)
            let result = try BitextCommand.run(["batch", manifest.path, "--src-lang", "en", "--tgt-lang", "fr", "--segmented", "-o", target.path])
            expectOneLine(result, status: 64, containing: role)
            #expect(contents(target) == before)
        }
    }

    @Test func specialFilesAreWrittenInPlaceAndLinksKept() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A character device stays the device. As root, a private node of the null device, so that
        // a regression would destroy only it, never the machine's /dev/null; otherwise /dev/null,
        // which a user other than root cannot replace.
        var device = "/dev/null"
        if geteuid() == 0 {
            device = folder.appendingPathComponent("null").path
            try #require(mknod(device, S_IFCHR | 0o666, (1 << 8) | 3) == 0, "mknod refused")
        }
        #expect(try align(folder, ["-o", device]).status == 0)
        var status = stat()
        #expect(stat(device, &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
        // /dev/stdout reaches standard output.
        let stdout = try align(folder, ["-o", "/dev/stdout"])
        #expect(stdout.status == 0 && stdout.output.hasPrefix("[0]:[0]:"))
        // A FIFO is written, not replaced.
        let fifo = folder.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        let received = UncheckedBox<Data>(Data())
        let reader = Thread { received.value = FileHandle(forReadingAtPath: fifo.path)?.readDataToEndOfFile() ?? Data() }
        reader.start()
        #expect(try align(folder, ["-o", fifo.path]).status == 0)
        while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
        #expect(String(decoding: received.value, as: UTF8.self).hasPrefix("[0]:[0]:"))
        #expect(lstat(fifo.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
        // A symbolic link is followed: its target replaced, the link kept.
        let real = folder.appendingPathComponent("real.beads"), link = folder.appendingPathComponent("link.beads")
        try Data("old\n".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        #expect(try align(folder, ["-o", link.path]).status == 0)
        #expect(lstat(link.path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK)
        #expect(contents(real)?.hasPrefix("[0]:[0]:") == true)
    }

    @Test func mosesWithTheSameLanguageOnBothSidesIsRefused() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("corpus").path
        let result = try BitextCommand.run(["align", folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                                            "--src-lang", "en", "--tgt-lang", "en", "--segmented", "--format", "moses", "-o", base])
        expectOneLine(result, status: 64, containing: "both 'en'")
        #expect(!FileManager.default.fileExists(atPath: base + ".en"))
    }

    @Test func aFailedSecondFileLeavesBothOldFiles() throws {
        // The French side is far longer than the English one: with a file size limit between
        // the two, the second file cannot be written (as when the disk fills).
        let folder = try makePair("Short.\nShort.\n", String(repeating: "Une phrase bien plus longue que l'autre. ", count: 400) + "\nFin.\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("corpus").path
        try Data("old en\n".utf8).write(to: URL(fileURLWithPath: base + ".en"))
        try Data("old fr\n".utf8).write(to: URL(fileURLWithPath: base + ".fr"))
        let result = try align(folder, ["--format", "moses", "-o", base, "--include-unaligned"], shell: "ulimit -f 8")
        expectOneLine(result, status: 1, containing: "corpus.fr: cannot write")
        #expect(contents(URL(fileURLWithPath: base + ".en")) == "old en\n")
        #expect(contents(URL(fileURLWithPath: base + ".fr")) == "old fr\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func outputAndHTMLViewAreWrittenTogether() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.txt")
        let same = try align(folder, ["-o", report.path, "--html", report.path])
        expectOneLine(same, status: 64, containing: "--html names the same file as -o")
        // The page (several KB) cannot be written under a 4 KB file size limit; the small beads file could.
        try Data("old beads\n".utf8).write(to: report)
        let failed = try align(folder, ["-o", report.path, "--html", folder.appendingPathComponent("view.html").path], shell: "ulimit -f 4")
        expectOneLine(failed, status: 1, containing: "view.html: cannot write")
        #expect(contents(report) == "old beads\n")
    }

    @Test func outlandishSourceDateEpochIsIgnoredWithAWarning() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        for value in ["nan", "inf", "1e30", "-5", "31708431107000"] {
            let result = try align(folder, ["--format", "tmx"], environment: ["SOURCE_DATE_EPOCH": value])
            #expect(result.status == 0, "\(value): \(result.error)")
            #expect(result.error.hasPrefix("bitext: warning: SOURCE_DATE_EPOCH: '\(value)'"))
            let date = result.output.firstMatch(of: /creationdate="([^"]*)"/)?.1 ?? ""
            #expect(date.wholeMatch(of: /[0-9]{8}T[0-9]{6}Z/) != nil, "\(value): \(date)")
        }
        let valid = try align(folder, ["--format", "tmx"], environment: ["SOURCE_DATE_EPOCH": "253402300799"])
        #expect(valid.status == 0 && valid.error.isEmpty && valid.output.contains("creationdate=\"99991231T235959Z\""))
    }

    @Test func nonFiniteScoresInBeadsFilesAreParseErrors() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gold = folder.appendingPathComponent("gold"), test = folder.appendingPathComponent("test")
        try Data("[0]:[0]\n[1]:[1]\n".utf8).write(to: gold)
        for value in ["nan", "inf", "-inf", "1e400"] {
            try Data("[0]:[0]:0.5\n[1]:[1]:\(value)\n".utf8).write(to: test)
            let result = try BitextCommand.run(["eval", gold.path, test.path, "--calibration"])
            expectOneLine(result, status: 1, containing: "\(test.path): line 2: the score '\(value)' is not a finite number")
        }
        // Finite but far outside 0…1: counted in the end deciles, no crash.
        try Data("[0]:[0]:1e300\n[1]:[1]:-1e300\n".utf8).write(to: test)
        let huge = try BitextCommand.run(["eval", gold.path, test.path, "--calibration"])
        #expect(huge.status == 0, "\(huge.error)")
    }

    @Test func endlessAndOversizedInputIsRefused() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let french = folder.appendingPathComponent("fr.txt").path
        let zero = try BitextCommand.run(["align", "/dev/zero", french, "--src-lang", "en", "--tgt-lang", "fr"])
        expectOneLine(zero, status: 1, containing: "/dev/zero: is a device or a socket, not a text file")
        let big = try BitextCommand.run(["segment", "--lang", "en", "--max-input", "1", "-"],
                                        input: Array(repeating: 0x61, count: 2 << 20))
        expectOneLine(big, status: 1, containing: "<stdin>: larger than the input limit of 1 MB")
        let file = try BitextCommand.run(["align", french, french, "--src-lang", "fr", "--tgt-lang", "fr", "--max-input", "0.00001"])
        expectOneLine(file, status: 1, containing: "\(french): larger than the input limit of 11 bytes")
    }

    @Test func newFilesFollowTheUmaskAndExistingOnesKeepTheirMode() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = folder.appendingPathComponent("new.beads"), kept = folder.appendingPathComponent("kept.beads")
        #expect(try align(folder, ["-o", fresh.path], shell: "umask 077").status == 0)
        try Data("old\n".utf8).write(to: kept)
        #expect(chmod(kept.path, 0o640) == 0)
        #expect(try align(folder, ["-o", kept.path], shell: "umask 000").status == 0)
        var status = stat()
        #expect(stat(fresh.path, &status) == 0 && status.st_mode & 0o777 == 0o600)
        #expect(stat(kept.path, &status) == 0 && status.st_mode & 0o777 == 0o640)
    }

    @Test func controlCharactersAreEscapedInTheTextReport() throws {
        let folder = try makePair("The council met in 1932.\n", "Le conseil s'est réuni en 1932.\nAlerte \u{1B}[31mrouge\u{07} \u{202E}txt.exe\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BitextCommand.run(["coverage", folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                                            "--src-lang", "en", "--tgt-lang", "fr", "--segmented", "--min-confidence", "1"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Alerte \\x1b[31mrouge\\x07 \\u202etxt.exe"))
        #expect(!result.output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x202E })
    }

    @Test func languageCodesCannotLeaveTheOutputFolder() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inner = folder.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        let result = try align(folder, ["--format", "moses", "-o", inner.appendingPathComponent("corpus").path], environment: [:])
            .status
        #expect(result == 0)
        let hostile = try BitextCommand.run(["align", folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                                             "--src-lang", "en", "--tgt-lang", "fr_/../../x", "--segmented", "--format", "moses",
                                             "-o", inner.appendingPathComponent("corpus").path])
        // Refused once, where the command line is read, naming the option.
        expectOneLine(hostile, status: 64, containing: "--tgt-lang: ")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["en.txt", "fr.txt", "out"])
    }

    @Test func oldMacAndUnicodeLineEndsCountAsLines() throws {
        for separator in ["\r", "\u{2028}", "\u{2029}"] {
            let target = ["Le conseil s'est réuni en 1932.", "Menu principal", "Il n'a rien décidé.", "Partager sur Facebook"]
                .joined(separator: separator) + separator
            let folder = try makePair("The council met in 1932.\nIt decided nothing.\n", target)
            defer { try? FileManager.default.removeItem(at: folder) }
            let result = try BitextCommand.run(["coverage", folder.appendingPathComponent("en.txt").path,
                                                folder.appendingPathComponent("fr.txt").path, "--src-lang", "en", "--tgt-lang", "fr", "--json"])
            #expect(result.status == 0, "\(result.error)")
            let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
            let lines = (object?["unmatched_target"] as? [[String: Any]])?.compactMap { $0["line"] as? Int }
            #expect(lines == [2, 4], "separator U+\(String(separator.unicodeScalars.first!.value, radix: 16))")
        }
    }

    @Test func theMemoryLimitIsSharedByThePairsThatRun() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("pairs.tsv")
        try Data("en.txt\tfr.txt\ta\nen.txt\tfr.txt\tb\n".utf8).write(to: manifest)
        let result = try BitextCommand.run(["batch", manifest.path, "--src-lang", "en", "--tgt-lang", "fr", "--segmented",
                                            "--format", "jsonl", "--jobs", "1000", "--max-memory", "0.5"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.split(separator: "\n").count == 4)
    }

    @Test func numbersFromTheCommandLineAreChecked() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (option, value) in [("--max-memory", "nan"), ("--max-memory", "-5"), ("--max-memory", "inf"), ("--max-memory", "0"),
                                ("--max-input", "nan"), ("--max-input", "-1"), ("--min-confidence", "nan"), ("--min-confidence", "2")] {
            let result = try align(folder, [option + "=" + value])
            expectOneLine(result, status: 64, containing: "\(option): give a number")
        }
        for value in ["nan", "-1", "inf"] {
            let result = try BitextCommand.run(["coverage", folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                                                "--src-lang", "en", "--tgt-lang", "fr", "--min-coverage=" + value])
            expectOneLine(result, status: 64, containing: "--min-coverage: give a share")
        }
    }

    @Test func standardInputNamedTwiceIsAUsageError() throws {
        let result = try BitextCommand.run(["align", "-", "-", "--src-lang", "en", "--tgt-lang", "fr"], input: Array("Hello.\n".utf8))
        expectOneLine(result, status: 64, containing: "standard input named twice")
    }

    @Test func oddFileNamesWork() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A 250-character output name: the temporary file's name stays short.
        let long = folder.appendingPathComponent(String(repeating: "n", count: 246) + ".txt")
        let result = try align(folder, ["-o", long.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(contents(long)?.hasPrefix("[0]:[0]:") == true)
        // Manifest paths with leading and trailing spaces are taken as they are.
        try FileManager.default.copyItem(at: folder.appendingPathComponent("en.txt"), to: folder.appendingPathComponent(" en .txt"))
        let manifest = folder.appendingPathComponent("pairs.tsv")
        try Data(" en .txt\tfr.txt\n".utf8).write(to: manifest)
        let spaced = try BitextCommand.run(["batch", manifest.path, "--src-lang", "en", "--tgt-lang", "fr", "--segmented", "--format", "jsonl"])
        #expect(spaced.status == 0, "\(spaced.error)")
        #expect(spaced.output.contains("\"document\":\" en .txt\""))
    }

    @Test func sourceFoldersKeepToTheirFiles() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = folder.appendingPathComponent("en"), targets = folder.appendingPathComponent("fr")
        for side in [sources, targets] {
            try FileManager.default.createDirectory(at: side.appendingPathComponent("sub"), withIntermediateDirectories: true)
        }
        try Data("The council met in 1932.\n".utf8).write(to: sources.appendingPathComponent("a.txt"))
        try Data("Le conseil s'est réuni en 1932.\n".utf8).write(to: targets.appendingPathComponent("a.txt"))
        // A name in Latin-1 (not UTF-8) in each folder.
        for side in [sources, targets] {
            var name = Array((side.path + "/caf").utf8CString.dropLast())
            name += [CChar(bitPattern: 0xE9)] + Array(".txt".utf8CString)
            let latin1 = open(name, O_WRONLY | O_CREAT, 0o644)
            #expect(latin1 >= 0)
            _ = write(latin1, "Un.\n", 4)
            close(latin1)
        }
        let result = try BitextCommand.run(["batch", "--src-dir", sources.path, "--tgt-dir", targets.path, "--src-lang", "en", "--tgt-lang", "fr",
                                            "--segmented", "--format", "jsonl"])
        let documents = result.output.split(separator: "\n").compactMap { $0.firstMatch(of: /"document":"([^"]*)"/)?.1 }.map(String.init)
        #expect(documents == ["a.txt"], "\(result.error)")
        #expect(result.error.contains("caf\\xe9.txt: the file name is not valid UTF-8 (skipped; rename it)"))
        // As an argument, a Latin-1 name ends the run with one line.
        let argument = try BitextCommand.run(["segment", "--lang", "en"], shellPrefix: "set -- \"$@\" \"$(printf 'caf\\351')\"")
        expectOneLine(argument, status: 1, containing: "caf\\xe9: the name is not valid UTF-8")
    }

    @Test func batchBeadsOfSeveralDocumentsIsAUsageError() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = folder.appendingPathComponent("pairs.tsv")
        try Data("en.txt\tfr.txt\ta\nen.txt\tfr.txt\tb\n".utf8).write(to: manifest)
        let result = try BitextCommand.run(["batch", manifest.path, "--src-lang", "en", "--tgt-lang", "fr", "--segmented", "--format", "beads"])
        expectOneLine(result, status: 64, containing: "--format beads holds one document")
    }

    @Test func lineBreaksInsideSentencesStayInsideTheirLine() throws {
        let folder = try makePair("One\u{0B}two.\nThree\u{0C}four.\nFive\u{85}six.\n", "Un\u{0B}deux.\nTrois\u{0C}quatre.\nCinq\u{85}six.\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = folder.appendingPathComponent("corpus").path
        #expect(try align(folder, ["--format", "moses", "-o", base]).status == 0)
        for suffix in [".en", ".fr"] {
            let text = contents(URL(fileURLWithPath: base + suffix)) ?? ""
            #expect(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count == 4, "\(suffix): \(text.debugDescription)")
        }
        let tsv = try align(folder, ["--format", "tsv"])
        #expect(tsv.output.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count == 4, "\(tsv.output.debugDescription)")
        #expect(tsv.output.contains("One\\vtwo.") && tsv.output.contains("Five\\u0085six."))
    }

    @Test func staleTemporaryFilesOfKilledRunsAreRemoved() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let stale = folder.appendingPathComponent(".out.beads.bitext.tmp-AbC123"), fresh = folder.appendingPathComponent(".out.beads.bitext.tmp-XyZ789")
        try Data(repeating: 0x41, count: 1_000).write(to: stale)
        try Data(repeating: 0x41, count: 1_000).write(to: fresh)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -7_200)], ofItemAtPath: stale.path)
        #expect(try align(folder, ["-o", folder.appendingPathComponent("out.beads").path]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: fresh.path))  // it may belong to a run still going
    }

    @Test func extractRefusesToWriteOverItsDocumentAndReadsAtMostTheLimit() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.html")
        let html = "<html><body><article><p>The council met in Geneva in 1932. It decided nothing.</p></article></body></html>\n"
        try Data(html.utf8).write(to: page)
        try FileManager.default.linkItem(at: page, to: folder.appendingPathComponent("hard.html"))
        for name in ["page.html", "hard.html"] {
            let result = try BitextCommand.run(["extract", page.path, "-o", folder.appendingPathComponent(name).path])
            expectOneLine(result, status: 64, containing: "-o names the document \(page.path)")
        }
        #expect(contents(page) == html)
        let written = folder.appendingPathComponent("text.txt")
        #expect(try BitextCommand.run(["extract", page.path, "--all", "-o", written.path]).status == 0)
        #expect(contents(written)?.contains("It decided nothing.") == true)
        expectOneLine(try BitextCommand.run(["extract", page.path, "--max-input", "0.00001"]), status: 1,
                      containing: "larger than the input limit")
        expectOneLine(try BitextCommand.run(["extract", page.path, "--max-input", "nan"]), status: 64, containing: "--max-input")
    }

    @Test func documentsOfEveryFormatAreInputsAndBounded() throws {
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = TestEnvironment.repository.appendingPathComponent("corpora/sample")
        for (source, target) in [("ferry.en.srt", "ferry.fr.srt"), ("harbour.en.docx", "harbour.fr.docx")] {
            for name in [source, target] {
                try FileManager.default.copyItem(at: sample.appendingPathComponent(name), to: folder.appendingPathComponent(name))
            }
            let (sourcePath, targetPath) = (folder.appendingPathComponent(source).path, folder.appendingPathComponent(target).path)
            let original = try Data(contentsOf: URL(fileURLWithPath: targetPath))
            let arguments = ["align", sourcePath, targetPath, "--src-lang", "en", "--tgt-lang", "fr"]
            expectOneLine(try BitextCommand.run(arguments + ["--html", targetPath]), status: 64, containing: "--html names the target file")
            expectOneLine(try BitextCommand.run(arguments + ["-o", targetPath]), status: 64, containing: "-o names the target file")
            #expect(try Data(contentsOf: URL(fileURLWithPath: targetPath)) == original)
            expectOneLine(try BitextCommand.run(arguments + ["--max-input", "0.0001"]), status: 1, containing: "larger than the input limit")
        }
    }

    @Test func theInstalledDictionaryIsAnInputNoOutputMayReplace() throws {
        let folder = try makePair()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dictionaries = folder.appendingPathComponent("data/dictionaries")
        try FileManager.default.createDirectory(at: dictionaries, withIntermediateDirectories: true)
        // Filed fr-en: found for en→fr too, read reversed.
        let dictionary = dictionaries.appendingPathComponent("fr-en.tsv"), entries = "conseil\tcouncil\n"
        try Data(entries.utf8).write(to: dictionary)
        let environment = ["BITEXT_DATA": folder.appendingPathComponent("data").path]
        let refused = try align(folder, ["-o", dictionary.path], environment: environment)
        expectOneLine(refused, status: 64, containing: "-o names the dictionary \(dictionary.path)")
        let coverage = try BitextCommand.run(["coverage", folder.appendingPathComponent("en.txt").path, folder.appendingPathComponent("fr.txt").path,
                                              "--src-lang", "en", "--tgt-lang", "fr", "--segmented", "--html", dictionary.path],
                                             environment: environment)
        expectOneLine(coverage, status: 64, containing: "--html names the dictionary")
        #expect(contents(dictionary) == entries)
        // With --no-dictionary it is not read, so it is no input: writing there is the user's choice.
        #expect(try align(folder, ["--no-dictionary", "-o", folder.appendingPathComponent("out.beads").path], environment: environment).status == 0)
    }
}

/// A value a test thread fills in and the test reads once the thread is done.
private final class UncheckedBox<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}

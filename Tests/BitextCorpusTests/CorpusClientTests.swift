import BitextAlignment
import BitextCorpus
import BitextLanguage
import BitextTestSupport
import Foundation
import Testing

/// Hostile text for the readers users open corpora with: quotes (one leading), commas, tabs,
/// line breaks of every kind, markup, `]]>`, emoji, right-to-left marks, a literal `_x000D_`
/// (an escape to spreadsheets), spaces at both ends, a formula-like cell, a character XML
/// forbids, a two-sentence bead and a left-out sentence.
enum HostileCorpus {
    static let source = ["\"Quoted\" at the start, then a comma; & <b>bold</b> ]]> end",
                         "Line one\r\nline two\nline three\rend",
                         "Tab\there 😀 \u{200F}RTL\u{200F}",
                         "Literal _x000D_ and _x0041_ stay.",
                         "  Spaces at both ends  ",
                         "=1+1",
                         "Vertical\u{0B}tab.",
                         "First of two.", "Second of two.",
                         "Left out."]
    static let target = ["« Cité » au début, puis une virgule ; & <b>gras</b> ]]> fin",
                         "Ligne un\r\nligne deux\nligne trois\rfin",
                         "Tab\tici 😀 \u{200F}RTL\u{200F}",
                         "Littéral _x000D_ et _x0041_ restent.",
                         "  Espaces aux deux bouts  ",
                         "\"=1+1\"",
                         "Tabulation\u{0B}verticale.",
                         "Les deux en une."]
    static let document = AlignedDocument(
        id: "doc, \"one\" & <1>", sourceLanguage: try! Language("en"), targetLanguage: try! Language("pt_BR"),
        source: source, target: target, sourceLines: Array(1...10), targetLines: Array(1...8),
        beads: (0..<7).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: 0.9) }
            + [Bead(source: 7..<9, target: 7..<8, confidence: 0.75), Bead(source: 9..<10, target: 8..<8, confidence: 0.5)])

    /// The two-sided beads' texts as every format should give them back (`dropped`: without
    /// the characters XML 1.0 forbids).
    static func pairs(droppingForbidden dropped: Bool) -> [(String, String)] {
        let clean = { (text: String) in dropped ? text.replacingOccurrences(of: "\u{0B}", with: "") : text }
        return (0..<7).map { (clean(source[$0]), clean(target[$0])) } + [("First of two. Second of two.", "Les deux en une.")]
    }

    /// The whole corpus in `format`, written to a file in a fresh folder.
    static func write(_ format: CorpusFormat, _ configure: (inout CorpusOptions) -> Void = { _ in }) throws -> (file: URL, text: CorpusText) {
        var options = CorpusOptions()
        options.creationDate = Date(timeIntervalSince1970: 1_700_000_000)
        configure(&options)
        let writer = CorpusWriter(format: format, options: options, toolVersion: "9.9")
        var text = writer.header(sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage)
        text.append(writer.render(document))
        text.append(writer.footer())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("corpus.\(format.rawValue)")
        try Data(try writer.file(text)).write(to: file)
        return (file, text)
    }
}

/// The python3 interpreters that can read each format.
enum CorpusClients {
    static let csv = PythonClient(importing: ["csv"])
    static let xliff = PythonClient(importing: ["translate.storage.xliff"])
    static let xlsx = PythonClient(importing: ["openpyxl"])
}

@Suite(.enabled(if: CorpusClients.csv != nil, "python3 is absent: CSV client tests skipped"))
struct CSVClientTests {
    static let python = CorpusClients.csv

    @Test func pythonsCSVReadsEveryFieldBack() throws {
        let (file, _) = try HostileCorpus.write(.csv) { $0.languageHeader = true; $0.includeUnaligned = true }
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let rows = try #require(try Self.python!.json("""
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                print(json.dumps(list(csv.reader(f))))
            """, [file.path]) as? [[String]])
        #expect(rows.first == ["source (en)", "target (pt-BR)", "confidence"])
        let expected = HostileCorpus.pairs(droppingForbidden: false)
        #expect(rows.count == 1 + expected.count + 1)
        for (row, pair) in zip(rows.dropFirst(), expected) {
            #expect(row.count == 3)
            #expect(row.first == pair.0 && row.dropFirst().first == pair.1)
        }
        #expect(rows.dropFirst().map { $0.last } == Array(repeating: "0.900", count: 7) + ["0.750", "0.500"])
        #expect(rows.last == ["Left out.", "", "0.500"])
    }

    @Test func dictReaderFindsTheContractedColumnNames() throws {
        let (file, _) = try HostileCorpus.write(.csv) { $0.header = true }
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let rows = try #require(try Self.python!.json("""
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                print(json.dumps([[row['source'], row['target'], row['confidence']] for row in csv.DictReader(f)]))
            """, [file.path]) as? [[String]])
        #expect(rows.map { $0[0] } == HostileCorpus.pairs(droppingForbidden: false).map(\.0))
        #expect(rows.map { $0[1] } == HostileCorpus.pairs(droppingForbidden: false).map(\.1))
    }
}

@Suite(.enabled(if: CorpusClients.xliff != nil, "python3 with translate-toolkit is absent: XLIFF client tests skipped"))
struct XLIFFClientTests {
    static let python = CorpusClients.xliff

    @Test func translateToolkitReadsUnitsLanguagesAndNotes() throws {
        let (file, text) = try HostileCorpus.write(.xliff)
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(text.droppedCharacters == 2)
        let store = try #require(try Self.python!.json("""
            import json, sys
            from translate.storage import xliff
            store = xliff.xlifffile.parsefile(sys.argv[1])
            units = [{'id': u.getid(), 'source': u.source, 'target': u.target, 'notes': u.getnotes('bitext'),
                      'locations': u.getlocations()} for u in store.units]
            print(json.dumps({'files': store.getfilenames(), 'source': store.getsourcelanguage(),
                              'target': store.gettargetlanguage(), 'units': units}))
            """, [file.path]) as? [String: Any])
        #expect(store["files"] as? [String] == [HostileCorpus.document.id])
        #expect(store["source"] as? String == "en")
        #expect(store["target"] as? String == "pt-BR")
        let units = try #require(store["units"] as? [[String: Any]])
        let expected = HostileCorpus.pairs(droppingForbidden: true)
        #expect(units.count == expected.count)
        for (unit, pair) in zip(units, expected) {
            #expect(unit["source"] as? String == pair.0)
            #expect(unit["target"] as? String == pair.1)
        }
        #expect(units.map { $0["notes"] as? String } == Array(repeating: "confidence 0.900", count: 7) + ["confidence 0.750"])
        #expect((units.last?["locations"] as? [String]) == ["\(HostileCorpus.document.id):8-9"])
    }
}

@Suite(.enabled(if: CorpusClients.xlsx != nil, "python3 with openpyxl is absent: XLSX client tests skipped"))
struct XLSXClientTests {
    static let python = CorpusClients.xlsx
    static let readRows = """
        import json, sys, openpyxl
        book = openpyxl.load_workbook(sys.argv[1])
        print(json.dumps({'sheets': book.sheetnames,
                          'rows': [list(row) for row in book.active.iter_rows(values_only=True)]}))
        """

    @Test func openpyxlReadsEveryCellBack() throws {
        let (file, text) = try HostileCorpus.write(.xlsx) { $0.includeUnaligned = true }
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        #expect(text.droppedCharacters == 2)
        let book = try #require(try Self.python!.json(Self.readRows, [file.path]) as? [String: Any])
        #expect(book["sheets"] as? [String] == ["Corpus"])
        let rows = try #require(book["rows"] as? [[Any]])
        #expect(rows.first?.compactMap { $0 as? String } == ["source (en)", "target (pt-BR)", "confidence", "source lines", "target lines"])
        let expected = HostileCorpus.pairs(droppingForbidden: true)
        #expect(rows.count == 1 + expected.count + 1)
        for (row, pair) in zip(rows.dropFirst(), expected) {
            #expect(row[0] as? String == pair.0)
            #expect(row[1] as? String == pair.1)
        }
        #expect(rows.dropFirst().map { $0[2] as? Double } == Array(repeating: 0.9, count: 7) + [0.75, 0.5])
        #expect(rows[8].dropFirst(3).compactMap { $0 as? String } == ["8-9", "8"])
        // The left-out sentence: its target cells are empty.
        #expect(rows[9][0] as? String == "Left out." && rows[9][1] is NSNull && rows[9][4] is NSNull)
    }

    @Test func theSameCorpusGivesTheSameBytes() throws {
        let first = try HostileCorpus.write(.xlsx), second = try HostileCorpus.write(.xlsx)
        defer {
            try? FileManager.default.removeItem(at: first.file.deletingLastPathComponent())
            try? FileManager.default.removeItem(at: second.file.deletingLastPathComponent())
        }
        #expect(try Data(contentsOf: first.file) == Data(contentsOf: second.file))
    }
}

/// LibreOffice opens the workbook (converted headless to CSV, read back with Python's `csv`).
/// CI does not install LibreOffice (it is large); the check runs where `soffice` is on the PATH.
@Suite(.enabled(if: LibreOffice.soffice != nil && CorpusClients.csv != nil, "soffice (LibreOffice) is absent: LibreOffice XLSX check skipped"))
struct LibreOfficeXLSXTests {
    @Test func libreOfficeReadsEveryCellBack() throws {
        let (file, _) = try HostileCorpus.write(.xlsx)
        let folder = file.deletingLastPathComponent()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: LibreOffice.soffice!)
        // A private profile, so that a running LibreOffice or the user's settings play no part.
        process.arguments = ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to",
                             "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", folder.path, file.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let csv = folder.appendingPathComponent("corpus.csv")
        #expect(process.terminationStatus == 0 && FileManager.default.fileExists(atPath: csv.path))
        let rows = try #require(try CorpusClients.csv!.json("""
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8') as f:
                print(json.dumps(list(csv.reader(f))))
            """, [csv.path]) as? [[String]])
        #expect(rows.first == ["source (en)", "target (pt-BR)", "confidence", "source lines", "target lines"])
        // LibreOffice keeps every line break of a cell, but as LF (its own cells hold no CR).
        let lineFeeds = { (text: String) in text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") }
        let expected = HostileCorpus.pairs(droppingForbidden: true).map { (lineFeeds($0.0), lineFeeds($0.1)) }
        #expect(rows.count == 1 + expected.count)
        for (row, pair) in zip(rows.dropFirst(), expected) {
            #expect(row.first == pair.0 && row.dropFirst().first == pair.1, "\(row)")
        }
    }
}

enum LibreOffice {
    static let soffice = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        .map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}

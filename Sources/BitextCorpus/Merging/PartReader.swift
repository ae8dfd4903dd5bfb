/// Recognises a corpus that bitext wrote and splits it into header, body and footer.
///
/// Strict on purpose: a merged corpus must be the one an unsharded batch writes, byte for
/// byte, so a part is taken only when it is exactly what a writer of this version produces
/// (its header and footer as the writer writes them, every line a bead). Anything else — a
/// file edited by hand, another tool's TMX, a corpus of an older layout — is refused with the
/// first line that differs, rather than joined into a corpus that only looks right. Every
/// check is one pass over the bytes.
enum PartReader {
    /// The format a part's bytes are in, from their first line and their end (nil for an empty
    /// file or bytes no writer starts with). A text's first characters can look like another
    /// format's start (a TSV whose first source sentence is `{"document":"…` or `PK…`), so each
    /// format is told by what its text cannot hold: TSV escapes every CR and tab, JSONL every
    /// control character, CSV ends each record with CR LF, a workbook ends with its ZIP
    /// directory, not a line feed; TMX and XLIFF start with a declaration no text line can
    /// (a CSV field holding a quote starts with a quote).
    static func detectFormat(_ bytes: [UInt8]) -> CorpusFormat? {
        if bytes.isEmpty { return nil }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) && bytes.last != 0x0A { return .xlsx }
        if bytes.starts(with: Array(tmxStart.utf8)) { return .tmx }
        if bytes.starts(with: Array(xliffHeader.utf8)) { return .xliff }
        if bytes.count >= 2 && bytes[bytes.count - 2] == 0x0D && bytes[bytes.count - 1] == 0x0A { return .csv }
        let firstLine = bytes.prefix { $0 != 0x0A }
        if firstLine.contains(0x09) { return .tsv }
        if firstLine.starts(with: Array(#"{"document":"#.utf8)) { return .jsonl }
        if firstLine.first == UInt8(ascii: "[") { return .beads }
        return nil
    }

    /// Reads a part in `format`.
    ///
    /// - Throws: `CorpusMergeError` naming the part and what is not as bitext writes it.
    static func read(_ part: CorpusPart, as format: CorpusFormat) throws(CorpusMergeError) -> ReadPart {
        switch part.content {
        case .moses(let sides):
            return try readMoses(name: part.name, sides: sides)
        case .file(let bytes):
            if bytes.isEmpty {
                // A shard with no bead writes nothing in the formats without header or footer.
                guard [.tsv, .csv, .jsonl, .beads].contains(format) else {
                    throw CorpusMergeError("\(part.name): an empty file, not a \(format.rawValue) corpus (bitext always writes its header)")
                }
                return ReadPart(name: part.name, format: nil)
            }
            if format != .xlsx && String(validating: bytes, as: UTF8.self) == nil {
                throw CorpusMergeError("\(part.name): not a corpus written by bitext (not UTF-8 text)")
            }
            switch format {
            case .tmx: return try readTMX(name: part.name, bytes: bytes)
            case .xliff: return try readXLIFF(name: part.name, bytes: bytes)
            case .tsv: return try readTSV(name: part.name, bytes: bytes)
            case .csv: return try readCSV(name: part.name, bytes: bytes)
            case .jsonl: return try readJSONL(name: part.name, bytes: bytes)
            case .beads: return try readBeads(name: part.name, bytes: bytes)
            case .xlsx: return try WorkbookRows.read(name: part.name, bytes: bytes)
            case .moses:
                throw CorpusMergeError("\(part.name): Moses parts are given by their prefix (OUT for OUT.L1 and OUT.L2), not one file")
            }
        }
    }

    // MARK: TMX and XLIFF

    /// The start of TMX's header, up to its first attribute value (see `TMXWriter.header`).
    static let tmxStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n  <header creationtool=\"bitext\" creationtoolversion=\""
    static let tmxFooter = "  </body>\n</tmx>\n"
    static let xliffHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
    static let xliffFooter = "</xliff>\n"

    private static func readTMX(name: String, bytes: [UInt8]) throws(CorpusMergeError) -> ReadPart {
        var part = ReadPart(name: name, format: .tmx)
        var scanner = ByteScanner(bytes)
        let header = "the TMX header is not the one bitext writes"
        guard scanner.skip(tmxStart), let version = scanner.value(until: "\""),
              scanner.skip("\" segtype=\"sentence\" o-tmf=\"bitext\" adminlang=\"en\" srclang=\""),
              let sourceLanguage = scanner.value(until: "\""), scanner.skip("\" datatype=\"plaintext\" creationdate=\""),
              scanner.value(until: "\"") != nil, scanner.skip("\"/>\n  <body>\n")
        else { throw notWritten(name, header) }
        guard bytes.count - scanner.position >= tmxFooter.utf8.count, bytes.suffix(tmxFooter.utf8.count).elementsEqual(tmxFooter.utf8) else {
            throw notWritten(name, "the TMX does not end with </body></tmx> as bitext writes it")
        }
        part.toolVersion = version
        part.body = bytes[scanner.position..<(bytes.count - tmxFooter.utf8.count)]
        if sourceLanguage == "*all*" { part.source.several = true } else { part.source.codes.insert(sourceLanguage) }
        // Every line that starts with '<' is markup (text has '<' escaped): units and their languages.
        var sides = 0
        try ByteScanner.forEachLine(part.body) { line throws(CorpusMergeError) in
            if line.starts(with: "      <tuv xml:lang=\"".utf8) {
                var tuv = ByteScanner(Array(line))
                _ = tuv.skip("      <tuv xml:lang=\"")
                guard let code = tuv.value(until: "\"") else { throw notWritten(name, "a <tuv> without a language") }
                if sides % 2 == 0 { part.source.codes.insert(code) } else { part.target.codes.insert(code) }
                sides += 1
            } else if line.elementsEqual("    <tu>".utf8) {
                part.hasBeads = true
            }
        }
        if !part.hasBeads { part.source.several = false }  // `*all*` over no unit: a shard with no document
        guard part.body.isEmpty || (part.body.starts(with: "    <tu>\n".utf8) && part.body.suffix(10).elementsEqual("    </tu>\n".utf8)) else {
            throw notWritten(name, "the TMX body is not a list of <tu> elements as bitext writes them")
        }
        return part
    }

    private static func readXLIFF(name: String, bytes: [UInt8]) throws(CorpusMergeError) -> ReadPart {
        var part = ReadPart(name: name, format: .xliff)
        let start = xliffHeader.utf8.count, end = bytes.count - xliffFooter.utf8.count
        guard end >= start, bytes.suffix(xliffFooter.utf8.count).elementsEqual(xliffFooter.utf8) else {
            throw notWritten(name, "the XLIFF does not end with </xliff> as bitext writes it")
        }
        part.body = bytes[start..<end]
        guard part.body.isEmpty || (part.body.starts(with: "  <file original=\"".utf8) && part.body.suffix(10).elementsEqual("  </file>\n".utf8)) else {
            throw notWritten(name, "the XLIFF body is not a list of <file> elements as bitext writes them")
        }
        try ByteScanner.forEachLine(part.body) { line throws(CorpusMergeError) in
            guard line.starts(with: "  <file original=\"".utf8) else { return }
            var file = ByteScanner(Array(line))
            guard file.skip("  <file original=\""), file.value(until: "\"") != nil, file.skip("\" source-language=\""),
                  let source = file.value(until: "\""), file.skip("\" target-language=\""), let target = file.value(until: "\"")
            else { throw notWritten(name, "a <file> element without its languages") }
            part.source.codes.insert(source)
            part.target.codes.insert(target)
            part.hasBeads = true
        }
        return part
    }

    // MARK: Line formats

    private static func readTSV(name: String, bytes: [UInt8]) throws(CorpusMergeError) -> ReadPart {
        var part = ReadPart(name: name, format: .tsv)
        guard bytes.last == 0x0A else { throw notWritten(name, "the last line does not end with a line break") }
        var bodyStart = 0, number = 0
        try ByteScanner.forEachLine(bytes[...]) { line throws(CorpusMergeError) in
            number += 1
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            if number == 1, let header = headerCells(fields) {
                part.header = header
                bodyStart = line.endIndex + 1
                return
            }
            guard fields.count == 3, isConfidence(fields[2]), !line.contains(0x0D) else {
                throw notWritten(name, line: number, "not source<TAB>target<TAB>confidence")
            }
            part.hasBeads = true
        }
        part.body = bytes[bodyStart...]
        return part
    }

    /// RFC 4180 records as `CSVWriter` writes them: three fields, quoted when they hold a
    /// comma, a quote or a line break, each record ending with CR LF.
    private static func readCSV(name: String, bytes: [UInt8]) throws(CorpusMergeError) -> ReadPart {
        var part = ReadPart(name: name, format: .csv)
        var position = 0, number = 0, bodyStart = 0, line = 1
        while position < bytes.count {
            number += 1
            let recordLine = line
            var fields: [ArraySlice<UInt8>] = []
            var quoted: [Bool] = []
            while true {
                if position < bytes.count && bytes[position] == UInt8(ascii: "\"") {
                    // A quoted field: up to the quote that is not doubled.
                    let start = position + 1
                    position = start
                    while true {
                        guard position < bytes.count else { throw notWritten(name, line: recordLine, "a quoted field that does not end") }
                        if bytes[position] == 0x0A { line += 1 }
                        if bytes[position] == UInt8(ascii: "\"") {
                            if position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\"") { position += 2; continue }
                            break
                        }
                        position += 1
                    }
                    fields.append(bytes[start..<position])
                    quoted.append(true)
                    position += 1
                } else {
                    let start = position
                    while position < bytes.count, bytes[position] != UInt8(ascii: ","), bytes[position] != 0x0D,
                          bytes[position] != 0x0A, bytes[position] != UInt8(ascii: "\"") {
                        position += 1
                    }
                    fields.append(bytes[start..<position])
                    quoted.append(false)
                }
                if position < bytes.count && bytes[position] == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                guard position + 1 < bytes.count, bytes[position] == 0x0D, bytes[position + 1] == 0x0A else {
                    throw notWritten(name, line: recordLine, "not a record source,target,confidence ending with CR LF")
                }
                position += 2
                line += 1
                break
            }
            if number == 1, !quoted.contains(true), let header = headerCells(fields) {
                part.header = header
                bodyStart = position
                continue
            }
            guard fields.count == 3, !quoted[2], isConfidence(fields[2]) else {
                throw notWritten(name, line: recordLine, "not a record source,target,confidence")
            }
            part.hasBeads = true
        }
        part.body = bytes[bodyStart...]
        return part
    }

    private static func readJSONL(name: String, bytes: [UInt8]) throws(CorpusMergeError) -> ReadPart {
        var part = ReadPart(name: name, format: .jsonl)
        guard bytes.last == 0x0A else { throw notWritten(name, "the last line does not end with a line break") }
        var number = 0
        try ByteScanner.forEachLine(bytes[...]) { line throws(CorpusMergeError) in
            number += 1
            // Keys are only added at the end, and a quote inside a string is escaped, so the
            // language keys are found by their text.
            guard line.starts(with: #"{"document":""#.utf8), line.last == UInt8(ascii: "}"),
                  let source = jsonValue(of: "source_language", in: line), let target = jsonValue(of: "target_language", in: line)
            else { throw notWritten(name, line: number, "not a bead object as bitext writes it") }
            part.source.codes.insert(source)
            part.target.codes.insert(target)
            part.hasBeads = true
        }
        part.body = bytes[...]
        return part
    }

    private static func readBeads(name: String, bytes: [UInt8]) throws(CorpusMergeError) -> ReadPart {
        var part = ReadPart(name: name, format: .beads)
        guard bytes.last == 0x0A else { throw notWritten(name, "the last line does not end with a line break") }
        do {
            part.hasBeads = try !BeadsFormat.read(String(decoding: bytes, as: UTF8.self)).isEmpty
        } catch {
            throw notWritten(name, "\(error)")
        }
        part.body = bytes[...]
        return part
    }

    private static func readMoses(name: String, sides: [MosesSide]) throws(CorpusMergeError) -> ReadPart {
        var part = ReadPart(name: name, format: .moses)
        guard sides.count == 2, sides[0].code.lowercased() != sides[1].code.lowercased() else {
            throw CorpusMergeError("\(name): Moses' files are two, \(name).L1 and \(name).L2 in two languages; found "
                                   + (sides.isEmpty ? "none" : sides.map { "\(name).\($0.code)" }.joined(separator: ", ")))
        }
        var lineCounts: [Int] = []
        for side in sides {
            guard side.bytes.isEmpty || side.bytes.last == 0x0A else {
                throw notWritten("\(name).\(side.code)", "the last line does not end with a line break")
            }
            guard String(validating: side.bytes, as: UTF8.self) != nil else {
                throw notWritten("\(name).\(side.code)", "not UTF-8 text")
            }
            lineCounts.append(side.bytes.lazy.filter { $0 == 0x0A }.count)
        }
        guard lineCounts[0] == lineCounts[1] else {
            throw CorpusMergeError("\(name).\(sides[0].code) has \(lineCounts[0]) line(s) and \(name).\(sides[1].code) \(lineCounts[1]): "
                                   + "not the two sides of one Moses corpus")
        }
        part.mosesSides = sides
        part.hasBeads = lineCounts[0] > 0
        for (index, side) in sides.enumerated() {
            var languages = SideLanguages()
            if side.code == "auto" { languages.several = part.hasBeads } else { languages.codes.insert(side.code) }
            if index == 0 { part.source = languages } else { part.target = languages }
        }
        return part
    }

    // MARK: Helpers

    /// The header cells of TSV and CSV (`source`, `target`, `confidence`, or with the
    /// languages: `source (en)`), as the codes they name; nil when the fields are not a header.
    static func headerCells(_ fields: [ArraySlice<UInt8>]) -> (source: String?, target: String?)? {
        guard fields.count == 3, fields[2].elementsEqual("confidence".utf8),
              let source = headerCode(fields[0], name: "source"), let target = headerCode(fields[1], name: "target") else { return nil }
        return (source, target)
    }

    /// `name` → `.some(nil)`; `name (code)` → `code`; anything else (not a header cell) → nil.
    static func headerCode(_ cell: ArraySlice<UInt8>, name: String) -> String?? {
        guard cell.starts(with: name.utf8) else { return nil }
        let rest = cell.dropFirst(name.utf8.count)
        if rest.isEmpty { return .some(nil) }
        guard rest.starts(with: " (".utf8), rest.last == UInt8(ascii: ")") else { return nil }
        let code = rest.dropFirst(2).dropLast()
        guard !code.isEmpty, code.allSatisfy(isCodeByte) else { return nil }
        return String(decoding: code, as: UTF8.self)
    }

    /// A confidence as the writers write it: digits, a point, digits (`0.905`).
    static func isConfidence(_ field: ArraySlice<UInt8>) -> Bool {
        guard let point = field.firstIndex(of: UInt8(ascii: ".")), point > field.startIndex, point < field.endIndex - 1 else { return false }
        return field[..<point].allSatisfy(isDigit) && field[(point + 1)...].allSatisfy(isDigit)
    }

    /// The string value of a top-level key of one JSON line as `JSONLWriter` writes it (a
    /// language code: letters, digits, `-`), found as `,"key":"`: a quote inside a string is
    /// escaped, so that text occurs only where the key is. Sought from the end of the line,
    /// where the language keys are, so that a long sentence is not scanned for it.
    private static func jsonValue(of key: String, in line: ArraySlice<UInt8>) -> String? {
        let marker = Array(",\"\(key)\":\"".utf8)
        guard let start = ByteScanner.lastRange(of: marker, in: line)?.upperBound else { return nil }
        guard let end = line[start...].firstIndex(of: UInt8(ascii: "\"")), end > start, line[start..<end].allSatisfy(isCodeByte) else { return nil }
        return String(decoding: line[start..<end], as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// The bytes of a normalised language code: ASCII letters, digits and `-`.
    static func isCodeByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "-")
    }

    static func notWritten(_ name: String, line: Int? = nil, _ problem: String) -> CorpusMergeError {
        CorpusMergeError("\(name)\(line.map { ":\($0)" } ?? ""): not a corpus written by bitext (\(problem))")
    }
}

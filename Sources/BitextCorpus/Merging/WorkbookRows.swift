import Foundation
import ZIPFoundation

/// Reads back the rows of a workbook that `XLSXWriter` made, into the writer's intermediate
/// text (one row per line, cells escaped), so that merged parts go through the same writer as
/// an unsharded batch and give the same bytes: the shared-strings table is rebuilt over the
/// whole corpus rather than glued from the parts'.
///
/// Only the layout the writer produces is read (`<si><t xml:space="preserve">…</t></si>`,
/// `<c r="A2" t="s"><v>3</v></c>`…); a workbook saved by Excel or LibreOffice is refused as
/// not written by bitext.
enum WorkbookRows {
    /// Members larger than this uncompressed are refused: a ZIP bomb would otherwise fill memory.
    static let maximumMemberSize = 1 << 32

    static func read(name: String, bytes: [UInt8]) throws(CorpusMergeError) -> ReadPart {
        var part = ReadPart(name: name, format: .xlsx)
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw PartReader.notWritten(name, "an unreadable ZIP archive")
        }
        let workbook = try member("xl/workbook.xml", of: archive, name: name)
        guard ByteScanner.firstRange(of: Array("<sheets><sheet name=\"Corpus\" sheetId=\"1\" r:id=\"rId1\"/></sheets>".utf8),
                                     in: workbook[...]) != nil else {
            throw PartReader.notWritten(name, "a workbook without bitext's one sheet, Corpus")
        }
        let strings = try sharedStrings(member("xl/sharedStrings.xml", of: archive, name: name), name: name)
        let sheet = try member("xl/worksheets/sheet1.xml", of: archive, name: name)
        var scanner = ByteScanner(sheet)
        guard scanner.skip(past: "<sheetData>") else { throw PartReader.notWritten(name, "a worksheet without rows") }
        var row = 0
        var text: [UInt8] = []
        while scanner.skip("<row r=\"") {
            row += 1
            guard scanner.value(until: "\"") == String(row), scanner.skip("\">") else {
                throw PartReader.notWritten(name, "row \(row) is not where bitext writes it")
            }
            var cells = [String](repeating: "", count: XLSXWriter.columns.count)
            while scanner.skip("<c r=\"") {
                guard let reference = scanner.value(until: "\""),
                      let column = XLSXWriter.columns.firstIndex(where: { reference == $0 + String(row) }) else {
                    throw PartReader.notWritten(name, "a cell outside bitext's five columns in row \(row)")
                }
                if scanner.skip("\" t=\"s\"") {
                    _ = scanner.skip(" s=\"1\"")
                    guard scanner.skip("><v>"), let index = scanner.value(until: "<").flatMap({ Int($0) }),
                          strings.indices.contains(index) else {
                        throw PartReader.notWritten(name, "cell \(reference) points to no shared string")
                    }
                    cells[column] = strings[index]
                } else {
                    guard scanner.skip("\" s=\"2\"><v>"), let value = scanner.value(until: "<"),
                          PartReader.isConfidence(Array(value.utf8)[...]) else {
                        throw PartReader.notWritten(name, "cell \(reference) is not a confidence")
                    }
                    cells[column] = value
                }
                guard scanner.skip("</v></c>") else { throw PartReader.notWritten(name, "cell \(reference) does not end") }
            }
            guard scanner.skip("</row>") else { throw PartReader.notWritten(name, "row \(row) does not end") }
            if row == 1 {
                guard let source = PartReader.headerCode(Array(cells[0].utf8)[...], name: "source"),
                      let target = PartReader.headerCode(Array(cells[1].utf8)[...], name: "target"),
                      cells[2...] == ["confidence", "source lines", "target lines"] else {
                    throw PartReader.notWritten(name, "the header row is not the one bitext writes")
                }
                part.header = (source, target)
            } else {
                part.hasBeads = true
                text += Array(cells.map(XLSXWriter.escaped).joined(separator: "\t").utf8) + [0x0A]
            }
        }
        guard row >= 1, scanner.skip("</sheetData></worksheet>"), scanner.isAtEnd else {
            throw PartReader.notWritten(name, "the worksheet is not the one bitext writes")
        }
        part.body = text[...]
        return part
    }

    /// The bytes of one member of the package.
    private static func member(_ path: String, of archive: Archive, name: String) throws(CorpusMergeError) -> [UInt8] {
        guard let entry = archive[path] else { throw PartReader.notWritten(name, "no \(path) in the package") }
        guard entry.uncompressedSize <= UInt64(maximumMemberSize) else {
            throw CorpusMergeError("\(name): \(path) in the package is larger than 4 GB uncompressed")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // The size in the directory can lie: the bytes themselves are counted too.
                guard data.count + chunk.count <= maximumMemberSize else { throw CorpusMergeError("too large") }
                data.append(chunk)
            }
        } catch {
            throw CorpusMergeError("\(name): \(path) in the package is damaged or too large")
        }
        return [UInt8](data)
    }

    /// The shared-strings table, each string as the cell holds it (XML and `_xHHHH_` escapes undone).
    private static func sharedStrings(_ xml: [UInt8], name: String) throws(CorpusMergeError) -> [String] {
        var scanner = ByteScanner(xml)
        guard scanner.skip(past: "<sst "), scanner.skip(past: "\">") else {
            throw PartReader.notWritten(name, "a shared-strings table not as bitext writes it")
        }
        var strings: [String] = []
        while scanner.skip("<si><t xml:space=\"preserve\">") {
            guard let text = scanner.value(until: "<"), scanner.skip("</t></si>") else {
                throw PartReader.notWritten(name, "shared string \(strings.count) does not end")
            }
            guard let value = unescaped(text) else { throw PartReader.notWritten(name, "shared string \(strings.count) has an unknown escape") }
            strings.append(value)
        }
        guard scanner.skip("</sst>"), scanner.isAtEnd else {
            throw PartReader.notWritten(name, "a shared-strings table not as bitext writes it")
        }
        return strings
    }

    /// XML text back to its characters: the five entities and `&#13;` that `XLSXWriter`
    /// writes, then `_xHHHH_` (ECMA-376's escape, which the writer uses for a literal
    /// `_xHHHH_`); nil for any other entity.
    static func unescaped(_ text: String) -> String? {
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            guard let semicolon = rest[ampersand...].firstIndex(of: ";") else { return nil }
            switch rest[rest.index(after: ampersand)..<semicolon] {
            case "amp": result += "&"
            case "lt": result += "<"
            case "gt": result += ">"
            case "quot": result += "\""
            case "apos": result += "'"
            case "#13": result += "\r"
            default: return nil
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        result += rest
        guard result.contains("_x") else { return result }
        let scalars = Array(result.unicodeScalars)
        var decoded = String.UnicodeScalarView()
        var offset = 0
        while offset < scalars.count {
            if scalars[offset] == "_", offset + 6 < scalars.count, scalars[offset + 1] == "x", scalars[offset + 6] == "_",
               scalars[(offset + 2)...(offset + 5)].allSatisfy({ $0.properties.isASCIIHexDigit }),
               let value = UInt32(String(String.UnicodeScalarView(scalars[(offset + 2)...(offset + 5)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                decoded.append(scalar)
                offset += 7
            } else {
                decoded.append(scalars[offset])
                offset += 1
            }
        }
        return String(decoded)
    }
}

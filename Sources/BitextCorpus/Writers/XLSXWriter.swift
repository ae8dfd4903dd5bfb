import BitextCore
import BitextLanguage
import Foundation
import ZIPFoundation

/// An Excel workbook (Office Open XML, `.xlsx`) with one sheet, `Corpus`: a header row naming
/// the languages, then one row per bead with its source, target, confidence (a number, shown
/// with three decimals) and the input lines of each side.
///
/// Documents render to an intermediate text, one row per line with TSV-escaped cells, so that
/// they can be rendered in parallel and joined like the other formats; `file` then builds the
/// package: the cells' texts go to a shared-strings table (which Excel, LibreOffice and
/// openpyxl all read, and which stores a text repeated across rows once). Text is escaped as
/// for TMX (characters XML 1.0 forbids left out and counted), carriage returns are written
/// `&#13;`, and a literal `_xHHHH_` is written `_x005F_xHHHH_` so that spreadsheets do not
/// read it as an escaped character (ECMA-376, ST_Xstring).
struct XLSXWriter: CorpusFormatWriter {
    let options: CorpusOptions

    /// A worksheet's rows, header included (ECMA-376's limit, which Excel enforces).
    static let maximumRows = 1_048_576
    /// The columns: texts, confidence, input lines.
    static let columns = ["A", "B", "C", "D", "E"]

    func header(sourceLanguage: Language?, targetLanguage: Language?) -> CorpusText {
        let names = CorpusHeader.languageNames(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
            + ["source lines", "target lines"]
        return CorpusText(main: names.map(Self.escaped).joined(separator: "\t") + "\n")
    }

    func render(_ document: AlignedDocument) -> CorpusText {
        var result = CorpusText()
        for written in document.writtenBeads(minimumConfidence: options.minimumConfidence, includeUnaligned: options.includeUnaligned) {
            result.droppedCharacters += XMLText.escaped(written.source).dropped + XMLText.escaped(written.target).dropped
            let cells = [written.source, written.target, written.confidence,
                         document.lines(of: written.bead.source, in: document.sourceLines),
                         document.lines(of: written.bead.target, in: document.targetLines)]
            result.main += cells.map(Self.escaped).joined(separator: "\t") + "\n"
        }
        return result
    }

    /// The workbook: `text` is the header row (`header`, always written first) and the rows.
    func file(_ text: CorpusText) throws(CorpusFileError) -> [UInt8] {
        var strings = SharedStrings()
        var sheet = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            </sheetView></sheetViews><cols><col min="1" max="2" width="60" customWidth="1"/>\
            <col min="3" max="5" width="12" customWidth="1"/></cols><sheetData>
            """
        // Refused before any work: a sheet with more rows is one Excel will not open.
        guard text.main.utf8.lazy.filter({ $0 == UInt8(ascii: "\n") }).count <= Self.maximumRows else {
            throw CorpusFileError(message: "xlsx: a worksheet holds at most \(Self.maximumRows - 1) beads; write csv or tsv")
        }
        var row = 0
        for line in text.main.split(separator: "\n") {
            row += 1
            sheet += "<row r=\"\(row)\">"
            for (column, cell) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated()
            where column < Self.columns.count {
                let value = Self.unescaped(cell)
                guard !value.isEmpty else { continue }
                let reference = Self.columns[column] + String(row)
                if row > 1 && column == 2 {
                    sheet += "<c r=\"\(reference)\" s=\"2\"><v>\(value)</v></c>"
                } else {
                    sheet += "<c r=\"\(reference)\" t=\"s\"\(row == 1 ? " s=\"1\"" : "")><v>\(strings.index(of: value))</v></c>"
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        return try package(parts: [
            ("[Content_Types].xml", Self.contentTypes), ("_rels/.rels", Self.packageRelationships),
            ("xl/workbook.xml", Self.workbook), ("xl/_rels/workbook.xml.rels", Self.workbookRelationships),
            ("xl/styles.xml", Self.styles), ("xl/sharedStrings.xml", strings.xml), ("xl/worksheets/sheet1.xml", sheet),
        ])
    }

    /// The parts zipped (deflated), dated `options.creationDate` so that the same corpus gives the same bytes.
    private func package(parts: [(path: String, text: String)]) throws(CorpusFileError) -> [UInt8] {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for part in parts {
                let data = Data(part.text.utf8)
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: options.creationDate, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw CorpusFileError(message: "xlsx: the package was not made") }
            return [UInt8](data)
        } catch let error as CorpusFileError {
            throw error
        } catch {
            throw CorpusFileError(message: "xlsx: cannot make the package: \(error)")
        }
    }

    /// A cell of the intermediate text: backslash, tab, LF and CR escaped as `\\`, `\t`, `\n`,
    /// `\r`, so that a row is one line and a cell has no tab. Its own escaping, not TSV's:
    /// TSV escapes more (VT, FF, NEL…) for line readers, and `unescaped` must invert exactly
    /// this.
    static func escaped(_ text: String) -> String {
        TextEscaping.replacing(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            default: nil
            }
        }
    }

    /// A cell of the intermediate text back to its value (the inverse of `escaped`).
    static func unescaped(_ cell: Substring) -> String {
        guard cell.contains("\\") else { return String(cell) }
        var result = "", escaping = false
        for scalar in cell.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": result.unicodeScalars.append("\t")
                case "n": result.unicodeScalars.append("\n")
                case "r": result.unicodeScalars.append("\r")
                default: result.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// A string as a spreadsheet's XML holds it (see the type's comment).
    static func spreadsheetText(_ text: String) -> String {
        let escaped = TextEscaping.replacing(XMLText.escaped(text).text) { $0 == "\r" ? "&#13;" : nil }
        guard escaped.contains("_x") else { return escaped }
        let scalars = Array(escaped.unicodeScalars)
        var result = ""
        result.unicodeScalars.reserveCapacity(scalars.count)
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "_", offset + 6 < scalars.count, scalars[offset + 1] == "x", scalars[offset + 6] == "_",
               scalars[(offset + 2)...(offset + 5)].allSatisfy({ $0.properties.isASCIIHexDigit }) {
                result += "_x005F"
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// The table of distinct strings the cells point to, in order of first use.
    private struct SharedStrings {
        private var indexes: [String: Int] = [:]
        private var items = ""
        private var uses = 0

        /// The string's index, added to the table on first use.
        mutating func index(of text: String) -> Int {
            uses += 1
            if let index = indexes[text] { return index }
            let index = indexes.count
            indexes[text] = index
            items += "<si><t xml:space=\"preserve\">\(XLSXWriter.spreadsheetText(text))</t></si>"
            return index
        }

        var xml: String {
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\(uses)" \
            uniqueCount="\(indexes.count)">\(items)</sst>
            """
        }
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
        </Types>
        """

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    private static let workbook = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <sheets><sheet name="Corpus" sheetId="1" r:id="rId1"/></sheets></workbook>
        """

    private static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>
        """

    /// Three cell formats: plain (0), the header in bold (1), the confidence with three decimals (2).
    private static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
        <numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts>\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
        <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>
        """
}

import CBitextHTML
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// OpenDocument text (.odt): the headings (`text:h`) and paragraphs (`text:p`) of
/// `content.xml`, with list items, table cells and captions told apart, and footnotes and
/// endnotes (`text:note`) taken out of their paragraph as notes that follow it. Byte ranges
/// are offsets in `content.xml` (approximate: XMLParser reports lines and columns).
public struct ODTReader: DocumentReader {
    public var format: InputFormat { .odt }

    public init() {}

    public func blocks(of bytes: [UInt8]) throws(ReadingError) -> [TextBlock] {
        let archive = try OfficeArchive(bytes, format: "ODT")
        guard let content = try archive.member("content.xml") else {
            throw ReadingError("not an ODT file (no content.xml in the archive)")
        }
        let delegate = OpenDocumentDelegate(positions: XMLPositions(content))
        // XMLParser's libxml2 is the HTML reader's: initialised once, before either uses it.
        bitext_xml_prepare()
        let parser = XMLParser(data: content)
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse(), parser.parserError == nil, delegate.isComplete else { throw ReadingError("damaged content.xml in the ODT file") }
        return delegate.blocks
    }
}

/// Gathers ODF paragraphs; a note's paragraphs are held back until the paragraph that cites it ends.
private final class OpenDocumentDelegate: NSObject, XMLParserDelegate {
    let positions: XMLPositions
    var blocks: [TextBlock] = []
    private var openElements = 0, sawElement = false
    /// Whether the XML was whole: a truncated member parses without an error on some platforms.
    var isComplete: Bool { sawElement && openElements == 0 }
    /// Paragraphs being read, innermost last (a note's paragraph sits inside its citing one).
    private var open: [(text: String, kind: BlockKind, start: Int)] = []
    private var notes: [TextBlock] = []
    private var listItems = 0, tableCells = 0, noteBodies = 0, citations = 0

    init(positions: XMLPositions) {
        self.positions = positions
    }

    private func position(_ parser: XMLParser) -> Int {
        positions.offset(line: parser.lineNumber, column: parser.columnNumber)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        openElements += 1
        sawElement = true
        switch name {
        case "text:h", "text:p":
            let style = (attributes["text:style-name"] ?? "").lowercased()
            let kind: BlockKind = if noteBodies > 0 { .note }
                else if name == "text:h" { .heading }
                else if style.contains("caption") || style.contains("illustration") { .caption }
                else if tableCells > 0 { .tableCell }
                else if listItems > 0 { .listItem }
                else { .paragraph }
            open.append(("", kind, position(parser)))
        case "text:s":
            let count = Int(attributes["text:c"] ?? "1") ?? 1
            append(String(repeating: " ", count: min(max(count, 1), 8)))
        case "text:tab": append(" ")
        case "text:line-break": append("\n")
        case "text:list-item": listItems += 1
        case "table:table-cell": tableCells += 1
        case "text:note-body": noteBodies += 1
        case "text:note-citation": citations += 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        openElements -= 1
        switch name {
        case "text:h", "text:p":
            guard let paragraph = open.popLast() else { return }
            let text = paragraph.text.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
                .filter { !$0.isEmpty }.joined(separator: "\n")
            guard !text.isEmpty else { return }
            let block = TextBlock(text: text, kind: paragraph.kind, byteRange: paragraph.start..<max(paragraph.start, position(parser)))
            if paragraph.kind == .note {
                notes.append(block)
            } else {
                blocks.append(block)
                if open.isEmpty { blocks += notes; notes = [] }
            }
        case "text:list-item": listItems -= 1
        case "table:table-cell": tableCells -= 1
        case "text:note-body": noteBodies -= 1
        case "text:note-citation": citations -= 1
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if citations == 0 { append(string.replacingOccurrences(of: "\n", with: " ")) }
    }

    private func append(_ string: String) {
        guard !open.isEmpty else { return }
        open[open.count - 1].text += string
    }

    func parserDidEndDocument(_ parser: XMLParser) {
        blocks += notes
        notes = []
    }
}

import CBitextHTML
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Word documents (.docx, Office Open XML): the paragraphs of `word/document.xml` with
/// their kind (a `Heading…` or `Title` style is a heading, a numbered paragraph or a
/// `List…` style a list item, a paragraph in a table cell a table cell, a `Caption` style a
/// caption), then the footnotes and endnotes as notes. Byte ranges are offsets in the XML
/// member (approximate: XMLParser reports lines and columns).
public struct DOCXReader: DocumentReader {
    public var format: InputFormat { .docx }

    public init() {}

    public func blocks(of bytes: [UInt8]) throws(ReadingError) -> [TextBlock] {
        let archive = try OfficeArchive(bytes, format: "DOCX")
        guard let document = try archive.member("word/document.xml") else {
            throw ReadingError("not a DOCX file (no word/document.xml in the archive)")
        }
        var blocks = try Self.parse(document, isNotes: false)
        for notes in ["word/footnotes.xml", "word/endnotes.xml"] {
            if let data = try archive.member(notes) { blocks += try Self.parse(data, isNotes: true) }
        }
        return blocks
    }

    private static func parse(_ data: Data, isNotes: Bool) throws(ReadingError) -> [TextBlock] {
        let delegate = WordprocessingMLDelegate(positions: XMLPositions(data), isNotes: isNotes)
        // XMLParser's libxml2 is the HTML reader's: initialised once, before either uses it.
        bitext_xml_prepare()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        guard parser.parse(), parser.parserError == nil, delegate.isComplete else { throw ReadingError("damaged document XML in the DOCX file") }
        return delegate.blocks
    }
}

/// Gathers paragraphs (`w:p`) from WordprocessingML.
private final class WordprocessingMLDelegate: NSObject, XMLParserDelegate {
    let positions: XMLPositions
    let isNotes: Bool
    var blocks: [TextBlock] = []
    private var openElements = 0, sawElement = false
    /// Whether the XML was whole: a truncated member parses without an error on some platforms.
    var isComplete: Bool { sawElement && openElements == 0 }
    private var text = ""
    private var inText = false
    private var paragraphDepth = 0
    private var paragraphStart = 0
    private var style = ""
    private var numbered = false
    private var tableCells = 0
    /// Footnote separators and continuation marks are not notes.
    private var skippingNote = false

    init(positions: XMLPositions, isNotes: Bool) {
        self.positions = positions
        self.isNotes = isNotes
    }

    private func position(_ parser: XMLParser) -> Int {
        positions.offset(line: parser.lineNumber, column: parser.columnNumber)
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        openElements += 1
        sawElement = true
        switch name {
        case "w:p":
            paragraphDepth += 1
            if paragraphDepth == 1 { text = ""; style = ""; numbered = false; paragraphStart = position(parser) }
        case "w:t": inText = true
        case "w:tab": text += " "
        case "w:br", "w:cr": text += "\n"
        case "w:pStyle": style = attributes["w:val"] ?? ""
        case "w:numPr": numbered = true
        case "w:tc": tableCells += 1
        case "w:footnote", "w:endnote":
            let type = attributes["w:type"] ?? ""
            skippingNote = type == "separator" || type == "continuationSeparator" || type == "continuationNotice"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        openElements -= 1
        switch name {
        case "w:t": inText = false
        case "w:tc": tableCells -= 1
        case "w:p":
            paragraphDepth -= 1
            guard paragraphDepth == 0, !skippingNote else { return }
            let trimmed = text.split(separator: "\n").map { $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ") }
                .filter { !$0.isEmpty }.joined(separator: "\n")
            guard !trimmed.isEmpty else { return }
            blocks.append(TextBlock(text: trimmed, kind: kind(), byteRange: paragraphStart..<max(paragraphStart, position(parser))))
        default: break
        }
    }

    private func kind() -> BlockKind {
        if isNotes { return .note }
        let lower = style.lowercased()
        if lower.hasPrefix("heading") || lower == "title" || lower == "subtitle" { return .heading }
        if lower.hasPrefix("caption") { return .caption }
        if tableCells > 0 { return .tableCell }
        if numbered || lower.hasPrefix("list") { return .listItem }
        return .paragraph
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }
}

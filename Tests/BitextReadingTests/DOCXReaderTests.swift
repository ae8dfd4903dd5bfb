import BitextReading
import Testing

@Suite struct DOCXReaderTests {
    static func paragraph(_ text: String, style: String? = nil, numbered: Bool = false, extra: String = "") -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if numbered { properties += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>" }
        return "<w:p><w:pPr>\(properties)</w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>\(extra)</w:p>"
    }

    @Test func paragraphsHeadingsListsTablesAndFootnotes() throws {
        let body = Self.paragraph("The harbour reopens", style: "Heading1")
            + "<w:p><w:r><w:t>After two years </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>of works</w:t></w:r>"
            + "<w:r><w:t xml:space=\"preserve\">, it reopened.</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
            + Self.paragraph("A covered market.", numbered: true)
            + "<w:tbl><w:tr><w:tc>\(Self.paragraph("Cost"))</w:tc><w:tc>\(Self.paragraph("48 million euros"))</w:tc></w:tr></w:tbl>"
            + Self.paragraph("Figure 1: the quay", style: "Caption")
            + "<w:p></w:p>"
        let footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
            + "<w:footnote w:id=\"1\">\(Self.paragraph("Figures from the town council."))</w:footnote>"
        let blocks = try DOCXReader().blocks(of: try ZipFixture.docx(body: body, footnotes: footnotes))
        #expect(blocks.map(\.text) == ["The harbour reopens", "After two years of works, it reopened.", "A covered market.",
                                       "Cost", "48 million euros", "Figure 1: the quay", "Figures from the town council."])
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .listItem, .tableCell, .tableCell, .caption, .note])
        #expect(blocks.allSatisfy { !$0.isBoilerplate })
    }

    @Test func tabsAndBreaks() throws {
        let body = "<w:p><w:r><w:t>One</w:t><w:tab/><w:t>two</w:t><w:br/><w:t>three</w:t></w:r></w:p>"
        #expect(try DOCXReader().blocks(of: try ZipFixture.docx(body: body)).map(\.text) == ["One two\nthree"])
    }

    @Test func refusesWhatIsNotADOCX() throws {
        #expect(throws: ReadingError.self) { try DOCXReader().blocks(of: Array("plain text".utf8)) }
        #expect(throws: ReadingError.self) { try DOCXReader().blocks(of: try ZipFixture.archive([("other.xml", "<a/>")])) }
        #expect(throws: ReadingError.self) { try DOCXReader().blocks(of: [0x50, 0x4B, 0x03, 0x04, 0x00]) }
        #expect(throws: ReadingError.self) {
            try DOCXReader().blocks(of: try ZipFixture.archive([("word/document.xml", "<w:document><w:body><w:p>")]))
        }
    }
}

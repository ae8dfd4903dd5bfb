import BitextReading
import Testing

@Suite struct ODTReaderTests {
    @Test func headingsParagraphsListsTablesAndNotes() throws {
        let text = """
            <text:h text:outline-level="1">Le port rouvre</text:h>\
            <text:p>Après deux ans<text:s text:c="2"/>de travaux<text:note text:note-class="footnote">\
            <text:note-citation>1</text:note-citation><text:note-body><text:p>Chiffres de la mairie.</text:p></text:note-body>\
            </text:note>, il rouvre.</text:p>\
            <text:list><text:list-item><text:p>Un marché couvert.</text:p></text:list-item></text:list>\
            <table:table><table:table-row><table:table-cell><text:p>Coût</text:p></table:table-cell></table:table-row></table:table>\
            <text:p>Une ligne<text:line-break/>et une autre.</text:p><text:p/>
            """
        let blocks = try ODTReader().blocks(of: try ZipFixture.odt(text: text))
        #expect(blocks.map(\.text) == ["Le port rouvre", "Après deux ans de travaux, il rouvre.", "Chiffres de la mairie.",
                                       "Un marché couvert.", "Coût", "Une ligne\net une autre."])
        #expect(blocks.map(\.kind) == [.heading, .paragraph, .note, .listItem, .tableCell, .paragraph])
    }

    @Test func refusesWhatIsNotAnODT() throws {
        #expect(throws: ReadingError.self) { try ODTReader().blocks(of: try ZipFixture.archive([("mimetype", "x")])) }
    }
}

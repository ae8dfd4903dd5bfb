import BitextCore
import BitextLanguage

/// XLIFF 1.2, the bilingual format CAT tools import: one `<file>` per document (its id as
/// `original`, the languages as normalised BCP 47 codes), one `<trans-unit>` per bead with
/// both sides.
///
/// The confidence is a `<note from="bitext">`, which translate-toolkit reads as the unit's
/// notes and CAT tools show beside the segment (rather than `<alt-trans match-quality>`,
/// which means a translation memory's proposal, not this pair); the source side's input line
/// is a `location` context group, which translate-toolkit reads as the unit's location.
/// Text is escaped as for TMX (characters XML 1.0 forbids left out and counted), and
/// carriage returns are written `&#13;` so that XML parsers keep them.
struct XLIFFWriter: CorpusFormatWriter {
    let options: CorpusOptions
    /// The program's version, for the `<tool>` element.
    let toolVersion: String

    func header(sourceLanguage: Language?, targetLanguage: Language?) -> CorpusText {
        CorpusText(main: """
            <?xml version="1.0" encoding="UTF-8"?>
            <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">

            """)
    }

    func footer() -> CorpusText {
        CorpusText(main: "</xliff>\n")
    }

    func render(_ document: AlignedDocument) -> CorpusText {
        var result = CorpusText()
        let id = Self.escaped(document.id, inAttribute: true, dropped: &result.droppedCharacters)
        result.main += """
              <file original="\(id)" source-language="\(Self.escaped(document.sourceLanguage.code))" \
            target-language="\(Self.escaped(document.targetLanguage.code))" datatype="plaintext">
                <header>
                  <tool tool-id="bitext" tool-name="bitext" tool-version="\(Self.escaped(toolVersion))"/>
                </header>
                <body>

            """
        for written in document.writtenBeads(minimumConfidence: options.minimumConfidence, includeUnaligned: false) {
            let source = Self.escaped(written.source, dropped: &result.droppedCharacters)
            let target = Self.escaped(written.target, dropped: &result.droppedCharacters)
            result.main += """
                      <trans-unit id="\(written.index + 1)" xml:space="preserve">
                        <source>\(source)</source>
                        <target>\(target)</target>
                        <context-group purpose="location"><context context-type="sourcefile">\(id)</context>\
                <context context-type="linenumber">\(document.lines(of: written.bead.source, in: document.sourceLines))</context></context-group>
                        <note from="bitext">confidence \(written.confidence)</note>
                      </trans-unit>

                """
        }
        result.main += "    </body>\n  </file>\n"
        return result
    }

    /// `text` escaped as `XMLText` does, with carriage returns as `&#13;` (XML parsers turn a
    /// literal CR into LF) and, in an attribute, tabs and line feeds as `&#9;` and `&#10;`
    /// (which parsers would turn into spaces); `dropped` counts the characters XML 1.0 forbids.
    static func escaped(_ text: String, inAttribute: Bool = false, dropped: inout Int) -> String {
        let escaped = XMLText.escaped(text)
        dropped += escaped.dropped
        return TextEscaping.replacing(escaped.text) { scalar in
            switch scalar {
            case "\r": "&#13;"
            case "\t" where inAttribute: "&#9;"
            case "\n" where inAttribute: "&#10;"
            default: nil
            }
        }
    }

    /// An attribute's value escaped, for text that holds no character XML forbids (codes, versions).
    static func escaped(_ text: String) -> String {
        var dropped = 0
        return escaped(text, inAttribute: true, dropped: &dropped)
    }
}

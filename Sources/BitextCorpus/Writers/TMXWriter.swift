import Foundation
import BitextLanguage

/// TMX 1.4b: one `<tu>` per bead with both sides, with the document, confidence and input
/// lines as properties.
struct TMXWriter: CorpusFormatWriter {
    let options: CorpusOptions
    /// The program's name and version for the header.
    let toolVersion: String

    /// `sourceLanguage` is nil when the documents' source languages differ (identified per
    /// document): the header then says `*all*`, TMX's word for "several".
    func header(sourceLanguage: Language?, targetLanguage: Language?) -> CorpusText {
        let language = sourceLanguage?.code ?? "*all*"
        return CorpusText(main: """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
              <header creationtool="bitext" creationtoolversion="\(XMLText.escaped(toolVersion).text)" \
            segtype="sentence" o-tmf="bitext" adminlang="en" srclang="\(XMLText.escaped(language).text)" \
            datatype="plaintext" creationdate="\(Self.tmxDate(options.creationDate))"/>
              <body>

            """)
    }

    func footer() -> CorpusText {
        CorpusText(main: "  </body>\n</tmx>\n")
    }

    func render(_ document: AlignedDocument) -> CorpusText {
        var result = CorpusText()
        for written in document.writtenBeads(minimumConfidence: options.minimumConfidence, includeUnaligned: false) {
            let bead = written.bead, confidence = written.confidence
            let sourceSegment = XMLText.escaped(written.source), targetSegment = XMLText.escaped(written.target)
            result.droppedCharacters += sourceSegment.dropped + targetSegment.dropped
            result.main += """
                    <tu>
                      <prop type="x-document">\(XMLText.escaped(document.id).text)</prop>
                      <prop type="x-confidence">\(confidence)</prop>
                      <prop type="x-source-lines">\(document.lines(of: bead.source, in: document.sourceLines))</prop>
                      <prop type="x-target-lines">\(document.lines(of: bead.target, in: document.targetLines))</prop>
                      <tuv xml:lang="\(XMLText.escaped(document.sourceLanguage.code).text)"><seg>\(sourceSegment.text)</seg></tuv>
                      <tuv xml:lang="\(XMLText.escaped(document.targetLanguage.code).text)"><seg>\(targetSegment.text)</seg></tuv>
                    </tu>

                """
        }
        return result
    }

    /// TMX's date format, `YYYYMMDDThhmmssZ`, in UTC; a date outside 1970…9999 (which no
    /// valid option gives) is clamped, so that the header stays valid.
    static func tmxDate(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let clamped = seconds.isFinite ? min(max(seconds.rounded(.down), 0), CorpusOptions.latestEpoch) : 0
        var time = time_t(clamped)  // finite, 0 through latestEpoch
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec)
    }
}

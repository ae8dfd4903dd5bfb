import BitextReading
import Testing

@Suite struct InputFormatTests {
    @Test func extensionsNameFormats() {
        #expect(InputFormat.detect(path: "a/page.HTML", bytes: []) == .html)
        #expect(InputFormat.detect(path: "report.docx", bytes: []) == .docx)
        #expect(InputFormat.detect(path: "film.en.srt", bytes: []) == .srt)
        #expect(InputFormat.detect(path: "film.vtt", bytes: []) == .vtt)
        #expect(InputFormat.detect(path: "paper.pdf", bytes: []) == .pdf)
        #expect(InputFormat.detect(path: "letter.odt", bytes: []) == .odt)
        // A .txt file stays text whatever it holds: aligning text files is unchanged.
        #expect(InputFormat.detect(path: "tram.en.txt", bytes: Array("<html><body>".utf8)) == .text)
    }

    @Test func contentDecidesWithoutAnExtension() throws {
        #expect(InputFormat.detect(path: "-", bytes: Array("%PDF-1.7\n".utf8)) == .pdf)
        #expect(InputFormat.detect(path: "page", bytes: Array("\n  <!DOCTYPE html><html>".utf8)) == .html)
        #expect(InputFormat.detect(path: "subs", bytes: Array("\u{FEFF}WEBVTT\n\n".utf8)) == .vtt)
        #expect(InputFormat.detect(path: "subs", bytes: Array("1\n00:00:01,000 --> 00:00:02,000\nHi\n".utf8)) == .srt)
        #expect(InputFormat.detect(path: "doc", bytes: try ZipFixture.docx(body: "")) == .docx)
        #expect(InputFormat.detect(path: "doc", bytes: try ZipFixture.odt(text: "")) == .odt)
        #expect(InputFormat.detect(path: "notes", bytes: Array("Just a note. 1 < 2.".utf8)) == .text)
        #expect(InputFormat.detect(path: "dir.v2/notes", bytes: Array("text".utf8)) == .text)
    }

    @Test func theRegistryGivesEachFormatItsReader() {
        for format in InputFormat.allCases where format != .auto {
            #expect(DocumentReaders.reader(for: format).format == format)
        }
    }

    @Test func plainTextIsOneBlockAsDecoded() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Title\n\nFirst paragraph.\n".utf8)
        let blocks = try PlainTextReader().blocks(of: bytes)
        #expect(blocks.map(\.text) == ["Title\n\nFirst paragraph.\n"])
        #expect(blocks[0].byteRange == 3..<bytes.count)
        // Not text in any encoding (a UTF-8 sequence cut off, too short for the detector to
        // name another encoding); "A\u{FF}A" is no longer an error: 8-bit text is decoded in
        // the encoding ICU's detector finds.
        #expect(throws: ReadingError("invalid UTF-8 at byte offset 2")) { try PlainTextReader().blocks(of: [0x61, 0x62, 0xC3]) }
    }

    /// A named encoding is used instead of the one detection finds (here nothing could tell
    /// KOI8-R from another 8-bit encoding in six bytes).
    @Test func textAndSubtitlesReadANamedEncoding() throws {
        let privet: [UInt8] = [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]
        #expect(try PlainTextReader(encoding: "koi8-r").blocks(of: privet).map(\.text) == ["Привет"])
        let srt = Array("1\n00:00:01,000 --> 00:00:02,000\n".utf8) + privet + [0x0A]
        #expect(try SubtitleReader(format: .srt, encoding: "koi8-r").blocks(of: srt).map(\.text) == ["Привет"])
        #expect(try DocumentReaders.reader(for: .text, encoding: "koi8-r").blocks(of: privet).map(\.text) == ["Привет"])
    }
}

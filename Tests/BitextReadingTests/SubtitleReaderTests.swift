import BitextReading
import Testing

@Suite struct SubtitleReaderTests {
    @Test func srtCuesWithoutNumbersTimesOrTags() throws {
        let srt = "1\r\n00:00:01,000 --> 00:00:03,000\r\n<i>The last ferry</i>\r\nleaves at nine.\r\n\r\n"
            + "2\r\n00:00:03,500 --> 00:00:05,000\r\n{\\an8}- Tickets?\r\n- In my bag.\r\n"
        let blocks = try SubtitleReader(format: .srt).blocks(of: Array(srt.utf8))
        #expect(blocks.map(\.text) == ["The last ferry leaves at nine.", "- Tickets?\n- In my bag."])
        #expect(blocks.allSatisfy { $0.kind == .subtitleCue && !$0.isBoilerplate })
        let bytes = Array(srt.utf8)
        #expect(String(decoding: bytes[blocks[0].byteRange], as: UTF8.self) == "<i>The last ferry</i>\r\nleaves at nine.")
    }

    @Test func webVTTSkipsHeaderNotesStylesAndIdentifiers() throws {
        let vtt = """
            WEBVTT - a test

            NOTE written for the tests
            over two lines

            STYLE
            ::cue { color: yellow }

            intro
            00:01.000 --> 00:04.000 position:10%
            <v Anna>We leave <c.loud>at dawn</c>,</v>

            00:04.500 --> 00:06.000
            <00:04.700>before the tide &amp; the wind.
            """
        let blocks = try SubtitleReader(format: .vtt).blocks(of: Array(vtt.utf8))
        #expect(blocks.map(\.text) == ["We leave at dawn,", "before the tide & the wind."])
    }

    @Test func aVTTWithoutItsHeaderIsRefused() {
        #expect(throws: ReadingError.self) { try SubtitleReader(format: .vtt).blocks(of: Array("00:01.000 --> 00:02.000\nHi".utf8)) }
    }
}

import BitextReading
import Testing

@Suite struct HTMLReaderTests {
    /// A news page as sites make them: menu, cookie banner, the article, a sidebar of related
    /// links, a comment form and a footer, with a script and a style that are not text.
    static let page = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Tram news</title>
        <style>body { color: black; } .hidden-style-text {}</style>
        <script>var trackingMessage = "script text must not appear";</script></head>
        <body>
        <div id="cookie-banner" class="cookie-notice">We use cookies to improve your experience on our website.
          By continuing to browse the site you are agreeing to our use of cookies. <a href="/privacy">Privacy policy</a>
          <button>Accept all</button></div>
        <header class="site-header"><a href="/">The Valley Journal</a>
          <nav class="main-menu"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
          <li><a href="/culture">Culture</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
        <div class="layout">
        <main><article class="post">
          <h1>The new tram line opens in May</h1>
          <p>The city council has confirmed that the new tram line between the station and the university will open
          to passengers at the beginning of May, after three years of works that have changed the face of the centre.</p>
          <p>The line is twelve kilometres long and has twenty stops. According to the operator, a tram will run every
          six minutes at peak hours, and the trip from one end to the other will take about thirty minutes.</p>
          <p>Shopkeepers in the old town, who suffered from the works for a long time, hope that the tram will bring
          back the customers they lost, and some of them have already planned a street party for the opening day.</p>
        </article></main>
        <aside class="sidebar"><h3>Related articles</h3><ul>
          <li><a href="/a">Bus fares rise in January</a></li><li><a href="/b">New cycle lanes on the quays</a></li>
          <li><a href="/c">Parking: what changes this year</a></li></ul></aside>
        </div>
        <section id="comments" class="comments-area"><h3>Leave a comment</h3>
          <form action="/comment"><label>Name</label><input name="name"><label>Email</label><input name="email">
          <textarea>Your comment</textarea><button>Post comment</button></form></section>
        <footer class="site-footer"><p>© 2026 The Valley Journal. All rights reserved.</p>
          <p><a href="/contact">Contact</a> | <a href="/legal">Legal notice</a></p></footer>
        </body></html>
        """

    @Test func marksMenusBannersSidebarsFormsAndFootersAsBoilerplate() throws {
        let blocks = try HTMLReader().blocks(of: Array(Self.page.utf8))
        let main = blocks.filter { !$0.isBoilerplate }.map(\.text)
        #expect(main.count == 4)
        #expect(main.first == "The new tram line opens in May")
        #expect(main.contains { $0.hasPrefix("The city council has confirmed") })
        #expect(main.contains { $0.hasPrefix("The line is twelve kilometres long") })
        #expect(main.contains { $0.hasPrefix("Shopkeepers in the old town") })
        let boilerplate = blocks.filter(\.isBoilerplate).map(\.text)
        for expected in ["News", "Sport", "Bus fares rise in January", "Leave a comment", "Name", "Post comment",
                         "© 2026 The Valley Journal. All rights reserved.", "Related articles"] {
            #expect(boilerplate.contains(expected), "\(expected) should be kept, marked as boilerplate")
        }
        #expect(boilerplate.contains { $0.hasPrefix("We use cookies") })
    }

    @Test func scriptsStylesAndTitlesAreNotText() throws {
        let blocks = try HTMLReader().blocks(of: Array(Self.page.utf8))
        #expect(!blocks.contains { $0.text.contains("script text") || $0.text.contains("color: black") || $0.text == "Tram news" })
    }

    @Test func kindsFollowTheMarkup() throws {
        let blocks = try HTMLReader().blocks(of: Array(Self.page.utf8))
        #expect(blocks.first { $0.text.hasPrefix("The new tram line") }?.kind == .heading)
        #expect(blocks.first { $0.text.hasPrefix("The city council") }?.kind == .paragraph)
        #expect(blocks.first { $0.text == "Sport" }?.kind == .listItem)
        let table = try HTMLReader().blocks(of: Array("<table><tr><td>Cost</td><td>12 euros</td></tr></table>".utf8))
        #expect(table.map(\.kind) == [.tableCell, .tableCell])
    }

    @Test func whiteSpaceCollapsesAndLineBreaksStay() throws {
        let blocks = try HTMLReader().blocks(of: Array("<body><p>One  two\n\tthree&nbsp;four<br>five <b>six</b>.</p></body>".utf8))
        #expect(blocks.map(\.text) == ["One two three four\nfive six."])
    }

    @Test func byteRangesLocateBlocksInTheFile() throws {
        let bytes = Array(Self.page.utf8)
        for block in try HTMLReader().blocks(of: bytes) where block.text.hasPrefix("The line is") {
            #expect(block.byteRange.upperBound <= bytes.count)
            let slice = String(decoding: bytes[block.byteRange], as: UTF8.self)
            #expect(slice.contains("twelve kilometres long"))
        }
    }

    @Test func honoursTheDeclaredCharset() throws {
        // "Été à Nîmes" in ISO-8859-1, declared in a meta tag.
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body><p>".utf8)
        bytes += [0xC9, 0x74, 0xE9, 0x20, 0xE0, 0x20, 0x4E, 0xEE, 0x6D, 0x65, 0x73]
        bytes += Array("</p></body></html>".utf8)
        #expect(try HTMLReader().blocks(of: bytes).map(\.text) == ["Été à Nîmes"])
        // windows-1252 declared with <meta charset>: 0x80 is the euro sign.
        let euro = Array("<meta charset=\"windows-1252\"><p>5 ".utf8) + [0x80] + Array("</p>".utf8)
        #expect(try HTMLReader().blocks(of: euro).map(\.text) == ["5 €"])
    }

    /// A page that declares no charset and is not UTF-8 is read in the encoding ICU's
    /// detector finds, as a text file is; Western text stays windows-1252, as browsers read it.
    @Test func anUndeclaredCharsetIsDetected() throws {
        func page(_ body: [UInt8]) -> [UInt8] {
            Array("<html><head><title>t</title></head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
        }
        // The texts' bytes as Python's codecs write them (windows-1251, GB18030, windows-1252).
        let russian = "Привет, как дела? Сегодня хорошая погода, и мы пойдём гулять в парк у реки."
        #expect(try HTMLReader().blocks(of: page([0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x2C, 0x20, 0xEA, 0xE0, 0xEA, 0x20, 0xE4, 0xE5, 0xEB, 0xE0, 0x3F, 0x20, 0xD1, 0xE5, 0xE3, 0xEE, 0xE4, 0xED, 0xFF, 0x20, 0xF5, 0xEE, 0xF0, 0xEE, 0xF8, 0xE0, 0xFF, 0x20, 0xEF, 0xEE, 0xE3, 0xEE, 0xE4, 0xE0, 0x2C, 0x20, 0xE8, 0x20, 0xEC, 0xFB, 0x20, 0xEF, 0xEE, 0xE9, 0xE4, 0xB8, 0xEC, 0x20, 0xE3, 0xF3, 0xEB, 0xFF, 0xF2, 0xFC, 0x20, 0xE2, 0x20, 0xEF, 0xE0, 0xF0, 0xEA, 0x20, 0xF3, 0x20, 0xF0, 0xE5, 0xEA, 0xE8, 0x2E])).map(\.text) == [russian])
        let chinese = "我们今天下午去公园散步，然后回家吃饭。明天我们还要去图书馆看书。"
        #expect(try HTMLReader().blocks(of: page([0xCE, 0xD2, 0xC3, 0xC7, 0xBD, 0xF1, 0xCC, 0xEC, 0xCF, 0xC2, 0xCE, 0xE7, 0xC8, 0xA5, 0xB9, 0xAB, 0xD4, 0xB0, 0xC9, 0xA2, 0xB2, 0xBD, 0xA3, 0xAC, 0xC8, 0xBB, 0xBA, 0xF3, 0xBB, 0xD8, 0xBC, 0xD2, 0xB3, 0xD4, 0xB7, 0xB9, 0xA1, 0xA3, 0xC3, 0xF7, 0xCC, 0xEC, 0xCE, 0xD2, 0xC3, 0xC7, 0xBB, 0xB9, 0xD2, 0xAA, 0xC8, 0xA5, 0xCD, 0xBC, 0xCA, 0xE9, 0xB9, 0xDD, 0xBF, 0xB4, 0xCA, 0xE9, 0xA1, 0xA3])).map(\.text) == [chinese])
        let french = "Été à Nîmes : le tramway coûtera 5 € de plus."
        #expect(try HTMLReader().blocks(of: page([0xC9, 0x74, 0xE9, 0x20, 0xE0, 0x20, 0x4E, 0xEE, 0x6D, 0x65, 0x73, 0x20, 0x3A, 0x20, 0x6C, 0x65, 0x20, 0x74, 0x72, 0x61, 0x6D, 0x77, 0x61, 0x79, 0x20, 0x63, 0x6F, 0xFB, 0x74, 0x65, 0x72, 0x61, 0x20, 0x35, 0x20, 0x80, 0x20, 0x64, 0x65, 0x20, 0x70, 0x6C, 0x75, 0x73, 0x2E])).map(\.text) == [french])
    }

    /// `--encoding` overrules the page: a page that says UTF-8 (and a UTF-16 byte-order mark
    /// would not matter either) is read in the encoding named.
    @Test func aNamedEncodingOverrulesTheDeclaredCharset() throws {
        // "Привет" in KOI8-R, on a page that wrongly declares windows-1252.
        let koi8 = Array("<meta charset=\"windows-1252\"><p>".utf8) + [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4] + Array("</p>".utf8)
        #expect(try HTMLReader().blocks(of: koi8).map(\.text) != ["Привет"])
        #expect(try HTMLReader(encoding: "koi8-r").blocks(of: koi8).map(\.text) == ["Привет"])
        // "Été" in Latin-1 on a page declared UTF-8: without --encoding the é bytes are broken UTF-8.
        let latin1 = Array("<meta charset=\"utf-8\"><p>".utf8) + [0xC9, 0x74, 0xE9] + Array("</p>".utf8)
        #expect(try HTMLReader(encoding: "latin1").blocks(of: latin1).map(\.text) == ["Été"])
        // A named UTF-8 reads UTF-8 whatever the page says.
        let utf8 = Array("<meta charset=\"iso-8859-1\"><p>Été</p>".utf8)
        #expect(try HTMLReader(encoding: "utf8").blocks(of: utf8).map(\.text) == ["Été"])
        #expect(try DocumentReaders.reader(for: .html, encoding: "koi8-r").blocks(of: koi8).map(\.text) == ["Привет"])
    }

    /// Bytes the named encoding does not allow are an error with their offset, not mojibake.
    @Test func aNamedEncodingIsDecodedStrictly() throws {
        let bytes = Array("<p>".utf8) + [0x82, 0xA0, 0x82] + Array("</p>".utf8)  // a cut-off Shift-JIS character
        #expect(throws: ReadingError.self) { try HTMLReader(encoding: "shift_jis").blocks(of: bytes) }
        do {
            _ = try HTMLReader(encoding: "shift_jis").blocks(of: bytes)
        } catch {
            #expect(error.reason.hasPrefix("invalid shift_jis at byte offset "))
        }
    }

    @Test func aBrokenByteDoesNotTurnAUTF8PageIntoLatin1() throws {
        // Declared UTF-8 with one stray Latin-1 byte, and undeclared with the same.
        for head in ["<meta charset=\"utf-8\">", ""] {
            let bytes = Array("\(head)<p>Été ".utf8) + [0xE9] + Array(" à Nîmes</p>".utf8)
            #expect(try HTMLReader().blocks(of: bytes).map(\.text) == ["Été \u{FFFD} à Nîmes"])
        }
    }

    @Test func hiddenTextIsBoilerplate() throws {
        let html = "<body><article><p>\(String(repeating: "The council met on Monday and it voted for the plan. ", count: 5))</p>"
            + "<p style=\"display: none\">Secret text that the page hides</p></article></body>"
        let blocks = try HTMLReader().blocks(of: Array(html.utf8))
        #expect(blocks.first { $0.text.hasPrefix("Secret") }?.isBoilerplate == true)
        #expect(blocks.first { $0.text.hasPrefix("The council") }?.isBoilerplate == false)
    }

    @Test func oddInputNeverCrashes() throws {
        var generator = SystemRandomNumberGenerator()
        let cases: [[UInt8]] = [
            [], Array("<".utf8), Array("<html><body>".utf8), Array("</p></div></body>".utf8),
            Array(String(repeating: "<div>", count: 5000).utf8) + Array("deep text".utf8),
            Array("<p>unclosed <b>bold <i>italic".utf8), [0xFF, 0xFE, 0x00, 0x3C],
            (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) },
            Array("<meta charset=\"no-such-charset\"><p>text</p>".utf8),
        ]
        for bytes in cases {
            _ = try HTMLReader().blocks(of: bytes)
        }
        #expect(try HTMLReader().blocks(of: Array(String(repeating: "<div>", count: 5000).utf8) + Array("deep text".utf8))
            .contains { $0.text == "deep text" })
    }
}

import BitextAlignment
import BitextCorpus
import BitextLanguage
import Foundation
import Testing

@Suite struct CorpusWriterTests {
    /// Two documents' worth of hostile text: markup, quotes, tabs, a control character,
    /// emoji, right-to-left marks and a 10,000-character sentence.
    static let hostile = AlignedDocument(
        id: "doc <1> & \"2\"", sourceLanguage: try! Language("en"), targetLanguage: try! Language("pt_BR"),
        source: ["Fish & <b>chips</b> ]]> \"quoted\" 'single'", "Tab\there, vertical\u{0B}tab", "Emoji 😀 and \u{200F}RTL\u{200F}",
                 String(repeating: "long ", count: 2_000), "Left out."],
        target: ["Peixe & <b>batatas</b> ]]> \"citado\" 'simples'", "Tab\taqui, vertical\u{0B}tab", "Emoji 😀 e \u{200F}RTL\u{200F}",
                 String(repeating: "longo ", count: 2_000)],
        sourceLines: [1, 2, 3, 4, 6], targetLines: [1, 2, 3, 5],
        beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.95), Bead(source: 1..<2, target: 1..<2, confidence: 0.5),
                Bead(source: 2..<3, target: 2..<3, confidence: 0.91), Bead(source: 3..<4, target: 3..<4, confidence: 0.8),
                Bead(source: 4..<5, target: 4..<4, confidence: 0.7)])

    private func render(_ format: CorpusFormat, _ configure: (inout CorpusOptions) -> Void = { _ in }) -> CorpusText {
        var options = CorpusOptions()
        options.creationDate = Date(timeIntervalSince1970: 1_700_000_000)
        configure(&options)
        let writer = CorpusWriter(format: format, options: options, toolVersion: "9.9")
        var text = writer.header(sourceLanguage: try! Language("en"), targetLanguage: try! Language("pt_BR"))
        text.append(writer.render(Self.hostile))
        text.append(writer.footer())
        return text
    }

    @Test func tmxEscapesAndDropsWhatXMLForbids() {
        let text = render(.tmx)
        #expect(text.main.contains(#"creationdate="20231114T221320Z""#))
        #expect(text.main.contains(#"<seg>Fish &amp; &lt;b&gt;chips&lt;/b&gt; ]]&gt; &quot;quoted&quot; &apos;single&apos;</seg>"#))
        #expect(text.main.contains(#"<prop type="x-document">doc &lt;1&gt; &amp; &quot;2&quot;</prop>"#))
        #expect(text.main.contains(#"<tuv xml:lang="pt-BR">"#))
        #expect(text.droppedCharacters == 2)  // the two U+000B
        #expect(!text.main.contains("\u{0B}"))
        // One unit per bead with both sides: the left-out sentence has none.
        #expect(text.main.components(separatedBy: "<tu>").count - 1 == 4)
    }

    @Test func tsvEscapesAndKeepsUnalignedOnlyWhenAsked() {
        let lines = render(.tsv) { $0.header = true }.main.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "source\ttarget\tconfidence")
        // A vertical tab would split the line for Python's splitlines: escaped like the others.
        #expect(lines[2] == "Tab\\there, vertical\\vtab\tTab\\taqui, vertical\\vtab\t0.500")
        #expect(lines.count == 1 + 4 + 1)
        let withUnaligned = render(.tsv) { $0.includeUnaligned = true }.main.split(separator: "\n")
        #expect(withUnaligned.last == "Left out.\t\t0.700")
    }

    @Test func minimumConfidenceAppliesToEveryFormat() {
        for format in CorpusFormat.allCases {
            let text = render(format) { $0.minimumConfidence = 0.9 }
            #expect(!text.main.contains("Tab"), "\(format)")
            #expect(text.main.contains("Emoji") || format == .beads, "\(format)")
        }
        #expect(render(.beads) { $0.minimumConfidence = 0.9 }.main == "[0]:[0]:0.950\n[2]:[2]:0.910\n")
    }

    @Test func mosesWritesTwoLineAlignedTexts() {
        let text = render(.moses)
        let source = text.main.split(separator: "\n", omittingEmptySubsequences: false)
        let target = text.target.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(source.count == target.count)
        #expect(source.first == "Fish & <b>chips</b> ]]> \"quoted\" 'single'")
        #expect(target[2] == "Emoji 😀 e \u{200F}RTL\u{200F}")
        // Every character a line reader splits on becomes a space: one bead, one line.
        #expect(source[1] == "Tab\there, vertical tab")
        #expect(!text.main.unicodeScalars.contains { $0.value == 0x0B } && !text.target.unicodeScalars.contains { $0.value == 0x0B })
    }

    @Test func hostileLanguageCodesNeverReachTheWritersAndOneLanguageCannotNameBothMosesFiles() throws {
        // Codes that would break out of an XML attribute or a file name are refused where a
        // Language is made, so no writer ever sees one.
        for code in ["fr\"><x a=\"", "fr/../../x", "fr_/../../x", "", "fr\u{0}"] {
            #expect(throws: LanguageError.self) { try Language(code) }
        }
        let english = try Language("en"), brazilian = try Language("pt_BR")
        #expect(try MosesFiles.paths(base: "out/c", sourceLanguage: english, targetLanguage: brazilian) == ("out/c.en", "out/c.pt-BR"))
        // en and EN are one language: both sides would go to one file.
        #expect(throws: MosesFilesError.self) { try MosesFiles.paths(base: "c", sourceLanguage: english, targetLanguage: try Language("EN")) }
    }

    @Test func jsonLinesParseBack() throws {
        let lines = render(.jsonl) { $0.includeUnaligned = true }.main.split(separator: "\n")
        #expect(lines.count == 5)
        let objects = try lines.map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
        #expect(objects[0]["document"] as? String == "doc <1> & \"2\"")
        #expect(objects[1]["source"] as? String == "Tab\there, vertical\u{0B}tab")
        #expect(objects[3]["source_lines"] as? [Int] == [4])
        #expect((objects[3]["target"] as? String)?.count == 12_000)
        #expect(objects[4]["target"] as? String == "")
        #expect(objects[4]["confidence"] as? Double == 0.7)
    }

    @Test func csvQuotesOnlyWhatNeedsIt() {
        let document = AlignedDocument(id: "d", sourceLanguage: try! Language("en"), targetLanguage: try! Language("fr"),
                                       source: ["He said \"hi\", then left.", "Plain text", "Two\r\nlines"],
                                       target: ["Il a dit « salut ».", "\"Quote first", "Deux\nlignes"],
                                       sourceLines: [1, 2, 3], targetLines: [1, 2, 3],
                                       beads: [Bead(source: 0..<1, target: 0..<1), Bead(source: 1..<2, target: 1..<2, confidence: 0.25),
                                               Bead(source: 2..<3, target: 2..<3, confidence: 0.5)])
        var options = CorpusOptions()
        options.languageHeader = true
        let writer = CorpusWriter(format: .csv, options: options, toolVersion: "1")
        #expect(writer.header(sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage).main
                == "source (en),target (fr),confidence\r\n")
        #expect(writer.render(document).main == "\"He said \"\"hi\"\", then left.\",Il a dit « salut ».,1.000\r\n"
                + "Plain text,\"\"\"Quote first\",0.250\r\n" + "\"Two\r\nlines\",\"Deux\nlignes\",0.500\r\n")
    }

    @Test func csvAndTSVHeadersKeepTheirNamesUnlessLanguagesAreAsked() {
        for (format, separator, end) in [(CorpusFormat.tsv, "\t", "\n"), (.csv, ",", "\r\n")] {
            let firstLine = { (text: CorpusText) in String(text.main.prefix { $0 != "\n" && $0 != "\r\n" }) + end }
            #expect(firstLine(render(format) { $0.header = true }) == ["source", "target", "confidence"].joined(separator: separator) + end)
            #expect(firstLine(render(format) { $0.languageHeader = true })
                    == ["source (en)", "target (pt-BR)", "confidence"].joined(separator: separator) + end)
            #expect(!render(format).main.hasPrefix("source"), "\(format)")
        }
    }

    @Test func jsonLinesNameTheLanguages() throws {
        let lines = render(.jsonl).main.split(separator: "\n")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(object["source_language"] as? String == "en")
        #expect(object["target_language"] as? String == "pt-BR")
        #expect(Set(object.keys) == ["document", "source_lines", "target_lines", "source", "target", "confidence",
                                     "source_language", "target_language"])
    }

    @Test func xliffHasOneFilePerDocumentAndEscapes() {
        let text = render(.xliff)
        #expect(text.main.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"))
        #expect(text.main.contains(#"<file original="doc &lt;1&gt; &amp; &quot;2&quot;" source-language="en" target-language="pt-BR" datatype="plaintext">"#))
        #expect(text.main.contains(#"<source>Fish &amp; &lt;b&gt;chips&lt;/b&gt; ]]&gt; &quot;quoted&quot; &apos;single&apos;</source>"#))
        #expect(text.main.contains(#"<note from="bitext">confidence 0.950</note>"#))
        #expect(text.main.components(separatedBy: "<trans-unit ").count - 1 == 4)
        #expect(text.main.hasSuffix("  </file>\n</xliff>\n"))
        #expect(text.droppedCharacters == 2)
        let carriageReturn = AlignedDocument(id: "a\tb", sourceLanguage: try! Language("en"), targetLanguage: try! Language("fr"),
                                             source: ["One\r\ntwo"], target: ["Un\rdeux"], sourceLines: [1], targetLines: [1],
                                             beads: [Bead(source: 0..<1, target: 0..<1)])
        let units = CorpusWriter(format: .xliff, toolVersion: "1").render(carriageReturn).main
        #expect(units.contains("<source>One&#13;\ntwo</source>") && units.contains("<target>Un&#13;deux</target>"))
        #expect(units.contains(#"original="a&#9;b""#))
    }

    @Test func flagsOfOtherFormatsChangeNothing() {
        // includeUnaligned never adds a one-sided unit where the format has no room for one.
        for format in [CorpusFormat.tmx, .xliff] {
            #expect(render(format).main == render(format) { $0.includeUnaligned = true }.main, "\(format)")
        }
    }

    @Test func xlsxRefusesMoreRowsThanASheetHolds() throws {
        let writer = CorpusWriter(format: .xlsx, toolVersion: "1")
        let header = writer.header(sourceLanguage: try Language("en"), targetLanguage: try Language("fr"))
        var tooMany = header, oneRow = header
        tooMany.main += String(repeating: "x\t\t0.500\t1\t\n", count: 1_048_576)
        oneRow.main += "x\t\t0.500\t1\t\n"
        #expect {
            try writer.file(tooMany)
        } throws: { error in
            (error as? CorpusFileError)?.message == "xlsx: a worksheet holds at most 1048575 beads; write csv or tsv"
        }
        let workbook = try writer.file(oneRow)
        #expect(workbook.prefix(4) == [0x50, 0x4B, 0x03, 0x04])
    }

    @Test func languagesWithoutSpacesAreJoinedWithout() {
        let document = AlignedDocument(id: "d", sourceLanguage: try! Language("en"), targetLanguage: try! Language("ja"), source: ["One.", "Two."],
                                       target: ["一。", "二。"], sourceLines: [1, 2], targetLines: [1, 2],
                                       beads: [Bead(source: 0..<2, target: 0..<2)])
        let text = CorpusWriter(format: .tsv, toolVersion: "1").render(document).main
        #expect(text == "One. Two.\t一。二。\t1.000\n")
    }

    @Test func tmxLanguagesAreNormalisedBCP47() throws {
        let document = AlignedDocument(id: "d", sourceLanguage: try Language("iw"), targetLanguage: try Language("pt_br"),
                                       source: ["שלום."], target: ["Olá."], sourceLines: [1], targetLines: [1],
                                       beads: [Bead(source: 0..<1, target: 0..<1)])
        let writer = CorpusWriter(format: .tmx, toolVersion: "1")
        #expect(writer.header(sourceLanguage: document.sourceLanguage).main.contains(#"srclang="he""#))
        let tmx = writer.render(document).main
        #expect(tmx.contains(#"<tuv xml:lang="he"><seg>שלום.</seg></tuv>"#))
        #expect(tmx.contains(#"<tuv xml:lang="pt-BR"><seg>Olá.</seg></tuv>"#))
    }
}

@Suite struct ManifestTests {
    @Test func languagePartOfFileNames() {
        #expect(Manifest.languagePart(of: "Emma.en.txt")! == ("en", "Emma..txt"))
        #expect(Manifest.languagePart(of: "page.FR.html")! == ("fr", "page..html"))
        #expect(Manifest.languagePart(of: "Emma.v2.pt-BR.txt")! == ("pt-br", "Emma.v2..txt"))
        #expect(Manifest.languagePart(of: "Emma.en")! == ("en", "Emma."))
        #expect(Manifest.languagePart(of: "README") == nil && Manifest.languagePart(of: ".en.txt") == nil)
    }

    @Test func readsPairsIdsAndComments() throws {
        let pairs = try Manifest.pairs(parsing: "# pairs\na.en\ta.fr\n\n/abs/b.en\tb.fr\tbook-b\r\n", path: "sets/list.tsv")
        #expect(pairs == [DocumentPair(source: "sets/a.en", target: "sets/a.fr", id: "a.en", origin: "sets/list.tsv:2"),
                          DocumentPair(source: "/abs/b.en", target: "sets/b.fr", id: "book-b", origin: "sets/list.tsv:4")])
    }

    @Test func namesTheBadLine() {
        #expect {
            try Manifest.pairs(parsing: "a\tb\nonly-one-field\n", path: "m.tsv")
        } throws: { error in
            (error as? ManifestError)?.description == "m.tsv:2: expected 'source<TAB>target' or 'source<TAB>target<TAB>id'"
        }
    }

    @Test func shardsPartitionThePairs() {
        let pairs = (0..<10).map { DocumentPair(source: "\($0)", target: "\($0)", id: "\($0)", origin: "") }
        let shards = (0..<3).map { Manifest.shard(pairs, index: $0, count: 3) }
        #expect(shards.map(\.count) == [4, 3, 3])
        // Contiguous runs, so that the parts joined in shard order are the whole list in order.
        #expect(shards.flatMap { $0.map(\.id) } == pairs.map(\.id))
        #expect(shards[1].map(\.id) == ["4", "5", "6"])
        // More shards than pairs: the last ones are empty, none is lost or repeated.
        let thin = (0..<4).map { Manifest.shard(Array(pairs.prefix(2)), index: $0, count: 4) }
        #expect(thin.map { $0.map(\.id) } == [["0"], ["1"], [], []])
    }
}

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
        var text = writer.header(sourceLanguage: try! Language("en"))
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
        #expect(Set(shards.flatMap { $0.map(\.id) }) == Set(pairs.map(\.id)))
        #expect(shards[1].map(\.id) == ["1", "4", "7"])
    }
}

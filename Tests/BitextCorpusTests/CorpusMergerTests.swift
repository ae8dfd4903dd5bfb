import BitextAlignment
import BitextCorpus
import BitextLanguage
import BitextTestSupport
import Foundation
import Testing

/// Parts written like `batch --shard` (the writer's header, some of the documents, its footer)
/// and merged give exactly the corpus the writer gives for all documents at once; parts that
/// cannot give it are refused with one line naming them.
@Suite struct CorpusMergerTests {
    /// Pieces that look like the markup the merger reads back: TMX and XLIFF element lines,
    /// XLSX shared-string tags and escapes, JSON keys, CSV quotes and line breaks, TSV escapes.
    private static let pieces = ["river", "Genève", "&", "<b>", "]]>", "\"", "'", "\t", "\n", "\r", "\r\n", "\\", "\\t", ",",
                                 "😀", "\u{200F}", "\u{0B}", "_x0041_", "_x005F_", "</t></si>", "<si><t xml:space=\"preserve\">",
                                 "\n    <tu>\n", "\n  </body>\n</tmx>\n", "\n  <file original=\"x\">", "</xliff>\n",
                                 ",\"source_language\":\"de\"", "{\"document\":\"", "source\ttarget\tconfidence", "0.500", "\u{2028}", "«"]

    private static let english = try! Language("en"), french = try! Language("fr"), german = try! Language("de")
    private static let date = Date(timeIntervalSince1970: 1_700_000_000)

    /// Random documents of hostile text, each aligned one sentence to one, with a sentence
    /// left out on each side so that `--include-unaligned` has beads to keep.
    private static func documents(count: Int, seed: UInt64, source: Language = english, target: Language = french) -> [AlignedDocument] {
        var random = SeededGenerator(seed: seed)
        return (0..<count).map { number in
            let size = Int.random(in: 1...6, using: &random)
            func sentence() -> String {
                (0..<Int.random(in: 1...6, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(separator: " ")
            }
            let sourceSentences = (0...size).map { _ in sentence() }, targetSentences = (0...size).map { _ in sentence() }
            var beads = (0..<size).map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: Double.random(in: 0...1, using: &random)) }
            beads += [Bead(source: size..<(size + 1), target: size..<size, confidence: 0.25),
                      Bead(source: (size + 1)..<(size + 1), target: size..<(size + 1), confidence: 0.125)]
            return AlignedDocument(id: "doc \(number) <\"&\">\t", sourceLanguage: source, targetLanguage: target,
                                   source: sourceSentences, target: targetSentences,
                                   sourceLines: sourceSentences.indices.map { $0 + 1 }, targetLines: targetSentences.indices.map { $0 * 2 + 1 },
                                   beads: beads)
        }
    }

    /// What a batch writes for `documents`: the header (with the languages when all agree), the
    /// documents, the footer; Moses' files as two sides.
    private static func corpus(_ format: CorpusFormat, _ documents: [AlignedDocument], options: CorpusOptions,
                               languages: (Language?, Language?)? = nil) throws -> CorpusPart.Content {
        let writer = CorpusWriter(format: format, options: options, toolVersion: "0.1.0")
        let agreed = languages ?? (documents.first?.sourceLanguage ?? english, documents.first?.targetLanguage ?? french)
        var text = writer.header(sourceLanguage: agreed.0, targetLanguage: agreed.1)
        for document in documents { text.append(writer.render(document)) }
        text.append(writer.footer())
        if format == .moses {
            return .moses([MosesSide(code: "en", bytes: Array(text.main.utf8)), MosesSide(code: "fr", bytes: Array(text.target.utf8))])
        }
        return .file(try writer.file(text))
    }

    /// Every way of cutting `count` documents into `shards` contiguous runs that `batch --shard` makes.
    private static func shards(of documents: [AlignedDocument], count: Int) -> [[AlignedDocument]] {
        let pairs = documents.indices.map { DocumentPair(source: "\($0)", target: "\($0)", id: "\($0)", origin: "") }
        return (0..<count).map { index in Manifest.shard(pairs, index: index, count: count).map { documents[Int($0.id)!] } }
    }

    private static func options(_ configure: (inout CorpusOptions) -> Void = { _ in }) -> CorpusOptions {
        var options = CorpusOptions()
        options.creationDate = date
        configure(&options)
        return options
    }

    private static func merger(_ format: CorpusFormat? = nil) -> CorpusMerger {
        var merger = CorpusMerger(format: format)
        merger.creationDate = date
        return merger
    }

    private static func bytes(_ content: CorpusPart.Content) -> [UInt8] {
        if case .file(let bytes) = content { return bytes }
        return []
    }

    @Test(arguments: [CorpusFormat.tmx, .xliff, .jsonl, .tsv, .csv, .xlsx])
    func shardsMergeIntoTheUnshardedCorpus(format: CorpusFormat) throws {
        let documents = Self.documents(count: 7, seed: 7)
        var variants: [CorpusOptions] = [Self.options()]
        if [.tsv, .csv, .xlsx, .jsonl].contains(format) { variants.append(Self.options { $0.includeUnaligned = true }) }
        if [.tsv, .csv].contains(format) {
            variants.append(Self.options { $0.header = true })
            variants.append(Self.options { $0.languageHeader = true; $0.includeUnaligned = true })
        }
        for options in variants {
            let whole = Self.bytes(try Self.corpus(format, documents, options: options))
            // 1 to 9 shards: with 8 and 9, some shards hold no document.
            for count in 1...9 {
                let parts = try Self.shards(of: documents, count: count).enumerated().map { index, shard in
                    CorpusPart(name: "part-\(index)", content: try Self.corpus(format, shard, options: options))
                }
                let merged = try Self.merger().merge(parts)
                #expect(merged.bytes == whole, "\(format), \(count) shards, header \(options.header) \(options.languageHeader)")
                #expect(merged.format == format)
            }
        }
    }

    @Test func mosesSidesMergeSideBySide() throws {
        let documents = Self.documents(count: 5, seed: 11)
        let options = Self.options { $0.includeUnaligned = true }
        guard case .moses(let whole) = try Self.corpus(.moses, documents, options: options) else { Issue.record("not Moses"); return }
        let parts = try Self.shards(of: documents, count: 3).enumerated().map { index, shard in
            CorpusPart(name: "part-\(index)", content: try Self.corpus(.moses, shard, options: options))
        }
        // The second part's files listed the other way round: sides are matched by code.
        var reordered = parts
        if case .moses(let sides) = parts[1].content { reordered[1].content = .moses(sides.reversed()) }
        let merged = try Self.merger().merge(reordered)
        #expect(merged.format == .moses)
        #expect(merged.mosesSides == whole)
        var uneven = parts
        uneven[2].content = .moses([MosesSide(code: "en", bytes: Array("one\ntwo\n".utf8)), MosesSide(code: "fr", bytes: Array("un\n".utf8))])
        #expect(throws: CorpusMergeError("part-2.en has 2 line(s) and part-2.fr 1: not the two sides of one Moses corpus")) {
            try Self.merger().merge(uneven)
        }
        #expect(throws: CorpusMergeError("twice: Moses' files are two, twice.L1 and twice.L2 in two languages; found twice.en, twice.en")) {
            try Self.merger().merge([CorpusPart(name: "twice", content: .moses([MosesSide(code: "en", bytes: []), MosesSide(code: "en", bytes: [])]))])
        }
        var otherPair = parts
        otherPair[1].content = .moses([MosesSide(code: "de", bytes: []), MosesSide(code: "fr", bytes: [])])
        #expect(throws: CorpusMergeError("part-0 has the files .en and .fr and part-1 .de and .fr: give parts of one language pair")) {
            try Self.merger().merge(otherPair)
        }
    }

    @Test func beadsHoldOneDocument() throws {
        let document = Self.documents(count: 1, seed: 3)
        let beads = Self.bytes(try Self.corpus(.beads, document, options: Self.options()))
        let merged = try Self.merger().merge([CorpusPart(name: "a", content: .file([])), CorpusPart(name: "b", content: .file(beads)),
                                              CorpusPart(name: "c", content: .file([]))])
        #expect(merged.bytes == beads && merged.format == .beads)
        #expect(throws: CorpusMergeError("a, b: a beads file holds one document, and 2 parts have beads; "
                                         + "run the batch with --format jsonl (each line names its document)")) {
            try Self.merger().merge([CorpusPart(name: "a", content: .file(beads)), CorpusPart(name: "b", content: .file(beads))])
        }
    }

    @Test func emptyPartsGiveAnEmptyCorpus() throws {
        let merged = try Self.merger().merge([CorpusPart(name: "a", content: .file([])), CorpusPart(name: "b", content: .file([]))])
        #expect(merged.format == nil && merged.bytes.isEmpty)
        // An empty file is no TMX: a TMX shard always has its header.
        #expect(throws: CorpusMergeError("b: an empty file, not a tmx corpus (bitext always writes its header)")) {
            let tmx = try Self.corpus(.tmx, Self.documents(count: 1, seed: 1), options: Self.options())
            return try Self.merger().merge([CorpusPart(name: "a", content: tmx), CorpusPart(name: "b", content: .file([]))])
        }
    }

    @Test func detectsEachFormatFromItsContent() throws {
        let documents = Self.documents(count: 2, seed: 5)
        for format in CorpusFormat.allCases where format != .moses {
            let content = try Self.corpus(format, format == .beads ? [documents[0]] : documents, options: Self.options())
            #expect(CorpusMerger.detectFormat(CorpusPart(name: "x", content: content)) == format, "\(format)")
        }
        // Texts that start like another format's file are still told apart.
        for lookalike in ["{\"document\":\"", "[0]:[0]:0.5", "PK\u{3}\u{4}", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"] {
            let document = AlignedDocument(id: "d", sourceLanguage: Self.english, targetLanguage: Self.french, source: [lookalike],
                                           target: ["x"], sourceLines: [1], targetLines: [1], beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.5)])
            for format in [CorpusFormat.tsv, .csv] {
                let content = try Self.corpus(format, [document], options: Self.options())
                #expect(CorpusMerger.detectFormat(CorpusPart(name: "x", content: content)) == format, "\(format) \(lookalike)")
                #expect(try Self.merger().merge([CorpusPart(name: "x", content: content)]).bytes == Self.bytes(content))
            }
        }
        #expect(CorpusMerger.detectFormat(CorpusPart(name: "x", content: .file([]))) == nil)
        #expect(CorpusMerger.detectFormat(CorpusPart(name: "x", content: .file(Array("plain text\n".utf8)))) == nil)
    }

    @Test func refusesPartsOfDifferentFormats() throws {
        let documents = Self.documents(count: 2, seed: 9)
        let tsv = CorpusPart(name: "a.tsv", content: try Self.corpus(.tsv, documents, options: Self.options()))
        let jsonl = CorpusPart(name: "b.jsonl", content: try Self.corpus(.jsonl, documents, options: Self.options()))
        #expect(throws: CorpusMergeError("a.tsv is tsv and b.jsonl is jsonl: give parts of one format")) {
            try Self.merger().merge([tsv, jsonl])
        }
        #expect(throws: CorpusMergeError("a.tsv is tsv, not --format csv")) { try Self.merger(.csv).merge([tsv]) }
        #expect(throws: CorpusMergeError("give the parts to merge")) { try Self.merger().merge([]) }
    }

    @Test func refusesPartsOfDifferentLanguagePairs() throws {
        let english = Self.documents(count: 2, seed: 1), german = Self.documents(count: 2, seed: 2, source: Self.german)
        for format in [CorpusFormat.tmx, .xliff, .jsonl, .xlsx] {
            let parts = [CorpusPart(name: "en", content: try Self.corpus(format, english, options: Self.options())),
                         CorpusPart(name: "de", content: try Self.corpus(format, german, options: Self.options()))]
            #expect(throws: CorpusMergeError("en is en→fr and de is de→fr: give the parts of one language pair "
                                             + "(or --mixed-languages, for a batch with auto languages)"), "\(format)") {
                try Self.merger().merge(parts)
            }
            // A batch with --src-lang auto writes what its documents were identified as: with the
            // flag the parts join, and the headers say "several" as the unsharded batch's would.
            var merger = Self.merger()
            merger.allowsMixedLanguages = true
            let whole = Self.bytes(try Self.corpus(format, english + german, options: Self.options(), languages: (nil, Self.french)))
            #expect(try merger.merge(parts).bytes == whole, "\(format)")
        }
        let tsvOptions = Self.options { $0.languageHeader = true }
        let tsvParts = [CorpusPart(name: "en.tsv", content: try Self.corpus(.tsv, english, options: tsvOptions)),
                        CorpusPart(name: "de.tsv", content: try Self.corpus(.tsv, german, options: tsvOptions))]
        #expect(throws: CorpusMergeError("en.tsv is en→fr and de.tsv is de→fr: give the parts of one language pair "
                                         + "(or --mixed-languages, for a batch with auto languages)")) {
            try Self.merger().merge(tsvParts)
        }
    }

    @Test func refusesPartsWithAndWithoutAHeader() throws {
        let documents = Self.documents(count: 2, seed: 4)
        for format in [CorpusFormat.tsv, .csv] {
            let parts = [CorpusPart(name: "with", content: try Self.corpus(format, documents, options: Self.options { $0.header = true })),
                         CorpusPart(name: "without", content: try Self.corpus(format, documents, options: Self.options()))]
            #expect(throws: CorpusMergeError("with has a header line and without has none: give the parts of one batch")) {
                try Self.merger().merge(parts)
            }
            let plainAndNamed = [parts[0], CorpusPart(name: "named", content: try Self.corpus(format, documents, options: Self.options { $0.languageHeader = true }))]
            #expect(throws: CorpusMergeError("with has a header without languages (--header) and named one with (--language-header): "
                                             + "give the parts of one batch (or --mixed-languages, for a batch with auto languages)")) {
                try Self.merger().merge(plainAndNamed)
            }
        }
    }

    @Test func refusesWhatBitextDidNotWrite() throws {
        let documents = Self.documents(count: 2, seed: 6)
        func text(_ format: CorpusFormat, _ options: CorpusOptions = Self.options()) throws -> String {
            String(decoding: Self.bytes(try Self.corpus(format, documents, options: options)), as: UTF8.self)
        }
        func refusal(_ bytes: [UInt8], as format: CorpusFormat? = nil) -> String? {
            do {
                _ = try Self.merger(format).merge([CorpusPart(name: "p", content: .file(bytes))])
                return nil
            } catch {
                return error.message
            }
        }
        let tmx = try text(.tmx)
        // Another tool's header; a TMX cut short; one with its body edited.
        #expect(refusal(Array(tmx.replacingOccurrences(of: "creationtool=\"bitext\"", with: "creationtool=\"other\"").utf8))
            == "p: not a corpus written by bitext (its start is none of the formats bitext writes)")
        #expect(refusal(Array(tmx.dropLast(8).utf8)) == "p: not a corpus written by bitext (the TMX does not end with </body></tmx> as bitext writes it)")
        #expect(refusal(Array(tmx.replacingOccurrences(of: "  <body>\n", with: "  <body>\n<!-- note -->\n").utf8))
            == "p: not a corpus written by bitext (the TMX body is not a list of <tu> elements as bitext writes them)")
        let xliff = try text(.xliff)
        #expect(refusal(Array(xliff.replacingOccurrences(of: "</xliff>\n", with: "</xliff>").utf8))
            == "p: not a corpus written by bitext (the XLIFF does not end with </xliff> as bitext writes it)")
        // A TSV line with two fields; a CSV record without its confidence; JSON from elsewhere.
        #expect(refusal(Array((try text(.tsv) + "only\ttwo\n").utf8)) == "p:\(try text(.tsv).split(separator: "\n").count + 1): "
            + "not a corpus written by bitext (not source<TAB>target<TAB>confidence)")
        #expect(refusal(Array("a,b,c\r\n".utf8)) == "p:1: not a corpus written by bitext (not a record source,target,confidence)")
        #expect(refusal(Array("\"open,b,0.5\r\n".utf8)) == "p:1: not a corpus written by bitext (a quoted field that does not end)")
        #expect(refusal(Array("{\"document\":\"x\",\"text\":\"y\"}\n".utf8)) == "p:1: not a corpus written by bitext (not a bead object as bitext writes it)")
        #expect(refusal(Array("[0]:[0]:0.5\nnot a bead\n".utf8)) == "p: not a corpus written by bitext (line 2: expected '[i, ...]:[j, ...]', found 'not a bead')")
        #expect(refusal([0xFF, 0x09, 0x0A]) == "p: not a corpus written by bitext (not UTF-8 text)")
        // A workbook cut short, and a ZIP that is no workbook of bitext's.
        let workbook = Self.bytes(try Self.corpus(.xlsx, documents, options: Self.options()))
        #expect(refusal(Array(workbook.prefix(workbook.count / 2))) == "p: not a corpus written by bitext (an unreadable ZIP archive)")
        #expect(refusal([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 40)) == "p: not a corpus written by bitext (an unreadable ZIP archive)")
        // Parts made by two versions of bitext.
        let older = CorpusWriter(format: .tmx, options: Self.options(), toolVersion: "0.0.9")
        var olderText = older.header(sourceLanguage: Self.english, targetLanguage: Self.french)
        olderText.append(older.footer())
        #expect(throws: CorpusMergeError("p, q: made by different versions of bitext (0.1.0, 0.0.9); run every shard with one version")) {
            try Self.merger().merge([CorpusPart(name: "p", content: .file(Array(tmx.utf8))),
                                     CorpusPart(name: "q", content: .file(Array(olderText.main.utf8)))])
        }
    }
}

import BitextAlignment
import BitextCorpus
import BitextLanguage
import BitextTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Writing a corpus and reading it back gives the same sentences, for random documents
/// with hostile characters aligned by the aligner: TSV (unescaped), JSONL (parsed) and TMX
/// (parsed with Foundation's XML parser; characters XML forbids are the only loss).
@Suite struct RoundTripTests {
    private static let pieces = ["river", "Genève", "1932", "&", "<b>", "]]>", "\"", "'", "\t", "\u{0B}", "😀", "\u{200F}", "\\",
                                 "n", "a\\tb", "«", "»", "x"]

    @Test func everyFormatReadsBackTheSameSentences() throws {
        var random = SeededGenerator(seed: 42)
        let cases = ProcessInfo.processInfo.environment["BITEXT_PROPERTY_CASES"].flatMap(Int.init) ?? 200
        for _ in 0..<cases {
            let source = (0..<Int.random(in: 1...12, using: &random)).map { _ in
                (0..<Int.random(in: 1...8, using: &random)).map { _ in Self.pieces.randomElement(using: &random)! }.joined(separator: " ")
            }
            let target = source.map { $0 + " " + Self.pieces.randomElement(using: &random)! }
            let beads = Aligner().align(SentenceDocument(sentences: source, language: "en"), SentenceDocument(sentences: target, language: "fr"))
            let document = AlignedDocument(id: "doc", sourceLanguage: try! Language("en"), targetLanguage: try! Language("fr"), source: source, target: target,
                                           sourceLines: source.indices.map { $0 + 1 }, targetLines: target.indices.map { $0 + 1 }, beads: beads)
            let expected = beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }.map {
                (source[$0.source].joined(separator: " "), target[$0.target].joined(separator: " "))
            }
            #expect(tsv(document).elementsEqual(expected, by: ==))
            #expect(jsonl(document).elementsEqual(expected, by: ==))
            let withoutForbidden = expected.map { ($0.0.replacingOccurrences(of: "\u{0B}", with: ""), $0.1.replacingOccurrences(of: "\u{0B}", with: "")) }
            #expect(try tmx(document).elementsEqual(withoutForbidden, by: ==))
        }
    }

    /// CSV's own hostile pieces: separators, quotes (leading ones too) and every line break.
    private static let csvPieces = ["river", "1932", ",", "\"", "\"\"", "\r\n", "\n", "\r", "\t", " ", "😀", "«", "x", "=A1", ";"]

    @Test func csvReadsBackTheSameCells() throws {
        var random = SeededGenerator(seed: 4180)
        let cases = ProcessInfo.processInfo.environment["BITEXT_PROPERTY_CASES"].flatMap(Int.init) ?? 200
        for _ in 0..<cases {
            let sentence = { (random: inout SeededGenerator) in
                (0..<Int.random(in: 1...6, using: &random)).map { _ in Self.csvPieces.randomElement(using: &random)! }.joined()
            }
            let count = Int.random(in: 1...10, using: &random)
            let source = (0..<count).map { _ in sentence(&random) }, target = (0..<count).map { _ in sentence(&random) }
            // One-to-one beads, some with an empty side, kept with includeUnaligned.
            let beads = (0..<count).map { index in
                Bool.random(using: &random) ? Bead(source: index..<(index + 1), target: index..<(index + 1), confidence: 0.5)
                    : Bead(source: index..<(index + 1), target: index..<index, confidence: 0.25)
            }
            let document = AlignedDocument(id: "doc", sourceLanguage: try! Language("en"), targetLanguage: try! Language("fr"),
                                           source: source, target: target, sourceLines: Array(1...count), targetLines: Array(1...count),
                                           beads: beads)
            var options = CorpusOptions()
            options.header = true
            options.includeUnaligned = true
            let writer = CorpusWriter(format: .csv, options: options, toolVersion: "1")
            var text = writer.header(sourceLanguage: document.sourceLanguage, targetLanguage: document.targetLanguage)
            text.append(writer.render(document))
            let expected = [["source", "target", "confidence"]] + beads.map { bead in
                [source[bead.source.lowerBound], bead.target.isEmpty ? "" : target[bead.target.lowerBound], bead.target.isEmpty ? "0.250" : "0.500"]
            }
            #expect(Self.parseCSV(text.main) == expected, "\(source) \(target)")
        }
    }

    /// A strict RFC 4180 reader, written apart from the writer: records end with CRLF; a
    /// quoted field may hold anything, with `""` for a quote; an unquoted field may hold no
    /// quote, comma, CR or LF. A malformed file gives `[["malformed"]]`.
    static func parseCSV(_ text: String) -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var records: [[String]] = [], record: [String] = [], field = "", index = 0
        let malformed = [["malformed"]]
        while index < scalars.count {
            if scalars[index] == "\"" {
                index += 1
                while true {
                    guard index < scalars.count else { return malformed }
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count && scalars[index + 1] == "\"" {
                            field.unicodeScalars.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    field.unicodeScalars.append(scalars[index])
                    index += 1
                }
            } else {
                while index < scalars.count && ![",", "\r", "\n"].contains(scalars[index]) {
                    if scalars[index] == "\"" { return malformed }
                    field.unicodeScalars.append(scalars[index])
                    index += 1
                }
            }
            record.append(field)
            field = ""
            guard index < scalars.count else { return malformed }  // the last record ends with CRLF too
            if scalars[index] == "," {
                index += 1
            } else if scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n" {
                records.append(record)
                record = []
                index += 2
            } else {
                return malformed
            }
        }
        return records
    }

    private func tsv(_ document: AlignedDocument) -> [(String, String)] {
        let text = CorpusWriter(format: .tsv, toolVersion: "1").render(document).main
        return text.split(separator: "\n").map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(unescape)
            return (cells[0], cells[1])
        }
    }

    /// The README's TSV escapes: `\\`, `\t`, `\n`, `\r`, `\v`, `\f`, `\xHH` and `\uHHHH`.
    private func unescape(_ cell: Substring) -> String {
        let scalars = Array(cell.unicodeScalars)
        var result = "", index = 0
        func hex(_ count: Int) -> Unicode.Scalar? {
            guard index + count < scalars.count, let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 1)...(index + count)])), radix: 16)
            else { return nil }
            index += count
            return Unicode.Scalar(value)
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count {
                index += 1
                switch scalars[index] {
                case "t": result.unicodeScalars.append("\t")
                case "n": result.unicodeScalars.append("\n")
                case "r": result.unicodeScalars.append("\r")
                case "v": result.unicodeScalars.append("\u{0B}")
                case "f": result.unicodeScalars.append("\u{0C}")
                case "x": result.unicodeScalars.append(hex(2) ?? "?")
                case "u": result.unicodeScalars.append(hex(4) ?? "?")
                default: result.unicodeScalars.append(scalars[index])
                }
            } else {
                result.unicodeScalars.append(scalar)
            }
            index += 1
        }
        return result
    }

    private func jsonl(_ document: AlignedDocument) -> [(String, String)] {
        CorpusWriter(format: .jsonl, toolVersion: "1").render(document).main.split(separator: "\n").map { line in
            let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
            return (object["source"] as? String ?? "?", object["target"] as? String ?? "?")
        }
    }

    private func tmx(_ document: AlignedDocument) throws -> [(String, String)] {
        let writer = CorpusWriter(format: .tmx, toolVersion: "1")
        var text = writer.header(sourceLanguage: try! Language("en"))
        text.append(writer.render(document))
        text.append(writer.footer())
        let collector = SegmentCollector()
        let parser = XMLParser(data: Data(text.main.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        return stride(from: 0, to: collector.segments.count - 1, by: 2).map { (collector.segments[$0], collector.segments[$0 + 1]) }
    }

    private final class SegmentCollector: NSObject, XMLParserDelegate {
        var segments: [String] = []
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if element == "seg" { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current? += string
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "seg", let text = current {
                segments.append(text)
                current = nil
            }
        }
    }
}

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

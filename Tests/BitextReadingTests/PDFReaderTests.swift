import BitextReading
import Foundation
import Testing

@Suite struct PDFReaderTests {
    /// A PDF with one text line per entry of each page, in Helvetica, written by hand.
    static func pdf(pages: [[String]]) -> [UInt8] {
        var objects = ["<< /Type /Catalog /Pages 2 0 R >>",
                       "<< /Type /Pages /Kids [\(pages.indices.map { "\(3 + 2 * $0) 0 R" }.joined(separator: " "))] /Count \(pages.count) >>"]
        let font = 3 + 2 * pages.count
        for (index, lines) in pages.enumerated() {
            objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Contents \(4 + 2 * index) 0 R /Resources << /Font << /F1 \(font) 0 R >> >> >>")
            let stream = "BT /F1 12 Tf 40 250 Td 14 TL " + lines.map { "(\($0)) '" }.joined(separator: " ") + " ET"
            objects.append("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        }
        objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        var output = "%PDF-1.4\n", offsets: [Int] = []
        for (number, object) in objects.enumerated() {
            offsets.append(output.utf8.count)
            output += "\(number + 1) 0 obj\n\(object)\nendobj\n"
        }
        let table = output.utf8.count
        output += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { output += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        output += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
        return Array(output.utf8)
    }

    /// pdftotext is on the PATH, or scripts/test.sh (BITEXT_REQUIRE_TOOLS=1) wants a missing
    /// one to fail these tests rather than skip them.
    static let hasPdftotext = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/pdftotext") }
        || ProcessInfo.processInfo.environment["BITEXT_REQUIRE_TOOLS"] == "1"

    @Test(.enabled(if: hasPdftotext, "pdftotext is not installed (apt-get install poppler-utils)"))
    func onePageBlockPerPage() throws {
        let bytes = Self.pdf(pages: [["The tram line opens in May.", "It has twelve stops."], ["Tickets cost two euros."]])
        let blocks = try PDFReader().blocks(of: bytes)
        #expect(blocks.map(\.kind) == [.page, .page])
        #expect(blocks[0].text.contains("The tram line opens in May.\nIt has twelve stops."))
        #expect(blocks[1].text == "Tickets cost two euros.")
    }

    @Test(.enabled(if: hasPdftotext, "pdftotext is not installed (apt-get install poppler-utils)"))
    func aDamagedPDFIsAnError() {
        #expect(throws: ReadingError.self) { try PDFReader().blocks(of: Array("%PDF-1.4\nnothing else".utf8)) }
        #expect(throws: ReadingError.self) { try PDFReader().blocks(of: Array("not a pdf".utf8)) }
    }
}

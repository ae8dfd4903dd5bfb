import BitextCore
import Foundation

/// PDF through poppler's `pdftotext -layout`, one block per page (its text divided further
/// by the segmenter, like plain text). Needs `pdftotext` on the PATH (Debian: poppler-utils).
public struct PDFReader: DocumentReader {
    public var format: InputFormat { .pdf }

    public init() {}

    public func blocks(of bytes: [UInt8]) throws(ReadingError) -> [TextBlock] {
        guard let tool = Self.pdftotext() else {
            throw ReadingError("reading PDF needs pdftotext, which is not installed (Debian package poppler-utils)")
        }
        guard bytes.starts(with: Array("%PDF-".utf8)) else { throw ReadingError("not a PDF file (no %PDF- header)") }
        let output: Data
        do {
            output = try Self.run(tool, on: Data(bytes))
        } catch let error as ReadingError {
            throw error
        } catch {
            throw ReadingError("pdftotext failed: \(error)")
        }
        let text = String(decoding: output, as: UTF8.self)
        var blocks: [TextBlock] = []
        var pageStart = 0
        for page in text.split(separator: "\u{0C}", omittingEmptySubsequences: false) {
            let trimmed = page.trimmingWhitespace()
            if !trimmed.isEmpty {
                // The offsets are in pdftotext's text: a PDF's text has no byte range of its own.
                blocks.append(TextBlock(text: String(trimmed), kind: .page, byteRange: pageStart..<(pageStart + page.utf8.count)))
            }
            pageStart += page.utf8.count + 1
        }
        return blocks
    }

    /// The path of `pdftotext`, searched on the PATH.
    static func pdftotext() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = folder + "/pdftotext"
            if FileManager.default.isExecutableFile(atPath: String(candidate)) { return String(candidate) }
        }
        return nil
    }

    /// Runs pdftotext on the PDF (written to a private temporary file) and returns its UTF-8 text.
    private static func run(_ tool: String, on pdf: Data) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.pdf")
        try pdf.write(to: input)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-layout", "-enc", "UTF-8", "-q", input.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ReadingError("pdftotext could not read this PDF (exit status \(process.terminationStatus))")
        }
        return data
    }
}

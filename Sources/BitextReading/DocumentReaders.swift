import BitextCore

/// The one place that maps formats to readers: add a format here and to `InputFormat`.
public enum DocumentReaders {
    /// The reader for a format (`auto` is resolved by `read(path:format:)`). `encoding` (any
    /// name ICU knows) is the user's word on the file's character encoding: it replaces the
    /// detection of text and subtitles and a web page's own charset; DOCX, ODT (XML in UTF-8)
    /// and PDF do not use it.
    public static func reader(for format: InputFormat, encoding: String? = nil) -> any DocumentReader {
        switch format {
        case .auto, .text: PlainTextReader(encoding: encoding)
        case .html: HTMLReader(encoding: encoding)
        case .docx: DOCXReader()
        case .odt: ODTReader()
        case .srt: SubtitleReader(format: .srt, encoding: encoding)
        case .vtt: SubtitleReader(format: .vtt, encoding: encoding)
        case .pdf: PDFReader()
        }
    }

    /// Reads the file at `path` (or standard input for `-`) in `format`, or in the format its
    /// extension and first bytes show when `format` is `auto`; in `encoding` when it is given
    /// (see `reader(for:encoding:)`); a file larger than `limit` bytes is refused before it is
    /// read (see `InputFile`).
    ///
    /// - Throws: `InputFileError` naming the file and the problem.
    public static func read(
        path: String, format: InputFormat = .auto, encoding: String? = nil, limit: Int = InputFile.defaultLimit
    ) throws(InputFileError) -> ReadDocument {
        let bytes = try InputFile.read(path, limit: limit)
        let resolved = format == .auto ? InputFormat.detect(path: path, bytes: bytes) : format
        do {
            let blocks = try reader(for: resolved, encoding: encoding).blocks(of: bytes)
            return ReadDocument(format: resolved, blocks: blocks, bytes: bytes)
        } catch {
            throw InputFileError(path: InputFile.displayName(path), reason: error.reason)
        }
    }
}

/// A document as a reader gave it.
public struct ReadDocument: Sendable {
    /// The format it was read as.
    public var format: InputFormat
    /// Its blocks, boilerplate included and marked.
    public var blocks: [TextBlock]
    /// The file's bytes (for line numbers of byte offsets).
    public var bytes: [UInt8]

    public init(format: InputFormat, blocks: [TextBlock], bytes: [UInt8]) {
        self.format = format
        self.blocks = blocks
        self.bytes = bytes
    }

    /// The blocks that are main text, or all of them.
    public func blocks(includingBoilerplate: Bool) -> [TextBlock] {
        includingBoilerplate ? blocks : blocks.filter { !$0.isBoilerplate }
    }
}

import BitextCore

/// Plain text: the whole decoded text as one block, so that the segmenter finds paragraphs,
/// titles and list lines exactly as it always has (aligning .txt files is unchanged).
public struct PlainTextReader: DocumentReader {
    public var format: InputFormat { .text }
    /// The encoding the user named, or `nil` to find it (see `InputText`).
    public let encoding: String?

    public init(encoding: String? = nil) {
        self.encoding = encoding
    }

    public func blocks(of bytes: [UInt8]) throws(ReadingError) -> [TextBlock] {
        let input = try decodedText(bytes, encoding: encoding)
        return [TextBlock(text: input.string, kind: .text, byteRange: input.offsetInInput..<bytes.count)]
    }
}

import BitextCore

/// Turns a file's bytes into text blocks. One type per format; `DocumentReaders` picks one.
///
/// Readers never throw for odd but readable content (a page without a body, an empty
/// subtitle file gives no blocks); they throw `ReadingError` for content that is not the
/// format at all, with a reason a user can act on.
public protocol DocumentReader: Sendable {
    /// The format this reader reads.
    var format: InputFormat { get }
    /// The blocks of the document, in reading order, boilerplate included and marked.
    func blocks(of bytes: [UInt8]) throws(ReadingError) -> [TextBlock]
}

extension DocumentReader {
    /// The bytes of a text format decoded as `InputText` does (byte-order marks, ICU's
    /// charset detection, or `encoding` when the user named one), its error as a reading error.
    func decodedText(_ bytes: [UInt8], encoding: String?) throws(ReadingError) -> InputText {
        do {
            return try InputText(decoding: bytes, encoding: encoding)
        } catch {
            throw ReadingError(error.description)
        }
    }
}

/// Why a document cannot be read.
public struct ReadingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, in one line (the caller adds the file name).
    public var reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}

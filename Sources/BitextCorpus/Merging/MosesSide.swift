/// One of Moses' two files: the language code that ends its name (`OUT.fr` → `fr`), and its bytes.
public struct MosesSide: Sendable, Equatable {
    /// The code after the last dot of the file's name: a normalised language code, or `auto`.
    public var code: String
    /// The file's bytes (or, in a merged corpus, the bytes to write).
    public var bytes: [UInt8]

    /// Creates a side.
    public init(code: String, bytes: [UInt8]) {
        self.code = code
        self.bytes = bytes
    }
}

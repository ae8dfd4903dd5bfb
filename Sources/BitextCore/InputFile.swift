#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole input files (or standard input) as bytes, with errors a user can act on.
public enum InputFile {
    /// The bytes of the file at `path`, or of standard input when `path` is `-`.
    ///
    /// - Throws: `InputFileError` when the path is missing, a folder, or unreadable.
    public static func read(_ path: String) throws(InputFileError) -> [UInt8] {
        if path == "-" { return try readAll(from: STDIN_FILENO, path: path) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputFileError(path: path, reason: reason(for: errno)) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw InputFileError(path: path, reason: "is a directory, not a file")
        }
        return try readAll(from: descriptor, path: path)
    }

    /// Reads and decodes a text input in one step, in `encoding` when it is given (see
    /// `InputText.init(decoding:encoding:)`).
    ///
    /// - Throws: `InputFileError` with the path and the reason, for unreadable files and
    ///   for content that is not usable text (see `InputError`).
    public static func readText(_ path: String, encoding: String? = nil) throws(InputFileError) -> InputText {
        let bytes = try read(path)
        do {
            return try InputText(decoding: bytes, encoding: encoding)
        } catch {
            throw InputFileError(path: path == "-" ? "<stdin>" : path, reason: error.description)
        }
    }

    private static func readAll(from descriptor: Int32, path: String) throws(InputFileError) -> [UInt8] {
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(expected + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { SystemCall.read(descriptor, into: $0.baseAddress!, count: $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputFileError(path: path == "-" ? "<stdin>" : path, reason: reason(for: errno))
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func reason(for code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES: "permission denied"
        case EISDIR: "is a directory, not a file"
        default: SystemCall.message(for: code)
        }
    }
}

/// An input that cannot be used, with the path it came from.
public struct InputFileError: Error, CustomStringConvertible, Sendable {
    /// The path as the user gave it (`<stdin>` for standard input).
    public var path: String
    /// What is wrong with it.
    public var reason: String

    /// Creates an error for `path`.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}

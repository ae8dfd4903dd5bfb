#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole input files (or standard input) as bytes, with errors a user can act on.
///
/// Input is bounded: a file larger than the limit is refused before it is read, and standard
/// input or a FIFO is read only up to the limit, so that an endless input (`< /dev/zero`) ends
/// in one line rather than in the machine running out of memory. Devices are refused outright:
/// `/dev/zero` or `/dev/urandom` named as an input never end.
public enum InputFile {
    /// The default input limit: a quarter of the machine's memory (documented in the README,
    /// changed with `--max-input`).
    public static let defaultLimit: Int = {
        let pages = sysconf(Int32(_SC_PHYS_PAGES)), pageSize = sysconf(Int32(_SC_PAGESIZE))
        guard pages > 0, pageSize > 0 else { return 1 << 30 }
        let (bytes, overflow) = pages.multipliedReportingOverflow(by: pageSize)
        return overflow ? Int.max / 4 : bytes / 4
    }()

    /// The bytes of the file at `path`, or of standard input when `path` is `-`, at most
    /// `limit` bytes.
    ///
    /// - Throws: `InputFileError` when the path is missing, a folder, a device, unreadable,
    ///   or larger than `limit`.
    public static func read(_ path: String, limit: Int = defaultLimit) throws(InputFileError) -> [UInt8] {
        if path == "-" { return try readAll(from: STDIN_FILENO, path: path, limit: limit) }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw InputFileError(path: path, reason: reason(for: errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw InputFileError(path: path, reason: reason(for: errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw InputFileError(path: path, reason: "is a directory, not a file")
        case S_IFREG:
            if Int(status.st_size) > limit { throw tooLarge(path, limit: limit) }
        case S_IFIFO:
            break  // read up to the limit
        default:
            throw InputFileError(path: path, reason: "is a device or a socket, not a text file")
        }
        return try readAll(from: descriptor, path: path, limit: limit)
    }

    /// Reads and decodes a text input in one step, in `encoding` when it is given (see
    /// `InputText.init(decoding:encoding:)`).
    ///
    /// - Throws: `InputFileError` with the path and the reason, for unreadable files and
    ///   for content that is not usable text (see `InputError`).
    public static func readText(
        _ path: String, encoding: String? = nil, limit: Int = defaultLimit
    ) throws(InputFileError) -> InputText {
        let bytes = try read(path, limit: limit)
        do {
            return try InputText(decoding: bytes, encoding: encoding)
        } catch {
            throw InputFileError(path: displayName(path), reason: error.description)
        }
    }

    /// `<stdin>` for `-`, else the path.
    public static func displayName(_ path: String) -> String {
        path == "-" ? "<stdin>" : path
    }

    private static func readAll(from descriptor: Int32, path: String, limit: Int) throws(InputFileError) -> [UInt8] {
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG ? Int(status.st_size) : 0
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expected, limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let count = chunk.withUnsafeMutableBytes { SystemCall.read(descriptor, into: $0.baseAddress!, count: $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputFileError(path: displayName(path), reason: reason(for: errno))
            }
            if count == 0 { return bytes }
            if count > limit - bytes.count { throw tooLarge(path, limit: limit) }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func tooLarge(_ path: String, limit: Int) -> InputFileError {
        let size = limit >= 1 << 20 ? "\(limit >> 20) MB" : "\(limit) bytes"
        return InputFileError(path: displayName(path), reason: "larger than the input limit of \(size) (--max-input)")
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where one output of a run goes, decided once, before any work, by `OutputPlan`.
///
/// Why three kinds: a regular file (or a new one) is replaced atomically, so that a failed
/// run leaves it as it was; a FIFO or a character device cannot be renamed over without
/// destroying it (`-o /dev/null` run as root would replace the device with a file), so it
/// is written in place; standard output and error are written through their descriptors.
public struct OutputDestination: Sendable, Equatable {
    /// How the bytes reach the destination.
    public enum Kind: Sendable, Equatable {
        /// An open descriptor: standard output (`-`, `/dev/stdout`) or standard error.
        case descriptor(Int32)
        /// A FIFO or a character device, opened and written in place.
        case special
        /// A regular file, new or existing: written to a temporary file beside it, then renamed.
        case file
    }

    /// The path as the user gave it.
    public let path: String
    /// The option that named it (`-o`, `--html`), for messages.
    public let option: String
    /// How it is written.
    public let kind: Kind
    /// The file that is written: `path` with symbolic links followed (a link is kept and its
    /// target replaced).
    public let target: String

    /// Standard output, where results go without `-o`.
    public static let standardOutput = OutputDestination(path: "-", option: "", kind: .descriptor(STDOUT_FILENO), target: "-")

    /// Makes a destination; `OutputPlan` decides the kind and the target.
    init(path: String, option: String, kind: Kind, target: String) {
        self.path = path
        self.option = option
        self.kind = kind
        self.target = target
    }

    /// The name shown in messages: the path, or `<stdout>`.
    public var displayName: String {
        switch kind {
        case .descriptor(STDOUT_FILENO): "<stdout>"
        case .descriptor(STDERR_FILENO): "<stderr>"
        default: path
        }
    }
}

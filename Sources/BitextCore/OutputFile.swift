#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files atomically: to a temporary file in the destination's folder, then
/// renamed into place, so that a reader never sees a partial file and an existing file
/// stays untouched when writing fails.
public enum OutputFile {
    /// Writes `bytes` to `path` atomically.
    ///
    /// - Throws: `OutputError` naming the path and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var template = Array("\(folder.isEmpty ? "/" : folder)/.\(name).tmp-XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw OutputError(path: path, reason: SystemCall.message()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        InterruptCleanup.track(temporary)
        defer { InterruptCleanup.untrack() }
        let failure = writeAll(bytes, to: descriptor)
        let mode = fchmod(descriptor, 0o644)
        if close(descriptor) != 0 || failure != nil || mode != 0 {
            unlink(temporary)
            throw OutputError(path: path, reason: failure ?? SystemCall.message())
        }
        guard rename(temporary, path) == 0 else {
            let reason = SystemCall.message()
            unlink(temporary)
            throw OutputError(path: path, reason: reason)
        }
    }

    /// Writes `bytes` to standard output.
    ///
    /// - Throws: `OutputError` when standard output is closed or full.
    public static func writeStandardOutput(_ bytes: [UInt8]) throws(OutputError) {
        if let failure = writeAll(bytes, to: STDOUT_FILENO) {
            throw OutputError(path: "<stdout>", reason: failure)
        }
    }

    /// Writes `text` to standard error, ignoring failures (there is nowhere left to report them).
    public static func writeStandardError(_ text: String) {
        _ = writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Writes every byte, retrying short and interrupted writes; returns the system's
    /// reason on failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        var written = 0
        return bytes.withUnsafeBytes { buffer -> String? in
            while written < buffer.count {
                let count = SystemCall.write(descriptor, from: buffer.baseAddress! + written, count: buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return SystemCall.message()
                }
                written += count
            }
            return nil
        }
    }
}

/// A file that could not be written.
public struct OutputError: Error, CustomStringConvertible, Sendable {
    /// The file's path.
    public var path: String
    /// The system's reason.
    public var reason: String

    public var description: String { "\(path): cannot write: \(reason)" }
}

/// Removes the temporary file of a write in progress when the process is interrupted
/// (SIGINT, SIGTERM, SIGHUP), so that no partial file is left and an existing output
/// file stays as it was.
public enum InterruptCleanup {
    // Read by a signal handler: a plain C string, set and cleared around each write.
    nonisolated(unsafe) private static var pendingPath: UnsafeMutablePointer<CChar>?

    /// Installs the handlers; they remove the pending temporary file and exit with
    /// 128 + the signal number, as shells report a death by signal.
    public static func install() {
        // A parent may have started us with these signals blocked (they are inherited).
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblocked, signalNumber) }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                if let path = InterruptCleanup.pendingPath { unlink(path) }
                _exit(128 + received)
            }
        }
    }

    static func track(_ path: String) {
        let copy = strdup(path)
        let previous = pendingPath
        pendingPath = copy
        free(previous)
    }

    static func untrack() {
        let previous = pendingPath
        pendingPath = nil
        free(previous)
    }
}

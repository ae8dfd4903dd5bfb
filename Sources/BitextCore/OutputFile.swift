#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files safely: a regular file atomically (a temporary file in its folder,
/// then renamed, so that a reader never sees a partial file and an existing file stays
/// untouched when writing fails), a FIFO or a device in place, standard output directly.
/// A run writing several files, or checking its outputs against its inputs, uses
/// `OutputPlan` and `OutputTransaction`; this is the one-file shortcut.
public enum OutputFile {
    /// Writes `bytes` to `path` (`-` is standard output).
    ///
    /// - Throws: `OutputError` naming the path and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let plan: OutputPlan
        do {
            plan = try OutputPlan(outputs: [(option: "-o", path: path)], inputs: [])
        } catch {
            throw OutputError(path: error.path, reason: error.problem)
        }
        let transaction = OutputTransaction()
        try transaction.stage(bytes, to: plan.destinations[0])
        try transaction.commit()
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
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
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

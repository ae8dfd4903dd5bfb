import BitextCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress of a batch on standard error: a bar with documents done, sentences per second
/// and time left on a terminal; otherwise a plain line at every tenth.
final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private let start = Date()
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var done = 0
    private var sentences = 0
    private var lastTenth = 0

    init(total: Int) {
        self.total = total
    }

    func add(sentences count: Int) {
        lock.lock()
        sentences += count
        lock.unlock()
    }

    func documentDone() {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let elapsed = max(Date().timeIntervalSince(start), 0.001)
        if isTerminal {
            let width = 30, filled = total > 0 ? width * done / total : width
            let left = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
            let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
            OutputFile.writeStandardError(String(format: "\r[%@] %d/%d documents, %.0f sentences/s, %@ left ",
                                                 bar, done, total, Double(sentences) / elapsed, Self.duration(left)))
        } else {
            let tenth = total > 0 ? 10 * done / total : 10
            if tenth > lastTenth {
                lastTenth = tenth
                // The share done, not the tenth passed: 1 of 4 is 25 %, not 20 %.
                let percent = total > 0 ? 100 * done / total : 100
                OutputFile.writeStandardError(String(format: "bitext batch: %d/%d documents (%d%%), %.0f sentences/s\n",
                                                     done, total, percent, Double(sentences) / elapsed))
            }
        }
    }

    func finish() {
        if isTerminal && total > 0 { OutputFile.writeStandardError("\n") }
    }

    private static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0, seconds < 1e9 else { return "-:--" }
        let whole = Int(seconds.rounded())
        return String(format: "%d:%02d", whole / 60, whole % 60)
    }
}

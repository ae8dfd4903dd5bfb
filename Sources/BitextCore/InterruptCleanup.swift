#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the temporary files of writes in progress when the process is interrupted
/// (SIGINT, SIGTERM, SIGHUP), so that no partial file is left and existing output files
/// stay as they were. (SIGKILL cannot be caught: `OutputTransaction` removes what such a
/// run leaves once it is stale.)
public enum InterruptCleanup {
    /// How many temporary files can be pending at once (a run writes a handful).
    private static let capacity = 64
    // Read by a signal handler: a fixed table of plain C strings, allocated once.
    nonisolated(unsafe) private static let pending: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()

    /// Installs the handlers; they remove the pending temporary files and exit with
    /// 128 + the signal number, as shells report a death by signal.
    public static func install() {
        _ = pending
        // A parent may have started us with these signals blocked (they are inherited).
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&unblocked, signalNumber) }
        sigprocmask(SIG_UNBLOCK, &unblocked, nil)
        // Past a file size limit (ulimit -f) a write then fails with EFBIG, reported in one line
        // with the temporary file removed, instead of the process dying with it left behind.
        signal(SIGXFSZ, SIG_IGN)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
            signal(signalNumber) { received in
                for slot in 0..<InterruptCleanup.capacity {
                    if let path = InterruptCleanup.pending[slot] { unlink(path) }
                }
                _exit(128 + received)
            }
        }
    }

    /// Remembers a temporary file to remove on interruption (writes happen on one thread).
    static func track(_ path: String) {
        for slot in 0..<capacity where pending[slot] == nil {
            pending[slot] = strdup(path)
            return
        }
    }

    /// Forgets a temporary file (renamed into place or removed).
    static func untrack(_ path: String) {
        for slot in 0..<capacity {
            guard let tracked = pending[slot], String(cString: tracked) == path else { continue }
            pending[slot] = nil
            free(tracked)
            return
        }
    }
}

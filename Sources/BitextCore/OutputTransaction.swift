#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files a run writes, written together: each regular file goes to a temporary file
/// beside it first, and only when every output is complete are they renamed into place.
/// A run that fails half-way (a full disk between Moses' two files, an HTML view that
/// cannot be written after the corpus could) leaves every old file as it was, never a
/// mismatched pair.
///
/// Temporary files are named `.NAME.bitext.tmp-XXXXXX` (NAME shortened, so that a long
/// output name still leaves room); they are removed on failure and on SIGINT, SIGTERM or
/// SIGHUP, and one left by a killed run (SIGKILL cannot be caught) is removed by a later
/// run writing to the same folder once it is an hour old.
public final class OutputTransaction {
    private struct Staged {
        var destination: OutputDestination
        var temporary: String?
        var bytes: [UInt8]
    }

    private var staged: [Staged] = []
    private var cleanedFolders: Set<String> = []

    /// The marker in temporary file names.
    public static let temporaryMarker = ".bitext.tmp-"
    /// How old a stale temporary file must be before a later run removes it (seconds).
    public static let staleAge: Int = 3_600

    /// An empty transaction.
    public init() {}

    deinit { discard() }

    /// Stages `bytes` for `destination`: a regular file is written to its temporary file now;
    /// standard output and special files are written by `commit`.
    ///
    /// - Throws: `OutputError` naming the destination when its temporary file cannot be written.
    public func stage(_ bytes: [UInt8], to destination: OutputDestination) throws(OutputError) {
        guard destination.kind == .file else {
            staged.append(Staged(destination: destination, temporary: nil, bytes: bytes))
            return
        }
        let folder = PathName.folder(of: destination.target)
        if cleanedFolders.insert(folder).inserted { Self.removeStaleTemporaries(in: folder) }
        let temporary = try Self.writeTemporary(bytes, for: destination, in: folder)
        staged.append(Staged(destination: destination, temporary: temporary, bytes: []))
    }

    /// Writes the special destinations, then renames every temporary file into place.
    ///
    /// - Throws: `OutputError`; nothing has been renamed when a special destination fails.
    public func commit() throws(OutputError) {
        for item in staged where item.temporary == nil {
            switch item.destination.kind {
            case .descriptor(let descriptor):
                if let failure = OutputFile.writeAll(item.bytes, to: descriptor) {
                    throw OutputError(path: item.destination.displayName, reason: failure)
                }
            default:
                let descriptor = open(item.destination.target, O_WRONLY | O_TRUNC | O_CLOEXEC)
                guard descriptor >= 0 else { throw OutputError(path: item.destination.path, reason: SystemCall.message()) }
                let failure = OutputFile.writeAll(item.bytes, to: descriptor)
                close(descriptor)
                if let failure { throw OutputError(path: item.destination.path, reason: failure) }
            }
        }
        for index in staged.indices {
            guard let temporary = staged[index].temporary else { continue }
            guard rename(temporary, staged[index].destination.target) == 0 else {
                throw OutputError(path: staged[index].destination.path, reason: SystemCall.message())
            }
            InterruptCleanup.untrack(temporary)
            staged[index].temporary = nil
        }
        staged = []
    }

    /// Removes the temporary files of a transaction that will not be committed.
    public func discard() {
        for item in staged {
            if let temporary = item.temporary {
                unlink(temporary)
                InterruptCleanup.untrack(temporary)
            }
        }
        staged = []
    }

    /// The mode new files get: what the umask allows of rw-rw-rw-. Linux shows the umask in
    /// /proc/self/status; elsewhere it is read by setting it and setting it back (which a
    /// thread creating a file at that instant could notice).
    static let newFileMode: mode_t = {
        if let status = try? InputFile.read("/proc/self/status", limit: 1 << 16) {
            for line in String(decoding: status, as: UTF8.self).split(separator: "\n") where line.hasPrefix("Umask:") {
                if let mask = mode_t(line.dropFirst("Umask:".count).trimmingPrefix(while: { $0 == " " || $0 == "\t" }), radix: 8) {
                    return 0o666 & ~mask
                }
            }
        }
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }()

    private static func writeTemporary(_ bytes: [UInt8], for destination: OutputDestination, in folder: String) throws(OutputError) -> String {
        // A short prefix of the name keeps the temporary name under NAME_MAX however long the output's is.
        var prefix = ""
        for scalar in PathName.name(of: destination.target).unicodeScalars {
            guard prefix.utf8.count + String(scalar).utf8.count <= 60 else { break }
            prefix.unicodeScalars.append(scalar)
        }
        var template = Array("\(folder)/.\(prefix)\(temporaryMarker)XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw OutputError(path: destination.path, reason: SystemCall.message()) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        InterruptCleanup.track(temporary)
        var failure = OutputFile.writeAll(bytes, to: descriptor)
        // An existing file keeps its mode (and owner, where allowed); a new one gets the umask's.
        var existing = stat()
        if stat(destination.target, &existing) == 0 {
            if fchmod(descriptor, existing.st_mode & 0o7777) != 0 { failure = failure ?? SystemCall.message() }
            if existing.st_uid != geteuid() || existing.st_gid != getegid() { _ = fchown(descriptor, existing.st_uid, existing.st_gid) }
        } else if fchmod(descriptor, newFileMode) != 0 {
            failure = failure ?? SystemCall.message()
        }
        if close(descriptor) != 0 { failure = failure ?? SystemCall.message() }
        if let failure {
            unlink(temporary)
            InterruptCleanup.untrack(temporary)
            throw OutputError(path: destination.path, reason: failure)
        }
        return temporary
    }

    /// Removes this user's temporary files in `folder` that are older than `staleAge`: those a
    /// killed run left behind.
    static func removeStaleTemporaries(in folder: String) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        let now = time(nil)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name.hasPrefix("."), name.contains(temporaryMarker) else { continue }
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG, status.st_uid == geteuid(),
                  now - modificationTime(status) > staleAge else { continue }
            unlink(path)
        }
    }

    private static func modificationTime(_ status: stat) -> Int {
        #if canImport(Glibc)
        Int(status.st_mtim.tv_sec)
        #else
        Int(status.st_mtimespec.tv_sec)
        #endif
    }
}

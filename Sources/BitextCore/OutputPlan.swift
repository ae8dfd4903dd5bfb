#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one place where every command's output paths are checked, before any work starts,
/// so that a run never replaces what the user has: an output that is one of the inputs
/// (also through links or another spelling: files are compared by device and inode), the
/// manifest, or another output of the same run is refused, naming both; a folder or a block
/// device is refused; a missing folder is reported before hours of alignment rather than
/// after.
public struct OutputPlan: Sendable {
    /// The checked destinations, in the order requested.
    public let destinations: [OutputDestination]

    /// Checks `outputs` (each with the option that named it) against each other and against
    /// `inputs` (each with its role in messages: "the source file", "the manifest", …).
    /// Standard input (`-`) among the inputs is never a file that could be replaced.
    ///
    /// - Throws: `OutputPathError`; `isUsage` tells a wrong command line (an output that is an
    ///   input or named twice) from a path that cannot be written (a missing folder).
    public init(outputs: [(option: String, path: String)], inputs: [(role: String, path: String)]) throws(OutputPathError) {
        var destinations: [OutputDestination] = []
        var identities: [Identity] = []
        for (option, path) in outputs {
            let (destination, identity) = try Self.destination(for: path, option: option)
            if let index = identities.firstIndex(of: identity) {
                let other = destinations[index]
                throw OutputPathError(path: path, problem: "\(option) names the same file as \(other.option) \(other.path); give different files",
                                      isUsage: true)
            }
            destinations.append(destination)
            identities.append(identity)
        }
        for (role, path) in inputs where path != "-" {
            guard let identity = Self.existingIdentity(path) else { continue }
            if let index = identities.firstIndex(of: identity) {
                let output = destinations[index]
                throw OutputPathError(path: output.path, problem: "\(output.option) names \(role) \(path), which the run would replace; "
                                      + "write to another file", isUsage: true)
            }
        }
        self.destinations = destinations
    }

    /// The destination requested under `option`, or nil.
    public func destination(for option: String) -> OutputDestination? {
        destinations.first { $0.option == option }
    }

    /// What makes two paths the same output.
    private enum Identity: Equatable {
        case descriptor(Int32)
        case inode(device: UInt64, inode: UInt64)
        case newFile(String)
    }

    private static func destination(for path: String, option: String) throws(OutputPathError) -> (OutputDestination, Identity) {
        if path.isEmpty { throw OutputPathError(path: path, problem: "\(option): give a file name", isUsage: true) }
        // Names of the process's own descriptors: written through the descriptor, so that
        // `-o /dev/stdout` works whatever standard output is (a terminal, a pipe, a file).
        let descriptors: [String: Int32] = ["-": STDOUT_FILENO, "/dev/stdout": STDOUT_FILENO, "/dev/fd/1": STDOUT_FILENO,
                                            "/proc/self/fd/1": STDOUT_FILENO, "/dev/stderr": STDERR_FILENO,
                                            "/dev/fd/2": STDERR_FILENO, "/proc/self/fd/2": STDERR_FILENO]
        if let descriptor = descriptors[path] {
            return (OutputDestination(path: path, option: option, kind: .descriptor(descriptor), target: path), .descriptor(descriptor))
        }
        let target = try followLinks(path)
        var status = stat()
        if stat(target, &status) == 0 {
            let identity = Identity.inode(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                return (OutputDestination(path: path, option: option, kind: .file, target: target), identity)
            case S_IFIFO, S_IFCHR:
                return (OutputDestination(path: path, option: option, kind: .special, target: target), identity)
            case S_IFDIR:
                throw OutputPathError(path: path, problem: "is a folder; give a file name", isUsage: false)
            default:
                throw OutputPathError(path: path, problem: "is a block device or a socket, not a file; give a file name", isUsage: false)
            }
        }
        guard errno == ENOENT else { throw OutputPathError(path: path, problem: SystemCall.message(), isUsage: false) }
        let folder = PathName.folder(of: target)
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, (folderStatus.st_mode & S_IFMT) == S_IFDIR else {
            throw OutputPathError(path: path, problem: "no such folder \(folder)", isUsage: false)
        }
        // A new file: two spellings of it are the same file when their folders are.
        let canonicalFolder = realpath(folder, nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        } ?? folder
        return (OutputDestination(path: path, option: option, kind: .file, target: target),
                .newFile(canonicalFolder + "/" + PathName.name(of: target)))
    }

    /// `path` with symbolic links followed to the file they name (which may not exist yet).
    private static func followLinks(_ path: String) throws(OutputPathError) -> String {
        var current = path
        for _ in 0..<40 {
            var status = stat()
            guard lstat(current, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { throw OutputPathError(path: path, problem: SystemCall.message(), isUsage: false) }
            let link = String(decoding: buffer.prefix(length).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : PathName.folder(of: current) + "/" + link
        }
        throw OutputPathError(path: path, problem: "too many levels of symbolic links", isUsage: false)
    }

    private static func existingIdentity(_ path: String) -> Identity? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return .inode(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}

/// An output path refused before the run starts.
public struct OutputPathError: Error, CustomStringConvertible, Sendable {
    /// The path as the user gave it.
    public var path: String
    /// What is wrong, and what to do.
    public var problem: String
    /// A wrong command line (exit 64) rather than a path that cannot be written (exit 1).
    public var isUsage: Bool

    public var description: String { "\(path): \(problem)" }
}

/// The folder and the name of a path, as the system splits them.
enum PathName {
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    static func name(of path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files of a folder, read from the system as bytes.
///
/// Why not `FileManager`: it lists sub-folders with the files, and it turns a name that is
/// not valid UTF-8 into one with U+FFFD, a name no file has; the error would then name a
/// file that does not exist.
public enum FolderListing {
    /// The regular files (or links to them) in `folder` that are not hidden, in name order,
    /// and the names that are not valid UTF-8, with each invalid byte shown as `\xHH`.
    ///
    /// - Throws: `InputFileError` when the folder cannot be read.
    public static func files(in folder: String) throws(InputFileError) -> (files: [String], invalidNames: [String]) {
        guard let directory = opendir(folder) else {
            throw InputFileError(path: folder, reason: errno == ENOENT ? "no such folder" : SystemCall.message())
        }
        defer { closedir(directory) }
        var files: [String] = [], invalid: [String] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            guard bytes.first != 0x2E else { continue }  // hidden, "." and ".."
            guard let name = String(validating: bytes, as: UTF8.self) else {
                invalid.append(escaped(bytes))
                continue
            }
            var status = stat()
            guard stat(folder + "/" + name, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            files.append(name)
        }
        return (files.sorted(), invalid.sorted())
    }

    /// A name with its bytes outside ASCII shown as `\xHH`.
    static func escaped(_ bytes: [UInt8]) -> String {
        bytes.map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "\\x" + ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}

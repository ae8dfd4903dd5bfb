import BitextCore
import BitextLanguage

/// The names of Moses' two files, `OUT.L1` and `OUT.L2`, from the languages' normalised codes.
///
/// A `Language` code holds only ASCII letters, digits and `-`, so it cannot lead a file out
/// of the output folder; the writer still checks it itself (defence in depth: a code such as
/// `fr/../../x` would otherwise put a file anywhere). What only the writer can see is two
/// languages that name one file: the same code twice would write both sides to one file, the
/// source side lost.
public enum MosesFiles {
    /// The source-language and target-language file paths for the base path `base`.
    ///
    /// - Throws: `MosesFilesError` when both languages name the same file, or when a code
    ///   holds anything but ASCII letters, digits, `-` and `_`.
    public static func paths(base: String, sourceLanguage: Language, targetLanguage: Language)
        throws(MosesFilesError) -> (source: String, target: String) {
        let (source, target) = (sourceLanguage.code, targetLanguage.code)
        for code in [source, target] where !isSafe(code) {
            throw MosesFilesError(problem: "language code '\(code)' cannot be part of a file name (only letters, digits, '-' and '_')")
        }
        // Compared without case: on a case-insensitive file system OUT.en and OUT.EN are one file.
        if source.lowercased() == target.lowercased() {
            throw MosesFilesError(problem: "the source and target languages are both '\(source)': "
                                  + "both sides would be written to \(base).\(source); use another format")
        }
        return (base + "." + source, base + "." + target)
    }

    /// The Moses files that exist for each of `prefixes` (as `batch --format moses -o PREFIX`
    /// named them): for a prefix, the files `PREFIX.CODE` whose CODE is a normalised language
    /// code or `auto`, in name order. Each folder is listed once, however many prefixes are in it.
    ///
    /// - Throws: `InputFileError` when a folder cannot be listed.
    public static func existingSides(prefixes: [String]) throws(InputFileError) -> [String: [(code: String, path: String)]] {
        var listings: [String: [String]] = [:]
        var result: [String: [(code: String, path: String)]] = [:]
        for prefix in prefixes {
            let slash = prefix.lastIndex(of: "/")
            let folder = slash.map { String(prefix[..<$0]) }.map { $0.isEmpty ? "/" : $0 } ?? "."
            let base = slash.map { String(prefix[prefix.index(after: $0)...]) } ?? prefix
            if listings[folder] == nil { listings[folder] = try FolderListing.files(in: folder).files }
            let start = slash.map { String(prefix[...$0]) } ?? ""
            result[prefix] = listings[folder]!.compactMap { name in
                guard !base.isEmpty, name.hasPrefix(base + ".") else { return nil }
                let code = String(name.dropFirst(base.count + 1))
                guard isSideCode(code) else { return nil }
                return (code, start + name)
            }
        }
        return result
    }

    /// Whether `code` is one a Moses file can end with: a normalised language code, or `auto`
    /// (a side whose documents were identified as different languages).
    static func isSideCode(_ code: String) -> Bool {
        code == "auto" || (isSafe(code) && (try? Language(code))?.code == code)
    }

    private static func isSafe(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.count <= 64 && code.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x5F
        }
    }
}

/// Languages that cannot name Moses' files.
public struct MosesFilesError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var problem: String

    public var description: String { "--format moses: \(problem)" }
}

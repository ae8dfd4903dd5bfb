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

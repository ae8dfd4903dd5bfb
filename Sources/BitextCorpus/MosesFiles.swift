/// The names of Moses' two files, `OUT.L1` and `OUT.L2`.
///
/// The language codes become part of file names, so the writer checks them itself, whatever
/// the command line did: a code such as `fr_/../../x` would otherwise put a file outside the
/// output folder, and the same code on both sides would write both sides to one file, the
/// source side lost.
public enum MosesFiles {
    /// The source-language and target-language file paths for the base path `base`.
    ///
    /// - Throws: `MosesFilesError` when a code holds anything but ASCII letters, digits, `-`
    ///   and `_`, or when both codes name the same file.
    public static func paths(base: String, sourceLanguage: String, targetLanguage: String) throws(MosesFilesError) -> (source: String, target: String) {
        for code in [sourceLanguage, targetLanguage] where !isSafe(code) {
            throw MosesFilesError(problem: "language code '\(code)' cannot be part of a file name (only letters, digits, '-' and '_')")
        }
        // Compared without case: on a case-insensitive file system OUT.en and OUT.EN are one file.
        if CorpusWriter.bcp47(sourceLanguage).lowercased() == CorpusWriter.bcp47(targetLanguage).lowercased() {
            throw MosesFilesError(problem: "the source and target languages are both '\(sourceLanguage)': "
                                  + "both sides would be written to \(base).\(sourceLanguage); use another format")
        }
        return (base + "." + sourceLanguage, base + "." + targetLanguage)
    }

    private static func isSafe(_ code: String) -> Bool {
        !code.isEmpty && code.utf8.count <= 64 && code.utf8.allSatisfy { byte in
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x5F
        }
    }
}

/// Language codes that cannot name Moses' files.
public struct MosesFilesError: Error, CustomStringConvertible, Sendable {
    /// What is wrong.
    public var problem: String

    public var description: String { "--format moses: \(problem)" }
}

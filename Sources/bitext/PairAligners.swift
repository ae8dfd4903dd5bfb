import BitextAlignment
import BitextLanguage
import Foundation

/// The aligner for each language pair a batch meets. With `--src-lang auto` or `--tgt-lang
/// auto` documents may resolve to different pairs, each with its own installed dictionary:
/// that dictionary is read once per pair, when the first document of the pair needs it,
/// not once per document. Safe to use from the batch's worker threads.
final class PairAligners: @unchecked Sendable {
    private let lock = NSLock()
    private var aligners: [String: Aligner] = [:]
    private let makeAligner: @Sendable (Language, Language) throws -> Aligner

    /// `makeAligner` builds the aligner for a pair (reading its dictionary); it is called at
    /// most once per pair of primary language subtags, which is what dictionaries are filed by.
    init(_ makeAligner: @escaping @Sendable (Language, Language) throws -> Aligner) {
        self.makeAligner = makeAligner
    }

    /// The aligner for documents in `source` and `target`.
    func aligner(source: Language, target: Language) throws -> Aligner {
        let key = source.primary + "\t" + target.primary
        lock.lock()
        defer { lock.unlock() }
        if let aligner = aligners[key] { return aligner }
        let aligner = try makeAligner(source, target)
        aligners[key] = aligner
        return aligner
    }
}

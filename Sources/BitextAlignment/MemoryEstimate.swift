/// How much memory aligning a document pair really needs, so that `--max-memory` refuses
/// what would exhaust the machine without refusing what fits.
///
/// Why a separate model from `Aligner.estimatedMemory`: that bound (4 KB a sentence and
/// three times the text) was written as a safe upper bound and came out about three times the
/// measured peak, so that `--max-memory` refused pairs that would have fitted. This one is
/// fitted to peaks measured with `/usr/bin/time -v` on a release build with `--segmented`
/// (`shared/tools/make_large.py`'s 100,000- and 300,000-sentence bitexts, the 100,000 one
/// with four sentences a line, and its first 2,000 lines; see the README's robustness
/// section) and rounded up: it is 1.12 to 1.23 times each measured peak (the old bound, 3.1
/// to 3.5 times on the large ones). Most memory follows the text (words become concepts and
/// strings), little the sentence count.
public enum MemoryEstimate {
    /// What the process needs whatever the documents: code, ICU's data, the runtime.
    public static let baseBytes = 40 << 20
    /// Per sentence of either side: band cells of both passes, offsets, bead scores.
    public static let bytesPerSentence = 400
    /// Per byte of sentence text: the file's bytes, the decoded text, the sentences' strings and
    /// their concepts.
    public static let bytesPerTextByte = 9

    /// The peak resident memory, in bytes, of aligning `sourceSentences` × `targetSentences`
    /// sentences holding `textBytes` bytes of text in all; saturates instead of overflowing.
    public static func peakBytes(sourceSentences: Int, targetSentences: Int, textBytes: Int) -> Int {
        let sentences = Double(max(0, sourceSentences)) + Double(max(0, targetSentences))
        let bytes = Double(baseBytes) + sentences * Double(bytesPerSentence) + Double(max(0, textBytes)) * Double(bytesPerTextByte)
        return bytes < Double(Int.max) ? Int(bytes) : Int.max  // finite: sums of non-negative integers
    }
}

/// How much memory aligning a document pair really needs, so that `--max-memory` refuses
/// what would exhaust the machine without refusing what fits.
///
/// Why a separate model from `Aligner.estimatedMemory`: that bound (4 KB a sentence and
/// three times the text) was written as a safe upper bound and came out about three times the
/// measured peak, so that `--max-memory` refused pairs that would have fitted. This one is
/// fitted to peaks measured with `/usr/bin/time -v` on release builds (the 100,000- and
/// 300,000-sentence benchmarks of `shared/tools/make_large.py`, in both segmenting modes;
/// see the README's robustness section) and rounded up, so that it stays above each measured
/// peak and within 1.5 times it.
public enum MemoryEstimate {
    /// What the process needs whatever the documents: code, ICU's data, the runtime.
    public static let baseBytes = 48 << 20
    /// Per sentence of either side: band cells of both passes, concept vectors, offsets.
    public static let bytesPerSentence = 1_300
    /// Per byte of sentence text: the file's bytes, the decoded text and the sentences' strings.
    public static let bytesPerTextByte = 3

    /// The peak resident memory, in bytes, of aligning `sourceSentences` × `targetSentences`
    /// sentences holding `textBytes` bytes of text in all; saturates instead of overflowing.
    public static func peakBytes(sourceSentences: Int, targetSentences: Int, textBytes: Int) -> Int {
        let sentences = Double(max(0, sourceSentences)) + Double(max(0, targetSentences))
        let bytes = Double(baseBytes) + sentences * Double(bytesPerSentence) + Double(max(0, textBytes)) * Double(bytesPerTextByte)
        return bytes < Double(Int.max) ? Int(bytes) : Int.max  // finite: sums of non-negative integers
    }
}

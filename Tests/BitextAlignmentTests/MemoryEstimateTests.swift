import BitextAlignment
import Testing

@Suite struct MemoryEstimateTests {
    /// Peaks measured with `/usr/bin/time -v` on a release build (`bitext align --segmented`,
    /// README "Robustness"): sentences of both sides, bytes of their text, peak resident KB.
    static let measured: [(name: String, sentences: Int, textBytes: Int, peakKB: Int)] = [
        ("make_large 2,000 lines", 4_200, 502_169, 40_332),
        ("make_large 100k", 210_983, 26_124_573, 309_616),
        ("make_large 100k, four sentences a line", 52_746, 26_282_811, 261_940),
        ("make_large 300k", 632_949, 78_373_719, 796_728),
    ]

    @Test func theEstimateCoversEachMeasuredPeakWithinOneAndAHalfTimes() {
        for run in Self.measured {
            let estimate = Double(MemoryEstimate.peakBytes(sourceSentences: run.sentences / 2, targetSentences: run.sentences - run.sentences / 2,
                                                           textBytes: run.textBytes))
            let peak = Double(run.peakKB * 1_024)
            #expect(estimate >= peak && estimate <= 1.5 * peak, "\(run.name): \(estimate / peak)")
        }
    }

    @Test func hugeCountsSaturateInsteadOfOverflowing() {
        #expect(MemoryEstimate.peakBytes(sourceSentences: .max, targetSentences: .max, textBytes: .max) == .max)
        #expect(MemoryEstimate.peakBytes(sourceSentences: -5, targetSentences: 0, textBytes: -1) == MemoryEstimate.baseBytes)
    }
}

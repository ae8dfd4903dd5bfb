@testable import BitextCorpus
import Foundation
import Testing

@Suite struct ThreeDecimalsTests {
    private func expectPrintf(_ value: Double, sourceLocation: SourceLocation = #_sourceLocation) {
        let printf = String(format: "%.3f", value)
        #expect(ThreeDecimals.text(value) == printf, "\(value.debugDescription)", sourceLocation: sourceLocation)
        var bytes = Array("x".utf8)
        ThreeDecimals.append(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "x" + printf, sourceLocation: sourceLocation)
    }

    /// Every midpoint between two thousandths and the doubles on either side of it: where
    /// rounding goes one way or the other, and exact halves (0.0625, 0.1875…) go to the even
    /// digit.
    @Test func roundsAtEveryMidpointAsPrintf() {
        for k in 0..<1000 {
            let middle = (Double(k) + 0.5) / 1000
            for value in [middle, middle.nextUp, middle.nextDown, middle.nextUp.nextUp, middle.nextDown.nextDown] {
                expectPrintf(value)
            }
            let exact = Double(k) / 1000
            for value in [exact, exact.nextUp, exact.nextDown] where value >= 0 { expectPrintf(value) }
        }
        #expect(ThreeDecimals.text(0.0625) == "0.062" && ThreeDecimals.text(0.1875) == "0.188")
    }

    @Test func agreesWithPrintfOnManyValues() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        for _ in 0..<200_000 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            expectPrintf(Double(state >> 11) / Double(1 << 53))
        }
        for value in [0, 1, 1.0.nextDown, Double.leastNonzeroMagnitude, 0.0005, 0.9995, 0.999_999_9, 1e-300] {
            expectPrintf(value)
        }
    }

    /// Values the aligner never gives go to printf itself.
    @Test func leavesOtherValuesToPrintf() {
        for value in [-0.0, -0.0004, -1, 1.0.nextUp, 2.5, 1234.5678, .infinity, -.infinity, .nan] {
            expectPrintf(value)
        }
    }
}

@testable import BitextAlignment
import Testing

@Suite struct BandTests {
    @Test func bandAroundAPathHoldsEveryCellOfIt() {
        // 3 source sentences, then 30 target sentences with no source (a web page's footer):
        // the path runs along the last row far beyond the half-width.
        let path: [(source: Range<Int>, target: Range<Int>, cost: Double)] =
            [(0..<1, 0..<1, 0), (1..<2, 1..<3, 0), (2..<3, 3..<4, 0)] + (4..<34).map { (3..<3, $0..<($0 + 1), 0) }
        let band = Band(around: path, sourceCount: 3, targetCount: 34, halfWidth: 2)
        for bead in path {
            #expect(band.index(bead.source.lowerBound, bead.target.lowerBound) != nil, "start of \(bead) outside the band")
            #expect(band.index(bead.source.upperBound, bead.target.upperBound) != nil, "end of \(bead) outside the band")
        }
        // Narrow elsewhere: row 1 spans 2 cells either side of the path's target there, 1.
        #expect(band.lower[1] == 0 && band.upper[1] == 1 + 2)
    }
}

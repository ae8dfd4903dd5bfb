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

    /// A path that walks a slant of skips where one side lacks a passage (here 300 source
    /// sentences one to one, of which rows 120…180 go by with only 10 target sentences):
    /// the band widens there, by the excess over the window (at most the limit), and nowhere else.
    @Test func bandWidensWhereThePathStraysFromTheSlope() {
        var path: [(source: Range<Int>, target: Range<Int>, cost: Double)] = (0..<120).map { ($0..<($0 + 1), $0..<($0 + 1), 0) }
        path += (120..<180).map { i in (i..<(i + 1), (i - 120) % 6 == 0 ? (120 + (i - 120) / 6)..<(121 + (i - 120) / 6) : (120 + (i - 120) / 6 + 1)..<(120 + (i - 120) / 6 + 1), 0) }
        path += (180..<300).map { ($0..<($0 + 1), ($0 - 50)..<($0 - 49), 0) }
        let widening = Band.straying(path, sourceCount: 300, targetCount: 250, window: 20, slack: 0.3, limit: 15, budget: 1_000_000)
        #expect(widening.count == 301)
        #expect(widening[0..<90].allSatisfy { $0 == 0 } && widening[215...].allSatisfy { $0 == 0 }, "\(widening)")
        #expect(widening[150] == 15 && widening.allSatisfy { $0 <= 15 }, "\(widening)")
        let band = Band(around: path, sourceCount: 300, targetCount: 250, halfWidth: 4, widening: widening)
        let narrow = Band(around: path, sourceCount: 300, targetCount: 250, halfWidth: 4)
        // (Rows stay monotonic, so a row is widened no further than its neighbours allow.)
        #expect(band.upper[150] - band.lower[150] > narrow.upper[150] - narrow.lower[150] + 5,
                "\(band.lower[150])…\(band.upper[150]) against \(narrow.lower[150])…\(narrow.upper[150])")
        #expect(band.lower[60] == narrow.lower[60] && band.upper[60] == narrow.upper[60])
        // Within the cell budget; a path that keeps the pair's slope is not widened at all.
        let budgeted = Band.straying(path, sourceCount: 300, targetCount: 250, window: 20, slack: 0.3, limit: 15, budget: 200)
        #expect(2 * budgeted.reduce(0, +) <= 200 && budgeted.reduce(0, +) > 0)
        let straight: [(source: Range<Int>, target: Range<Int>, cost: Double)] = (0..<300).map { ($0..<($0 + 1), $0..<($0 + 1), 0) }
        #expect(Band.straying(straight, sourceCount: 300, targetCount: 300, window: 20, slack: 0.3, limit: 15, budget: 1_000_000).isEmpty)
    }
}

import BitextCore

/// The cells a search visits: for each source prefix length `i` (0…n), the target prefix
/// lengths `lo[i]…hi[i]`. Rows are contiguous and both bounds never decrease, so memory
/// and time grow with n × width, not n × m.
struct Band: Sendable {
    let sourceCount: Int
    let targetCount: Int
    let lower: [Int]
    let upper: [Int]
    /// Where each row starts in flat per-cell storage.
    let offsets: [Int]

    /// The total number of cells.
    var cellCount: Int { offsets[sourceCount] + upper[sourceCount] - lower[sourceCount] + 1 }

    /// A band of half-width `halfWidth(i)` around `center(i)`, the expected target position
    /// for source position `i`. It always holds (0, 0) and (n, m), and each row overlaps
    /// the one before, so that a path of single-sentence beads exists.
    init(sourceCount: Int, targetCount: Int, halfWidth: (Int) -> Int, center: (Int) -> Double) {
        var lower = [Int](repeating: 0, count: sourceCount + 1)
        var upper = [Int](repeating: 0, count: sourceCount + 1)
        for i in 0...sourceCount {
            let middle = center(i), width = Double(halfWidth(i))
            lower[i] = Int((middle - width).rounded(.down))
            upper[i] = Int((middle + width).rounded(.up))
        }
        self.init(sourceCount: sourceCount, targetCount: targetCount, lower: lower, upper: upper)
    }

    /// The cells within `halfWidth` of a path's cells on each row, so that the band holds
    /// the whole path, even where it runs along one row (many target sentences with no
    /// source, such as a web page's boilerplate).
    init(around path: [(source: Range<Int>, target: Range<Int>, cost: Double)], sourceCount: Int, targetCount: Int,
         halfWidth: Int, widening: [Int] = []) {
        var lower = [Int](repeating: .max, count: sourceCount + 1)
        var upper = [Int](repeating: .min, count: sourceCount + 1)
        func visit(_ i: Int, _ j: Int) {
            let width = halfWidth + (widening.isEmpty ? 0 : widening[i])
            lower[i] = min(lower[i], j - width)
            upper[i] = max(upper[i], j + width)
        }
        visit(0, 0)
        for bead in path {
            // The straight line from the bead's start to its end, row by row.
            for i in bead.source.lowerBound...bead.source.upperBound {
                let step = Double(i - bead.source.lowerBound) / Double(max(bead.source.count, 1))
                visit(i, bead.target.lowerBound + Int((Double(bead.target.count) * step).rounded()))
            }
            visit(bead.source.upperBound, bead.target.upperBound)
        }
        for i in 0...sourceCount where lower[i] == .max {  // rows no bead reached (no path)
            lower[i] = 0
            upper[i] = targetCount
        }
        self.init(sourceCount: sourceCount, targetCount: targetCount, lower: lower, upper: upper)
    }

    /// How much wider than its half-width a band around `path` should be at each row (0…n)
    /// where the path strays from the slope of the whole pair: over the rows within
    /// `window` of a row, by how much the path's target advance differs from the pair's
    /// beyond `slack` of it, at most `limit`; scaled down to `budget` cells in all (each unit
    /// widens a row by two cells). Empty when the path never strays that far.
    static func straying(_ path: [(source: Range<Int>, target: Range<Int>, cost: Double)], sourceCount: Int, targetCount: Int,
                         window: Int, slack: Double, limit: Int, budget: Int) -> [Int] {
        guard sourceCount > 0, window > 0, limit > 0 else { return [] }
        // The path's target position at each row (a bead's first, inside it).
        var position = [Int](repeating: 0, count: sourceCount + 1)
        for bead in path {
            for i in bead.source.lowerBound..<bead.source.upperBound { position[i] = bead.target.lowerBound }
            position[bead.source.upperBound] = bead.target.upperBound
        }
        let slope = Double(targetCount) / Double(sourceCount)
        var widening = (0...sourceCount).map { i in
            let first = max(0, i - window), last = min(sourceCount, i + window)
            let expected = slope * Double(last - first)
            let excess = abs(Double(position[last] - position[first]) - expected) - slack * expected
            return excess > 0 ? min(limit, Int(excess)) : 0
        }
        let total = widening.reduce(0, +)
        guard total > 0 else { return [] }
        if 2 * total > budget { widening = widening.map { $0 * budget / (2 * total) } }
        return widening
    }

    /// A band from each row's first and last target position, clamped to the documents and
    /// made monotonic, holding (0, 0) and (n, m), with each row overlapping the one before.
    private init(sourceCount: Int, targetCount: Int, lower rawLower: [Int], upper rawUpper: [Int]) {
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        var lower = rawLower.map { max(0, min(targetCount, $0)) }
        var upper = rawUpper.map { max(0, min(targetCount, $0)) }
        lower[0] = 0
        upper[sourceCount] = targetCount
        for i in stride(from: sourceCount - 1, through: 0, by: -1) { upper[i] = min(upper[i], upper[i + 1]) }
        for i in 1...max(1, sourceCount) where i <= sourceCount {
            lower[i] = max(lower[i], lower[i - 1])
            upper[i] = max(upper[i], upper[i - 1])
            lower[i] = min(lower[i], upper[i - 1])  // rows overlap
        }
        for i in 0...sourceCount { lower[i] = min(lower[i], upper[i]) }
        var offsets = [Int](repeating: 0, count: sourceCount + 1)
        for i in 1...max(1, sourceCount) where i <= sourceCount {
            offsets[i] = offsets[i - 1] + upper[i - 1] - lower[i - 1] + 1
        }
        self.lower = lower
        self.upper = upper
        self.offsets = offsets
    }

    /// The flat index of cell (i, j), or `nil` outside the band.
    @inline(__always)
    func index(_ i: Int, _ j: Int) -> Int? {
        guard i >= 0, i <= sourceCount, j >= lower[i], j <= upper[i] else { return nil }
        return offsets[i] + j - lower[i]
    }
}

/// Sure one-to-one matches used to place the band: concepts (numbers, names, rare
/// cognates) that occur once on each side, in the whole documents or within a window
/// around the diagonal, kept when they form the longest chain increasing on both sides.
enum AnchorChain {
    /// Anchor pairs (source sentence, target sentence), increasing on both sides.
    static func anchors(source: [[Int32]], target: [[Int32]], isAnchorConcept: (Int32) -> Bool) -> [(Int, Int)] {
        let n = source.count, m = target.count
        guard n > 0, m > 0 else { return [] }
        // Each anchor concept's sentences on each side, in order (each sentence once).
        let conceptLimit = Int(max(source.lazy.compactMap { $0.max() }.max() ?? -1, target.lazy.compactMap { $0.max() }.max() ?? -1)) + 1
        let isAnchor = (0..<conceptLimit).map { isAnchorConcept(Int32($0)) }
        // The two documents at once.
        let (sourcePositions, targetPositions) = Concurrency.both({ ConceptPositions(source, conceptLimit: conceptLimit, isAnchor: isAnchor) },
                                                                  { ConceptPositions(target, conceptLimit: conceptLimit, isAnchor: isAnchor) })
        let window = Double(min(max(30, m / 10), 1000))
        let slope = Double(m) / Double(n)
        var candidates: [(Int, Int)] = []
        for concept in 0..<conceptLimit where isAnchor[concept] {
            let sources = sourcePositions[concept], targets = targetPositions[concept]
            guard !sources.isEmpty, !targets.isEmpty else { continue }
            // Once in each document: a match wherever it is, even far from the diagonal
            // (a short text against a much longer one).
            if sources.count == 1 && targets.count == 1 {
                candidates.append((sources.first!, targets.first!))
                continue
            }
            for k in sources.indices {
                let i = sources[k], expected = Double(i) * slope
                // The only occurrence near i on the source side...
                let sourceWindow = window / slope
                if k > sources.startIndex, Double(i - sources[k - 1]) <= sourceWindow { continue }
                if k + 1 < sources.endIndex, Double(sources[k + 1] - i) <= sourceWindow { continue }
                // ...matching the only one near the diagonal on the target side.
                let near = nearby(targets, from: expected - window, to: expected + window)
                if near.count == 1, let only = near.first { candidates.append((i, only)) }
            }
        }
        return longestIncreasingChain(candidates)
    }

    /// The sentences each concept occurs in, in order, for the concepts `isAnchor` marks:
    /// one flat array (a dictionary of arrays took 0.3 s at 100,000 sentences a side).
    private struct ConceptPositions {
        private let starts: [Int]
        private let sentences: [Int]

        init(_ document: [[Int32]], conceptLimit: Int, isAnchor: [Bool]) {
            var counts = [Int](repeating: 0, count: conceptLimit + 1)
            var lastSentence = [Int](repeating: -1, count: conceptLimit)
            for (index, concepts) in document.enumerated() {
                for concept in concepts where isAnchor[Int(concept)] && lastSentence[Int(concept)] != index {
                    lastSentence[Int(concept)] = index
                    counts[Int(concept) + 1] += 1
                }
            }
            for concept in 0..<conceptLimit { counts[concept + 1] += counts[concept] }
            var next = counts
            var sentences = [Int](repeating: 0, count: counts[conceptLimit])
            lastSentence = [Int](repeating: -1, count: conceptLimit)
            for (index, concepts) in document.enumerated() {
                for concept in concepts where isAnchor[Int(concept)] && lastSentence[Int(concept)] != index {
                    lastSentence[Int(concept)] = index
                    sentences[next[Int(concept)]] = index
                    next[Int(concept)] += 1
                }
            }
            starts = counts
            self.sentences = sentences
        }

        subscript(concept: Int) -> ArraySlice<Int> { sentences[starts[concept]..<starts[concept + 1]] }
    }

    private static func nearby(_ sorted: ArraySlice<Int>, from low: Double, to high: Double) -> ArraySlice<Int> {
        var lo = sorted.startIndex, hi = sorted.endIndex
        while lo < hi { let mid = (lo + hi) / 2; if Double(sorted[mid]) < low { lo = mid + 1 } else { hi = mid } }
        let start = lo
        hi = sorted.endIndex
        while lo < hi { let mid = (lo + hi) / 2; if Double(sorted[mid]) <= high { lo = mid + 1 } else { hi = mid } }
        return sorted[start..<lo]
    }

    /// The slopes a translation's line can have, in target sentences for each source
    /// sentence: sentences go one to one but for merges and splits, and a whole passage one
    /// side lacks is a jump of the line, not a slope.
    static let translationSlopes = 0.5...2.0

    /// The anchors of `anchors` (a chain) but those that stray: whose offset from the
    /// chain's line (target sentence less the chain's slope times source sentence) is
    /// within `window` of the target document (or `minimumSentences` sentences) neither of
    /// both anchors before it, nor of both after it, nor of half of those four. A chance
    /// match far from the translation's line can still increase on both sides and so join
    /// the chain, and one such anchor bends the first band through the wrong sentences; a
    /// translation's anchors follow one another, and where a passage is left out the offset
    /// jumps, but the anchors on each side of the jump still agree with each other. The
    /// slope is the documents' ratio where it could be a translation's (`translationSlopes`);
    /// otherwise, as for an excerpt against a whole document (ten target sentences for ten
    /// source sentences, not for a hundred), the median of the steps between consecutive
    /// anchors, within those bounds: chance anchors can lie on a steep line of their own, and
    /// a slope fitted to them would keep them. Chains of fewer than three anchors are kept
    /// whole: there is nothing to compare.
    static func withoutStrays(_ anchors: [(Int, Int)], sourceCount: Int, targetCount: Int,
                              window: Double, minimumSentences: Int) -> [(Int, Int)] {
        guard anchors.count >= 3 else { return anchors }
        let ratio = Double(max(targetCount, 1)) / Double(max(sourceCount, 1))
        let slope: Double
        if translationSlopes.contains(ratio) {
            slope = ratio
        } else {
            // The chain increases strictly on both sides: every step has a positive slope. The
            // documents' ratio votes too, which settles a short chain's (three anchors, one
            // astray).
            let steps = (zip(anchors, anchors.dropFirst()).map { Double($1.1 - $0.1) / Double($1.0 - $0.0) } + [ratio]).sorted()
            slope = min(max(steps[steps.count / 2], translationSlopes.lowerBound), translationSlopes.upperBound)
        }
        let offsets = anchors.map { Double($0.1) - slope * Double($0.0) }
        let tolerance = max(window * Double(targetCount), Double(minimumSentences))
        return anchors.indices.filter { k in
            func agrees(_ other: Int) -> Bool { abs(offsets[other] - offsets[k]) <= tolerance }
            let before = max(0, k - 2)..<k, after = (k + 1)..<min(anchors.count, k + 3)
            if !before.isEmpty && before.allSatisfy(agrees) || !after.isEmpty && after.allSatisfy(agrees) { return true }
            return 2 * (before.filter(agrees).count + after.filter(agrees).count) >= before.count + after.count
        }.map { anchors[$0] }
    }

    /// The longest chain of pairs strictly increasing in both coordinates (patience sorting).
    static func longestIncreasingChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        // Sort by source ascending, target descending, so that equal sources never chain.
        let sorted = pairs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 > $1.1 }
        var tails: [Int] = []  // index into sorted of the smallest tail of each length
        var previous = [Int](repeating: -1, count: sorted.count)
        for (index, pair) in sorted.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi { let mid = (lo + hi) / 2; if sorted[tails[mid]].1 < pair.1 { lo = mid + 1 } else { hi = mid } }
            previous[index] = lo > 0 ? tails[lo - 1] : -1
            if lo == tails.count { tails.append(index) } else { tails[lo] = index }
        }
        var chain: [(Int, Int)] = []
        var cursor = tails.last ?? -1
        while cursor >= 0 {
            chain.append(sorted[cursor])
            cursor = previous[cursor]
        }
        return chain.reversed()
    }

    /// For each source position 0…n, the distance in source sentences between the anchors
    /// around it (or the document's ends): where anchors are sparse, the center line is
    /// less sure and the band should be wider.
    static func gaps(anchors: [(Int, Int)], sourceCount: Int) -> [Int] {
        var gaps = [Int](repeating: 0, count: sourceCount + 1)
        var previous = 0
        for next in anchors.map(\.0) + [sourceCount] {
            for i in previous...next { gaps[i] = max(gaps[i], next - previous) }
            previous = next
        }
        return gaps
    }

    /// A center line through the anchors: for source position i (0…n), the target
    /// position, interpolated linearly between anchors and the two corners.
    static func center(anchors: [(Int, Int)], sourceCount: Int, targetCount: Int) -> [Double] {
        var points: [(Double, Double)] = [(0, 0)]
        for (i, j) in anchors { points.append((Double(i) + 0.5, Double(j) + 0.5)) }
        points.append((Double(sourceCount), Double(targetCount)))
        var result = [Double](repeating: 0, count: sourceCount + 1)
        var segment = 0
        for i in 0...sourceCount {
            let x = Double(i)
            while segment + 1 < points.count - 1 && points[segment + 1].0 <= x { segment += 1 }
            let (x0, y0) = points[segment], (x1, y1) = points[segment + 1]
            result[i] = x1 > x0 ? y0 + (y1 - y0) * (x - x0) / (x1 - x0) : y1
        }
        return result
    }
}

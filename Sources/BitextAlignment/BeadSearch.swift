import BitextCore
import Foundation
import Synchronization

/// The parameters of a bead's cost: the length model estimated on the pair, the shape
/// priors and the weights of `AlignerConfiguration`.
struct CostModel: Sendable {
    var length: LengthModel
    /// −log P(shape), indexed by `key(source count, target count)`.
    var shapeCosts: [Double]
    var lengthWeight: Double
    var lexicalWeight: Double
    var noEvidenceDissimilarity: Double
    var skipCost: Double
    /// What each sentence after the first of a one-sided bead of several sentences costs.
    var skipRunCost: Double
    /// The fewest sentences of a long run, searched as a state of the search (a gap of any
    /// length); 0 when long runs are not searched.
    var longRunStart: Int
    /// What a long run's first `longRunStart` sentences cost together, and each further one.
    var longRunEntryCost: Double, longRunExtensionCost: Double
    var blankMergeCost: Double
    /// What a bead pays for each start of a paragraph (or of a unit of `SoftParagraphs`)
    /// that its sides disagree on (`SearchInput.structureMismatchCost`).
    var paragraphCost: Double
    /// What a bead pays when only one of its sides starts at a sentence that continues the
    /// one before (`SearchInput.continuationMismatchCost`).
    var continuationCost: Double
    var lengthCutoff: Double
    var temperature: Double

    init(length: LengthModel, configuration: AlignerConfiguration, maximumBeadSize: Int, paragraphCost: Double,
         continuationCost: Double = 0, longRuns: Bool = false) {
        self.length = length
        shapeCosts = Self.shapeCosts(configuration, maximumBeadSize: maximumBeadSize)
        lengthWeight = configuration.lengthWeight
        lexicalWeight = configuration.lexicalWeight
        noEvidenceDissimilarity = configuration.noEvidenceDissimilarity
        skipCost = configuration.skipCost
        skipRunCost = configuration.skipRunCost
        // The first sentence a skip, the next ones as in a run, the last of the first
        // `longSkipRunStart` already at the long run's price.
        longRunStart = longRuns ? max(2, configuration.longSkipRunStart) : 0
        longRunEntryCost = configuration.skipCost + configuration.skipRunCost * Double(max(0, longRunStart - 2))
            + configuration.longSkipRunCost
        longRunExtensionCost = configuration.longSkipRunCost
        blankMergeCost = configuration.blankMergeCost
        self.paragraphCost = paragraphCost
        self.continuationCost = continuationCost
        lengthCutoff = configuration.lengthCutoff
        temperature = configuration.confidenceTemperature
    }

    @inline(__always)
    static func key(_ source: Int, _ target: Int) -> Int { source << 4 | target }

    /// −log of each shape's prior probability.
    static func shapeCosts(_ configuration: AlignerConfiguration, maximumBeadSize: Int) -> [Double] {
        var costs = [Double](repeating: .infinity, count: 256)
        for a in 1...maximumBeadSize {
            for b in 1...maximumBeadSize {
                let probability: Double
                switch (a, b) {
                case (1, 1): probability = configuration.oneToOneProbability
                case (1, 2), (2, 1): probability = configuration.oneToTwoProbability
                case (2, 2): probability = configuration.twoToTwoProbability
                default: probability = configuration.twoToTwoProbability * pow(configuration.largerBeadDecay, Double(a + b - 4))
                }
                costs[key(a, b)] = -log(probability)
            }
        }
        return costs
    }
}

/// Σ overlap(source s, target t) for the pairs a bead can hold, as cumulative sums along
/// each source sentence's row of nearby target sentences, and which pairs share a concept.
struct PairOverlaps: Sendable {
    private let lower: [Int]
    private let offsets: [Int]
    private let cumulative: [Float]
    /// Along each row, the number of targets so far that share a concept with the source
    /// sentence, modulo 256: a bead's count (at most 15 targets) is a wrapping difference.
    private let sharing: [UInt8]

    /// Overlaps for the sentence pairs that beads of at most `maximumBeadSize` sentences a
    /// side can hold inside `band`.
    init(band: Band, maximumBeadSize: Int, source: SentenceVectors, target: SentenceVectors) {
        let n = band.sourceCount, m = band.targetCount
        var lower = [Int](repeating: 0, count: n), offsets = [Int](repeating: 0, count: n + 1)
        var widths = [Int](repeating: 0, count: n)
        for s in 0..<n {
            lower[s] = max(0, band.lower[s + 1] - maximumBeadSize)
            let upper = min(m, band.upper[min(n, s + maximumBeadSize)])
            widths[s] = max(0, upper - lower[s])
            offsets[s + 1] = offsets[s] + widths[s] + 1
        }
        var cumulative = [Float](repeating: 0, count: offsets[n])
        var sharing = [UInt8](repeating: 0, count: offsets[n])
        // Rows are independent: two threads take half of them each.
        let middle = offsets.firstIndex { $0 >= offsets[n] / 2 } ?? n
        let parts = [0..<min(middle, n), min(middle, n)..<n]
        let rows = UncheckedSendable((lower: lower, offsets: offsets, widths: widths))
        let postings = ConceptPostings(target)
        let widest = widths.max() ?? 0
        cumulative.withUnsafeMutableBufferPointer { cumulative in
            sharing.withUnsafeMutableBufferPointer { sharing in
                let buffers = UncheckedSendable((cumulative: cumulative, sharing: sharing))
                _ = Concurrency.map(count: parts.count) { part in
                    let (lower, offsets, widths) = rows.value
                    let (cumulative, sharing) = buffers.value
                    // Each pair's overlap, added up over the concepts the two share in
                    // increasing order, as `SentenceVectors.overlap` adds them.
                    var pairSums = [Float](repeating: 0, count: widest), pairShares = [Bool](repeating: false, count: widest)
                    for s in parts[part] {
                        let width = widths[s], first = lower[s]
                        for k in 0..<width {
                            pairSums[k] = 0
                            pairShares[k] = false
                        }
                        for entry in source.starts[s]..<source.starts[s + 1] {
                            let sourceValue = source.values[entry]
                            postings.forEach(source.concepts[entry], in: first..<(first + width)) { t, targetValue in
                                pairSums[t - first] += min(sourceValue, targetValue)
                                pairShares[t - first] = true
                            }
                        }
                        var sum: Float = 0, count: UInt8 = 0
                        for k in 0..<width {
                            sum += pairSums[k]
                            if pairShares[k] { count &+= 1 }
                            cumulative[offsets[s] + k + 1] = sum
                            sharing[offsets[s] + k + 1] = count
                        }
                    }
                }
            }
        }
        self.lower = lower
        self.offsets = offsets
        self.cumulative = cumulative
        self.sharing = sharing
    }

    /// Σ overlap(s, t) for t in `targets`.
    @inline(__always)
    func sum(source s: Int, targets: Range<Int>) -> Float {
        let width = offsets[s + 1] - offsets[s] - 1
        let from = min(max(targets.lowerBound - lower[s], 0), width)
        let to = min(max(targets.upperBound - lower[s], 0), width)
        return cumulative[offsets[s] + to] - cumulative[offsets[s] + from]
    }

    /// How many of `targets` (at most 255) share a concept with source sentence `s`, or nil
    /// when some of them are outside the row kept for `s`.
    @inline(__always)
    func sharingCount(source s: Int, targets: Range<Int>) -> Int? {
        let width = offsets[s + 1] - offsets[s] - 1
        let from = targets.lowerBound - lower[s], to = targets.upperBound - lower[s]
        guard from >= 0, to <= width else { return nil }
        return Int(sharing[offsets[s] + to] &- sharing[offsets[s] + from])
    }

    /// Whether target `t` (inside the row kept for `s`) shares a concept with source `s`.
    @inline(__always)
    func shares(source s: Int, target t: Int) -> Bool {
        let k = offsets[s] + t - lower[s]
        return sharing[k + 1] != sharing[k]
    }
}

/// Dynamic programming over beads inside a band: the best path (Viterbi) and, for the
/// confidence, each bead's posterior probability (forward–backward).
struct BeadSearch {
    let band: Band
    let shapes: [(source: Int, target: Int)]
    let model: CostModel
    let overlaps: PairOverlaps
    /// The sentence vectors, for beads of more than one sentence a side.
    let sourceVectors: SentenceVectors, targetVectors: SentenceVectors
    /// Scratch space for beads of several sentences a side (one per thread).
    var accumulator: OverlapAccumulator
    /// Prefix sums over sentences: characters and matchable concept mass.
    let sourceCharacters: [Int], targetCharacters: [Int]
    let sourceMass: [Float], targetMass: [Float]
    /// Prefix counts of sentences with no matchable mass.
    let sourceBlanks: [Int], targetBlanks: [Int]
    /// Prefix counts of sentences that start a paragraph (empty when paragraphs are
    /// unknown): a bead's starts are a few reads. Not optionals: unwrapping one for every
    /// bead retains and releases the array, which took the 100,000-sentence novel
    /// benchmark (dialogue turns for paragraphs) 8 % longer.
    let sourceParagraphCounts: [Int], targetParagraphCounts: [Int]
    /// Which sentences continue the one before (`ContinuationLines`; empty when unknown).
    let sourceContinues: [Bool], targetContinues: [Bool]

    /// The cost of the bead [i−a, i) × [j−b, j), or `nil` when it is not considered or
    /// would cost `budget` or more (then its exact overlap is not even computed).
    @inline(__always)
    func cost(_ i: Int, _ j: Int, _ a: Int, _ b: Int, budget: Double = .infinity) -> Double? {
        if a == 0 || b == 0 { return model.skipCost + model.skipRunCost * Double(a + b - 1) + paragraphCost(i, j, a, b) }
        let size = Double(a + b) / 2
        var blanks = 0
        if a > 1 { blanks += sourceBlanks[i] - sourceBlanks[i - a] }
        if b > 1 { blanks += targetBlanks[j] - targetBlanks[j - b] }
        let shapeCost = model.shapeCosts[CostModel.key(a, b)]
        // Without its length and paragraph terms (never negative) the fixed part below is
        // no larger, in floating point too (rounding is monotonic): when that already
        // reaches the budget, the bead is out whatever they are, and they need not be
        // computed.
        let unlengthed = shapeCost + model.blankMergeCost * Double(blanks)
        if model.lengthWeight >= 0 && unlengthed >= budget { return nil }
        let mass = (sourceMass[i] - sourceMass[i - a]) + (targetMass[j] - targetMass[j - b])
        var pairwise: Float = 0, lexical = 0.0
        if mass > 0 {
            for s in (i - a)..<i { pairwise += overlaps.sum(source: s, targets: (j - b)..<j) }
            lexical = model.lexicalWeight * (1 - min(1, Double(2 * pairwise / mass))) * size
            // The same bound with the lexical term too, which is cheaper than the length's
            // (two divisions and a square root): most beads away from the path stop here.
            if model.lengthWeight >= 0 && unlengthed + lexical >= budget { return nil }
        }
        let paragraph = paragraphCost(i, j, a, b) + continuationCost(i, j, a, b)
        let sourceLength = sourceCharacters[i] - sourceCharacters[i - a]
        let targetLength = targetCharacters[j] - targetCharacters[j - b]
        let lengthCost = model.length.cost(source: sourceLength, target: targetLength)
        if lengthCost > model.lengthCutoff && (a > 1 || b > 1) { return nil }
        let fixed = fixedCost(shapeCost: shapeCost, lengthCost: lengthCost, size: size, paragraph: paragraph, blanks: blanks)
        if fixed >= budget { return nil }
        guard mass > 0 else { return lexicalCost(fixed: fixed, overlap: 0, mass: mass, size: size) }
        let pairwiseCost = fixed + lexical
        // With one sentence on a side, the summed pairwise overlap is the score: exact for
        // 1-1 beads; for 1-n beads it counts a concept once per pair, which did better on
        // the development sets than the exact overlap.
        if a == 1 || b == 1 { return pairwiseCost < budget ? pairwiseCost : nil }
        // Otherwise it bounds the exact overlap from above, so the cost from below.
        if pairwiseCost >= budget { return nil }
        // A concept shared by several pairs counts once: add up each side instead.
        return lexicalCost(fixed: fixed, overlap: exactOverlap(i, j, a, b), mass: mass, size: size)
    }

    /// The part of a bead's cost that words do not change: its shape, its lengths, the
    /// paragraph starts and continued lines its sides disagree on (`paragraph`) and the
    /// blank sentences it merges. `cost` and `beadCostTable` both work it out here, by the
    /// same operations.
    @inline(__always)
    private func fixedCost(shapeCost: Double, lengthCost: Double, size: Double, paragraph: Double, blanks: Int) -> Double {
        shapeCost + model.lengthWeight * lengthCost * size + paragraph + model.blankMergeCost * Double(blanks)
    }

    /// A bead's whole cost from its fixed part and the overlap of its sides' concepts, out
    /// of their matchable `mass` (without any, the cost of no evidence).
    @inline(__always)
    private func lexicalCost(fixed: Double, overlap: Float, mass: Float, size: Double) -> Double {
        guard mass > 0 else { return fixed + model.lexicalWeight * model.noEvidenceDissimilarity * size }
        return fixed + model.lexicalWeight * (1 - min(1, Double(2 * overlap / mass))) * size
    }

    /// Σ over concepts of min(the source side's total, the target side's) for the bead
    /// [i−a, i) × [j−b, j), as `OverlapAccumulator` adds it up. Most beads away from the
    /// path have at most one target sharing anything with each source sentence, and no
    /// target shared by two: then each shared concept is in one pair only, and the sum is
    /// the pairs' overlaps added in the accumulator's order, without touching the others.
    @inline(__always)
    func exactOverlap(_ i: Int, _ j: Int, _ a: Int, _ b: Int) -> Float {
        let targets = (j - b)..<j
        var result: Float = 0, used: UInt32 = 0
        for s in (i - a)..<i {
            guard let count = overlaps.sharingCount(source: s, targets: targets), count <= 1 else {
                return accumulator.overlap(source: sourceVectors, (i - a)..<i, target: targetVectors, targets)
            }
            if count == 0 { continue }
            var t = targets.lowerBound
            while !overlaps.shares(source: s, target: t) { t += 1 }
            let bit: UInt32 = 1 << UInt32(t - targets.lowerBound)
            if used & bit != 0 { return accumulator.overlap(source: sourceVectors, (i - a)..<i, target: targetVectors, targets) }
            used |= bit
            result = sourceVectors.overlap(s, with: targetVectors, t, adding: result).sum
        }
        return result
    }

    /// What the bead [i−a, i) × [j−b, j) (a and b at least 1) pays when only one of its
    /// sides starts at a sentence that continues the one before. Beads of one side are
    /// spared: a sentence left out is left out whichever sentence it continues.
    @inline(__always)
    private func continuationCost(_ i: Int, _ j: Int, _ a: Int, _ b: Int) -> Double {
        guard !sourceContinues.isEmpty, sourceContinues[i - a] != targetContinues[j - b] else { return 0 }
        return model.continuationCost
    }

    @inline(__always)
    private func paragraphCost(_ i: Int, _ j: Int, _ a: Int, _ b: Int) -> Double {
        guard !sourceParagraphCounts.isEmpty else { return 0 }
        let sourceCounts = sourceParagraphCounts, targetCounts = targetParagraphCounts
        // Paragraph starts strictly inside each side should match, and so should whether
        // the bead starts a paragraph.
        var inside = 0
        if a > 1 { inside += sourceCounts[i] - sourceCounts[i - a + 1] }
        if b > 1 { inside -= targetCounts[j] - targetCounts[j - b + 1] }
        var mismatches = abs(inside)
        if a > 0 && b > 0 && sourceCounts[i - a + 1] - sourceCounts[i - a] != targetCounts[j - b + 1] - targetCounts[j - b] {
            mismatches += 1
        }
        return model.paragraphCost * Double(mismatches)
    }

    /// What the first `model.longRunStart` sentences of a long run ending at (i, j) cost
    /// together, down the source side (`vertical`) or along the target side: as a one-sided
    /// bead of that size, with the long run's price for its last sentence.
    @inline(__always)
    func longRunEntryCost(_ i: Int, _ j: Int, vertical: Bool) -> Double {
        let size = model.longRunStart
        return model.longRunEntryCost + paragraphCost(i, j, vertical ? size : 0, vertical ? 0 : size)
    }

    /// What source sentence i − 1 (target sentence j − 1 when not `vertical`) costs when it
    /// extends a long run to (i, j): the long run's price, and a paragraph start of its own,
    /// which is inside the run.
    @inline(__always)
    func longRunExtensionCost(_ i: Int, _ j: Int, vertical: Bool) -> Double {
        guard !sourceParagraphCounts.isEmpty else { return model.longRunExtensionCost }
        let starts = vertical ? sourceParagraphCounts[i] - sourceParagraphCounts[i - 1]
                              : targetParagraphCounts[j] - targetParagraphCounts[j - 1]
        return model.longRunExtensionCost + model.paragraphCost * Double(starts)
    }

    /// The best path, as beads (source range, target range, cost), from (0, 0) to (n, m).
    /// Without `costs` (a pass that only places the next band) each bead's cost is 0, and
    /// the best totals are kept for the last rows only: in the first pass, whose band is
    /// the widest, they were most of the aligner's memory.
    ///
    /// With `threads` above 1 the rows are taken in turn by up to that many threads (inside
    /// a task of a parallel loop, only by those with a processor free: see `Concurrency`),
    /// each cell waiting for the cells of the rows above that it reads (a wavefront): every
    /// cell is worked out by the same operations in the same order as on one thread, so the
    /// path is the same to the bit.
    ///
    /// Long runs (`model.longRunStart`) are two more states of each cell: the best total of
    /// the paths that reach it in a run down the source side (kept for every cell: the row
    /// below extends it) and along the target side (kept along the row only); a cell's best
    /// total takes either when it is lower than every bead's, and the run comes out as a
    /// bead of its first `longRunStart` sentences and one of each further sentence.
    func bestPath(costs: Bool = true, threads: Int = 1) -> [(source: Range<Int>, target: Range<Int>, cost: Double)] {
        // Rows kept when not all are: the current one and those a bead or a long run's first
        // sentences reach back to, and with several threads one more for each further
        // thread. A row's last cell waits for the whole row above, so rows are complete in
        // order: when a thread takes row i, rows up to i − threads are complete, and they are
        // all that read the row whose slot it takes.
        let reach = max(shapes.map(\.source).max() ?? 1, model.longRunStart)
        let threads = max(1, min(threads, Concurrency.threadLimit))
        let span = reach + threads
        let width = costs ? 0 : (0...band.sourceCount).map { band.upper[$0] - band.lower[$0] + 1 }.max()!
        var best = [Double](repeating: .infinity, count: costs ? band.cellCount : span * width)
        var choice = [UInt8](repeating: .max, count: band.cellCount)
        let runs = model.longRunStart > 0
        var vertical = [Double](repeating: .infinity, count: runs ? band.cellCount : 0)
        var runChoice = [UInt8](repeating: 0, count: runs ? band.cellCount : 0)
        best[0] = 0
        best.withUnsafeMutableBufferPointer { best in
          choice.withUnsafeMutableBufferPointer { choice in
            vertical.withUnsafeMutableBufferPointer { vertical in
              runChoice.withUnsafeMutableBufferPointer { runChoice in
                let rows = PathRows(best: best, choice: choice, vertical: vertical, runChoice: runChoice,
                                    span: span, width: width, keepsAll: costs)
                if threads == 1 {
                    for i in 0...band.sourceCount { fillRow(i, of: rows) }
                } else {
                    let progress = RowProgress(rows: band.sourceCount + 1)
                    let shared = UncheckedSendable((search: self, rows: rows, progress: progress))
                    _ = Concurrency.map(count: threads) { thread in
                        let (first, rows, progress) = shared.value
                        // The accumulator is scratch space: one per thread.
                        var search = first
                        if thread > 0 { search.accumulator = first.accumulator.twin() }
                        while let i = progress.claim() {
                            search.fillRow(i, of: rows) { j in
                                // The cells up to column j of the rows a bead reaches back to
                                // that may be unfinished: rows are complete in order, so only
                                // the last threads − 1 can be (those of the other threads).
                                for row in max(0, i - reach, i - threads + 1)..<i where j >= search.band.lower[row] {
                                    progress.wait(row: row, cells: min(j, search.band.upper[row]) - search.band.lower[row] + 1)
                                }
                            } done: { cells in
                                progress.publish(row: i, cells: cells)
                            }
                        }
                    }
                }
              }
            }
          }
        }
        var path: [(source: Range<Int>, target: Range<Int>, cost: Double)] = []
        var i = band.sourceCount, j = band.targetCount
        // Whether the path is inside a long run at (i, j), and along which side.
        var inRun: (vertical: Bool, horizontal: Bool) = (false, false)
        while i + j > 0 {
            let cell = band.index(i, j)!
            if inRun.vertical || inRun.horizontal {
                let vertical = inRun.vertical
                let extends = runChoice[cell] & (vertical ? Self.verticalExtends : Self.horizontalExtends) != 0
                let size = extends ? 1 : model.longRunStart
                let cost = !costs ? 0 : extends ? longRunExtensionCost(i, j, vertical: vertical) : longRunEntryCost(i, j, vertical: vertical)
                path.append(vertical ? ((i - size)..<i, j..<j, cost) : (i..<i, (j - size)..<j, cost))
                if vertical { i -= size } else { j -= size }
                if !extends { inRun = (false, false) }
                continue
            }
            switch choice[cell] {
            case Self.verticalRunEnds: inRun.vertical = true
            case Self.horizontalRunEnds: inRun.horizontal = true
            default:
                let shape = shapes[Int(choice[cell])]
                let previous = band.index(i - shape.source, j - shape.target)!
                path.append(((i - shape.source)..<i, (j - shape.target)..<j, costs ? best[cell] - best[previous] : 0))
                i -= shape.source
                j -= shape.target
            }
        }
        return path.reversed()
    }

    /// `choice` for a cell whose best path ends a long run there, down the source side or
    /// along the target side (shapes are numbered from 0, far below these).
    private static let verticalRunEnds: UInt8 = 0xFE, horizontalRunEnds: UInt8 = 0xFD
    /// `runChoice` bits: the cell's run down the source side (along the target side) is the
    /// run of the cell above (to the left) extended by a sentence, not a run's first sentences.
    private static let verticalExtends: UInt8 = 1, horizontalExtends: UInt8 = 2

    /// Works out row `i` of `rows`, cell by cell: `ready(j)` is called before cell (i, j)
    /// reads the rows above, and `done(k)` after the row's first k cells are stored.
    @inline(__always)
    private func fillRow(_ i: Int, of rows: PathRows, ready: (Int) -> Void = { _ in }, done: (Int) -> Void = { _ in }) {
        let lower = band.lower[i], start = model.longRunStart
        // The best total of the paths in a run along the target side to the cell before.
        var horizontal = Double.infinity
        for j in lower...band.upper[i] {
            ready(j)
            defer { done(j - lower + 1) }
            guard let cell = band.index(i, j), i + j > 0 else { continue }
            var bestCost = Double.infinity, bestShape = UInt8.max
            for (index, shape) in shapes.enumerated() {
                guard i >= shape.source, j >= shape.target,
                      let previous = band.index(i - shape.source, j - shape.target) else { continue }
                let previousBest = rows.best[rows.slot(previous, i - shape.source, j - shape.target, band: band)]
                guard previousBest < .infinity,
                      let cost = cost(i, j, shape.source, shape.target, budget: bestCost - previousBest)
                else { continue }
                let total = previousBest + cost
                if total < bestCost {
                    bestCost = total
                    bestShape = UInt8(index)
                }
            }
            if start > 0 {
                let (down, along) = longRuns(to: i, j, cell: cell, of: rows, horizontal: horizontal)
                horizontal = along
                if down < bestCost { (bestCost, bestShape) = (down, Self.verticalRunEnds) }
                if along < bestCost { (bestCost, bestShape) = (along, Self.horizontalRunEnds) }
            }
            rows.best[rows.slot(cell, i, j, band: band)] = bestCost
            rows.choice[cell] = bestShape
        }
    }

    /// The best totals of the paths that reach cell (i, j), numbered `cell`, in a long run
    /// down the source side and along the target side, stored with how each was reached
    /// (the first is also kept in `rows`); `horizontal` is the second's value at the cell
    /// before. Apart from `fillRow`, whose loop over the shapes is the search's hot path,
    /// and is kept small enough to have its bead costs worked out in place.
    @inline(never)
    private func longRuns(to i: Int, _ j: Int, cell: Int, of rows: PathRows, horizontal: Double) -> (down: Double, along: Double) {
        let start = model.longRunStart
        var flags: UInt8 = 0, down = Double.infinity, along = Double.infinity
        if i >= start, let first = band.index(i - start, j) {
            down = rows.best[rows.slot(first, i - start, j, band: band)] + longRunEntryCost(i, j, vertical: true)
        }
        if i > 0, let above = band.index(i - 1, j) {
            let extended = rows.vertical[above] + longRunExtensionCost(i, j, vertical: true)
            if extended < down { (down, flags) = (extended, flags | Self.verticalExtends) }
        }
        if j >= start, let first = band.index(i, j - start) {
            along = rows.best[rows.slot(first, i, j - start, band: band)] + longRunEntryCost(i, j, vertical: false)
        }
        if j > band.lower[i] {
            let extended = horizontal + longRunExtensionCost(i, j, vertical: false)
            if extended < along { (along, flags) = (extended, flags | Self.horizontalExtends) }
        }
        rows.vertical[cell] = down
        rows.runChoice[cell] = flags
        return (down, along)
    }

    /// The posterior probability of each bead of `path` among all paths in the band; for a
    /// one-sided bead, one for each of its sentences: that the sentence is left alone, by a
    /// one-sided bead of any size or a long run, at any point of the other side. A passage
    /// left out can be cut into runs in many ways (`skipRunLengths`), and put between
    /// several pairs of sentences of the other side when those next to it could go with
    /// either end, each with a small posterior, while what a reader asks of each sentence
    /// is whether it has a counterpart (and a one-sided bead is right whatever the point:
    /// its sentence has none). The
    /// forward and backward passes are independent: they run at once, each with its own
    /// accumulator, and give the same figures as one after the other. Both need nearly
    /// every bead's cost: most are worked out once for both (`beadCostTable`).
    func posteriors(of path: [(source: Range<Int>, target: Range<Int>, cost: Double)]) -> [[Double]] {
        let temperature = model.temperature
        let table = beadCostTable()
        var backwardSearch = self
        backwardSearch.accumulator = accumulator.twin()
        let shared = UncheckedSendable((forward: self, backward: backwardSearch, table: table))
        let (forward, backward) = Concurrency.both({ shared.value.forward.forwardScores(table: shared.value.table) },
                                                   { shared.value.backward.backwardScores(table: shared.value.table) })
        let total = forward.cells[band.index(band.sourceCount, band.targetCount)!]
        func posterior(from start: (Int, Int), to end: (Int, Int), cost: Double) -> Double {
            guard let first = band.index(start.0, start.1), let last = band.index(end.0, end.1) else { return 0 }
            return exp(forward.cells[first] - cost / temperature + backward.cells[last] - total)
        }
        let runStart = model.longRunStart
        // The probability that sentence `k` of one side is in a long run at `other`: as one of
        // the run's first sentences, or as a sentence that extends it.
        func inLongRun(_ k: Int, source: Bool, at other: Int) -> Double {
            guard runStart > 0 else { return 0 }
            @inline(__always) func cell(_ sentence: Int) -> Int? { source ? band.index(sentence, other) : band.index(other, sentence) }
            let runs = source ? (forward.vertical, backward.vertical) : (forward.horizontal, backward.horizontal)
            var sum = 0.0
            for first in max(0, k - runStart + 1)...k {
                guard let from = cell(first), let to = cell(first + runStart) else { continue }
                let (i, j) = source ? (first + runStart, other) : (other, first + runStart)
                sum += exp(forward.cells[from] - longRunEntryCost(i, j, vertical: source) / temperature + runs.1[to] - total)
            }
            if let from = cell(k), let to = cell(k + 1) {
                let (i, j) = source ? (k + 1, other) : (other, k + 1)
                sum += exp(runs.0[from] - longRunExtensionCost(i, j, vertical: source) / temperature + runs.1[to] - total)
            }
            return sum
        }
        // The sizes of the one-sided beads searched, on each side (in the shapes' order).
        let sourceRuns = shapes.filter { $0.target == 0 }.map(\.source), targetRuns = shapes.filter { $0.source == 0 }.map(\.target)
        // The probability that sentence `k` of one side (the source's when `source`) is left
        // alone at `other` on the other side, by a one-sided bead of any size searched or in
        // a long run.
        func alone(_ k: Int, source: Bool, at other: Int) -> Double {
            var sum = 0.0
            for run in source ? sourceRuns : targetRuns {
                for first in max(0, k - run + 1)...k where first + run <= (source ? band.sourceCount : band.targetCount) {
                    let (start, end) = source ? ((first, other), (first + run, other)) : ((other, first), (other, first + run))
                    let cost = cost(end.0, end.1, source ? run : 0, source ? 0 : run) ?? .infinity
                    sum += posterior(from: start, to: end, cost: cost)
                }
            }
            return min(1, max(0, sum + inLongRun(k, source: source, at: other)))
        }
        // The same at every point of the other side where the band holds the sentence's
        // two ends (a stretch around `other`, the path's point: the band is monotonic).
        func aloneAnywhere(_ k: Int, source: Bool, near other: Int) -> Double {
            @inline(__always) func holds(_ point: Int) -> Bool {
                source ? band.index(k, point) != nil && band.index(k + 1, point) != nil
                       : band.index(point, k) != nil && band.index(point, k + 1) != nil
            }
            var sum = 0.0, point = other
            while point >= 0 && holds(point) {
                sum += alone(k, source: source, at: point)
                point -= 1
            }
            point = other + 1
            while holds(point) {
                sum += alone(k, source: source, at: point)
                point += 1
            }
            return min(1, max(0, sum))
        }
        return path.map { bead in
            if bead.target.isEmpty { return bead.source.map { aloneAnywhere($0, source: true, near: bead.target.lowerBound) } }
            if bead.source.isEmpty { return bead.target.map { aloneAnywhere($0, source: false, near: bead.source.lowerBound) } }
            let value = posterior(from: (bead.source.lowerBound, bead.target.lowerBound),
                                  to: (bead.source.upperBound, bead.target.upperBound), cost: bead.cost)
            return [min(1, max(0, value))]
        }
    }

    /// The cost of every bead of a shape the table holds with both ends in the band,
    /// as `cost` works it out without a budget (+∞ beyond the length cutoff), computed by
    /// two threads, each over its half of the rows.
    func beadCostTable() -> BeadCostTable {
        var table = BeadCostTable(cellCount: band.cellCount)
        let largest = min(shapes.filter { $0.target > 0 }.map(\.source).max() ?? 1, BeadCostTable.largestSide)
        let halfway = band.offsets[band.sourceCount] / 2
        let middle = band.offsets.firstIndex { $0 >= halfway } ?? band.sourceCount
        let parts = [0..<middle, middle..<(band.sourceCount + 1)]
        let search = UncheckedSendable(self)
        table.values.withUnsafeMutableBufferPointer { buffer in
            let values = UncheckedSendable(buffer)
            _ = Concurrency.map(count: parts.count) { part in
                search.value.fillBeadCosts(rows: parts[part], largest: largest, into: values.value)
            }
        }
        return table
    }

    private func fillBeadCosts(rows: Range<Int>, largest: Int, into values: UnsafeMutableBufferPointer<Double>) {
        // One sentence on a side: `cost` itself (its pairwise overlaps are already summed).
        for i in rows where i >= 1 {
            for j in band.lower[i]...band.upper[i] where j >= 1 {
                let cell = band.index(i, j)!
                for a in 1...min(largest, i) {
                    for b in 1...min(largest, j)
                    where (a == 1 || b == 1) && BeadCostTable.shapeSlot(a, b) != nil && band.index(i - a, j - b) != nil {
                        values[BeadCostTable.slot(cell: cell, a, b)] = cost(i, j, a, b) ?? .infinity
                    }
                }
            }
        }
        guard largest >= 2 else { return }
        // Several on each side: their exact overlaps added up row by row.
        let row = RowOverlapAccumulator(conceptCount: accumulator.capacity)
        // Of each target sentence the row's beads read, the entries the source side has.
        var sharedPositions: [Int32] = [], sharedValues: [Float] = [], sharedStarts: [Int] = []
        // The fixed part of each size's cost, while its overlap is added up.
        var fixedCosts = [Double](repeating: 0, count: largest + 1)
        for i in rows where i >= 2 {
            for a in 2...min(largest, i) {
                let lower = band.lower[i - a], upper = min(band.upper[i - a], band.upper[i] - 2)
                guard lower <= upper else { continue }
                row.load(sourceVectors, (i - a)..<i)
                let sourceLength = sourceCharacters[i] - sourceCharacters[i - a], sourceMass = sourceMass[i] - sourceMass[i - a]
                let sourceBlankCount = sourceBlanks[i] - sourceBlanks[i - a]
                sharedPositions.removeAll(keepingCapacity: true)
                sharedValues.removeAll(keepingCapacity: true)
                sharedStarts.removeAll(keepingCapacity: true)
                sharedStarts.append(0)
                // Target sentences lower..<read have their shared entries in `shared…`.
                var read = lower
                // The beads [t, t + b) for b = 2…largest, by their first target t: the target
                // side grows one sentence at a time.
                for t in lower...upper where t + 2 <= band.targetCount {
                    // Bit b for each size b whose overlap is needed.
                    var sizes: UInt32 = 0
                    for b in 2...min(largest, band.targetCount - t) {
                        let j = t + b
                        guard j >= band.lower[i], j <= band.upper[i] else { continue }
                        let slot = BeadCostTable.slot(cell: band.index(i, j)!, a, b)
                        let lengthCost = model.length.cost(source: sourceLength, target: targetCharacters[j] - targetCharacters[t])
                        guard lengthCost <= model.lengthCutoff else {
                            values[slot] = .infinity
                            continue
                        }
                        let size = Double(a + b) / 2, blanks = sourceBlankCount + (targetBlanks[j] - targetBlanks[t])
                        let fixed = fixedCost(shapeCost: model.shapeCosts[CostModel.key(a, b)], lengthCost: lengthCost, size: size,
                                              paragraph: paragraphCost(i, j, a, b) + continuationCost(i, j, a, b), blanks: blanks)
                        if sourceMass + (targetMass[j] - targetMass[t]) > 0 {
                            fixedCosts[b] = fixed
                            sizes |= 1 << UInt32(b)
                        } else {
                            values[slot] = lexicalCost(fixed: fixed, overlap: 0, mass: 0, size: size)
                        }
                    }
                    guard sizes != 0 else { continue }
                    let longest = 31 - sizes.leadingZeroBitCount
                    while read < t + longest {
                        row.appendShared(targetVectors, read, positions: &sharedPositions, values: &sharedValues)
                        sharedStarts.append(sharedPositions.count)
                        read += 1
                    }
                    sharedPositions.withUnsafeBufferPointer { positions in
                        sharedValues.withUnsafeBufferPointer { weights in
                            @inline(__always) func addSentence(_ sentence: Int) {
                                let entries = sharedStarts[sentence - lower]..<sharedStarts[sentence - lower + 1]
                                row.addShared(UnsafeBufferPointer(rebasing: positions[entries]), UnsafeBufferPointer(rebasing: weights[entries]))
                            }
                            row.startTarget()
                            addSentence(t)
                            for b in 2...longest {
                                addSentence(t + b - 1)
                                guard sizes & 1 << UInt32(b) != 0 else { continue }
                                let j = t + b
                                values[BeadCostTable.slot(cell: band.index(i, j)!, a, b)] =
                                    lexicalCost(fixed: fixedCosts[b], overlap: row.overlap,
                                                mass: sourceMass + (targetMass[j] - targetMass[t]), size: Double(a + b) / 2)
                            }
                        }
                    }
                }
            }
        }
    }

    /// The cost of shape `shape`'s bead ending in cell (i, j), numbered `cell`, or nil when
    /// it would cost `budget` or more: from `table` where it holds the shape (`slots`).
    /// Beads the table holds are left out when their own cost reaches the budget, where
    /// `cost` may keep one whose lower bound does not: such a term is below e^−30 of the
    /// sum it would join.
    @inline(__always)
    private func cost(_ i: Int, _ j: Int, _ shape: Int, cell: Int, table: BeadCostTable, slots: [Int?], budget: Double) -> Double? {
        guard let slot = slots[shape] else { return cost(i, j, shapes[shape].source, shapes[shape].target, budget: budget) }
        let value = table.values[cell * BeadCostTable.shapesPerCell + slot]
        return value < budget ? value : nil
    }

    /// log Σ over the paths from (0, 0) to each cell of exp(−cost / temperature): of all
    /// paths (`cells`), and of those that reach it in a long run down the source side
    /// (`vertical`) or along the target side (`horizontal`; both empty without long runs).
    private func forwardScores(table: BeadCostTable) -> PathScores {
        let temperature = model.temperature, tableSlots = shapes.map { BeadCostTable.shapeSlot($0.source, $0.target) }
        var forward = [Double](repeating: -.infinity, count: band.cellCount)
        let start = model.longRunStart, runCells = start > 0 ? band.cellCount : 0
        var vertical = [Double](repeating: -.infinity, count: runCells), horizontal = vertical
        forward[0] = 0
        for i in 0...band.sourceCount {
            for j in band.lower[i]...band.upper[i] where i + j > 0 {
                let cell = band.index(i, j)!
                var total = LogSum()
                for (index, shape) in shapes.enumerated() {
                    guard i >= shape.source, j >= shape.target,
                          let previous = band.index(i - shape.source, j - shape.target), forward[previous] > -.infinity,
                          let cost = cost(i, j, index, cell: cell, table: table, slots: tableSlots,
                                          budget: total.budget(for: forward[previous], temperature: temperature))
                    else { continue }
                    total.add(forward[previous] - cost / temperature)
                }
                if start > 0 {
                    (vertical[cell], horizontal[cell]) = forwardLongRuns(to: i, j, cell: cell, forward, vertical, horizontal)
                    total.add(vertical[cell])
                    total.add(horizontal[cell])
                }
                forward[cell] = total.value
            }
        }
        return PathScores(cells: forward, vertical: vertical, horizontal: horizontal)
    }

    /// The forward scores of the paths that reach cell (i, j), numbered `cell`, in a long
    /// run down the source side and along the target side, from the scores of the cells
    /// before. Apart from the loop over the shapes, which is kept small enough to have its
    /// bead costs worked out in place.
    @inline(never)
    private func forwardLongRuns(to i: Int, _ j: Int, cell: Int, _ forward: [Double], _ vertical: [Double], _ horizontal: [Double])
        -> (down: Double, along: Double) {
        let start = model.longRunStart, temperature = model.temperature
        var down = LogSum(), along = LogSum()
        if i >= start, let first = band.index(i - start, j) {
            down.add(forward[first] - longRunEntryCost(i, j, vertical: true) / temperature)
        }
        if i > 0, let above = band.index(i - 1, j) {
            down.add(vertical[above] - longRunExtensionCost(i, j, vertical: true) / temperature)
        }
        if j >= start, let first = band.index(i, j - start) {
            along.add(forward[first] - longRunEntryCost(i, j, vertical: false) / temperature)
        }
        if j > band.lower[i] {
            along.add(horizontal[cell - 1] - longRunExtensionCost(i, j, vertical: false) / temperature)
        }
        return (down.value, along.value)
    }

    /// log Σ over the paths from each cell to (n, m) of exp(−cost / temperature): from the
    /// cell (`cells`), and from inside a long run there down the source side (`vertical`)
    /// or along the target side (`horizontal`), which may end or go on (both empty without
    /// long runs).
    private func backwardScores(table: BeadCostTable) -> PathScores {
        let temperature = model.temperature, tableSlots = shapes.map { BeadCostTable.shapeSlot($0.source, $0.target) }
        var backward = [Double](repeating: -.infinity, count: band.cellCount)
        let start = model.longRunStart, runCells = start > 0 ? band.cellCount : 0
        var vertical = [Double](repeating: -.infinity, count: runCells), horizontal = vertical
        let end = band.index(band.sourceCount, band.targetCount)!
        backward[end] = 0
        if start > 0 { (vertical[end], horizontal[end]) = (0, 0) }
        for i in stride(from: band.sourceCount, through: 0, by: -1) {
            for j in stride(from: band.upper[i], through: band.lower[i], by: -1) {
                guard i < band.sourceCount || j < band.targetCount else { continue }
                let cell = band.index(i, j)!
                var total = LogSum()
                for (index, shape) in shapes.enumerated() {
                    let nextI = i + shape.source, nextJ = j + shape.target
                    guard let next = band.index(nextI, nextJ), backward[next] > -.infinity,
                          let cost = cost(nextI, nextJ, index, cell: next, table: table, slots: tableSlots,
                                          budget: total.budget(for: backward[next], temperature: temperature))
                    else { continue }
                    total.add(backward[next] - cost / temperature)
                }
                if start > 0 {
                    let scores = backwardLongRuns(from: i, j, cell: cell, beads: total, vertical, horizontal)
                    (backward[cell], vertical[cell], horizontal[cell]) = (scores.cell, scores.down, scores.along)
                } else {
                    backward[cell] = total.value
                }
            }
        }
        return PathScores(cells: backward, vertical: vertical, horizontal: horizontal)
    }

    /// The backward scores from cell (i, j), numbered `cell`: of all paths (the beads'
    /// sum `beads`, with long runs that start there), and of those inside a long run there
    /// down the source side and along the target side, which end there or go on. Apart
    /// from the loop over the shapes, as `forwardLongRuns`.
    @inline(never)
    private func backwardLongRuns(from i: Int, _ j: Int, cell: Int, beads: LogSum, _ vertical: [Double], _ horizontal: [Double])
        -> (cell: Double, down: Double, along: Double) {
        let start = model.longRunStart, temperature = model.temperature
        var total = beads
        if let first = band.index(i + start, j) {
            total.add(vertical[first] - longRunEntryCost(i + start, j, vertical: true) / temperature)
        }
        if let first = band.index(i, j + start) {
            total.add(horizontal[first] - longRunEntryCost(i, j + start, vertical: false) / temperature)
        }
        var down = LogSum(), along = LogSum()
        down.add(total.value)
        along.add(total.value)
        if let below = band.index(i + 1, j) {
            down.add(vertical[below] - longRunExtensionCost(i + 1, j, vertical: true) / temperature)
        }
        if j < band.upper[i] {
            along.add(horizontal[cell + 1] - longRunExtensionCost(i, j + 1, vertical: false) / temperature)
        }
        return (total.value, down.value, along.value)
    }
}

/// The forward or backward scores of every cell of a band (`BeadSearch.posteriors`): of
/// all paths, and of those in a long run there down the source side or along the target
/// side (empty without long runs).
private struct PathScores {
    var cells: [Double], vertical: [Double], horizontal: [Double]
}

/// Where `BeadSearch.bestPath` keeps each cell's best total and the shape that reaches it.
private struct PathRows {
    let best: UnsafeMutableBufferPointer<Double>
    let choice: UnsafeMutableBufferPointer<UInt8>
    /// For every cell, the best total of the paths that reach it in a long run down the
    /// source side, and how (`BeadSearch.verticalExtends`, `horizontalExtends`); empty
    /// when long runs are not searched.
    let vertical: UnsafeMutableBufferPointer<Double>
    let runChoice: UnsafeMutableBufferPointer<UInt8>
    /// The rows kept in `best`, in turn, when not all are.
    let span: Int, width: Int, keepsAll: Bool

    @inline(__always)
    func slot(_ cell: Int, _ i: Int, _ j: Int, band: Band) -> Int {
        keepsAll ? cell : (i % span) * width + j - band.lower[i]
    }
}

/// The rows of a best-path search shared by several threads: which row is next to take,
/// and how many cells of each row are stored (published with release ordering, so that a
/// thread that sees the count also sees the cells).
private final class RowProgress: @unchecked Sendable {
    private let next = Atomic<Int>(0)
    private let cells: UnsafeMutablePointer<Atomic<Int>>
    private let rows: Int

    init(rows: Int) {
        self.rows = rows
        cells = .allocate(capacity: rows)
        for row in 0..<rows { (cells + row).initialize(to: Atomic(0)) }
    }

    deinit {
        cells.deinitialize(count: rows)
        cells.deallocate()
    }

    /// The next row to work out, or nil when all are taken.
    func claim() -> Int? {
        let row = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return row < rows ? row : nil
    }

    @inline(__always)
    func publish(row: Int, cells count: Int) {
        cells[row].store(count, ordering: .releasing)
    }

    /// Waits until row `row` has at least `count` cells stored: spinning briefly (the
    /// thread on that row is usually a few cells ahead), then yielding the processor.
    @inline(__always)
    func wait(row: Int, cells count: Int) {
        var spins = 0
        while cells[row].load(ordering: .acquiring) < count {
            spins += 1
            if spins > 256 { sched_yield() }
        }
    }
}

/// A running log(Σ exp(term)), which also tells how costly a further term may be before
/// it no longer matters (e^−30 of the largest).
private struct LogSum {
    private var largest = -Double.infinity
    private var scaledSum = 0.0

    var value: Double { largest == -.infinity ? -.infinity : largest + log(scaledSum) }

    /// Adds e^term; a term of −∞ (no path) adds nothing.
    mutating func add(_ term: Double) {
        guard term > -.infinity else { return }
        if term > largest {
            scaledSum = scaledSum * exp(largest - term) + 1
            largest = term
        } else {
            scaledSum += exp(term - largest)
        }
    }

    /// The cost above which a term from `start` would be negligible.
    func budget(for start: Double, temperature: Double) -> Double {
        largest == -.infinity ? .infinity : temperature * (start - largest + 30)
    }
}

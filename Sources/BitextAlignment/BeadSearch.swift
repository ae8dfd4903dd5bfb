import Foundation

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
    var blankMergeCost: Double
    var paragraphCost: Double
    var lengthCutoff: Double
    var temperature: Double

    init(length: LengthModel, configuration: AlignerConfiguration, maximumBeadSize: Int) {
        self.length = length
        shapeCosts = Self.shapeCosts(configuration, maximumBeadSize: maximumBeadSize)
        lengthWeight = configuration.lengthWeight
        lexicalWeight = configuration.lexicalWeight
        noEvidenceDissimilarity = configuration.noEvidenceDissimilarity
        skipCost = configuration.skipCost
        blankMergeCost = configuration.blankMergeCost
        paragraphCost = configuration.blockMismatchCost
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
/// each source sentence's row of nearby target sentences.
struct PairOverlaps: Sendable {
    private let lower: [Int]
    private let offsets: [Int]
    private let cumulative: [Float]

    /// Overlaps for the sentence pairs that beads of at most `maximumBeadSize` sentences a
    /// side can hold inside `band`.
    init(band: Band, maximumBeadSize: Int, source: [SentenceVector], target: [SentenceVector]) {
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
        for s in 0..<n {
            var sum: Float = 0
            for k in 0..<widths[s] {
                sum += source[s].overlap(with: target[lower[s] + k])
                cumulative[offsets[s] + k + 1] = sum
            }
        }
        self.lower = lower
        self.offsets = offsets
        self.cumulative = cumulative
    }

    /// Σ overlap(s, t) for t in `targets`.
    @inline(__always)
    func sum(source s: Int, targets: Range<Int>) -> Float {
        let width = offsets[s + 1] - offsets[s] - 1
        let from = min(max(targets.lowerBound - lower[s], 0), width)
        let to = min(max(targets.upperBound - lower[s], 0), width)
        return cumulative[offsets[s] + to] - cumulative[offsets[s] + from]
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
    let sourceVectors: [SentenceVector], targetVectors: [SentenceVector]
    let accumulator: OverlapAccumulator
    /// Prefix sums over sentences: characters and matchable concept mass.
    let sourceCharacters: [Int], targetCharacters: [Int]
    let sourceMass: [Float], targetMass: [Float]
    /// Prefix counts of sentences with no matchable mass.
    let sourceBlanks: [Int], targetBlanks: [Int]
    /// Whether each sentence starts a paragraph (nil when paragraphs are unknown).
    let sourceParagraphStarts: [Bool]?, targetParagraphStarts: [Bool]?

    /// The cost of the bead [i−a, i) × [j−b, j), or `nil` when it is not considered or
    /// would cost `budget` or more (then its exact overlap is not even computed).
    @inline(__always)
    func cost(_ i: Int, _ j: Int, _ a: Int, _ b: Int, budget: Double = .infinity) -> Double? {
        if a == 0 || b == 0 { return model.skipCost * Double(a + b) + paragraphCost(i, j, a, b) }
        let sourceLength = sourceCharacters[i] - sourceCharacters[i - a]
        let targetLength = targetCharacters[j] - targetCharacters[j - b]
        let lengthCost = model.length.cost(source: sourceLength, target: targetLength)
        if lengthCost > model.lengthCutoff && (a > 1 || b > 1) { return nil }
        let size = Double(a + b) / 2
        var blanks = 0
        if a > 1 { blanks += sourceBlanks[i] - sourceBlanks[i - a] }
        if b > 1 { blanks += targetBlanks[j] - targetBlanks[j - b] }
        let fixed = model.shapeCosts[CostModel.key(a, b)] + model.lengthWeight * lengthCost * size
            + paragraphCost(i, j, a, b) + model.blankMergeCost * Double(blanks)
        if fixed >= budget { return nil }
        let mass = (sourceMass[i] - sourceMass[i - a]) + (targetMass[j] - targetMass[j - b])
        guard mass > 0 else { return fixed + model.lexicalWeight * model.noEvidenceDissimilarity * size }
        var pairwise: Float = 0
        for s in (i - a)..<i { pairwise += overlaps.sum(source: s, targets: (j - b)..<j) }
        let pairwiseCost = fixed + model.lexicalWeight * (1 - min(1, Double(2 * pairwise / mass))) * size
        // With one sentence on a side, the summed pairwise overlap is the score: exact for
        // 1-1 beads; for 1-n beads it counts a concept once per pair, which did better on
        // the development sets than the exact overlap.
        if a == 1 || b == 1 { return pairwiseCost < budget ? pairwiseCost : nil }
        // Otherwise it bounds the exact overlap from above, so the cost from below.
        if pairwiseCost >= budget { return nil }
        // A concept shared by several pairs counts once: add up each side instead.
        let overlap = accumulator.overlap(source: sourceVectors[(i - a)..<i], target: targetVectors[(j - b)..<j])
        return fixed + model.lexicalWeight * (1 - min(1, Double(2 * overlap / mass))) * size
    }

    @inline(__always)
    private func paragraphCost(_ i: Int, _ j: Int, _ a: Int, _ b: Int) -> Double {
        guard let sourceStarts = sourceParagraphStarts, let targetStarts = targetParagraphStarts else { return 0 }
        // Paragraph starts strictly inside each side should match, and so should whether
        // the bead starts a paragraph.
        var inside = 0
        if a > 1 { for s in (i - a + 1)..<i where sourceStarts[s] { inside += 1 } }
        if b > 1 { for t in (j - b + 1)..<j where targetStarts[t] { inside -= 1 } }
        var mismatches = abs(inside)
        if a > 0 && b > 0 && sourceStarts[i - a] != targetStarts[j - b] { mismatches += 1 }
        return model.paragraphCost * Double(mismatches)
    }

    /// The best path, as beads (source range, target range, cost), from (0, 0) to (n, m).
    func bestPath() -> [(source: Range<Int>, target: Range<Int>, cost: Double)] {
        var best = [Double](repeating: .infinity, count: band.cellCount)
        var choice = [UInt8](repeating: .max, count: band.cellCount)
        best[0] = 0
        for i in 0...band.sourceCount {
            for j in band.lower[i]...band.upper[i] {
                guard let cell = band.index(i, j), i + j > 0 else { continue }
                var bestCost = Double.infinity, bestShape = UInt8.max
                for (index, shape) in shapes.enumerated() {
                    guard i >= shape.source, j >= shape.target,
                          let previous = band.index(i - shape.source, j - shape.target), best[previous] < .infinity,
                          let cost = cost(i, j, shape.source, shape.target, budget: bestCost - best[previous])
                    else { continue }
                    let total = best[previous] + cost
                    if total < bestCost {
                        bestCost = total
                        bestShape = UInt8(index)
                    }
                }
                best[cell] = bestCost
                choice[cell] = bestShape
            }
        }
        var path: [(source: Range<Int>, target: Range<Int>, cost: Double)] = []
        var i = band.sourceCount, j = band.targetCount
        while i + j > 0 {
            let cell = band.index(i, j)!
            let shape = shapes[Int(choice[cell])]
            let previous = band.index(i - shape.source, j - shape.target)!
            path.append(((i - shape.source)..<i, (j - shape.target)..<j, best[cell] - best[previous]))
            i -= shape.source
            j -= shape.target
        }
        return path.reversed()
    }

    /// The posterior probability of each bead of `path` among all paths in the band.
    func posteriors(of path: [(source: Range<Int>, target: Range<Int>, cost: Double)]) -> [Double] {
        let temperature = model.temperature
        var forward = [Double](repeating: -.infinity, count: band.cellCount)
        forward[0] = 0
        for i in 0...band.sourceCount {
            for j in band.lower[i]...band.upper[i] where i + j > 0 {
                var total = LogSum()
                for shape in shapes {
                    guard i >= shape.source, j >= shape.target,
                          let previous = band.index(i - shape.source, j - shape.target), forward[previous] > -.infinity,
                          let cost = cost(i, j, shape.source, shape.target,
                                          budget: total.budget(for: forward[previous], temperature: temperature))
                    else { continue }
                    total.add(forward[previous] - cost / temperature)
                }
                forward[band.index(i, j)!] = total.value
            }
        }
        var backward = [Double](repeating: -.infinity, count: band.cellCount)
        backward[band.index(band.sourceCount, band.targetCount)!] = 0
        for i in stride(from: band.sourceCount, through: 0, by: -1) {
            for j in stride(from: band.upper[i], through: band.lower[i], by: -1) {
                guard i < band.sourceCount || j < band.targetCount else { continue }
                var total = LogSum()
                for shape in shapes {
                    let nextI = i + shape.source, nextJ = j + shape.target
                    guard let next = band.index(nextI, nextJ), backward[next] > -.infinity,
                          let cost = cost(nextI, nextJ, shape.source, shape.target,
                                          budget: total.budget(for: backward[next], temperature: temperature))
                    else { continue }
                    total.add(backward[next] - cost / temperature)
                }
                backward[band.index(i, j)!] = total.value
            }
        }
        let total = forward[band.index(band.sourceCount, band.targetCount)!]
        return path.map { bead in
            guard let start = band.index(bead.source.lowerBound, bead.target.lowerBound),
                  let end = band.index(bead.source.upperBound, bead.target.upperBound)
            else { return 0 }
            let logPosterior = forward[start] - bead.cost / temperature + backward[end] - total
            return min(1, max(0, exp(logPosterior)))
        }
    }
}

/// A running log(Σ exp(term)), which also tells how costly a further term may be before
/// it no longer matters (e^−30 of the largest).
private struct LogSum {
    private var largest = -Double.infinity
    private var scaledSum = 0.0

    var value: Double { largest == -.infinity ? -.infinity : largest + log(scaledSum) }

    mutating func add(_ term: Double) {
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

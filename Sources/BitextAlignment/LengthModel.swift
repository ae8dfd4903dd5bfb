import Foundation

/// Gale and Church's length model: the target length of a translation is about `ratio`
/// times the source length, with a variance that grows with the length.
struct LengthModel: Sendable {
    /// Expected target characters per source character.
    var ratio: Double
    /// Variance of the target length per source character.
    var variance: Double
    /// `tailCosts`, held here: reading a global from the bead search's inner loop costs a
    /// check that it is initialised at every bead.
    private let tailTable = Self.tailCosts

    /// The model with the ratio of the documents' total lengths and Gale and Church's
    /// variance (6.8, scaled to the ratio).
    init(sourceCharacters: Int, targetCharacters: Int) {
        ratio = sourceCharacters > 0 && targetCharacters > 0 ? Double(targetCharacters) / Double(sourceCharacters) : 1
        variance = 6.8 * ratio
    }

    init(ratio: Double, variance: Double) {
        self.ratio = ratio
        self.variance = variance
    }

    /// −log of the probability of a length difference at least this large, for a bead of
    /// `source` and `target` characters (both sides non-empty).
    @inline(__always)
    func cost(source: Int, target: Int) -> Double {
        let mean = (Double(source) + Double(target) / ratio) / 2
        let delta = abs(Double(target) - ratio * mean) / (variance * max(mean, 1)).squareRoot()
        return tailCost(delta)
    }

    /// −log(2 (1 − Φ(δ))), from a table (it is evaluated for every bead considered).
    @inline(__always)
    func tailCost(_ delta: Double) -> Double {
        let position = delta * Double(Self.tableSteps)
        let index = Int(position)
        guard index + 1 < tailTable.count else { return Self.exactTailCost(delta) }
        let fraction = position - Double(index)
        return tailTable[index] + (tailTable[index + 1] - tailTable[index]) * fraction
    }

    private static let tableSteps = 256
    private static let tailCosts: [Double] = (0...(12 * tableSteps)).map { exactTailCost(Double($0) / Double(tableSteps)) }

    static func exactTailCost(_ delta: Double) -> Double {
        -log(max(erfc(delta / 2.0.squareRoot()), 1e-300))
    }

    /// Re-estimates ratio and variance from pairs of lengths believed to be translations.
    func refitted(on pairs: [(source: Int, target: Int)]) -> LengthModel {
        let usable = pairs.filter { $0.source > 0 && $0.target > 0 }
        guard usable.count >= 20 else { return self }
        let ratio = Double(usable.reduce(0) { $0 + $1.target }) / Double(usable.reduce(0) { $0 + $1.source })
        var sum = 0.0
        for pair in usable {
            let mean = (Double(pair.source) + Double(pair.target) / ratio) / 2
            let difference = Double(pair.target) - ratio * mean
            sum += difference * difference / max(mean, 1)
        }
        return LengthModel(ratio: ratio, variance: max(sum / Double(usable.count), 0.5))
    }
}

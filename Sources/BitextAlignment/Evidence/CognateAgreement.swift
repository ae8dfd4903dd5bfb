import Foundation

/// Whether the look-alike words of a pair line up with it. Cognates found by spelling
/// (four-letter prefixes in one script, LCSR across scripts) and names matched across
/// scripts are sure evidence between related languages; between unrelated ones, words that
/// merely look alike match all over the two documents, and as anchors of the first pass
/// they lead its band astray, which no later pass can leave (`scripts/eval-cipher.sh`: made-
/// up words of common syllables took TransRead to 0.32 and the Bible to 0.11). So the pairs
/// of sentences that share such a word, found once on each side (the anchors' kind), are
/// placed on the two documents: a translation's pairs follow one another, drifting from the
/// diagonal together where a passage is left out, while chance matches scatter.
enum CognateAgreement {
    /// What the pairs of one kind of look-alike concept say.
    struct Measure: Equatable {
        /// The pairs of sentences that share such a concept, found once on each side.
        let pairs: Int
        /// Those of them near the offset of the pairs around them.
        let agreeing: Int

        var share: Double { Double(agreeing) / Double(pairs) }

        /// The chance that at least `agreeing` of `pairs` would agree if the pairs were
        /// placed at random, where each does with probability `chance` (the upper tail of the
        /// binomial distribution). A few chance matches agree now and then: 2 of 6 do in one
        /// pair of documents out of nine when each agrees with probability 0.1.
        func probabilityByChance(_ chance: Double) -> Double {
            guard agreeing > 0 else { return 1 }
            guard chance > 0 else { return 0 }
            guard chance < 1 else { return 1 }
            // Summed in logarithms: the binomial coefficients of some thousands of pairs
            // overflow a Double.
            var tail = 0.0, logCoefficient = 0.0
            for k in 0...pairs {
                if k > 0 { logCoefficient += log(Double(pairs - k + 1)) - log(Double(k)) }
                guard k >= agreeing else { continue }
                tail += exp(logCoefficient + Double(k) * log(chance) + Double(pairs - k) * log(1 - chance))
            }
            return min(tail, 1)
        }
    }

    /// Whether a kind of look-alike concept misleads rather than anchors: fewer than
    /// `minimumShare` of its pairs agree, or no more of them than chance would make agree
    /// (with a probability above `significance`). A pair placed at random lies within
    /// `window` of its neighbours' offset with a probability of about twice the window (the
    /// offsets of random pairs spread over about the documents' length, densest in the
    /// middle). Without a measure (too few pairs to tell) it does not.
    static func misleads(_ measure: Measure?, minimumShare: Double, window: Double, significance: Double) -> Bool {
        guard let measure else { return false }
        return measure.share < minimumShare || measure.probabilityByChance(min(2 * window, 1)) > significance
    }

    /// The pairs of sentences that share a concept `isChecked` accepts, found in one
    /// sentence of each side, and how many of them agree: whose offset from the diagonal
    /// (target position minus source position, as shares of each document's length) lies
    /// within `window` of the median offset of the four pairs around it (a lone pair has none
    /// to agree with); nil when fewer than `minimumPairs` such pairs exist to tell, or none.
    static func agreement(source: [[Int32]], target: [[Int32]], conceptCount: Int, isChecked: (Int32) -> Bool,
                          window: Double, minimumPairs: Int) -> Measure? {
        let n = source.count, m = target.count
        guard n > 0, m > 0, conceptCount > 0 else { return nil }
        // Concept ids are dense: for each, whether it is checked, and on each side the
        // sentence it was last seen in and in how many sentences (flat arrays, as this runs
        // on one thread over every sentence of both documents).
        let checked = (0..<conceptCount).map { isChecked(Int32($0)) }
        func occurrences(_ sentences: [[Int32]]) -> (last: [Int], count: [Int]) {
            var last = [Int](repeating: -1, count: conceptCount), count = [Int](repeating: 0, count: conceptCount)
            for (index, concepts) in sentences.enumerated() {
                for concept in concepts where concept >= 0 && Int(concept) < conceptCount && checked[Int(concept)]
                    && last[Int(concept)] != index {
                    last[Int(concept)] = index
                    count[Int(concept)] += 1
                }
            }
            return (last, count)
        }
        let (sourceAt, sourceCount) = occurrences(source), (targetAt, targetCount) = occurrences(target)
        // Each pair's offset from the diagonal, in the order of its source sentence (and of
        // its offset, for ties).
        var pairs: [(source: Int, offset: Double)] = []
        for concept in 0..<conceptCount where sourceCount[concept] == 1 && targetCount[concept] == 1 {
            pairs.append((sourceAt[concept], (Double(targetAt[concept]) + 0.5) / Double(m) - (Double(sourceAt[concept]) + 0.5) / Double(n)))
        }
        guard pairs.count >= max(minimumPairs, 1) else { return nil }
        if pairs.count == 1 { return Measure(pairs: 1, agreeing: 0) }
        pairs.sort { ($0.source, $0.offset) < ($1.source, $1.offset) }
        var agreeing = 0
        for index in pairs.indices {
            let around = (max(0, index - 2)...min(pairs.count - 1, index + 2)).filter { $0 != index }.map { pairs[$0].offset }.sorted()
            if abs(pairs[index].offset - around[around.count / 2]) <= window { agreeing += 1 }
        }
        return Measure(pairs: pairs.count, agreeing: agreeing)
    }
}

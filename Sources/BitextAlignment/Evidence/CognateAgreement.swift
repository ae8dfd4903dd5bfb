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
    /// The share of the pairs of sentences that share a concept `isChecked` accepts, found
    /// in one sentence of each side, whose offset from the diagonal (target position minus
    /// source position, as shares of each document's length) lies within `window` of the
    /// median offset of the four pairs around it; nil when fewer than `minimumPairs` such
    /// pairs exist to tell.
    static func agreement(source: [[Int32]], target: [[Int32]], conceptCount: Int, isChecked: (Int32) -> Bool,
                          window: Double, minimumPairs: Int) -> Double? {
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
        guard pairs.count >= max(minimumPairs, 2) else { return nil }
        pairs.sort { ($0.source, $0.offset) < ($1.source, $1.offset) }
        var agreeing = 0
        for index in pairs.indices {
            let around = (max(0, index - 2)...min(pairs.count - 1, index + 2)).filter { $0 != index }.map { pairs[$0].offset }.sorted()
            if abs(pairs[index].offset - around[around.count / 2]) <= window { agreeing += 1 }
        }
        return Double(agreeing) / Double(pairs.count)
    }
}

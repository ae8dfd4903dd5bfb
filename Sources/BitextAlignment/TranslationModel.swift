import BitextCore
import Foundation

/// Word translation probabilities learned from the pair itself: IBM Model 1 (Brown et al.
/// 1993) trained by EM on the beads of an alignment, in both directions.
///
/// Co-occurrence counts (Dice) credit every word of a bead with every word of the other
/// side, so a frequent word pairs with everything; Model 1 lets the words of a bead compete
/// to explain each other word, which "explains away" chance co-occurrences, and it learns
/// from the beads of every shape (an n-m bead is simply a longer sentence pair), not only
/// from one-to-one ones. A translation is kept when each word is likely given the other in
/// both directions, which is more precise than either direction alone.
///
/// Time and memory are linear in the document: the counts are sparse (only word pairs that
/// meet in a bead), beads longer than `maximumPairsPerBead` word pairs are left out, and the
/// number of EM iterations is bounded.
struct TranslationModel: Sendable {
    /// The pairs of the table: source word (−1: the empty word) and target word.
    private var pairSource: [Int32] = [], pairTarget: [Int32] = []
    /// P(target | source) and P(source | target) of each pair.
    private var forward: [Float] = [], backward: [Float] = []
    /// The expected number of beads in which each pair is aligned (the larger direction's).
    private var support: [Float] = []

    /// The empty word, which target (source) words that translate nothing align to.
    static let empty: Int32 = -1

    /// Trains Model 1 on `beads` (word ids of each side, and a weight) for `iterations` rounds
    /// in each direction. `seed` pairs (a dictionary's) start with `seedBoost` times the
    /// probability of other pairs, so the document's own counts decide which of its senses hold.
    static func trained(on beads: [(source: [Int32], target: [Int32], weight: Float)], iterations: Int,
                        maximumPairsPerBead: Int = 4_096, seed: Lexicon = Lexicon(), seedBoost: Float = 4) -> TranslationModel {
        var model = TranslationModel()
        // Each bead's words (each once: a repeated word is one more chance, not more meaning),
        // and the table index of each (target, source) pair, bead by bead, target-major.
        var index = PairIndex()
        var cells: [Int32] = []
        var shapes: [(offset: Int, sources: Int, targets: Int, weight: Float)] = []
        // Repeated beads (boilerplate, repeated passages) count once, or chance co-occurrences
        // would pass for translations.
        var seen = Set<[Int32]>()
        var largestWord: Int32 = 0
        // Each bead's distinct words, sorted, are worked out on every thread; the table is
        // then numbered bead by bead on this one.
        let partCount = min(beads.count / 1_000 + 1, 2 * Concurrency.threadLimit)
        let distinctWords = Concurrency.map(count: partCount) { part in
            beads[(part * beads.count / partCount)..<((part + 1) * beads.count / partCount)].map { bead in
                bead.weight > 0 ? (sources: distinctSorted(bead.source), targets: distinctSorted(bead.target), weight: bead.weight) : nil
            }
        }.joined()
        for words in distinctWords {
            guard let words else { continue }
            var (sources, targets) = (words.sources, words.targets)
            guard !sources.isEmpty, !targets.isEmpty, (sources.count + 1) * (targets.count + 1) <= maximumPairsPerBead,
                  seen.insert(sources + [empty] + targets).inserted else { continue }
            largestWord = max(largestWord, sources.last!, targets.last!)
            sources.append(empty)
            targets.append(empty)
            shapes.append((cells.count, sources.count, targets.count, words.weight))
            for target in targets {
                for source in sources {
                    if source == empty && target == empty { cells.append(-1); continue }
                    cells.append(index.number(source, target))
                }
            }
        }
        seen = []
        (model.pairSource, model.pairTarget) = index.takePairs()
        let pairCount = model.pairSource.count
        model.forward = [Float](repeating: 1, count: pairCount)
        if !seed.isEmpty {
            for pair in 0..<pairCount where seed.contains(source: model.pairSource[pair], target: model.pairTarget[pair]) {
                model.forward[pair] = seedBoost
            }
        }
        model.backward = model.forward
        let table = UncheckedSendable((cells: cells, shapes: shapes))
        let wordCount = Int(largestWord) + 1, rounds = max(iterations, 1)
        for round in 1...rounds {
            // The two directions' counts are independent: each is worked out on a thread of its own.
            var (forwardCounts, backwardCounts) = { () -> ([Float], [Float]) in
                let current = UncheckedSendable((forward: model.forward, backward: model.backward))
                return Concurrency.both(
                    { Self.expectedCounts(cells: table.value.cells, shapes: table.value.shapes, probabilities: current.value.forward,
                                          explaining: .targets) },
                    { Self.expectedCounts(cells: table.value.cells, shapes: table.value.shapes, probabilities: current.value.backward,
                                          explaining: .sources) })
            }()
            // Each table is as large as the pairs (3.5 MB at 10,000 sentences a side): the
            // old probabilities go before the counts become the new ones, in place.
            model.forward = []
            model.backward = []
            if round == rounds { model.support = zip(forwardCounts, backwardCounts).map { max($0, $1) } }
            let pairs = UncheckedSendable((source: model.pairSource, target: model.pairTarget))
            forwardCounts.withUnsafeMutableBufferPointer { forward in
                backwardCounts.withUnsafeMutableBufferPointer { backward in
                    let counts = UncheckedSendable((forward: forward, backward: backward))
                    _ = Concurrency.both(
                        { Self.normalise(counts.value.forward, by: pairs.value.source, wordCount: wordCount) },
                        { Self.normalise(counts.value.backward, by: pairs.value.target, wordCount: wordCount) })
                }
            }
            model.forward = forwardCounts
            model.backward = backwardCounts
        }
        return model
    }

    /// The beads of an alignment's `path` that the model learns from: its two-sided beads,
    /// each extended over the run of one-sided beads after it when the run has at most
    /// `longestRun` sentences (a run before the first two-sided bead goes with that bead).
    ///
    /// The first pass holds beads of at most two sentences a side, so a larger bead's
    /// further sentences are left unaligned there, and their words were never learned; with
    /// their neighbour they are, and the empty word takes the words of a sentence that really
    /// has no counterpart. Long runs (captions, a page's furniture) stay out.
    static func trainingBeads(_ path: [(source: Range<Int>, target: Range<Int>)],
                              longestRun: Int) -> [(source: Range<Int>, target: Range<Int>)] {
        func joined(_ x: (source: Range<Int>, target: Range<Int>), _ y: (source: Range<Int>, target: Range<Int>))
            -> (source: Range<Int>, target: Range<Int>) {
            (min(x.source.lowerBound, y.source.lowerBound)..<max(x.source.upperBound, y.source.upperBound),
             min(x.target.lowerBound, y.target.lowerBound)..<max(x.target.upperBound, y.target.upperBound))
        }
        func isOneSided(_ k: Int) -> Bool { path[k].source.isEmpty || path[k].target.isEmpty }
        var beads: [(source: Range<Int>, target: Range<Int>)] = []
        var leadingRun: (source: Range<Int>, target: Range<Int>)?
        var k = 0
        while k < path.count {
            guard isOneSided(k) else {
                beads.append(leadingRun.map { joined($0, path[k]) } ?? path[k])
                leadingRun = nil
                k += 1
                continue
            }
            var end = k
            while end < path.count && isOneSided(end) { end += 1 }
            if end - k <= longestRun {
                let run = joined(path[k], path[end - 1])
                if let last = beads.last { beads[beads.count - 1] = joined(last, run) } else { leadingRun = run }
            }
            k = end
        }
        return beads
    }

    /// `words` sorted, each once (sorting, then dropping repeats, is several times faster
    /// than making a set of them first).
    private static func distinctSorted(_ words: [Int32]) -> [Int32] {
        var sorted = words.sorted(), kept = 0
        for word in sorted where kept == 0 || sorted[kept - 1] != word {
            sorted[kept] = word
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// The expected count of each pair under P(target | source) (`explaining: .targets`:
    /// each real target word of a bead is explained by one of its source words or the
    /// empty one) or under P(source | target) (`.sources`: the same cells, column by column).
    private static func expectedCounts(cells: [Int32], shapes: [(offset: Int, sources: Int, targets: Int, weight: Float)],
                                       probabilities: [Float], explaining side: Side) -> [Float] {
        var counts = [Float](repeating: 0, count: probabilities.count)
        cells.withUnsafeBufferPointer { cells in
            probabilities.withUnsafeBufferPointer { probabilities in
                counts.withUnsafeMutableBufferPointer { counts in
                    for shape in shapes {
                        // The words explained (a row of cells each, or a column), and their explainers.
                        let explained = side == .targets ? shape.targets : shape.sources
                        let explainers = side == .targets ? shape.sources : shape.targets
                        let step = side == .targets ? 1 : shape.sources
                        for word in 0..<(explained - 1) {
                            let first = shape.offset + (side == .targets ? word * shape.sources : word)
                            var total: Float = 0
                            for k in 0..<explainers { total += probabilities[Int(cells[first + k * step])] }
                            guard total > 0 else { continue }
                            let scale = shape.weight / total
                            for k in 0..<explainers {
                                let cell = Int(cells[first + k * step])
                                counts[cell] += probabilities[cell] * scale
                            }
                        }
                    }
                }
            }
        }
        return counts
    }

    /// The side of a bead whose words a direction of the model explains.
    private enum Side { case sources, targets }

    /// Divides `counts` by their sum over pairs with the same `given` word (ids below
    /// `wordCount`, or the empty word).
    private static func normalise(_ counts: UnsafeMutableBufferPointer<Float>, by given: [Int32], wordCount: Int) {
        // Slot 0 is the empty word (−1), word w is slot w + 1.
        var totals = [Float](repeating: 0, count: wordCount + 1)
        for (pair, count) in counts.enumerated() { totals[Int(given[pair]) + 1] += count }
        for pair in counts.indices {
            let total = totals[Int(given[pair]) + 1]
            counts[pair] = total > 0 ? counts[pair] / total : 0
        }
    }

    /// The translations both directions agree on: P(target | source) and P(source | target)
    /// of at least `minimumProbability`, aligned in at least `minimumSupport` beads (expected),
    /// the `perWord` most probable per source word. Counting the beads the two words share
    /// instead (raw co-occurrences) scored higher on the development sets but glued a
    /// one-sided credit line to a bead on a real web page: on a short document it lets
    /// common words through, and they blur the evidence between neighbouring sentences.
    func lexicon(minimumProbability: Float, minimumSupport: Float, perWord: Int) -> Lexicon {
        var best: [Int32: [(target: Int32, score: Float)]] = [:]
        for pair in pairSource.indices where pairSource[pair] != Self.empty && pairTarget[pair] != Self.empty {
            guard forward[pair] >= minimumProbability, backward[pair] >= minimumProbability, support[pair] >= minimumSupport
            else { continue }
            best[pairSource[pair], default: []].append((pairTarget[pair], forward[pair] * backward[pair]))
        }
        var lexicon = Lexicon()
        for source in best.keys.sorted() {
            let ranked = best[source]!.sorted { $0.score != $1.score ? $0.score > $1.score : $0.target < $1.target }
            for entry in ranked.prefix(perWord) { lexicon.add(source: source, target: entry.target) }
        }
        return lexicon
    }

    /// The number of word pairs in the table (for tests and memory estimates).
    var pairCount: Int { pairSource.count }

    /// P(target | source) and P(source | target), or nil when the words never met.
    func probabilities(source: Int32, target: Int32) -> (forward: Float, backward: Float)? {
        guard let pair = pairSource.indices.first(where: { pairSource[$0] == source && pairTarget[$0] == target }) else { return nil }
        return (forward[pair], backward[pair])
    }
}

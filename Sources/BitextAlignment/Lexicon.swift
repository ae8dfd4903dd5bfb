import Foundation

/// Word translations: learned from the document pair itself (in the spirit of Moore 2002
/// and hunalign's realign) or read from a bilingual dictionary. Words are folded ids.
struct Lexicon: Sendable {
    /// For each target word, the source words it may translate.
    private(set) var sourcesOfTarget: [Int32: [Int32]] = [:]
    /// Every source word that has a translation.
    private(set) var sourceWords: Set<Int32> = []

    var isEmpty: Bool { sourceWords.isEmpty }

    /// Whether `source` may translate as `target`.
    func contains(source: Int32, target: Int32) -> Bool {
        sourcesOfTarget[target]?.contains(source) ?? false
    }

    mutating func add(source: Int32, target: Int32) {
        if sourcesOfTarget[target, default: []].contains(source) { return }
        sourcesOfTarget[target, default: []].append(source)
        sourceWords.insert(source)
    }

    mutating func merge(_ other: Lexicon) {
        for (target, sources) in other.sourcesOfTarget {
            for source in sources { add(source: source, target: target) }
        }
    }

    /// The entries between words that each occur in at most `share` of their document's
    /// sentences (or in two, in a short document). A dictionary translates function words
    /// too ("and", "of", "在"), which occur everywhere: as evidence they only dilute what
    /// rarer words say, while the pair teaches its own frequent words (`learned(from:)`).
    func withoutFrequentWords(source: [[Int32]], target: [[Int32]], share: Double) -> Lexicon {
        // Nothing to leave out of an empty lexicon (the usual case: no dictionary), and
        // counting the words of 100,000 sentences a side takes a tenth of a second.
        guard !sourcesOfTarget.isEmpty else { return self }
        func frequent(_ sentences: [[Int32]]) -> Set<Int32> {
            // Word ids are small and dense: counts by id, each word once per sentence.
            let limitID = Int(sentences.lazy.compactMap { $0.max() }.max() ?? -1) + 1
            var counts = [Int](repeating: 0, count: limitID), lastSentence = [Int](repeating: -1, count: limitID)
            for (index, words) in sentences.enumerated() {
                for word in words where lastSentence[Int(word)] != index {
                    lastSentence[Int(word)] = index
                    counts[Int(word)] += 1
                }
            }
            let limit = max(share * Double(sentences.count), 2)
            return Set(counts.indices.lazy.filter { Double(counts[$0]) > limit }.map { Int32($0) })
        }
        let frequentSources = frequent(source), frequentTargets = frequent(target)
        var result = Lexicon()
        for target in sourcesOfTarget.keys.sorted() where !frequentTargets.contains(target) {
            for source in sourcesOfTarget[target]! where !frequentSources.contains(source) {
                result.add(source: source, target: target)
            }
        }
        return result
    }

    /// Learns translations from sentence pairs believed to be translations: word pairs
    /// that occur together in at least `minimumCount` pairs, with a Dice coefficient of at
    /// least `minimumDice`, at most `perWord` per source word. Repeated pairs (boilerplate,
    /// repeated passages) count once, or chance co-occurrences would pass for translations.
    static func learned(from pairs: [(source: [Int32], target: [Int32])], minimumCount: Int = 2,
                        minimumDice: Double = 0.3, perWord: Int = 3) -> Lexicon {
        var sourceCounts: [Int32: Int] = [:], targetCounts: [Int32: Int] = [:]
        var unique: [(source: Set<Int32>, target: Set<Int32>)] = []
        unique.reserveCapacity(pairs.count)
        var seen = Set<[Int32]>()
        for pair in pairs where seen.insert(pair.source + [-1] + pair.target).inserted {
            let source = Set(pair.source), target = Set(pair.target)
            for word in source { sourceCounts[word, default: 0] += 1 }
            for word in target { targetCounts[word, default: 0] += 1 }
            unique.append((source, target))
        }
        var joint: [UInt64: Int] = [:]
        for pair in unique {
            let sources = pair.source.filter { sourceCounts[$0]! >= minimumCount }
            let targets = pair.target.filter { targetCounts[$0]! >= minimumCount }
            for source in sources {
                for target in targets {
                    joint[UInt64(UInt32(bitPattern: source)) << 32 | UInt64(UInt32(bitPattern: target)), default: 0] += 1
                }
            }
        }
        var best: [Int32: [(target: Int32, dice: Double)]] = [:]
        for (key, count) in joint where count >= minimumCount {
            let source = Int32(bitPattern: UInt32(key >> 32)), target = Int32(bitPattern: UInt32(key & 0xFFFF_FFFF))
            let dice = 2 * Double(count) / Double(sourceCounts[source]! + targetCounts[target]!)
            if dice >= minimumDice { best[source, default: []].append((target, dice)) }
        }
        var lexicon = Lexicon()
        for source in best.keys.sorted() {
            let ranked = best[source]!.sorted { $0.dice != $1.dice ? $0.dice > $1.dice : $0.target < $1.target }
            for entry in ranked.prefix(perWord) { lexicon.add(source: source, target: entry.target) }
        }
        return lexicon
    }
}

/// A bilingual dictionary: hunalign's `target @ source` lines, or two-column TSV
/// `source<TAB>target`. Multi-word entries are kept whole (they match only one-word
/// tokens, so in practice they are ignored).
public struct BilingualDictionary: Sendable {
    /// Pairs of (source, target) words as written in the file.
    public private(set) var entries: [(source: String, target: String)] = []

    /// A dictionary of the given (source, target) pairs, for one made or turned around in code.
    public init(entries: [(source: String, target: String)]) {
        self.entries = entries
    }

    /// Parses a dictionary file's text.
    ///
    /// - Throws: `DictionaryError` naming the first line that is neither format.
    public init(parsing text: String) throws(DictionaryError) {
        for (number, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.trimmingCharacters(in: .newlines)
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            if let range = line.range(of: " @ ") {
                let target = line[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let source = line[range.upperBound...].trimmingCharacters(in: .whitespaces)
                if !source.isEmpty && !target.isEmpty { entries.append((source, target)) }
            } else if let tab = line.firstIndex(of: "\t") {
                let source = line[..<tab].trimmingCharacters(in: .whitespaces)
                let target = line[line.index(after: tab)...].split(separator: "\t", omittingEmptySubsequences: false)[0]
                    .trimmingCharacters(in: .whitespaces)
                if !source.isEmpty && !target.isEmpty { entries.append((source, target)) }
            } else {
                throw DictionaryError(line: number + 1)
            }
        }
    }
}

/// A dictionary line that is neither `target @ source` nor `source<TAB>target`.
public struct DictionaryError: Error, CustomStringConvertible, Sendable {
    /// The 1-based line number.
    public var line: Int

    public var description: String { "line \(line): expected 'target @ source' or 'source<TAB>target'" }
}

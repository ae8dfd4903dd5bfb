import BitextCore
import Foundation

/// Word translations as evidence: each source word with a translation is a concept that
/// its translations on the target side share, learned from the pair or from a dictionary.
extension ConceptExtractor {
    /// The dictionary's one-word entries whose words occur in the documents, as a lexicon.
    mutating func lexicon(from dictionary: BilingualDictionary) -> Lexicon {
        var lexicon = Lexicon()
        for entry in dictionary.entries {
            guard let source = existingWord(entry.source), let target = existingWord(entry.target) else { continue }
            lexicon.add(source: source, target: target)
        }
        return lexicon
    }

    /// Each sentence's concept vector, weighted by kind and rarity (IDF over both
    /// documents), with translation concepts from `lexicon`. Concepts only one document
    /// has are left out: they can never match.
    mutating func vectors(source: [[Int32]], target: [[Int32]], sourceWords: [[Int32]], targetWords: [[Int32]],
                          lexicon: Lexicon, dictionary: Lexicon = Lexicon()) -> (source: SentenceVectors, target: SentenceVectors) {
        // Learned translations and a dictionary's entries are two kinds of evidence, each
        // weighed on its own: a dictionary lists senses the document may never use. Their
        // concepts are made in this order (all source sentences, then all target sentences,
        // for each kind), which fixes the concepts' ids, and so the order of the sums below.
        var sourceTranslations: [FlatLists] = [], targetTranslations: [FlatLists] = []
        for (translations, prefix, kind) in [(lexicon, "L", ConceptKind.translation), (dictionary, "D", .dictionary)]
            where !translations.isEmpty {
            // By word id (ids are small and dense): each source word's concept (−1: none
            // yet), whether it has a translation, and each target word's source words.
            let wordCount = self.words.strings.count
            var conceptOfWord = [Int32](repeating: -1, count: wordCount), translated = [Bool](repeating: false, count: wordCount)
            for word in translations.sourceWords { translated[Int(word)] = true }
            var sourcesOfTarget = [[Int32]](repeating: [], count: wordCount)
            for (target, sources) in translations.sourcesOfTarget { sourcesOfTarget[Int(target)] = sources }
            func translationConcept(_ word: Int32) -> Int32 {
                if conceptOfWord[Int(word)] >= 0 { return conceptOfWord[Int(word)] }
                let id = concept(prefix + String(word), kind)
                conceptOfWord[Int(word)] = id
                return id
            }
            var sourceLists = FlatLists(), targetLists = FlatLists()
            for words in sourceWords {
                for word in words where translated[Int(word)] { sourceLists.items.append(translationConcept(word)) }
                sourceLists.endList()
            }
            for words in targetWords {
                for word in words {
                    for sourceWord in sourcesOfTarget[Int(word)] { targetLists.items.append(translationConcept(sourceWord)) }
                }
                targetLists.endList()
            }
            sourceTranslations.append(sourceLists)
            targetTranslations.append(targetLists)
        }
        // The two documents' lists are made at once, on two threads. Each temporary list is
        // let go as soon as it is used: at 100,000 sentences a side they are some 12 MB each.
        let translations = UncheckedSendable((source: sourceTranslations, target: targetTranslations))
        (sourceTranslations, targetTranslations) = ([], [])
        let bases = UncheckedSendable((source: source, target: target)), conceptCount = self.conceptCount
        var ((sourceSorted, sourceFrequency), (targetSorted, targetFrequency)) = Concurrency.both(
            { Self.sortedConcepts(bases.value.source, translations.value.source, conceptCount: conceptCount) },
            { Self.sortedConcepts(bases.value.target, translations.value.target, conceptCount: conceptCount) })
        translations.value = ([], [])
        // The weight of each concept both sides have (0 for the others, which are left out).
        let sentences = Float(source.count + target.count)
        var weights = [Float](repeating: 0, count: conceptCount)
        for concept in 0..<conceptCount where sourceFrequency[concept] > 0 && targetFrequency[concept] > 0 {
            let frequency = Float(sourceFrequency[concept] + targetFrequency[concept])
            weights[concept] = configuration.weight(of: kind(of: Int32(concept))) * log(1 + sentences / frequency)
        }
        let sorted = UncheckedSendable((source: sourceSorted, target: targetSorted))
        (sourceSorted, targetSorted) = (FlatLists(), FlatLists())
        let tables = UncheckedSendable((source: sourceFrequency, target: targetFrequency, weights: weights))
        return Concurrency.both({ Self.vectors(sorted.value.source, frequencies: tables.value) },
                                { Self.vectors(sorted.value.target, frequencies: tables.value) })
    }

    /// Each sentence's concepts, sorted, and in how many sentences each occurs.
    private static func sortedConcepts(_ base: [[Int32]], _ translations: [FlatLists], conceptCount: Int)
        -> (lists: FlatLists, frequency: [Int32]) {
        var lists = FlatLists(), frequency = [Int32](repeating: 0, count: conceptCount)
        lists.items.reserveCapacity(base.reduce(0) { $0 + $1.count } + translations.reduce(0) { $0 + $1.items.count })
        lists.starts.reserveCapacity(base.count + 1)
        for (index, concepts) in base.enumerated() {
            let start = lists.items.count
            lists.items.append(contentsOf: concepts)
            for extra in translations { lists.items.append(contentsOf: extra.list(index)) }
            lists.items[start...].sort()
            for k in start..<lists.items.count where k == start || lists.items[k] != lists.items[k - 1] {
                frequency[Int(lists.items[k])] += 1
            }
            lists.endList()
        }
        return (lists, frequency)
    }

    /// The vectors of `sorted` sentences: the weight of each concept both sides have.
    private static func vectors(_ sorted: FlatLists, frequencies: (source: [Int32], target: [Int32], weights: [Float]))
        -> SentenceVectors {
        let (sourceFrequency, targetFrequency, weights) = frequencies
        var result = SentenceVectors()
        let matchable = sorted.items.reduce(0) { sourceFrequency[Int($1)] > 0 && targetFrequency[Int($1)] > 0 ? $0 + 1 : $0 }
        result.reserve(sentences: sorted.count, entries: matchable)
        for index in 0..<sorted.count {
            var mass: Float = 0
            for concept in sorted.list(index) where sourceFrequency[Int(concept)] > 0 && targetFrequency[Int(concept)] > 0 {
                let weight = weights[Int(concept)]
                result.add(concept, weight)
                mass += weight
            }
            result.endSentence(mass: mass)
        }
        return result
    }
}

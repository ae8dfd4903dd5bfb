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
                          lexicon: Lexicon, dictionary: Lexicon = Lexicon()) -> (source: [SentenceVector], target: [SentenceVector]) {
        var sourceConcepts = source, targetConcepts = target
        // Learned translations and a dictionary's entries are two kinds of evidence, each
        // weighed on its own: a dictionary lists senses the document may never use.
        for (translations, prefix, kind) in [(lexicon, "L", ConceptKind.translation), (dictionary, "D", .dictionary)]
            where !translations.isEmpty {
            for (index, words) in sourceWords.enumerated() {
                for word in words where translations.sourceWords.contains(word) {
                    sourceConcepts[index].append(concept(prefix + String(word), kind))
                }
            }
            for (index, words) in targetWords.enumerated() {
                for word in words {
                    for sourceWord in translations.sourcesOfTarget[word] ?? [] {
                        targetConcepts[index].append(concept(prefix + String(sourceWord), kind))
                    }
                }
            }
        }
        var sourceFrequency = [Int32](repeating: 0, count: conceptCount)
        var targetFrequency = [Int32](repeating: 0, count: conceptCount)
        for concepts in sourceConcepts { for concept in Set(concepts) { sourceFrequency[Int(concept)] += 1 } }
        for concepts in targetConcepts { for concept in Set(concepts) { targetFrequency[Int(concept)] += 1 } }
        let sentences = Float(source.count + target.count)
        func vector(_ concepts: [Int32]) -> SentenceVector {
            var vector = SentenceVector()
            for concept in concepts.sorted() where sourceFrequency[Int(concept)] > 0 && targetFrequency[Int(concept)] > 0 {
                let frequency = Float(sourceFrequency[Int(concept)] + targetFrequency[Int(concept)])
                let weight = configuration.weight(of: kind(of: concept)) * log(1 + sentences / frequency)
                if vector.concepts.last == concept {
                    vector.values[vector.values.count - 1] += weight
                } else {
                    vector.concepts.append(concept)
                    vector.values.append(weight)
                }
                vector.matchableMass += weight
            }
            return vector
        }
        return (sourceConcepts.map(vector), targetConcepts.map(vector))
    }
}

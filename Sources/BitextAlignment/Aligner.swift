import Foundation

/// Options of the aligner that a user may set.
public struct AlignerOptions: Sendable {
    /// The largest number of sentences on one side of a bead (`--max-bead`).
    public var maximumBeadSize = 4
    /// A bilingual dictionary that seeds the word translations.
    public var dictionary: BilingualDictionary?

    /// The default options.
    public init(maximumBeadSize: Int = 4, dictionary: BilingualDictionary? = nil) {
        self.maximumBeadSize = maximumBeadSize
        self.dictionary = dictionary
    }
}

/// Aligns two documents sentence by sentence.
///
/// The aligner scores beads by sentence length (Gale–Church) and by what survives
/// translation: numbers, names, cognates, punctuation and word translations, learned from a
/// first pass over the pair itself (and from a dictionary when one is given). It searches
/// only a band around a chain of sure anchor matches, so time and memory grow linearly
/// with the documents' length.
public struct Aligner: Sendable {
    /// The options the aligner was made with.
    public let options: AlignerOptions

    /// Makes an aligner.
    public init(options: AlignerOptions = AlignerOptions()) {
        precondition((1...15).contains(options.maximumBeadSize), "beads hold 1 to 15 sentences a side")
        self.options = options
    }

    /// The beads aligning `source` with `target`, in order: every sentence of both sides is
    /// in exactly one bead.
    public func align(_ source: SentenceDocument, _ target: SentenceDocument) -> [Bead] {
        let n = source.sentences.count, m = target.sentences.count
        if n == 0 || m == 0 {
            return (0..<n).map { Bead(source: $0..<($0 + 1), target: 0..<0) }
                + (0..<m).map { Bead(source: n..<n, target: $0..<($0 + 1)) }
        }
        var extractor = ConceptExtractor()
        let sourceAnalysis = extractor.analyse(source.sentences)
        let targetAnalysis = extractor.analyse(target.sentences)
        let sourceBase = sourceAnalysis.map { analysis in
            var concepts = analysis.extra
            for token in analysis.tokens { extractor.lexicalConcepts(of: token, into: &concepts) }
            return concepts
        }
        let targetBase = targetAnalysis.map { analysis in
            var concepts = analysis.extra
            for token in analysis.tokens { extractor.lexicalConcepts(of: token, into: &concepts) }
            return concepts
        }
        let sourceWords = sourceAnalysis.map { $0.tokens.map(\.word) }
        let targetWords = targetAnalysis.map { $0.tokens.map(\.word) }
        var seedLexicon = Lexicon()
        if let dictionary = options.dictionary {
            seedLexicon = extractor.lexicon(from: dictionary)
        }

        // Pass 1: anchors place the band; length, anchors and the dictionary score beads.
        let anchorKinds: Set<ConceptKind> = [.number, .name, .cognate]
        let anchors = AnchorChain.anchors(source: sourceBase, target: targetBase) { anchorKinds.contains(extractor.kind(of: $0)) }
        let center = AnchorChain.center(anchors: anchors, sourceCount: n, targetCount: m)
        let halfWidth = min(max(30, max(n, m) / 12), 60)
        var lengthModel = LengthModel(sourceCharacters: source.sentences.reduce(0) { $0 + $1.count },
                                      targetCharacters: target.sentences.reduce(0) { $0 + $1.count })
        let firstVectors = extractor.vectors(source: sourceBase, target: targetBase, sourceWords: sourceWords,
                                             targetWords: targetWords, lexicon: Lexicon())
        let firstBand = Band(sourceCount: n, targetCount: m, halfWidth: halfWidth) { center[$0] }
        let firstPath = search(band: firstBand, vectors: firstVectors, length: lengthModel,
                               accumulator: OverlapAccumulator(conceptCount: extractor.conceptCount), source: source, target: target,
                               maximumBeadSize: Self.roughBeadSize).bestPath()

        // Pass 2: word translations learned from the first pass's one-to-one beads.
        let oneToOne = firstPath.filter { $0.source.count == 1 && $0.target.count == 1 }
        lengthModel = lengthModel.refitted(on: oneToOne.map {
            (source.sentences[$0.source.lowerBound].count, target.sentences[$0.target.lowerBound].count)
        })
        var lexicon = Lexicon.learned(from: oneToOne.map { (sourceWords[$0.source.lowerBound], targetWords[$0.target.lowerBound]) })
        lexicon.merge(seedLexicon)
        let secondVectors = extractor.vectors(source: sourceBase, target: targetBase, sourceWords: sourceWords,
                                              targetWords: targetWords, lexicon: lexicon)
        let pathCenter = Self.center(of: firstPath, n: n)
        let secondBand = Band(sourceCount: n, targetCount: m, halfWidth: Self.refinedHalfWidth) { pathCenter[$0] }
        let finalSearch = search(band: secondBand, vectors: secondVectors, length: lengthModel,
                                 accumulator: OverlapAccumulator(conceptCount: extractor.conceptCount), source: source, target: target)
        let path = finalSearch.bestPath()
        // Confidence: each bead's posterior among the paths near the chosen one.
        let finalCenter = Self.center(of: path, n: n)
        let pathBand = Band(sourceCount: n, targetCount: m, halfWidth: Self.confidenceHalfWidth) { finalCenter[$0] }
        let confidences = search(band: pathBand, vectors: secondVectors, length: lengthModel,
                                 accumulator: finalSearch.accumulator, source: source, target: target).posteriors(of: path)
        return zip(path, confidences).map { bead, confidence in
            Bead(source: bead.source, target: bead.target, cost: bead.cost, confidence: confidence)
        }
    }

    /// The largest beads of the first pass, which only places the second pass's band.
    private static let roughBeadSize = 2
    /// The half-width of the second pass's band, around the first pass's path.
    private static let refinedHalfWidth = 20
    /// The half-width of the band around the final path in which confidences are computed.
    private static let confidenceHalfWidth = 8

    /// For each source position 0…n, the target position of a path, interpolated inside beads.
    private static func center(of path: [(source: Range<Int>, target: Range<Int>, cost: Double)], n: Int) -> [Double] {
        var center = [Double](repeating: 0, count: n + 1)
        for bead in path {
            for i in bead.source.lowerBound...bead.source.upperBound {
                center[i] = Double(bead.target.lowerBound)
                    + Double(bead.target.count) * Double(i - bead.source.lowerBound) / Double(max(bead.source.count, 1))
            }
        }
        return center
    }

    private func search(band: Band, vectors: (source: [SentenceVector], target: [SentenceVector]), length: LengthModel,
                        accumulator: OverlapAccumulator, source: SentenceDocument, target: SentenceDocument,
                        maximumBeadSize: Int? = nil) -> BeadSearch {
        let size = min(maximumBeadSize ?? options.maximumBeadSize, options.maximumBeadSize)
        var shapes: [(source: Int, target: Int)] = [(1, 0), (0, 1)]
        for a in 1...size { for b in 1...size { shapes.append((a, b)) } }
        let model = CostModel(length: length, shapeCosts: CostModel.defaultShapeCosts(maximumBeadSize: size))
        return BeadSearch(
            band: band, shapes: shapes, model: model,
            overlaps: PairOverlaps(band: band, maximumBeadSize: size, source: vectors.source, target: vectors.target),
            sourceVectors: vectors.source, targetVectors: vectors.target, accumulator: accumulator,
            sourceCharacters: Self.prefixSums(source.sentences.map(\.count)),
            targetCharacters: Self.prefixSums(target.sentences.map(\.count)),
            sourceMass: Self.prefixSums(vectors.source.map(\.matchableMass)),
            targetMass: Self.prefixSums(vectors.target.map(\.matchableMass)),
            sourceParagraphStarts: Self.paragraphStarts(source.paragraphs),
            targetParagraphStarts: Self.paragraphStarts(target.paragraphs))
    }

    private static func prefixSums<Value: AdditiveArithmetic>(_ values: [Value]) -> [Value] {
        var sums = [Value.zero]
        sums.reserveCapacity(values.count + 1)
        for value in values { sums.append(sums[sums.count - 1] + value) }
        return sums
    }

    private static func paragraphStarts(_ paragraphs: [Int]?) -> [Bool]? {
        guard let paragraphs else { return nil }
        return paragraphs.indices.map { $0 == 0 || paragraphs[$0] != paragraphs[$0 - 1] }
    }
}

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
                          lexicon: Lexicon) -> (source: [SentenceVector], target: [SentenceVector]) {
        var sourceConcepts = source, targetConcepts = target
        if !lexicon.isEmpty {
            for (index, words) in sourceWords.enumerated() {
                for word in words where lexicon.sourceWords.contains(word) {
                    sourceConcepts[index].append(concept("L\(word)", .translation))
                }
            }
            for (index, words) in targetWords.enumerated() {
                for word in words {
                    for sourceWord in lexicon.sourcesOfTarget[word] ?? [] {
                        targetConcepts[index].append(concept("L\(sourceWord)", .translation))
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
                let weight = kind(of: concept).weight * log(1 + sentences / frequency)
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

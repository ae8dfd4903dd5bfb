import BitextCore
import BitextLanguage
import Foundation

/// Options of the aligner that a user may set.
public struct AlignerOptions: Sendable {
    /// The sizes a bead's side may be bounded to. Above 8 the search's cost per band cell
    /// (the shapes tried grow as the square of the size) makes long documents slow for
    /// beads no gold set holds (the largest in the shared sets has 6 sentences a side).
    public static let beadSizes: ClosedRange<Int> = 1...8

    /// The largest number of sentences on one side of a bead (`--max-bead`), in `beadSizes`;
    /// but see `maximumOneToManySize`.
    public var maximumBeadSize = 4
    /// The largest number of sentences one sentence may be aligned with (a 1-n or n-1
    /// bead), in `beadSizes`; never fewer than `maximumBeadSize`. `nil`:
    /// `AlignerConfiguration.oneToManyBeadSize` (a long sentence translated by five or six
    /// short ones).
    public var maximumOneToManySize: Int?
    /// A bilingual dictionary that seeds the word translations.
    public var dictionary: BilingualDictionary?
    /// The tuned parameters (`AlignerConfiguration.default` unless an experiment sets others).
    public var configuration: AlignerConfiguration

    /// The default options, or those given. A `maximumBeadSize` given bounds every bead
    /// unless a `maximumOneToManySize` is given too (as `bitext --max-bead N` does); without
    /// either, beads hold up to 4 sentences a side, and one sentence may go with up to
    /// `AlignerConfiguration.oneToManyBeadSize`.
    public init(maximumBeadSize: Int? = nil, maximumOneToManySize: Int? = nil, dictionary: BilingualDictionary? = nil,
                configuration: AlignerConfiguration = .default) {
        self.maximumBeadSize = maximumBeadSize ?? 4
        self.maximumOneToManySize = maximumOneToManySize ?? maximumBeadSize
        self.dictionary = dictionary
        self.configuration = configuration
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
        precondition(AlignerOptions.beadSizes.contains(options.maximumBeadSize)
                        && AlignerOptions.beadSizes.contains(options.maximumOneToManySize ?? options.maximumBeadSize),
                     "beads hold \(AlignerOptions.beadSizes.lowerBound) to \(AlignerOptions.beadSizes.upperBound) sentences a side")
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
        let configuration = options.configuration.forDocument(sentences: n + m)
        var extractor = ConceptExtractor(configuration: configuration)
        var (sourceBase, targetBase, sourceWords, targetWords, sourceLengths, targetLengths) = Self.concepts(source, target, extractor: &extractor)
        let dictionaryLexicon = options.dictionary.map { extractor.lexicon(from: $0) } ?? Lexicon()
        // Word translations are learned between word classes: rare words by their first
        // letters, unless the dictionary tells what they mean; not in short documents, where
        // nearly every word is rare (see `rareWordMinimumSentences`).
        let pooledCount = n + m >= configuration.rareWordMinimumSentences ? configuration.rareWordCount : 0
        let classes = RareWordClasses(source: sourceWords, target: targetWords, keeping: dictionaryLexicon, extractor: &extractor,
                                      maximumCount: pooledCount, prefixLength: configuration.rareWordPrefixLength)
        classes.apply(to: &sourceWords)
        classes.apply(to: &targetWords)
        let seedLexicon = dictionaryLexicon
            .withoutFrequentWords(source: sourceWords, target: targetWords, share: configuration.dictionaryWordShare)

        // What a bead's two sides should agree on besides their words.
        let continuing = (source: ContinuationLines.flags(source.sentences), target: ContinuationLines.flags(target.sentences))
        let structure = Self.structure(source, target, continuing: continuing, configuration: configuration)
        let continuations = Self.continuations(source, target, continuing: continuing, configuration: configuration)

        // Look-alike words (cognates, names matched across scripts) anchor the first band only
        // where they line up with the pair: between unrelated languages they match all over.
        let misleading = Set([ConceptKind.cognate, .name].filter { kind in
            let agreement = CognateAgreement.agreement(source: sourceBase, target: targetBase, conceptCount: extractor.conceptCount,
                                                       isChecked: { extractor.kind(of: $0) == kind },
                                                       window: configuration.cognateAgreementWindow,
                                                       minimumPairs: configuration.cognateAgreementMinimumPairs)
            return CognateAgreement.misleads(agreement, minimumShare: configuration.cognateAgreementMinimum,
                                             window: configuration.cognateAgreementWindow,
                                             significance: configuration.cognateAgreementSignificance)
        })
        // Anchors place the first band, and cut long documents into regions aligned in parallel.
        let anchorKinds = Set<ConceptKind>([.number, .address, .name, .cognate]).subtracting(misleading)
        let anchors = AnchorChain.withoutStrays(
            AnchorChain.anchors(source: sourceBase, target: targetBase) { anchorKinds.contains(extractor.kind(of: $0)) },
            sourceCount: n, targetCount: m, window: configuration.strayAnchorWindow, minimumSentences: configuration.strayAnchorMinimumSentences)
        let center = AnchorChain.center(anchors: anchors, sourceCount: n, targetCount: m)
        let gaps = AnchorChain.gaps(anchors: anchors, sourceCount: n)
        let regions = Self.regions(cutAt: anchors, sourceCount: n, targetCount: m, size: configuration.regionSize)
        // Regions are searched at once, a thread each; a search takes a second thread when
        // one is free (a single region's always, the last region's of a round with several).
        let pathThreads = 2

        // Pass 1: length, cognates, names, numbers and punctuation.
        // The length ratio of the documents' totals, unless the anchors tell a very
        // different one: then one side has much that the other lacks, and the anchors' is right.
        let sourceCharacters = sourceLengths.reduce(0, +), targetCharacters = targetLengths.reduce(0, +)
        var lengthModel = LengthModel(sourceCharacters: sourceCharacters, targetCharacters: targetCharacters)
        // Where one document has more than twice the other's sentences it covers more than the
        // other (an excerpt against the whole): the totals' ratio is then the parts', and every
        // one-to-one bead would look far too long on one side. The ratio of the mean sentences
        // instead (the totals each times the other's count). Not in short documents, where a
        // handful of sentences split in two tip the count (the Bible's verses of 15 lost 0.009).
        if n + m >= configuration.shortDocumentSentences, !AnchorChain.translationSlopes.contains(Double(m) / Double(n)) {
            lengthModel = LengthModel(sourceCharacters: sourceCharacters * m, targetCharacters: targetCharacters * n)
        }
        let anchored = lengthModel.refitted(on: anchors.map { (sourceLengths[$0.0], targetLengths[$0.1]) })
        if max(anchored.ratio / lengthModel.ratio, lengthModel.ratio / anchored.ratio) > 1.5 { lengthModel = anchored }
        // In a closure of its own, so that the first pass's vectors are gone before the
        // second pass makes its own.
        let firstPaths = { () -> [[(source: Range<Int>, target: Range<Int>, cost: Double)]] in
            let firstVectors = extractor.vectors(source: sourceBase, target: targetBase, sourceWords: sourceWords,
                                                 targetWords: targetWords, lexicon: Lexicon())
            let firstInput = SearchInput(vectors: firstVectors, sourceLengths: sourceLengths, targetLengths: targetLengths,
                                         structure: structure, continuations: continuations)
            let conceptCount = extractor.conceptCount
            let firstLength = lengthModel
            return Concurrency.map(count: regions.count) { index in
                let region = regions[index]
                // Wider where anchors are far apart and the center line is less sure.
                let bounds = configuration.firstBandHalfWidth
                let base = min(max(bounds.lowerBound, max(region.source.count, region.target.count) / 12), bounds.upperBound)
                // Without anchors the center line is only the diagonal, which a translation may
                // leave by a tenth of its length: widen where anchors are sparse, within a budget
                // of cells that keeps time and memory linear.
                let widening = min(configuration.sparseAnchorWidening, configuration.wideningCellBudget / max(region.source.count, 1))
                let band = Band(sourceCount: region.source.count, targetCount: region.target.count,
                                halfWidth: { base + min(widening, gaps[region.source.lowerBound + $0] / configuration.anchorGapDivisor) }) {
                    center[region.source.lowerBound + $0] - Double(region.target.lowerBound)
                }
                return search(firstInput.slice(region), band: band, length: firstLength, conceptCount: conceptCount,
                              maximumBeadSize: configuration.firstPassBeadSize, skipRuns: false, configuration: configuration)
                    .bestPath(costs: false, threads: pathThreads)
            }
        }()

        // Pass 2 and after: word translations learned from the previous pass's beads (a
        // translation model seeded by the dictionary, see `TranslationModel`), a length model
        // refitted on its one-to-one beads, in a narrow band around the previous path.
        var paths = firstPaths
        var regionBeads: [[Bead]] = []
        let rounds = max(1, configuration.realignments)
        for round in 1...rounds {
            var oneToOne: [(source: Int, target: Int)] = []
            for (region, path) in zip(regions, paths) {
                for bead in path where bead.source.count == 1 && bead.target.count == 1 {
                    oneToOne.append((region.source.lowerBound + bead.source.lowerBound, region.target.lowerBound + bead.target.lowerBound))
                }
            }
            lengthModel = lengthModel.refitted(on: oneToOne.map { (sourceLengths[$0.source], targetLengths[$0.target]) })
            let lexicon: Lexicon
            // A short pair without dictionary entries to seed the model counts instead.
            let modelled = n + m >= configuration.translationModelMinimumSentences || !seedLexicon.isEmpty
            if configuration.translationModelIterations > 0 && modelled {
                let beads = zip(regions, paths).flatMap { region, path in
                    TranslationModel.trainingBeads(Self.singleSkips(path).map { ($0.source, $0.target) },
                                                   longestRun: configuration.unalignedRunLearned).map { bead in
                        let sources = bead.source.map { region.source.lowerBound + $0 }, targets = bead.target.map { region.target.lowerBound + $0 }
                        let weight = pow(Double(sources.count * targets.count), -configuration.translationModelShapeExponent)
                        return (source: sources.flatMap { sourceWords[$0] }, target: targets.flatMap { targetWords[$0] }, weight: Float(weight))
                    }
                }
                lexicon = TranslationModel.trained(on: beads, iterations: configuration.translationModelIterations,
                                                   seed: seedLexicon, seedBoost: Float(configuration.dictionarySeedBoost))
                    .lexicon(minimumProbability: Float(configuration.translationMinimumProbability),
                             minimumSupport: Float(configuration.translationSupport(sentences: n + m, seeded: !seedLexicon.isEmpty)),
                             perWord: configuration.translationsPerWord)
            } else {
                lexicon = Lexicon.learned(from: oneToOne.map { (sourceWords[$0.source], targetWords[$0.target]) },
                                          minimumCount: configuration.translationMinimumCount,
                                          minimumDice: configuration.translationMinimumDice,
                                          perWord: configuration.translationsPerWord)
            }
            let vectors = extractor.vectors(source: sourceBase, target: targetBase, sourceWords: sourceWords,
                                            targetWords: targetWords, lexicon: lexicon, dictionary: seedLexicon)
            let input = SearchInput(vectors: vectors, sourceLengths: sourceLengths, targetLengths: targetLengths,
                                    structure: structure.map { Self.supported($0, by: paths, in: regions, configuration: configuration) },
                                    continuations: continuations)
            let length = lengthModel, conceptCount = extractor.conceptCount, previous = paths, isLast = round == rounds
            if isLast {
                // Not needed again: at 100,000 sentences a side the words and concepts of
                // each sentence take some 50 MB, which the searches below can use; so do the
                // extractor's tables of words and concepts.
                (sourceBase, targetBase, sourceWords, targetWords) = ([], [], [], [])
                extractor = ConceptExtractor(configuration: configuration)
                MemoryPolicy.releaseFreedMemory()
            }
            // Each region's path, a thread each (a search takes a second thread when one is free).
            paths = Concurrency.map(count: regions.count) { index in
                let region = regions[index]
                let widening = Band.straying(previous[index], sourceCount: region.source.count, targetCount: region.target.count,
                                             window: configuration.strayWindow, slack: configuration.straySlack,
                                             limit: configuration.strayWidening, budget: configuration.wideningCellBudget)
                let band = Band(around: previous[index], sourceCount: region.source.count, targetCount: region.target.count,
                                halfWidth: configuration.refinedHalfWidth, widening: widening)
                return search(input.slice(region), band: band, length: length, conceptCount: conceptCount,
                              configuration: configuration).bestPath(threads: pathThreads)
            }
            guard isLast else { continue }
            // Then each region's confidences, one region at a time on all threads (each step
            // of the posteriors is parallel): a region's bead costs take 96 bytes a cell, and
            // two regions' at once (at 128) took the peak memory at 100,000 sentences a side
            // over 300 MB.
            regionBeads = regions.indices.map { index in
                confidentBeads(paths[index], region: regions[index], input: input.slice(regions[index]), length: length,
                               conceptCount: conceptCount, configuration: configuration)
            }
        }
        return regionBeads.flatMap { $0 }
    }

    /// The beads of a region's `path`, numbered in the whole bitext, each with its
    /// confidence: its posterior among the paths near the chosen one.
    private func confidentBeads(_ path: [(source: Range<Int>, target: Range<Int>, cost: Double)],
                                region: (source: Range<Int>, target: Range<Int>), input: SearchInput,
                                length: LengthModel, conceptCount: Int, configuration: AlignerConfiguration) -> [Bead] {
        let pathBand = Band(around: path, sourceCount: region.source.count, targetCount: region.target.count,
                            halfWidth: configuration.confidenceHalfWidth)
        let confidences = search(input, band: pathBand, length: length, conceptCount: conceptCount,
                                 configuration: configuration).posteriors(of: path)
        return zip(path, confidences).flatMap { run, confidences in
            zip(Self.singleSkips([run]), confidences).map { bead, confidence in
                Bead(source: (region.source.lowerBound + bead.source.lowerBound)..<(region.source.lowerBound + bead.source.upperBound),
                     target: (region.target.lowerBound + bead.target.lowerBound)..<(region.target.lowerBound + bead.target.upperBound),
                     cost: bead.cost, confidence: confidence)
            }
        }
    }

    /// `path` with each one-sided bead of several sentences (a run of `skipRunLengths`, or
    /// the first sentences of a long run) as one-sentence beads, its cost shared out: every
    /// format, report and scorer takes a sentence without a counterpart as a bead of its own.
    static func singleSkips(_ path: [(source: Range<Int>, target: Range<Int>, cost: Double)])
        -> [(source: Range<Int>, target: Range<Int>, cost: Double)] {
        path.flatMap { bead -> [(source: Range<Int>, target: Range<Int>, cost: Double)] in
            let sentences = bead.source.count + bead.target.count
            guard bead.source.isEmpty || bead.target.isEmpty, sentences > 1 else { return [bead] }
            let share = bead.cost / Double(sentences)
            return bead.source.map { ($0..<($0 + 1), bead.target, share) } + bead.target.map { (bead.source, $0..<($0 + 1), share) }
        }
    }

    /// An upper bound on the memory `align` needs, in bytes, for documents of these sizes.
    ///
    /// Memory grows linearly: the band has at most 2 × (60 + 30) + 1 cells a row in the
    /// first pass (9 bytes each, with the overlaps of nearby pairs at 4 bytes), 41 in the
    /// second and 17 for the confidences, and each sentence keeps its concept vector. With
    /// the sentences' text, about 4 KB per sentence and three times the text's size cover
    /// it (measured: 100,000 × 111,000 sentences of novels peak at 0.3 GB).
    public static func estimatedMemory(sentences: Int, textBytes: Int) -> Int {
        4_096 * sentences + 3 * textBytes + 32 << 20
    }

    /// Each document's concepts, folded words and lengths in characters, sentence by
    /// sentence; the two documents are read at once, in parts (their tokens are dropped on
    /// return: at 100,000 sentences a side they take some 60 MB).
    private static func concepts(_ source: SentenceDocument, _ target: SentenceDocument, extractor: inout ConceptExtractor)
        -> (sourceBase: [[Int32]], targetBase: [[Int32]], sourceWords: [[Int32]], targetWords: [[Int32]],
            sourceLengths: [Int], targetLengths: [Int]) {
        // Each document in parts (halves of long ones), each part read by an extractor of its
        // own, on as many threads as there are; the parts are then taken over in order, which
        // numbers words and concepts as reading them all in turn would.
        func parts(_ document: SentenceDocument) -> [(sentences: ArraySlice<String>, language: String)] {
            let count = document.sentences.count, halves = count >= 2 * Self.sentencesPerPart ? 2 : 1
            return (0..<halves).map { half in
                (document.sentences[(half * count / halves)..<((half + 1) * count / halves)], document.language)
            }
        }
        let sourceParts = parts(source), allParts = sourceParts + parts(target)
        let configuration = extractor.configuration, first = UncheckedSendable(extractor)
        // Each part's sentences' lengths in characters are counted there too.
        let readings = Concurrency.map(count: allParts.count, threads: allParts.count) { index in
            var reader = index == 0 ? first.value : ConceptExtractor(configuration: configuration)
            let sentences = Array(allParts[index].sentences)
            let analysis = reader.analyse(sentences, language: allParts[index].language)
            return UncheckedSendable((reader: reader, analysis: analysis, lengths: sentences.map(Self.characterCount)))
        }
        extractor = readings[0].value.reader
        // The ids of the later parts' words and concepts, in turn; then their sentences are
        // renumbered at once.
        let renumberings = UncheckedSendable((1..<readings.count).map { extractor.adopt(readings[$0].value.reader) })
        let adopted = Concurrency.map(count: readings.count - 1) { part in
            let ids = renumberings.value[part]
            return UncheckedSendable(ConceptExtractor.renumbered(readings[part + 1].value.analysis, words: ids.words, concepts: ids.concepts))
        }
        var sourceAnalysis = readings[0].value.analysis, targetAnalysis: [(tokens: [Token], extra: [Int32])] = []
        for index in 1..<readings.count {
            if index < sourceParts.count { sourceAnalysis += adopted[index - 1].value } else { targetAnalysis += adopted[index - 1].value }
        }
        let sourceLengths = readings[..<sourceParts.count].flatMap(\.value.lengths)
        let targetLengths = readings[sourceParts.count...].flatMap(\.value.lengths)
        extractor.linkTransliteratedNames(&sourceAnalysis, &targetAnalysis)
        if Self.scriptsDiffer(source.language, target.language) { extractor.linkSimilarWords(&sourceAnalysis, &targetAnalysis) }
        extractor.phoneticCognates = Self.comparesCognatesBySound(source.language, target.language)
        let sourceBase = sourceAnalysis.map { extractor.concepts(of: $0) }
        let targetBase = targetAnalysis.map { extractor.concepts(of: $0) }
        let analyses = UncheckedSendable((source: sourceAnalysis, target: targetAnalysis))
        let (sourceWords, targetWords) = Concurrency.both({ analyses.value.source.map { $0.tokens.map(\.word) } },
                                                          { analyses.value.target.map { $0.tokens.map(\.word) } })
        return (sourceBase, targetBase, sourceWords, targetWords, sourceLengths, targetLengths)
    }

    /// `text.count`, its characters (grapheme clusters), counted from its bytes when every
    /// scalar is below U+0300 and none is a carriage return: such scalars (ASCII, Latin
    /// letters with precomposed accents, their punctuation) never join into one cluster but
    /// as CR LF, and grapheme breaking took a tenth of a second at 100,000 sentences a side.
    static func characterCount(_ text: String) -> Int {
        var text = text
        let counted: Int? = text.withUTF8 { bytes in
            var scalars = 0
            for byte in bytes {
                // 0xCC leads U+0300…U+033F and every larger lead byte larger scalars.
                if byte >= 0xCC || byte == 0x0D { return nil }
                if byte & 0xC0 != 0x80 { scalars += 1 }
            }
            return scalars
        }
        return counted ?? text.count
    }

    /// Documents of at least twice this many sentences are read in two halves at once.
    static let sentencesPerPart = 2_000

    /// Whether two languages are written in different scripts (where a cognate's prefix does
    /// not survive transliteration); false when either code is not a language.
    static func scriptsDiffer(_ source: String, _ target: String) -> Bool {
        guard let source = try? Language(source), let target = try? Language(target) else { return false }
        return source.script != target.script
    }

    /// Whether cognates' prefixes are compared as they sound (`ConceptExtractor.spokenSpelling`):
    /// between two scripts written with spaces, where one side's words are read back from
    /// another script (Cyrillic, Greek, Arabic, Devanagari…). Not where either is written
    /// without spaces (Chinese, Japanese, Thai: their words have no prefix cognates), nor
    /// within a script (there the spelling survives translation as it is).
    static func comparesCognatesBySound(_ source: String, _ target: String) -> Bool {
        guard let source = try? Language(source), let target = try? Language(target) else { return false }
        return source.script != target.script && source.usesSpaces && target.usesSpaces
    }

    /// The units of the documents' structure that a bead's two sides should agree on, and
    /// what each disagreement costs: the paragraphs when both documents tell them, otherwise
    /// the units read from the sentences (`SoftParagraphs`), at a lower cost; nil when
    /// neither is known.
    static func structure(_ source: SentenceDocument, _ target: SentenceDocument, continuing: (source: [Bool]?, target: [Bool]?),
                          configuration: AlignerConfiguration) -> SearchInput.Structure? {
        if let sourceParagraphs = source.paragraphs, let targetParagraphs = target.paragraphs {
            return .init(source: sourceParagraphs, target: targetParagraphs, mismatchCost: configuration.blockMismatchCost)
        }
        guard configuration.softParagraphMismatchCost > 0,
              let units = SoftParagraphs.paragraphs(source: source.sentences, target: target.sentences, continuing: continuing)
        else { return nil }
        return .init(source: units.source, target: units.target, mismatchCost: configuration.softParagraphMismatchCost)
    }

    /// `structure` with the mismatch cost that `paths` support (`StructureAgreement`): lower
    /// where the two documents' units disagree more often than the configured cost supposes.
    static func supported(_ structure: SearchInput.Structure, by paths: [[(source: Range<Int>, target: Range<Int>, cost: Double)]],
                          in regions: [(source: Range<Int>, target: Range<Int>)], configuration: AlignerConfiguration) -> SearchInput.Structure {
        let sourceStarts = SearchInput.starts(structure.source), targetStarts = SearchInput.starts(structure.target)
        var agreement = StructureAgreement()
        for (region, path) in zip(regions, paths) {
            agreement.count(path.map { ($0.source, $0.target) }, offset: (region.source.lowerBound, region.target.lowerBound),
                            sourceStarts: sourceStarts, targetStarts: targetStarts)
        }
        var supported = structure
        supported.mismatchCost = agreement.supportedCost(configured: structure.mismatchCost, priorBeads: configuration.structurePriorBeads)
        return supported
    }

    /// Which sentences of each document continue the one before (`continuing`, from
    /// `ContinuationLines`): a document that has none gets all false; nil when neither has
    /// any, or when the cost is 0.
    static func continuations(_ source: SentenceDocument, _ target: SentenceDocument, continuing: (source: [Bool]?, target: [Bool]?),
                              configuration: AlignerConfiguration) -> SearchInput.Continuations? {
        guard configuration.continuationMismatchCost > 0 else { return nil }
        let (sourceFlags, targetFlags) = continuing
        guard sourceFlags != nil || targetFlags != nil else { return nil }
        return .init(source: sourceFlags ?? Array(repeating: false, count: source.sentences.count),
                     target: targetFlags ?? Array(repeating: false, count: target.sentences.count),
                     mismatchCost: configuration.continuationMismatchCost)
    }

    /// Regions that cover the bitext, cut after anchors (sure one-to-one matches) near every
    /// `size` source sentences.
    static func regions(cutAt anchors: [(Int, Int)], sourceCount: Int, targetCount: Int, size: Int)
        -> [(source: Range<Int>, target: Range<Int>)] {
        let count = sourceCount / max(size, 1)
        guard count >= 2, !anchors.isEmpty else { return [(0..<sourceCount, 0..<targetCount)] }
        var cuts: [(Int, Int)] = [(0, 0)]
        for k in 1..<count {
            let wanted = k * sourceCount / count
            let nearest = anchors.min { abs($0.0 - wanted) < abs($1.0 - wanted) }!
            let cut = (nearest.0 + 1, nearest.1 + 1)
            if cut.0 > cuts.last!.0, cut.1 > cuts.last!.1, cut.0 < sourceCount, cut.1 < targetCount { cuts.append(cut) }
        }
        cuts.append((sourceCount, targetCount))
        return zip(cuts, cuts.dropFirst()).map { ($0.0..<$1.0, $0.1..<$1.1) }
    }

    /// The bead search over `input` inside `band`, with the costs of `configuration` (the
    /// one `align` sized for the documents; the options' when none is given), with runs of
    /// one-sided sentences (`skipRunLengths`, and long runs when they cost less a sentence:
    /// `longSkipRunCost`) unless `skipRuns` is false.
    func search(_ input: SearchInput, band: Band, length: LengthModel, conceptCount: Int,
                maximumBeadSize: Int? = nil, skipRuns: Bool = true, configuration: AlignerConfiguration? = nil) -> BeadSearch {
        let configuration = configuration ?? options.configuration
        let size = min(maximumBeadSize ?? options.maximumBeadSize, options.maximumBeadSize)
        // One sentence with more than `size` on the other side: not in a pass of smaller
        // beads (the first), which only places the band.
        let oneToMany = maximumBeadSize != nil ? size
            : max(size, min(options.maximumOneToManySize ?? configuration.oneToManyBeadSize, AlignerOptions.beadSizes.upperBound))
        var shapes: [(source: Int, target: Int)] = [(1, 0), (0, 1)]
        for a in 1...size { for b in 1...size { shapes.append((a, b)) } }
        if oneToMany > size {
            for count in (size + 1)...oneToMany { shapes += [(1, count), (count, 1)] }
        }
        if skipRuns {
            for run in configuration.skipRunLengths where run > 1 && AlignerOptions.beadSizes.contains(run) {
                shapes += [(run, 0), (0, run)]
            }
        }
        let model = CostModel(length: length, configuration: configuration, maximumBeadSize: oneToMany,
                              paragraphCost: input.structureMismatchCost, continuationCost: input.continuationMismatchCost,
                              longRuns: skipRuns && configuration.longSkipRunCost < configuration.skipRunCost)
        let sourceBlanks = Self.prefixSums(input.sourceVectors.masses.map { $0 > 0 ? 0 : 1 })
        let targetBlanks = Self.prefixSums(input.targetVectors.masses.map { $0 > 0 ? 0 : 1 })
        return BeadSearch(
            band: band, shapes: shapes, model: model,
            overlaps: PairOverlaps(band: band, maximumBeadSize: oneToMany, source: input.sourceVectors, target: input.targetVectors),
            sourceVectors: input.sourceVectors, targetVectors: input.targetVectors,
            accumulator: OverlapAccumulator(conceptCount: conceptCount),
            sourceCharacters: Self.prefixSums(input.sourceLengths),
            targetCharacters: Self.prefixSums(input.targetLengths),
            sourceMass: Self.prefixSums(input.sourceVectors.masses),
            targetMass: Self.prefixSums(input.targetVectors.masses),
            sourceBlanks: sourceBlanks, targetBlanks: targetBlanks,
            sourceParagraphCounts: input.sourceParagraphStarts.map { Self.prefixSums($0.map { $0 ? 1 : 0 }) } ?? [],
            targetParagraphCounts: input.targetParagraphStarts.map { Self.prefixSums($0.map { $0 ? 1 : 0 }) } ?? [],
            sourceContinues: input.sourceContinues, targetContinues: input.targetContinues)
    }

    private static func prefixSums<Value: AdditiveArithmetic>(_ values: [Value]) -> [Value] {
        var sums = [Value.zero]
        sums.reserveCapacity(values.count + 1)
        for value in values { sums.append(sums[sums.count - 1] + value) }
        return sums
    }
}

/// What a bead search needs of (a region of) the bitext.
struct SearchInput: Sendable {
    var sourceVectors: SentenceVectors, targetVectors: SentenceVectors
    var sourceLengths: [Int], targetLengths: [Int]
    /// Where each side's units of structure (paragraphs, or `SoftParagraphs`) start, when
    /// known, and what a bead pays for each start its sides disagree on.
    var sourceParagraphStarts: [Bool]?, targetParagraphStarts: [Bool]?
    var structureMismatchCost: Double
    /// Which sentences continue the one before (`ContinuationLines`); empty when unknown.
    var sourceContinues: [Bool], targetContinues: [Bool]
    /// What a bead pays when only one of its sides starts at such a sentence.
    var continuationMismatchCost: Double

    /// Units of structure as numbers per sentence (`SentenceDocument.paragraphs`), and what
    /// a disagreement on them costs.
    struct Structure {
        var source: [Int], target: [Int]
        var mismatchCost: Double
    }

    /// Which sentences continue the one before, for each document, and what a bead pays
    /// when only one of its sides starts at such a sentence.
    struct Continuations {
        var source: [Bool], target: [Bool]
        var mismatchCost: Double
    }

    init(vectors: (source: SentenceVectors, target: SentenceVectors), sourceLengths: [Int], targetLengths: [Int],
         structure: Structure?, continuations: Continuations? = nil) {
        sourceVectors = vectors.source
        targetVectors = vectors.target
        self.sourceLengths = sourceLengths
        self.targetLengths = targetLengths
        sourceParagraphStarts = structure.map { Self.starts($0.source) }
        targetParagraphStarts = structure.map { Self.starts($0.target) }
        structureMismatchCost = structure?.mismatchCost ?? 0
        sourceContinues = continuations?.source ?? []
        targetContinues = continuations?.target ?? []
        continuationMismatchCost = continuations?.mismatchCost ?? 0
    }

    static func starts(_ paragraphs: [Int]) -> [Bool] {
        paragraphs.indices.map { $0 == 0 || paragraphs[$0] != paragraphs[$0 - 1] }
    }

    /// The part of the input in `region`, with sentences numbered from 0 (itself, not a
    /// copy, when the region is the whole bitext).
    func slice(_ region: (source: Range<Int>, target: Range<Int>)) -> SearchInput {
        if region.source == 0..<sourceLengths.count && region.target == 0..<targetLengths.count { return self }
        var part = self
        part.sourceVectors = sourceVectors.slice(region.source)
        part.targetVectors = targetVectors.slice(region.target)
        part.sourceLengths = Array(sourceLengths[region.source])
        part.targetLengths = Array(targetLengths[region.target])
        part.sourceParagraphStarts = sourceParagraphStarts.map { Array($0[region.source]) }
        part.targetParagraphStarts = targetParagraphStarts.map { Array($0[region.target]) }
        if !sourceContinues.isEmpty {
            part.sourceContinues = Array(sourceContinues[region.source])
            part.targetContinues = Array(targetContinues[region.target])
        }
        if region.source.lowerBound > 0 { part.sourceParagraphStarts?[0] = true }
        if region.target.lowerBound > 0 { part.targetParagraphStarts?[0] = true }
        return part
    }
}

/// Every tuned parameter of the aligner, in one place: the single place to look and to
/// change. What each means is said here; its default and how that default was derived are
/// in `AlignerConfiguration+Default.swift`.
///
/// Costs are in nats (−log probability); evidence weights are relative to a rare cognate.
public struct AlignerConfiguration: Sendable, Equatable {
    // MARK: The cost of a bead

    /// Weight of Gale and Church's length cost, per sentence of the bead.
    public var lengthWeight: Double
    /// Weight of the lexical dissimilarity (1 − shared evidence), per sentence of the bead,
    /// in documents of at least `shortDocumentSentences` sentences.
    public var lexicalWeight: Double
    /// The lexical weight of a very short document: below `shortDocumentSentences`
    /// sentences (both documents together) the weight slides from this (at none) to
    /// `lexicalWeight`, because the translations learned from a short pair are few and
    /// unsure, and lengths must count for more (`forDocument(sentences:)`).
    public var shortDocumentLexicalWeight: Double
    /// From this many sentences in the two documents together, `lexicalWeight` holds; and a
    /// pair of which one has more than twice the other's sentences is taken for an excerpt
    /// against a whole document, whose length ratio is that of their mean sentences (`Aligner`).
    public var shortDocumentSentences: Int
    /// The least support (expected count) of a translation of the model in a very short
    /// document: below `shortDocumentSentences` it slides from this to
    /// `translationMinimumCount` (`translationSupport(sentences:seeded:)`), because in a
    /// short pair most words occur once, and a translation seen once is most of what there is.
    public var shortDocumentTranslationSupport: Double
    /// The length weight of a pair of fewer than `translationModelMinimumSentences`
    /// sentences in all (`forDocument(sentences:)`): the translations learned from a
    /// handful of beads, counted or seeded by a dictionary, tell little, and the lengths are
    /// most of the evidence there is.
    public var tinyDocumentLengthWeight: Double
    /// The lexical dissimilarity assumed for a bead whose sentences have no evidence at all.
    public var noEvidenceDissimilarity: Double
    /// Cost of leaving a sentence unaligned (a 1-0 or 0-1 bead), per sentence.
    public var skipCost: Double
    /// Cost of each sentence after the first of a run of `skipRunLengths` sentences that a
    /// side has and the other lacks (a 3-0 or 4-0 bead, one event) instead of `skipCost`:
    /// a passage left out of a translation is one omission, not several, and at `skipCost`
    /// for each of its sentences the search spread such a passage over the neighbouring
    /// beads instead.
    /// Equal to `skipCost`, it changes nothing.
    public var skipRunCost: Double
    /// The run lengths that pay `skipRunCost`: one-sided beads of these sizes are searched
    /// besides 1-0 and 0-1 (not in the first pass, which only places the band). Within
    /// `AlignerOptions.beadSizes`, from 2.
    public var skipRunLengths: ClosedRange<Int>
    /// Cost of each sentence of a long run (at least `longSkipRunStart` sentences that a
    /// side has and the other lacks) after its first `longSkipRunStart − 1`, which pay as a
    /// run does (`skipCost`, then `skipRunCost` each): a passage of a dozen sentences or more
    /// left out (or added: a block of captions) is still one event, and at `skipRunCost`
    /// for each of its sentences the search paired the passage with the translations that
    /// follow it and left as many sentences after it alone instead. Searched as a state of
    /// the search (a gap of any length, as in sequence alignment with affine gap costs),
    /// not as beads of every size. Only in pairs of at least `shortDocumentSentences`
    /// sentences (`forDocument(sentences:)`); at `skipRunCost` or more long runs are not
    /// searched (runs of `skipRunLengths` already cost that much a sentence).
    public var longSkipRunCost: Double
    /// The fewest sentences of a long run (`longSkipRunCost`); shorter runs are cut into
    /// beads of `skipRunLengths` and single skips. Above `skipRunLengths`.
    public var longSkipRunStart: Int
    /// Cost of each sentence with nothing matchable on a side of several sentences: such a
    /// sentence gives no evidence that it belongs to the bead (menus, "Loading...").
    public var blankMergeCost: Double
    /// Cost of a block (paragraph, title, list item) boundary that only one side of a bead
    /// crosses or starts at.
    public var blockMismatchCost: Double
    /// The same for the units that stand in for paragraphs when the documents' are unknown
    /// (`SoftParagraphs`: turns of dialogue, lines broken after a comma); 0 leaves them out.
    public var softParagraphMismatchCost: Double
    /// The two costs above are lowered for a pair whose units disagree along the first
    /// pass's path more often than the cost supposes (`StructureAgreement`); the rate is
    /// smoothed with this many beads at the configured cost's rate.
    public var structurePriorBeads: Double
    /// Cost of a bead whose one side starts at a line that continues the sentence before
    /// (`ContinuationLines`: its first letter is lower-case and the line before does not end
    /// with a full stop, or it closes a bracket the line before left open) while the other
    /// does not; 0 leaves such lines out.
    public var continuationMismatchCost: Double
    /// Beads of more than one sentence a side whose length cost exceeds this are not
    /// considered (speed).
    public var lengthCutoff: Double
    /// Divides costs before they are turned into probabilities for the confidence.
    public var confidenceTemperature: Double
    /// Prior probability of a 1-1 bead.
    public var oneToOneProbability: Double
    /// Prior probability of a 1-2 or 2-1 bead.
    public var oneToTwoProbability: Double
    /// Prior probability of a 2-2 bead; larger beads get this times `largerBeadDecay` per
    /// sentence beyond four.
    public var twoToTwoProbability: Double
    /// How fast the prior of beads larger than 2-2 falls with each further sentence.
    public var largerBeadDecay: Double

    // MARK: The search

    /// The largest beads of the first pass, which only places the second pass's band.
    public var firstPassBeadSize: Int
    /// The later passes also search beads of one sentence with up to this many on the other
    /// side (1-n, n-1) beyond `AlignerOptions.maximumBeadSize`, unless the options bound
    /// them (`AlignerOptions.maximumOneToManySize`): a long sentence translated by five or
    /// six short ones has no bead of four a side whose lengths come near theirs, and came
    /// out as six or seven sentences left alone (a `lengthCutoff` of 30 instead of 14 did
    /// not change that: the beads of four still cost more than leaving all alone).
    public var oneToManyBeadSize: Int
    /// The first band's half-width: a twelfth of the longer document, within these bounds.
    public var firstBandHalfWidth: ClosedRange<Int>
    /// How much wider the first band may grow where anchors are sparse…
    public var sparseAnchorWidening: Int
    /// …by the distance between the anchors around a row divided by this…
    public var anchorGapDivisor: Int
    /// …within this many cells (summed over rows), so that time and memory stay linear.
    public var wideningCellBudget: Int
    /// The half-width of each later pass's band, around the previous path.
    public var refinedHalfWidth: Int
    /// Where the previous path strays from the pair's slope, the later band widens: over the
    /// rows within `strayWindow` of a row, the path's target advance may differ from the
    /// pair's (target / source sentences) by `straySlack` of it; beyond that, the row's
    /// half-width grows by the excess, at most `strayWidening`, within `wideningCellBudget`.
    /// Why: across a passage one side lacks, the first pass (beads of at most two sentences
    /// a side, at a full skip cost each) walks a slant of skips and merges, and the right
    /// path (the diagonal up to the passage, then straight along it) lies farther from that
    /// slant than `refinedHalfWidth`.
    public var strayWindow: Int
    /// See `strayWindow`.
    public var straySlack: Double
    /// See `strayWindow`.
    public var strayWidening: Int
    /// The half-width of the band around the final path in which confidences are computed.
    public var confidenceHalfWidth: Int
    /// How many times the pair is realigned with word translations learned from the
    /// previous pass (at least once).
    public var realignments: Int
    /// Documents longer than twice this (in source sentences) are cut into regions of about
    /// this size at anchors, and the regions are aligned in parallel.
    public var regionSize: Int

    // MARK: Evidence

    /// Weight of a number (any digits, Han numerals, words).
    public var numberWeight: Float
    /// Weight of a URL, e-mail address or hashtag.
    public var addressWeight: Float
    /// Weight of a name (a capitalised word, or a name read across scripts).
    public var nameWeight: Float
    /// Weight of a cognate (shared prefix, or LCSR across scripts).
    public var cognateWeight: Float
    /// Weight of a punctuation mark.
    public var punctuationWeight: Float
    /// Weight of a word translation learned from the pair.
    public var translationWeight: Float
    /// Weight of a word translation from a dictionary.
    public var dictionaryWeight: Float
    /// Dictionary entries are used only for words in at most this share of their
    /// document's sentences (or two sentences, in a short document).
    public var dictionaryWordShare: Double
    /// Numbers written in words are evidence from this value up.
    public var smallestNumberInWords: Double
    /// LCSR at which two words of different scripts count as cognates.
    public var crossScriptCognateSimilarity: Double
    /// The most word pairs compared in one bucket when looking for cognates across scripts.
    public var cognateBucketBudget: Int
    /// How far (a share of each document's length) a pair of sentences that share a cognate
    /// or a name, found once on each side, may lie from the offset of the pairs around it and
    /// still agree with them (`CognateAgreement`).
    public var cognateAgreementWindow: Double
    /// Cognates (names) do not anchor the first band of a pair where fewer than this share
    /// of their pairs agree with their neighbours: between unrelated languages look-alike
    /// words match all over, and as anchors they lead the band astray.
    public var cognateAgreementMinimum: Double
    /// Fewer pairs than this tell nothing, and the cognates (names) anchor as before. At 1,
    /// every pair is judged: a lone one agrees with nothing, and so many pairs as agree must
    /// be beyond chance (`cognateAgreementSignificance`).
    public var cognateAgreementMinimumPairs: Int
    /// Cognates (names) do not anchor either where as many of their pairs would agree by
    /// chance with a probability above this: a handful of chance matches may pass the share.
    public var cognateAgreementSignificance: Double
    /// An anchor strays, and is left out, where its offset from the diagonal is further than
    /// this share of each document's length (`AnchorChain.withoutStrays`) from the anchors
    /// around it…
    public var strayAnchorWindow: Double
    /// …and than this many sentences of the shorter document.
    public var strayAnchorMinimumSentences: Int
    /// A learned translation needs its two words together in at least this many beads
    /// (expected alignments, with the translation model)…
    public var translationMinimumCount: Int
    /// …and at least this Dice coefficient (without the translation model)…
    public var translationMinimumDice: Double
    /// …and at most this many translations are kept per source word.
    public var translationsPerWord: Int
    /// EM iterations of the translation model (IBM Model 1, both directions) learned from
    /// the previous pass's beads, seeded by the dictionary; 0 learns translations from
    /// one-to-one beads by co-occurrence counts (Dice) instead.
    public var translationModelIterations: Int
    /// Two documents of fewer sentences than this in all learn translations by the Dice
    /// counts instead of the model, unless a dictionary seeds it: EM over a handful of beads
    /// spreads its probability over words that met by chance, while the counts keep only
    /// pairs that meet consistently.
    public var translationModelMinimumSentences: Int
    /// A translation of the model needs both P(target | source) and P(source | target) of
    /// at least this (and its words aligned in `translationMinimumCount` beads, expected).
    public var translationMinimumProbability: Double
    /// An a×b bead counts with weight (a·b)^−this in the model's training.
    public var translationModelShapeExponent: Double
    /// The model learns the sentences the previous pass left unaligned, in runs of at most
    /// this many, with the bead before them (`TranslationModel.trainingBeads`); 0 leaves
    /// them out.
    public var unalignedRunLearned: Int
    /// The translation model starts a dictionary's pairs (those `dictionaryWordShare` keeps)
    /// at this many times the probability of other pairs; the document's own beads then
    /// decide which entries it supports.
    public var dictionarySeedBoost: Double
    /// Words met at most this many times in the two documents are learned by the
    /// translation model as their first `rareWordPrefixLength` letters, with the other
    /// words that begin alike (`RareWordClasses`); 0 learns every word as itself.
    public var rareWordCount: Int
    /// How many letters of a rare word stand for it.
    public var rareWordPrefixLength: Int
    /// Two documents of fewer sentences than this in all keep every word as itself.
    public var rareWordMinimumSentences: Int

    /// The configuration for aligning two documents of `sentences` sentences together: the
    /// same, but for the lexical weight of a short pair (see `shortDocumentLexicalWeight`),
    /// its long runs, which cost `skipRunCost` a sentence (in a short pair the model is
    /// too weak to tell a passage left out from merges it cannot confirm: the Bible cut
    /// into documents of 60 verses lost 0.004 with the cheaper long runs), and the length
    /// weight of a tiny one (`tinyDocumentLengthWeight`).
    public func forDocument(sentences: Int) -> AlignerConfiguration {
        guard sentences < shortDocumentSentences else { return self }
        var sized = self
        let share = Double(max(sentences, 0)) / Double(max(shortDocumentSentences, 1))
        sized.lexicalWeight = shortDocumentLexicalWeight + (lexicalWeight - shortDocumentLexicalWeight) * share
        if sentences < translationModelMinimumSentences { sized.lengthWeight = tinyDocumentLengthWeight }
        sized.longSkipRunCost = skipRunCost
        return sized
    }

    /// The least support of a translation of the model in a pair of `sentences` sentences
    /// (both documents together), `seeded` or not by dictionary entries: see
    /// `shortDocumentTranslationSupport`. A seeded model keeps `translationMinimumCount`:
    /// there the dictionary's words have support already, and translations seen once only
    /// compete with them.
    public func translationSupport(sentences: Int, seeded: Bool) -> Double {
        let floor = Double(translationMinimumCount)
        guard sentences < shortDocumentSentences, !seeded else { return floor }
        let share = Double(max(sentences, 0)) / Double(max(shortDocumentSentences, 1))
        return shortDocumentTranslationSupport + (floor - shortDocumentTranslationSupport) * share
    }

    /// The weight of a kind of evidence.
    func weight(of kind: ConceptKind) -> Float {
        switch kind {
        case .number: numberWeight
        case .address: addressWeight
        case .name: nameWeight
        case .cognate: cognateWeight
        case .punctuation: punctuationWeight
        case .translation: translationWeight
        case .dictionary: dictionaryWeight
        }
    }
}

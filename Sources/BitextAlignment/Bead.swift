/// One side of a bitext: its sentences, in order, with what the aligner may use about them.
public struct SentenceDocument: Sendable {
    /// The sentences, in order.
    public var sentences: [String]
    /// The paragraph number of each sentence (non-decreasing), or `nil` when unknown (one
    /// sentence per line input: turns of dialogue and lines broken after a comma then stand
    /// in, see `SoftParagraphs`). Any unit of the text's structure that a translation keeps
    /// will do: the segmenter's blocks (paragraphs, and lines that stand alone such as
    /// titles, menu items and list items) are what `bitext` passes. A bead whose sides
    /// disagree on where these units start costs more.
    public var paragraphs: [Int]?
    /// The language tag (`fr`, `en`, `de`…).
    public var language: String

    /// Creates a document; `paragraphs`, when given, has one number per sentence.
    public init(sentences: [String], paragraphs: [Int]? = nil, language: String) {
        precondition(paragraphs == nil || paragraphs!.count == sentences.count, "one paragraph number per sentence")
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.language = language
    }
}

/// A bead: consecutive source sentences aligned with consecutive target sentences. Either
/// side may be empty (a sentence left out or added by the translator), not both.
public struct Bead: Sendable, Hashable {
    /// The source sentences, as 0-based indexes.
    public var source: Range<Int>
    /// The target sentences, as 0-based indexes.
    public var target: Range<Int>
    /// The bead's cost in the alignment model: lower is a better fit.
    public var cost: Double
    /// The probability, in [0, 1], that this bead is right, as the model sees it.
    public var confidence: Double

    /// Creates a bead.
    public init(source: Range<Int>, target: Range<Int>, cost: Double = 0, confidence: Double = 1) {
        self.source = source
        self.target = target
        self.cost = cost
        self.confidence = confidence
    }
}

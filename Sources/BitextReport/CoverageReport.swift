import BitextAlignment
import BitextCorpus
import BitextLanguage

/// What a translation covers of its original, and the reverse: the shares of sentences and
/// characters that are matched, the sentences with no counterpart, and the beads whose
/// match is unsure.
public struct CoverageReport: Sendable {
    /// The figures of one side.
    public struct Side: Sendable, Equatable {
        /// The file the side was read from, as given.
        public var file: String
        /// Its language's normalised BCP 47 code (`Language.code`: `en`, `pt-BR`).
        public var language: String
        /// How many sentences it has, and how many are in a bead with both sides.
        public var sentences: Int, matchedSentences: Int
        /// How many characters (grapheme clusters, white space not counted) its sentences
        /// have, and how many of them are in matched sentences.
        public var characters: Int, matchedCharacters: Int
        /// The same counts for the side's content only: its sentences less boilerplate and
        /// credits (`UnmatchedKind.isContent`, and what the reader marked as boilerplate), so
        /// that a web copy's menus do not lower a translation's coverage.
        public var contentSentences = 0, matchedContentSentences = 0, contentCharacters = 0, matchedContentCharacters = 0

        /// The share of sentences matched (1 for a side with no sentence).
        public var sentenceCoverage: Double { Self.share(matchedSentences, of: sentences) }
        /// The share of characters matched (1 for a side with no character).
        public var characterCoverage: Double { Self.share(matchedCharacters, of: characters) }
        /// The share of content sentences matched (1 for a side with none).
        public var contentSentenceCoverage: Double { Self.share(matchedContentSentences, of: contentSentences) }
        /// The share of content characters matched (1 for a side with none).
        public var contentCharacterCoverage: Double { Self.share(matchedContentCharacters, of: contentCharacters) }

        private static func share(_ part: Int, of whole: Int) -> Double {
            whole == 0 ? 1 : Double(part) / Double(whole)
        }
    }

    /// A sentence with no counterpart on the other side.
    public struct UnmatchedSentence: Sendable, Equatable {
        /// Its 0-based index among its side's sentences.
        public var index: Int
        /// The 1-based input line it starts on.
        public var line: Int
        /// Its text.
        public var text: String
        /// The aligner's confidence that it has no counterpart.
        public var confidence: Double
        /// What it most likely is: an omission on the source side, boilerplate, a credit, a
        /// translator's note, untranslated text or an addition on the target side.
        public var kind: UnmatchedKind = .addition

        public init(index: Int, line: Int, text: String, confidence: Double, kind: UnmatchedKind = .addition) {
            self.index = index
            self.line = line
            self.text = text
            self.confidence = confidence
            self.kind = kind
        }
    }

    /// A bead with both sides whose confidence is under the threshold.
    public struct UncertainBead: Sendable, Equatable {
        /// The 0-based sentence indexes of each side.
        public var source: Range<Int>, target: Range<Int>
        /// The 1-based input lines each side's sentences start on.
        public var sourceLines: [Int], targetLines: [Int]
        /// The text of each side, sentences joined.
        public var sourceText: String, targetText: String
        /// The aligner's confidence in the bead.
        public var confidence: Double
    }

    /// The confidence under which beads are listed as unsure, unless told otherwise.
    public static let defaultMinimumConfidence = 0.5

    /// The source side's figures.
    public var source: Side
    /// The target side's figures.
    public var target: Side
    /// The confidence threshold: beads with both sides below it are listed as unsure.
    public var minimumConfidence: Double
    /// The number of beads.
    public var beadCount: Int
    /// Source sentences with no translation, in order.
    public var unmatchedSource: [UnmatchedSentence]
    /// Target sentences with no source, in order.
    public var unmatchedTarget: [UnmatchedSentence]
    /// Beads with both sides and a confidence below `minimumConfidence`, in order.
    public var uncertainBeads: [UncertainBead]
    /// The dictionary file the alignment used, or nil for none.
    public var dictionary: String? = nil

    /// The report on an aligned document pair read from `sourceFile` and `targetFile`.
    public init(_ document: AlignedDocument, sourceFile: String, targetFile: String,
                minimumConfidence: Double = CoverageReport.defaultMinimumConfidence) {
        self.minimumConfidence = minimumConfidence
        beadCount = document.beads.count
        var sourceMatched = [Bool](repeating: false, count: document.source.count)
        var targetMatched = [Bool](repeating: false, count: document.target.count)
        var unmatchedSource: [UnmatchedSentence] = [], unmatchedTarget: [UnmatchedSentence] = []
        var uncertainBeads: [UncertainBead] = []
        for bead in document.beads {
            if bead.source.isEmpty {
                unmatchedTarget += bead.target.map {
                    UnmatchedSentence(index: $0, line: document.targetLines[$0], text: document.target[$0], confidence: bead.confidence)
                }
            } else if bead.target.isEmpty {
                unmatchedSource += bead.source.map {
                    UnmatchedSentence(index: $0, line: document.sourceLines[$0], text: document.source[$0], confidence: bead.confidence)
                }
            } else {
                for index in bead.source { sourceMatched[index] = true }
                for index in bead.target { targetMatched[index] = true }
                if bead.confidence < minimumConfidence {
                    uncertainBeads.append(UncertainBead(
                        source: bead.source, target: bead.target,
                        sourceLines: bead.source.map { document.sourceLines[$0] },
                        targetLines: bead.target.map { document.targetLines[$0] },
                        sourceText: document.text(of: bead.source, in: document.source, language: document.sourceLanguage),
                        targetText: document.text(of: bead.target, in: document.target, language: document.targetLanguage),
                        confidence: bead.confidence))
                }
            }
        }
        for (offset, sentence) in unmatchedSource.enumerated() {
            let marked = sentence.index < document.sourceBoilerplate.count && document.sourceBoilerplate[sentence.index]
            unmatchedSource[offset].kind = marked ? .boilerplate : .omission
        }
        let kinds = UnmatchedClassifier(source: document.source)
            .kinds(of: unmatchedTarget.map(\.index), in: document.target, marks: document.targetBoilerplate)
        for offset in unmatchedTarget.indices { unmatchedTarget[offset].kind = kinds[offset] }
        source = Self.side(file: sourceFile, language: document.sourceLanguage, sentences: document.source, matched: sourceMatched,
                           content: Self.content(count: document.source.count, marks: document.sourceBoilerplate, unmatched: unmatchedSource))
        target = Self.side(file: targetFile, language: document.targetLanguage, sentences: document.target, matched: targetMatched,
                           content: Self.content(count: document.target.count, marks: document.targetBoilerplate, unmatched: unmatchedTarget))
        self.unmatchedSource = unmatchedSource
        self.unmatchedTarget = unmatchedTarget
        self.uncertainBeads = uncertainBeads
    }

    /// Whether each sentence is content: not marked by the reader, and not unmatched as
    /// boilerplate or a credit.
    private static func content(count: Int, marks: [Bool], unmatched: [UnmatchedSentence]) -> [Bool] {
        var content = (0..<count).map { !($0 < marks.count && marks[$0]) }
        for sentence in unmatched where !sentence.kind.isContent { content[sentence.index] = false }
        return content
    }

    private static func side(file: String, language: Language, sentences: [String], matched: [Bool], content: [Bool]) -> Side {
        var side = Side(file: file, language: language.code, sentences: sentences.count,
                        matchedSentences: matched.lazy.filter { $0 }.count, characters: 0, matchedCharacters: 0)
        for ((sentence, isMatched), isContent) in zip(zip(sentences, matched), content) {
            let characters = sentence.lazy.filter { !$0.isWhitespace }.count
            side.characters += characters
            if isMatched { side.matchedCharacters += characters }
            if isContent {
                side.contentSentences += 1
                side.contentCharacters += characters
                if isMatched {
                    side.matchedContentSentences += 1
                    side.matchedContentCharacters += characters
                }
            }
        }
        return side
    }

    /// The unmatched sentences of `sentences` grouped by kind, kinds in `UnmatchedKind`'s
    /// order, document order within a kind.
    public static func grouped(_ sentences: [UnmatchedSentence]) -> [(kind: UnmatchedKind, sentences: [UnmatchedSentence])] {
        UnmatchedKind.allCases.compactMap { kind in
            let group = sentences.filter { $0.kind == kind }
            return group.isEmpty ? nil : (kind, group)
        }
    }
}

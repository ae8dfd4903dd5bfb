import BitextAlignment
import BitextLanguage

/// An aligned document pair, ready to be written into a corpus.
public struct AlignedDocument: Sendable {
    /// The document's id in the corpus (a manifest's id, or the source file's name).
    public var id: String
    /// The languages of each side: writers take their BCP 47 codes and spacing from them.
    public var sourceLanguage: Language, targetLanguage: Language
    /// The sentences of each side.
    public var source: [String], target: [String]
    /// The 1-based line number of the input where each sentence starts.
    public var sourceLines: [Int], targetLines: [Int]
    /// The beads aligning them.
    public var beads: [Bead]
    /// For each sentence, whether its document's reader marked it as boilerplate (a web
    /// page's menu or footer kept with `--keep-boilerplate`); empty when nothing is marked.
    /// Coverage reports leave such sentences out of the content-only figures.
    public var sourceBoilerplate: [Bool] = [], targetBoilerplate: [Bool] = []

    /// Creates an aligned document; the line arrays have one number per sentence.
    public init(id: String, sourceLanguage: Language, targetLanguage: Language, source: [String], target: [String],
                sourceLines: [Int], targetLines: [Int], beads: [Bead]) {
        precondition(sourceLines.count == source.count && targetLines.count == target.count, "one line number per sentence")
        self.id = id
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.source = source
        self.target = target
        self.sourceLines = sourceLines
        self.targetLines = targetLines
        self.beads = beads
    }

    /// The text of one side of a bead: its sentences joined by a space, or by nothing in
    /// languages written without spaces (`Language.usesSpaces`: Chinese, Japanese, Thai…).
    public func text(of sentences: Range<Int>, in side: [String], language: Language) -> String {
        side[sentences].joined(separator: language.usesSpaces ? " " : "")
    }

    /// The input lines a side of a bead starts on, e.g. "12" or "12-14".
    func lines(of sentences: Range<Int>, in lines: [Int]) -> String {
        guard let first = sentences.first, let last = sentences.last else { return "" }
        return lines[first] == lines[last] ? "\(lines[first])" : "\(lines[first])-\(lines[last])"
    }
}

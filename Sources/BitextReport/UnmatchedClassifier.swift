/// Sorts a translation's sentences that have no source into kinds (`UnmatchedKind`), with
/// cheap tests on the sentence's shape and on document statistics, not on lists of lines:
///
/// - `boilerplate`: marked so by the document's reader (HTML), or shaped like site chrome:
///   repeated in the document, two words or fewer ("Loading..."), a form label ending in a
///   colon, menu separators (`|`, `•`), no letters, mostly digits (dates, counters), or a
///   line with no sentence end no longer than `chromeWords` words ("Votre nom", "Jeudi,
///   28 Mars 2024"); and a short line both of whose neighbours are chrome ("Vous aimez
///   notre site ?" in a page's footer).
/// - `note` and `credit`: the cue words of `TranslatorMarkers`.
/// - `untranslated`: most of its words (at least `untranslatedShare` of four or more)
///   occur in the source document.
/// - `addition`: anything else.
struct UnmatchedClassifier {
    /// The longest line with no sentence end taken for chrome, in words.
    static let chromeWords = 12
    /// The longest line taken for chrome because its neighbours are, in words.
    static let clusterWords = 6
    /// The share of a sentence's words found in the source for it to be untranslated.
    static let untranslatedShare = 0.7

    private let sourceWords: Set<String>

    /// A classifier for translations of a document whose sentences are `source`.
    init(source: [String]) {
        var words = Set<String>()
        for sentence in source { words.formUnion(Self.letterWords(sentence)) }
        sourceWords = words
    }

    /// The kind of each of `unmatched` (indexes into `sentences`, in order), given the
    /// reader's boilerplate marks (`marks`, empty for none).
    func kinds(of unmatched: [Int], in sentences: [String], marks: [Bool]) -> [UnmatchedKind] {
        var counts: [String: Int] = [:]
        for sentence in sentences { counts[Self.normalised(sentence), default: 0] += 1 }
        var kinds = unmatched.map { index -> UnmatchedKind in
            let text = sentences[index]
            if index < marks.count && marks[index] { return .boilerplate }
            let words = text.split(whereSeparator: { $0.isWhitespace })
            let endsSentence = Self.endsSentence(text)
            if TranslatorMarkers.containsNoteMarker(text) { return .note }
            if TranslatorMarkers.isCredit(text, words: words, endsSentence: endsSentence) { return .credit }
            if counts[Self.normalised(text), default: 0] > 1 { return .boilerplate }
            if isUntranslated(text) { return .untranslated }
            if Self.isChromeShaped(text, words: words, endsSentence: endsSentence) { return .boilerplate }
            return .addition
        }
        // A short line between two chrome lines is furniture of the same block.
        let position = Dictionary(uniqueKeysWithValues: unmatched.enumerated().map { ($0.element, $0.offset) })
        for (offset, index) in unmatched.enumerated() where kinds[offset] == .addition {
            let words = sentences[index].split(whereSeparator: { $0.isWhitespace }).count
            guard words <= Self.clusterWords else { continue }
            func isChrome(_ neighbour: Int) -> Bool {
                guard let at = position[neighbour] else { return false }
                return kinds[at] == .boilerplate || kinds[at] == .credit
            }
            let previousChrome = index == 0 || isChrome(index - 1)
            let nextChrome = index == sentences.count - 1 || isChrome(index + 1)
            if previousChrome && nextChrome && (isChrome(index - 1) || isChrome(index + 1)) { kinds[offset] = .boilerplate }
        }
        return kinds
    }

    private func isUntranslated(_ text: String) -> Bool {
        let words = Self.letterWords(text)
        guard words.count >= 4 else { return false }
        let found = words.filter { sourceWords.contains($0) }.count
        return Double(found) >= Self.untranslatedShare * Double(words.count)
    }

    static func isChromeShaped(_ text: String, words: [Substring], endsSentence: Bool) -> Bool {
        if words.count <= 2 { return true }
        let visible = text.filter { !$0.isWhitespace }
        let letters = visible.filter(\.isLetter).count, digits = visible.filter(\.isNumber).count
        if letters == 0 || digits >= letters { return true }
        if text.contains("|") || text.contains("•") || text.contains(" · ") { return true }
        if text.trimmingTrailingSpaces.hasSuffix(":") { return true }
        return !endsSentence && words.count <= chromeWords
    }

    /// Whether the text ends like a sentence (., !, ?, …, or their CJK forms), closing
    /// quotes and brackets aside.
    static func endsSentence(_ text: String) -> Bool {
        let last = text.reversed().first { !$0.isWhitespace && !"\"'”’»)]}」』）".contains($0) }
        return last.map { ".!?…。！？".contains($0) } ?? false
    }

    /// Lowercased runs of letters, at least two long.
    static func letterWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 2 }.map(String.init)
    }

    private static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

private extension String {
    var trimmingTrailingSpaces: Substring {
        var text = self[...]
        while let last = text.last, last.isWhitespace { text = text.dropLast() }
        return text
    }
}

import BitextICU

/// Names across scripts: a name keeps its sound when it is written in another script.
extension ConceptExtractor {
    /// Names written in Han characters on one side and in Latin letters on the other
    /// ("陈清扬" ↔ "Chen Qingyang"): runs of two to four Han characters, read in Pinyin
    /// without tones and joined, that equal a capitalised word of the other side, folded
    /// ("qingyang"). They become the same name concept the Latin side's word already has.
    mutating func linkTransliteratedNames(_ source: inout [(tokens: [Token], extra: [Int32])],
                                          _ target: inout [(tokens: [Token], extra: [Int32])]) {
        // A side's names are gathered only when the other side has Han to read: most pairs
        // have none, and gathering takes some 30 ms at 100,000 sentences a side.
        let sourceHasHan = Self.hasUnspacedWords(source), targetHasHan = Self.hasUnspacedWords(target)
        if sourceHasHan { addHanNames(&source, matching: nameKeys(target)) }
        if targetHasHan { addHanNames(&target, matching: nameKeys(source)) }
    }

    /// The folded capitalised words of a document (four letters or more).
    private func nameKeys(_ analysis: [(tokens: [Token], extra: [Int32])]) -> Set<String> {
        var keys = Set<String>()
        for sentence in analysis {
            for token in sentence.tokens where token.isName && !token.isUnspaced {
                let word = words.strings[Int(token.word)]
                if word.count >= 4 { keys.insert(word) }
            }
        }
        return keys
    }

    private static func hasUnspacedWords(_ analysis: [(tokens: [Token], extra: [Int32])]) -> Bool {
        analysis.contains { $0.tokens.contains(where: \.isUnspaced) }
    }

    private mutating func addHanNames(_ analysis: inout [(tokens: [Token], extra: [Int32])], matching names: Set<String>) {
        // Making the transliterator takes ICU some 80 ms: not for documents without Han.
        guard !names.isEmpty, let pinyin = ICUTransliterator(id: "Han-Latin; Latin-ASCII; Lower") else { return }
        var syllables: [Character: String] = [:]
        for index in analysis.indices {
            var run: [String] = []
            func flush() {
                defer { run.removeAll() }
                guard run.count >= 2 else { return }
                var found = Set<String>()
                for start in run.indices {
                    var key = ""
                    for end in start..<min(run.count, start + 4) {
                        key += run[end]
                        if end > start, names.contains(key) { found.insert(key) }
                    }
                }
                for key in found.sorted() { analysis[index].extra.append(concept("N" + key, .name)) }
            }
            for token in analysis[index].tokens {
                guard token.isUnspaced else { flush(); continue }
                for character in words.strings[Int(token.word)].dropFirst() {
                    guard character.unicodeScalars.first?.properties.isIdeographic == true else { flush(); continue }
                    if syllables[character] == nil {
                        syllables[character] = pinyin.transliterate(String(character)).filter { $0.isLetter }
                    }
                    run.append(syllables[character]!)
                }
            }
            flush()
        }
    }
}

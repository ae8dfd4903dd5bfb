/// Cognates: words that look alike once both are spelled in lower-case ASCII. Within one
/// script, two words sharing their first four letters ("coalition", "Koalition"); across
/// scripts, where no prefix survives transliteration ("Sokrates" ↔ "Σωκράτης" → "sokrates",
/// "Winston" ↔ "Уинстон" → "uinston"), rare words whose longest common subsequence covers
/// most of both (Melamed's LCSR).
extension ConceptExtractor {
    /// The cognate concept of a word: its first four letters, for words of four or more.
    mutating func prefixCognate(of token: Token, into result: inout [Int32]) {
        guard !token.isUnspaced else { return }
        let word = phoneticCognates ? Self.spokenSpelling(words.strings[Int(token.word)]) : words.strings[Int(token.word)]
        if word.count >= 4 { result.append(concept("~" + word.prefix(4), .cognate)) }
    }

    /// A folded word spelled closer to how it sounds, for comparing it with words read back
    /// from another script, which spells sounds, not the other language's letters:
    /// "Christopher" and Кристофер (kristofer), "Washington" and Вашингтон (vashington),
    /// "Philadelphia" and Филадельфия (filadel'fiia) begin alike only so. ph → f, th → t,
    /// ch and kh → k, c and q → k, w → v, y → i, z → s; h dropped, a doubled letter once.
    /// Only ASCII letters change (folded words are ASCII but for what ICU leaves).
    static func spokenSpelling(_ word: String) -> String {
        let letters = Array(word.utf8)
        var spoken: [UInt8] = []
        spoken.reserveCapacity(letters.count)
        var k = 0
        while k < letters.count {
            var letter = letters[k]
            k += 1
            guard letter < 0x80 else { spoken.append(letter); continue }
            if k < letters.count, letters[k] == UInt8(ascii: "h") {
                switch letter {
                case UInt8(ascii: "p"): (letter, k) = (UInt8(ascii: "f"), k + 1)
                case UInt8(ascii: "t"): k += 1
                case UInt8(ascii: "c"), UInt8(ascii: "k"): (letter, k) = (UInt8(ascii: "k"), k + 1)
                default: break
                }
            }
            switch letter {
            case UInt8(ascii: "c"), UInt8(ascii: "q"): letter = UInt8(ascii: "k")
            case UInt8(ascii: "w"): letter = UInt8(ascii: "v")
            case UInt8(ascii: "y"): letter = UInt8(ascii: "i")
            case UInt8(ascii: "z"): letter = UInt8(ascii: "s")
            case UInt8(ascii: "h"): continue
            default: break
            }
            if spoken.last != letter { spoken.append(letter) }
        }
        return String(decoding: spoken, as: UTF8.self)
    }

    /// Links the rare words of two documents in different scripts that are alike by LCSR
    /// (at least `AlignerConfiguration.crossScriptCognateSimilarity`): each linked pair becomes one cognate
    /// concept on both sides. Candidates are compared only within small buckets (same first
    /// letter, or same last three letters), so the work stays linear in the documents.
    mutating func linkSimilarWords(_ source: inout [(tokens: [Token], extra: [Int32])],
                                   _ target: inout [(tokens: [Token], extra: [Int32])]) {
        // Only pairs of a Latin word and a transliterated one: within one script the prefix
        // already tells, and near-identical spellings there are often different words.
        var sourceWords = rareWords(source, latin: true), targetWords = rareWords(target, latin: false)
        if sourceWords.isEmpty || targetWords.isEmpty {
            (sourceWords, targetWords) = (rareWords(source, latin: false), rareWords(target, latin: true))
        }
        guard !sourceWords.isEmpty, !targetWords.isEmpty else { return }
        var links: [Int32: Set<Int32>] = [:]  // source word → target words
        for keyOf in [{ (word: [UInt8]) in Array(word.prefix(1)) }, { (word: [UInt8]) in Array(word.suffix(3)) }] {
            var buckets: [[UInt8]: [Int32]] = [:]
            for (id, letters) in targetWords { buckets[keyOf(letters), default: []].append(id) }
            var sourceBuckets: [[UInt8]: [Int32]] = [:]
            for (id, letters) in sourceWords { sourceBuckets[keyOf(letters), default: []].append(id) }
            for (key, sources) in sourceBuckets {
                guard let targets = buckets[key], sources.count * targets.count <= configuration.cognateBucketBudget else { continue }
                for s in sources {
                    for t in targets where s != t
                        && CognateEvidence.similarity(sourceWords[s]!, targetWords[t]!, atLeast: configuration.crossScriptCognateSimilarity)
                            >= configuration.crossScriptCognateSimilarity {
                        links[s, default: []].insert(t)
                    }
                }
            }
        }
        guard !links.isEmpty else { return }
        var sourceConcepts: [Int32: [Int32]] = [:], targetConcepts: [Int32: [Int32]] = [:]
        for s in links.keys.sorted() {
            for t in links[s]!.sorted() {
                let id = concept("≈\(s)~\(t)", .cognate)
                sourceConcepts[s, default: []].append(id)
                targetConcepts[t, default: []].append(id)
            }
        }
        for index in source.indices {
            for token in source[index].tokens { source[index].extra += sourceConcepts[token.word] ?? [] }
        }
        for index in target.indices {
            for token in target[index].tokens { target[index].extra += targetConcepts[token.word] ?? [] }
        }
    }

    /// Words of five letters or more, Latin or transliterated, that occur in at most three
    /// sentences of a document (names and terms, where cognates are found), as folded ASCII.
    private func rareWords(_ analysis: [(tokens: [Token], extra: [Int32])], latin: Bool) -> [Int32: [UInt8]] {
        var counts: [Int32: Int] = [:]
        for sentence in analysis {
            for word in Set(sentence.tokens.lazy.filter { !$0.isUnspaced && $0.isLatin == latin }.map(\.word)) {
                counts[word, default: 0] += 1
            }
        }
        var result: [Int32: [UInt8]] = [:]
        for (word, count) in counts where count <= 3 {
            let letters = Array(words.strings[Int(word)].utf8)
            if letters.count >= 5, letters.count <= 40 { result[word] = letters }
        }
        return result
    }
}

/// The measure of cross-script cognates.
enum CognateEvidence {
    /// The longest common subsequence of two words over the longer one's length (0 without
    /// computing it when the lengths alone keep it under `atLeast`).
    static func similarity(_ a: [UInt8], _ b: [UInt8], atLeast: Double = 0) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        if Double(min(a.count, b.count)) < atLeast * Double(max(a.count, b.count)) { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1), current = previous
        for x in a {
            for (k, y) in b.enumerated() {
                current[k + 1] = x == y ? previous[k] + 1 : max(previous[k + 1], current[k])
            }
            swap(&previous, &current)
        }
        return Double(previous[b.count]) / Double(max(a.count, b.count))
    }
}

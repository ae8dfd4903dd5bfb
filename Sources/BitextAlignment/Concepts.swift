import BitextICU
import Foundation

/// The things a sentence shares with its translation when no model is at hand: numbers,
/// names, cognates, punctuation and (once learned) word translations. Each is a
/// *concept* with a weight; a sentence is a sparse vector of weighted concept counts.
struct SentenceVector: Sendable {
    /// Concept ids, increasing.
    var concepts: [Int32] = []
    /// Weighted count of each concept.
    var values: [Float] = []
    /// The sum of `values` over concepts that the other document has too.
    var matchableMass: Float = 0

    /// Σ min(self, other) over shared concepts.
    func overlap(with other: SentenceVector) -> Float {
        var result: Float = 0
        var left = 0, right = 0
        while left < concepts.count && right < other.concepts.count {
            let a = concepts[left], b = other.concepts[right]
            if a == b {
                result += min(values[left], other.values[right])
                left += 1
                right += 1
            } else if a < b {
                left += 1
            } else {
                right += 1
            }
        }
        return result
    }
}

/// Σ min over concepts of two sides made of several sentences each, computed in place
/// with dense per-concept accumulators (no allocation per bead).
final class OverlapAccumulator {
    // Raw buffers: Swift arrays in a class would pay an exclusivity check per access.
    private let sourceTotals: UnsafeMutableBufferPointer<Float>
    private let targetTotals: UnsafeMutableBufferPointer<Float>
    private let stamps: UnsafeMutableBufferPointer<UInt32>
    private let touched: UnsafeMutableBufferPointer<Int32>
    private var stamp: UInt32 = 0

    init(conceptCount: Int) {
        let count = max(conceptCount, 1)
        sourceTotals = .allocate(capacity: count)
        sourceTotals.initialize(repeating: 0)
        targetTotals = .allocate(capacity: count)
        targetTotals.initialize(repeating: 0)
        stamps = .allocate(capacity: count)
        stamps.initialize(repeating: 0)
        touched = .allocate(capacity: count)
        touched.initialize(repeating: 0)
    }

    deinit {
        sourceTotals.deallocate()
        targetTotals.deallocate()
        stamps.deallocate()
        touched.deallocate()
    }

    func overlap(source: ArraySlice<SentenceVector>, target: ArraySlice<SentenceVector>) -> Float {
        stamp &+= 1
        let current = stamp
        var touchedCount = 0
        for vector in source {
            vector.concepts.withUnsafeBufferPointer { concepts in
                vector.values.withUnsafeBufferPointer { values in
                    for k in 0..<concepts.count {
                        let index = Int(concepts[k])
                        if stamps[index] != current {
                            stamps[index] = current
                            sourceTotals[index] = 0
                            targetTotals[index] = 0
                            touched[touchedCount] = concepts[k]
                            touchedCount += 1
                        }
                        sourceTotals[index] += values[k]
                    }
                }
            }
        }
        for vector in target {
            vector.concepts.withUnsafeBufferPointer { concepts in
                vector.values.withUnsafeBufferPointer { values in
                    for k in 0..<concepts.count where stamps[Int(concepts[k])] == current {
                        targetTotals[Int(concepts[k])] += values[k]
                    }
                }
            }
        }
        var result: Float = 0
        for k in 0..<touchedCount {
            let index = Int(touched[k])
            result += min(sourceTotals[index], targetTotals[index])
        }
        return result
    }
}

/// The kinds of concept, with their weights relative to a rare cognate.
enum ConceptKind: UInt8 {
    case number, address, name, cognate, punctuation, translation, dictionary

    var weight: Float {
        switch self {
        case .number, .address: 3
        case .name: 1.5
        case .cognate: 1
        case .punctuation: 0.4
        case .translation: 1.2
        // Half a learned translation: measured with the installed dictionaries (strict F1,
        // none / 0.3 / 0.6 / 1.2): Text+Berg 0.8389 / 0.8402 / 0.8446 / 0.8249, TransRead
        // 0.8452 / 0.8476 / 0.8496 / 0.8526, aca-en-zh 0.9859 / 0.9845 / 0.9869 / 0.9869,
        // Bible zh–en 0.9557 / 0.9533 / 0.9507 / 0.9483.
        case .dictionary: 0.6
        }
    }
}

/// A word of a sentence, folded to lower-case ASCII (ICU's `Any-Latin; Latin-ASCII`), and
/// whether it looks like a name.
struct Token: Sendable {
    /// Folded word id (shared by both documents).
    var word: Int32
    /// Whether it is capitalised or all capitals and not the sentence's first word.
    var isName: Bool
    /// Whether it was found by ICU's word breaker in a script written without spaces (it
    /// is kept as written: a transliteration's prefix is no cognate).
    var isUnspaced = false
}

/// Interns strings as small integers.
struct Interner: Sendable {
    private(set) var ids: [String: Int32] = [:]
    private(set) var strings: [String] = []

    mutating func id(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(strings.count)
        ids[string] = id
        strings.append(string)
        return id
    }

    func existingID(_ string: String) -> Int32? { ids[string] }
}

/// Tokenises both documents and builds their concept vectors.
struct ConceptExtractor {
    private(set) var words = Interner()
    private var concepts = Interner()
    private var conceptKinds: [ConceptKind] = []
    private var foldCache: [Substring: Int32] = [:]
    private let folder = ICUTransliterator(id: "Any-Latin; Latin-ASCII; Lower")
    private let wordBreaker = ICUWordBreaker()
    /// Reads numbers written in Han characters (Chinese and Japanese use the same ones).
    private let numeralParser = ICUNumberParser(locale: "zh")

    /// The folded word ids and name flags of each sentence, and each sentence's numbers
    /// and punctuation concepts.
    mutating func analyse(_ sentences: [String], language: String = "") -> [(tokens: [Token], extra: [Int32])] {
        let numberWords = NumberWords(language: language)
        return sentences.map { analyse(sentence: $0, numberWords: numberWords) }
    }

    private mutating func analyse(sentence: String, numberWords: NumberWords) -> (tokens: [Token], extra: [Int32]) {
        var tokens: [Token] = []
        var extra: [Int32] = []
        for address in Self.addresses(in: sentence) { extra.append(concept("@" + address, .address)) }
        let scalars = sentence.unicodeScalars
        var index = scalars.startIndex
        var isFirstWord = true
        // A run of number words ("forty-two", "vingt et un"), read when it ends; a short
        // word after it is held back until the next word shows whether the run goes on.
        var numberRun: (start: String.Index, end: String.Index, words: Int, connector: Bool)?
        func endNumberRun() {
            guard let run = numberRun else { return }
            numberRun = nil
            if let value = numberWords.value(of: Substring(scalars[run.start..<run.end]), wordCount: run.words) {
                extra.append(concept("#" + Self.format(value), .number))
            }
        }
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if numberRun != nil && !Self.isLetter(scalar) && scalar != " " && scalar != "-" { endNumberRun() }
            if Self.isLetter(scalar) {
                var end = scalars.index(after: index)
                var unspaced = Self.isUnspacedScript(scalar)
                while end < scalars.endIndex, Self.isLetter(scalars[end]) {
                    unspaced = unspaced || Self.isUnspacedScript(scalars[end])
                    end = scalars.index(after: end)
                }
                let word = Substring(scalars[index..<end])
                if unspaced {
                    // Chinese, Japanese, Thai…: a run of letters is a clause, not a word.
                    splitUnspaced(word, tokens: &tokens, extra: &extra)
                } else {
                    if numberWords.contains(word) {
                        numberRun = (numberRun?.start ?? index, end, (numberRun?.words ?? 0) + 1, false)
                    } else if let run = numberRun, !run.connector, numberWords.mayConnect(word) {
                        numberRun?.connector = true
                    } else {
                        endNumberRun()
                    }
                    let isCapitalised = Self.isUppercase(scalar)
                    let isAllCaps = word.unicodeScalars.count >= 2 && word.unicodeScalars.allSatisfy(Self.isUppercase)
                    tokens.append(Token(word: fold(word), isName: (isCapitalised && !isFirstWord) || isAllCaps))
                }
                isFirstWord = false
                index = end
            } else if scalar.properties.numericType == .decimal {
                let (number, end) = Self.number(in: scalars, from: index)
                extra.append(concept("#" + number, .number))
                isFirstWord = false
                index = end
            } else {
                if let mark = Self.punctuationConcept(scalar) { extra.append(concept(mark, .punctuation)) }
                index = scalars.index(after: index)
            }
        }
        endNumberRun()
        return (tokens, extra)
    }

    /// Splits a run of letters written without spaces into ICU's words, and reads the numbers
    /// written in characters among them ("四万六千五百" → 46500).
    private mutating func splitUnspaced(_ run: Substring, tokens: inout [Token], extra: inout [Int32]) {
        let units = Array(run.utf16)
        var numeralStart: Int?
        func flushNumeral(_ end: Int) {
            guard let start = numeralStart else { return }
            numeralStart = nil
            if let parser = numeralParser, let (value, length) = parser.parsePrefix(units[start..<end]), length == end - start,
               value >= 0, value < 1e15 {
                extra.append(concept("#" + Self.format(value), .number))
            }
        }
        for (offset, unit) in units.enumerated() {
            let isNumeral = UTF16.isASCII(unit) == false && Unicode.Scalar(unit).flatMap { $0.properties.numericValue } != nil
            if isNumeral { if numeralStart == nil { numeralStart = offset } } else { flushNumeral(offset) }
        }
        flushNumeral(units.count)
        units.withUnsafeBufferPointer { buffer in
            wordBreaker?.forEachSegment(in: buffer) { range, kind in
                guard kind != .none else { return }
                let word = String(decoding: buffer[range], as: UTF16.self)
                tokens.append(Token(word: words.id("=" + word), isName: false, isUnspaced: true))
            }
        }
    }

    /// Names written in Han characters on one side and in Latin letters on the other
    /// ("陈清扬" ↔ "Chen Qingyang"): runs of two to four Han characters, read in Pinyin
    /// without tones and joined, that equal a capitalised word of the other side, folded
    /// ("qingyang"). They become the same name concept the Latin side's word already has.
    mutating func linkTransliteratedNames(_ source: inout [(tokens: [Token], extra: [Int32])],
                                          _ target: inout [(tokens: [Token], extra: [Int32])]) {
        let sourceNames = nameKeys(source), targetNames = nameKeys(target)
        guard !sourceNames.isEmpty || !targetNames.isEmpty else { return }
        addHanNames(&source, matching: targetNames)
        addHanNames(&target, matching: sourceNames)
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

    private mutating func addHanNames(_ analysis: inout [(tokens: [Token], extra: [Int32])], matching names: Set<String>) {
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

    private static func isASCII(_ word: some StringProtocol) -> Bool {
        word.utf8.allSatisfy { $0 < 0x80 }
    }

    /// A number as the concept names it: an integer without a fraction.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Whether `scalar` belongs to a script written without spaces between words: Han,
    /// kana, Thai, Lao, Khmer, Myanmar, Tibetan.
    @inline(__always)
    static func isUnspacedScript(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x0E00: false
        case 0x0E00...0x0FFF, 0x1000...0x109F, 0x1780...0x17FF, 0x19E0...0x19FF, 0x3040...0x30FF, 0x31F0...0x31FF,
             0xA9E0...0xA9FF, 0xAA60...0xAA7F, 0xFF66...0xFF9F: true
        default: scalar.properties.isIdeographic
        }
    }

    @inline(__always)
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80: false
        default: scalar.properties.isAlphabetic
        }
    }

    @inline(__always)
    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A: true
        case 0..<0x80: false
        default: scalar.properties.isUppercase
        }
    }

    /// URLs, e-mail addresses and hashtags, which translators copy as they are (lower-cased,
    /// without trailing punctuation).
    static func addresses(in sentence: String) -> [String] {
        // Most sentences have none: look at the bytes before splitting anything.
        let bytes = sentence.utf8
        guard bytes.contains(where: { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "/") })
            || sentence.contains("www.")
        else { return [] }
        return sentence.split(whereSeparator: { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "(" || $0 == ")" }).compactMap { word in
            guard word.contains(where: { $0 == "@" || $0 == "#" || $0 == "/" || $0 == "." }) else { return nil }
            let token = word.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?\"'«»“”")).lowercased()
            let isURL = token.contains("://") || (token.hasPrefix("www.") && token.count > 4)
            let isEmail = token.split(separator: "@").count == 2 && token.split(separator: "@")[1].contains(".")
            let isHashtag = token.hasPrefix("#") && token.dropFirst().first?.isLetter == true
            return isURL || isEmail || isHashtag ? token : nil
        }
    }

    /// Reads a number starting at `start`, normalised across conventions: thousands
    /// separators dropped ("4 000", "4,000", "4'000" → 4000), a decimal comma made a point
    /// ("3,5" → 3.5), times written with h or : ("21h15" → 21:15).
    static func number(in scalars: String.UnicodeScalarView, from start: String.Index) -> (String, String.Index) {
        func digits(from index: String.Index) -> (String, String.Index) {
            var end = index, text = ""
            while end < scalars.endIndex, scalars[end].properties.numericType == .decimal,
                  let value = scalars[end].properties.numericValue {
                text.append(String(Int(value)))
                end = scalars.index(after: end)
            }
            return (text, end)
        }
        var (text, end) = digits(from: start)
        while end < scalars.endIndex {
            let separator = scalars[end]
            let next = scalars.index(after: end)
            guard next < scalars.endIndex, scalars[next].properties.numericType == .decimal else { break }
            let (group, groupEnd) = digits(from: next)
            if group.count == 3, [" ", "\u{A0}", "\u{202F}", "'", "’", ",", "."].contains(separator) {
                text += group
            } else if separator == "," || separator == "." {
                text += "." + group
            } else if group.count == 2, separator == "h" || separator == ":" {
                text += ":" + group
            } else {
                return (text, end)
            }
            end = groupEnd
        }
        return (text, end)
    }

    /// Punctuation that corresponds across scripts: a full-width or Arabic question mark is
    /// a question mark, every quotation mark is a quote, and so on.
    private static func punctuationConcept(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "?", "¿", "？", "؟": "?"
        case "!", "¡", "！": "!"
        case "\"", "«", "»", "“", "”", "„", "‹", "›", "「", "」", "『", "』", "《", "》", "〈", "〉", "﹁", "﹂": "\""
        case "(", ")", "（", "）", "[", "]", "【", "】", "〔", "〕": "("
        case ":", "：": ":"
        case ";", "；", "؛": ";"
        default: nil
        }
    }

    /// The folded id of a word written alone (a dictionary entry), if the documents have it.
    mutating func existingWord(_ word: String) -> Int32? {
        guard !word.contains(" ") else { return nil }
        // Words of unspaced scripts are kept as written (see `splitUnspaced`).
        if word.unicodeScalars.contains(where: Self.isUnspacedScript) { return words.existingID("=" + word) }
        return words.existingID(Self.isASCII(word) ? word.lowercased() : folder?.transliterate(word) ?? word.lowercased())
    }

    private mutating func fold(_ word: Substring) -> Int32 {
        if let id = foldCache[word] { return id }
        // ASCII needs only lower-casing, which is all the transliterator would do to it.
        let folded = Self.isASCII(word) ? word.lowercased() : folder?.transliterate(String(word)) ?? word.lowercased()
        let id = words.id(folded)
        foldCache[word] = id
        return id
    }

    /// The id of a concept, created on first use.
    mutating func concept(_ name: String, _ kind: ConceptKind) -> Int32 {
        let id = concepts.id(name)
        if Int(id) == conceptKinds.count { conceptKinds.append(kind) }
        return id
    }

    /// The cognate and name concepts of a token: the first four letters of words of four
    /// letters or more, and the whole folded word of names.
    mutating func lexicalConcepts(of token: Token, into result: inout [Int32]) {
        if token.isUnspaced { return }
        let word = words.strings[Int(token.word)]
        if word.count >= 4 { result.append(concept("~" + word.prefix(4), .cognate)) }
        if token.isName && word.count >= 2 { result.append(concept("N" + word, .name)) }
    }

    func kind(of concept: Int32) -> ConceptKind { conceptKinds[Int(concept)] }

    /// The name of a concept ("#21", "Nqingyang", "?"), to read and test what was found.
    func name(of concept: Int32) -> String { concepts.strings[Int(concept)] }

    var conceptCount: Int { conceptKinds.count }
}

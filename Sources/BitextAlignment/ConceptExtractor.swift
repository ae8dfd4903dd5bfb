import BitextICU
import BitextLanguage
import Foundation

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
    /// Whether it is written in Latin letters (not transliterated from another script).
    var isLatin = true
}

/// Tokenises both documents and builds their concept vectors.
struct ConceptExtractor {
    /// The weights and thresholds of the evidence.
    let configuration: AlignerConfiguration
    private(set) var words = Interner()
    private var concepts = Interner()
    private var conceptKinds: [ConceptKind] = []
    private var foldCache: [Substring: Int32] = [:]
    /// The concepts of the punctuation marks met so far, by their ASCII byte (−1: not yet).
    private var punctuationConcepts = [Int32](repeating: -1, count: 128)
    /// Each spaced word's prefix-cognate and name concepts, by word id (see `concepts(of:)`).
    private var wordConcepts: [(cognate: Int32, name: Int32)] = []
    /// Folds words of any script. Made when first needed: ICU builds every script's
    /// transliterator for it (some 10 MB and 40 ms), which words in Latin letters do not need.
    private lazy var folder = ICUTransliterator(id: "Any-Latin; Latin-ASCII; Lower")
    /// Folds words in Latin letters (below U+0250), exactly as `folder` does (checked on
    /// every such letter and on the shared corpora's words) at a fraction of the cost.
    private lazy var latinFolder = ICUTransliterator(id: "Latin-ASCII; Lower")
    /// Splits runs of letters of scripts written without spaces into words, and reads the
    /// numbers written in Han characters among them (Chinese and Japanese use the same
    /// ones). Both are made when a document first has such a run: most have none.
    private lazy var wordBreaker = ICUWordBreaker()
    /// Whether cognates' prefixes are taken from words' `spokenSpelling` (between two scripts
    /// written with spaces: `Aligner.comparesCognatesBySound`).
    var phoneticCognates = false
    private lazy var numeralParser = ICUNumberParser(locale: "zh")

    init(configuration: AlignerConfiguration) {
        self.configuration = configuration
    }

    /// The folded word ids and name flags of each sentence, and each sentence's numbers
    /// and punctuation concepts.
    mutating func analyse(_ sentences: [String], language: String = "") -> [(tokens: [Token], extra: [Int32])] {
        let parsed = try? Language(language)
        var numberWords = NumberWords(language: parsed, smallest: configuration.smallestNumberInWords)
        var known = KnownWords()
        let meanings = parsed?.punctuationMeanings ?? [:]
        return sentences.map { analyse(sentence: $0, numberWords: &numberWords, known: &known, punctuationMeanings: meanings) }
    }

    /// The facts of the words met so far: those in ASCII letters by their bytes (see
    /// `ByteStringTable`), the others by `Substring` (equal when canonically equivalent).
    private struct KnownWords {
        var ascii = ByteStringTable()
        var asciiFacts: [WordFacts] = []
        var others: [Substring: WordFacts] = [:]
    }

    /// What a word's spelling alone tells, worked out once per spelling in a document: a
    /// novel repeats a few thousand words hundreds of thousands of times.
    private struct WordFacts {
        var word: Int32
        var isAllCaps: Bool
        var isNumberWord: Bool
        var isLargeNumberWord: Bool
        var mayConnectNumbers: Bool
    }

    /// The facts of a word in ASCII letters (its bytes), worked out when first met.
    @inline(__always)
    private mutating func asciiFacts(of bytes: UnsafeBufferPointer<UInt8>, numberWords: NumberWords, known: inout KnownWords) -> WordFacts {
        if let number = known.ascii.number(of: bytes) { return known.asciiFacts[Int(number)] }
        let facts = self.facts(of: Substring(decoding: bytes, as: UTF8.self), numberWords: numberWords)
        known.ascii.insert(bytes)
        known.asciiFacts.append(facts)
        return facts
    }

    /// The facts of any other word, worked out when first met.
    private mutating func otherFacts(of word: Substring, numberWords: NumberWords, known: inout KnownWords) -> WordFacts {
        if let found = known.others[word] { return found }
        let facts = self.facts(of: word, numberWords: numberWords)
        known.others[word] = facts
        return facts
    }

    private mutating func facts(of word: Substring, numberWords: NumberWords) -> WordFacts {
        let isNumberWord = numberWords.contains(word)
        return WordFacts(word: fold(word),
                         isAllCaps: word.unicodeScalars.count >= 2 && word.unicodeScalars.allSatisfy(Self.isUppercase),
                         isNumberWord: isNumberWord, isLargeNumberWord: isNumberWord && numberWords.isLarge(word),
                         mayConnectNumbers: numberWords.mayConnect(word))
    }

    private mutating func analyse(sentence: String, numberWords: inout NumberWords, known: inout KnownWords,
                                  punctuationMeanings: [Unicode.Scalar: Unicode.Scalar])
        -> (tokens: [Token], extra: [Int32]) {
        var tokens: [Token] = []
        var extra: [Int32] = []
        for address in AddressEvidence.addresses(in: sentence) { extra.append(concept("@" + address, .address)) }
        // The sentence is read scalar by scalar from its UTF-8 bytes (through `String.Index`
        // each step was checked: reading took a third more time); words and numbers are cut
        // from its scalars at the same places.
        var text = sentence
        text.makeContiguousUTF8()
        let scalars = text.unicodeScalars
        func stringIndex(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
        var storage = text
        return storage.withUTF8 { bytes in
            var index = 0
            var isFirstWord = true
            // A run of number words ("forty-two", "vingt et un"), read when it ends; a short
            // word after it is held back until the next word shows whether the run goes on.
            var numberRun: (start: Int, end: Int, words: Int, connector: Bool, hasLarge: Bool)?
            func endNumberRun() {
                guard let run = numberRun else { return }
                numberRun = nil
                if numberWords.mayReachSmallest(hasLarge: run.hasLarge),
                   let value = numberWords.value(of: Substring(scalars[stringIndex(run.start)..<stringIndex(run.end)]), wordCount: run.words) {
                    extra.append(concept("#" + NumberEvidence.format(value), .number))
                }
            }
            while index < bytes.count {
                let (scalar, length) = Self.scalar(in: bytes, at: index)
                if numberRun != nil && !Self.isLetter(scalar) && scalar != " " && scalar != "-" { endNumberRun() }
                if Self.isLetter(scalar) {
                    var end = index + length
                    var unspaced = Self.isUnspacedScript(scalar), ascii = scalar.value < 0x80
                    while end < bytes.count {
                        let (next, nextLength) = Self.scalar(in: bytes, at: end)
                        guard Self.continuesWord(next) else { break }
                        unspaced = unspaced || Self.isUnspacedScript(next)
                        ascii = ascii && next.value < 0x80
                        end += nextLength
                    }
                    if unspaced {
                        // Chinese, Japanese, Thai…: a run of letters is a clause, not a word.
                        splitUnspaced(Substring(scalars[stringIndex(index)..<stringIndex(end)]), tokens: &tokens, extra: &extra,
                                      numberWords: &numberWords)
                    } else {
                        let facts = ascii ? asciiFacts(of: UnsafeBufferPointer(rebasing: bytes[index..<end]), numberWords: numberWords, known: &known)
                            : otherFacts(of: Substring(scalars[stringIndex(index)..<stringIndex(end)]), numberWords: numberWords, known: &known)
                        if facts.isNumberWord {
                            numberRun = (numberRun?.start ?? index, end, (numberRun?.words ?? 0) + 1, false,
                                         (numberRun?.hasLarge ?? false) || facts.isLargeNumberWord)
                        } else if let run = numberRun, !run.connector, facts.mayConnectNumbers {
                            numberRun?.connector = true
                        } else {
                            endNumberRun()
                        }
                        let isCapitalised = Self.isUppercase(scalar)
                        tokens.append(Token(word: facts.word, isName: (isCapitalised && !isFirstWord) || facts.isAllCaps,
                                            isLatin: scalar.value < 0x250))
                    }
                    isFirstWord = false
                    index = end
                } else if scalar.value < 0x80 ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType == .decimal {
                    let (number, end) = NumberEvidence.number(in: scalars, from: stringIndex(index))
                    extra.append(concept("#" + number, .number))
                    isFirstWord = false
                    index = text.utf8.distance(from: text.utf8.startIndex, to: end)
                } else {
                    let meant = punctuationMeanings.isEmpty ? scalar : punctuationMeanings[scalar] ?? scalar
                    if let mark = PunctuationEvidence.mark(meant) { extra.append(punctuationConcept(mark)) }
                    index += length
                }
            }
            endNumberRun()
            return (tokens, extra)
        }
    }

    /// The scalar whose UTF-8 encoding starts at `offset` of `bytes` (a `String`'s, so
    /// valid), and its length in bytes.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
        func continuation(_ k: Int) -> UInt32 { UInt32(bytes[offset + k]) & 0x3F }
        let value: UInt32, length: Int
        if lead < 0xE0 {
            (value, length) = ((lead & 0x1F) << 6 | continuation(1), 2)
        } else if lead < 0xF0 {
            (value, length) = ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        } else {
            (value, length) = ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
        return (Unicode.Scalar(value)!, length)
    }

    /// Splits a run of letters written without spaces into ICU's words, and reads the numbers
    /// written in characters among them ("四万六千五百" → 46500) and in words ("เก้าร้อยสามสิบ"
    /// → 930: a run of ICU's words that are number words, read as `NumberWords` reads them).
    private mutating func splitUnspaced(_ run: Substring, tokens: inout [Token], extra: inout [Int32],
                                        numberWords: inout NumberWords) {
        let units = Array(run.utf16)
        var numeralStart: Int?
        func flushNumeral(_ end: Int) {
            guard let start = numeralStart else { return }
            numeralStart = nil
            if let parser = numeralParser, let (value, length) = parser.parsePrefix(units[start..<end]), length == end - start,
               value >= 0, value < 1e15 {
                extra.append(concept("#" + NumberEvidence.format(value), .number))
            }
        }
        for (offset, unit) in units.enumerated() {
            let isNumeral = UTF16.isASCII(unit) == false && Unicode.Scalar(unit).flatMap { $0.properties.numericValue } != nil
            if isNumeral { if numeralStart == nil { numeralStart = offset } } else { flushNumeral(offset) }
        }
        flushNumeral(units.count)
        // The words' ranges are kept only where number words are read among them.
        var segments: [Range<Int>] = []
        let readsNumberWords = numberWords.readsUnspacedWords
        units.withUnsafeBufferPointer { buffer in
            wordBreaker?.forEachSegment(in: buffer) { range, kind in
                guard kind != .none else { return }
                let word = String(decoding: buffer[range], as: UTF16.self)
                tokens.append(Token(word: words.id(Self.keptWholeMark + word), isName: false, isUnspaced: true))
                if readsNumberWords { segments.append(range) }
            }
        }
        var numberRun: (start: Int, end: Int, hasLarge: Bool)?
        func endNumberRun() {
            guard let run = numberRun else { return }
            numberRun = nil
            if numberWords.mayReachSmallest(hasLarge: run.hasLarge),
               let value = numberWords.value(of: Substring(String(decoding: units[run.start..<run.end], as: UTF16.self)), wordCount: 0) {
                extra.append(concept("#" + NumberEvidence.format(value), .number))
            }
        }
        for range in segments {
            let word = String(decoding: units[range], as: UTF16.self)
            // Numerals (digits of any script) were read above; number words are read here.
            if numberRun.map({ $0.end == range.lowerBound }) ?? true,
               !word.unicodeScalars.contains(where: { $0.properties.numericValue != nil }), numberWords.containsPart(Substring(word)) {
                numberRun = (numberRun?.start ?? range.lowerBound, range.upperBound,
                             (numberRun?.hasLarge ?? false) || numberWords.isLarge(Substring(word)))
            } else {
                endNumberRun()
            }
        }
        endNumberRun()
    }

    /// Takes over the words and concepts `other` made while analysing a document after this
    /// extractor analysed another: they get the ids they would have had had this extractor
    /// analysed both in turn, so both documents can be analysed at once. Returns the id
    /// each of `other`'s words and concepts has here, for `renumbered(_:words:concepts:)`.
    mutating func adopt(_ other: ConceptExtractor) -> (words: [Int32], concepts: [Int32]) {
        let wordIDs = words.adopt(other.words)
        var conceptIDs: [Int32] = []
        conceptIDs.reserveCapacity(other.conceptKinds.count)
        for (name, kind) in zip(other.concepts.strings, other.conceptKinds) { conceptIDs.append(concept(name, kind)) }
        return (wordIDs, conceptIDs)
    }

    /// An analysis made by another extractor, with the ids `adopt` gave its words and
    /// concepts here (a pure function: parts can be renumbered at once).
    static func renumbered(_ analysis: [(tokens: [Token], extra: [Int32])], words wordIDs: [Int32], concepts conceptIDs: [Int32])
        -> [(tokens: [Token], extra: [Int32])] {
        analysis.map { sentence in
            (sentence.tokens.map { token in
                var token = token
                token.word = wordIDs[Int(token.word)]
                return token
            }, sentence.extra.map { conceptIDs[Int($0)] })
        }
    }

    private static func isASCII(_ word: some StringProtocol) -> Bool {
        word.utf8.allSatisfy { $0 < 0x80 }
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

    /// Whether `scalar` goes on with a word begun: a letter, or a combining mark. Many marks
    /// that are part of a word's spelling are not letters: Devanagari's virama and nukta,
    /// Thai's tone marks, Khmer's coeng, Myanmar's asat, a decomposed accent ("cafe\u{301}").
    @inline(__always)
    private static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x300: scalar.value >= 0x80 && scalar.properties.isAlphabetic
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: true
            default: scalar.properties.isAlphabetic
            }
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

    /// The folded id of a word written alone (a dictionary entry), if the documents have it.
    mutating func existingWord(_ word: String) -> Int32? {
        guard !word.contains(" ") else { return nil }
        // Words of unspaced scripts are kept as written (see `splitUnspaced`).
        if word.unicodeScalars.contains(where: Self.isUnspacedScript) { return words.existingID(Self.keptWholeMark + word) }
        return words.existingID(folded(word))
    }

    /// What the spelling of a word of a script written without spaces starts with: such
    /// words are kept as written, never folded or cut.
    static let keptWholeMark = "="

    /// Whether a word's spelling (in `words`) is one kept as written.
    static func isKeptWhole(_ spelling: String) -> Bool { spelling.hasPrefix(keptWholeMark) }

    /// The id of a class of words named `name` (`RareWordClasses`), made when first asked
    /// for; word ids and class ids are numbered together, so that the translation model
    /// may learn between both.
    mutating func wordClass(named name: String) -> Int32 { words.id(name) }

    /// A word lower-cased and written in ASCII letters where it can be.
    private mutating func folded(_ word: String) -> String {
        // ASCII needs only lower-casing, which is all the transliterators would do to it.
        if Self.isASCII(word) { return word.lowercased() }
        let transliterator = word.unicodeScalars.allSatisfy({ $0.value < 0x250 }) ? latinFolder : folder
        return transliterator?.transliterate(word) ?? word.lowercased()
    }

    private mutating func fold(_ word: Substring) -> Int32 {
        if let id = foldCache[word] { return id }
        let id = words.id(folded(String(word)))
        foldCache[word] = id
        return id
    }

    /// The concept of a punctuation mark (one ASCII character), kept by its byte: a
    /// document has millions of marks, each a lookup of its name otherwise.
    private mutating func punctuationConcept(_ mark: String) -> Int32 {
        let byte = Int(mark.utf8.first!)
        if byte < punctuationConcepts.count, punctuationConcepts[byte] >= 0 { return punctuationConcepts[byte] }
        let id = concept(mark, .punctuation)
        if byte < punctuationConcepts.count { punctuationConcepts[byte] = id }
        return id
    }

    /// The id of a concept, created on first use.
    mutating func concept(_ name: String, _ kind: ConceptKind) -> Int32 {
        let id = concepts.id(name)
        if Int(id) == conceptKinds.count { conceptKinds.append(kind) }
        return id
    }

    /// The name concept of a capitalised word: the whole folded word.
    mutating func nameConcept(of token: Token, into result: inout [Int32]) {
        guard token.isName, !token.isUnspaced else { return }
        let word = words.strings[Int(token.word)]
        if word.count >= 2 { result.append(concept("N" + word, .name)) }
    }

    /// A sentence's concepts before any translations are known: its numbers and
    /// punctuation, and the cognate and name concepts of its words.
    mutating func concepts(of analysis: (tokens: [Token], extra: [Int32])) -> [Int32] {
        var concepts = analysis.extra
        for token in analysis.tokens {
            if token.isUnspaced {
                prefixCognate(of: token, into: &concepts)
                nameConcept(of: token, into: &concepts)
                continue
            }
            // Each word's two concepts are made once, when first met (so the concepts'
            // ids are what making them at every token gave), then read from the cache.
            let word = Int(token.word)
            if word >= wordConcepts.count {
                wordConcepts.append(contentsOf: repeatElement((cognate: Self.notMade, name: Self.notMade), count: word + 1 - wordConcepts.count))
            }
            if wordConcepts[word].cognate == Self.notMade {
                var made: [Int32] = []
                prefixCognate(of: token, into: &made)
                wordConcepts[word].cognate = made.first ?? Self.none
            }
            if wordConcepts[word].cognate != Self.none { concepts.append(wordConcepts[word].cognate) }
            guard token.isName else { continue }
            if wordConcepts[word].name == Self.notMade {
                var made: [Int32] = []
                nameConcept(of: token, into: &made)
                wordConcepts[word].name = made.first ?? Self.none
            }
            if wordConcepts[word].name != Self.none { concepts.append(wordConcepts[word].name) }
        }
        return concepts
    }

    /// Marks in `wordConcepts`: a concept not made yet, and a word that has none.
    private static let notMade: Int32 = -2, none: Int32 = -1

    func kind(of concept: Int32) -> ConceptKind { conceptKinds[Int(concept)] }

    /// The name of a concept ("#21", "Nqingyang", "?"), to read and test what was found.
    func name(of concept: Int32) -> String { concepts.strings[Int(concept)] }

    var conceptCount: Int { conceptKinds.count }
}

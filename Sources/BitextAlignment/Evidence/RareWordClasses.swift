/// Rare words as the translation model sees them: a word met only a few times in the two
/// documents stands for its first letters, a class shared with the other words that begin
/// alike.
///
/// EM learns a word's translation from the beads it occurs in, and a word met two or three
/// times is in too few of them to tell its translation from its neighbours'. Inflected
/// forms and compounds mostly begin alike ("Expedition", "Expeditionen", "Expeditionsziel";
/// "glacier", "glaciers"), so counting them as one word pools their beads: truncation
/// stemming, which is known to help word alignment learned from little text. Frequent
/// words keep their own identity: they have beads enough, and their prefixes are the
/// ambiguous ones ("there", "therefore"). The prefix is as long as a prefix cognate's
/// (`prefixCognate(of:into:)`), and words of scripts written without spaces keep theirs
/// whole, as everywhere else.
struct RareWordClasses {
    /// Each word id's class: itself, or the id of its prefix's class.
    private var classOfWord: [Int32]
    /// Whether some word stands for a class (else `apply` has nothing to do: short
    /// documents, and long ones whose every word is frequent).
    private var poolsAny = false

    /// The classes of the words of `source` and `target` (each a sentence's word ids): words
    /// met at most `maximumCount` times in the two together, and longer than `prefixLength` letters,
    /// stand for their first `prefixLength` letters, but for the words of `known` (a
    /// dictionary's): the dictionary tells what they mean, and pooling them spreads its
    /// senses over words it does not list (Text+Berg with FreeDict lost 0.008 that way).
    /// `maximumCount` 0 keeps every word.
    init(source: [[Int32]], target: [[Int32]], keeping known: Lexicon = Lexicon(), extractor: inout ConceptExtractor,
         maximumCount: Int, prefixLength: Int) {
        let wordCount = extractor.words.strings.count
        classOfWord = (0..<Int32(wordCount)).map { $0 }
        guard maximumCount > 0 else { return }
        var counts = [Int](repeating: 0, count: wordCount)
        for sentence in source { for word in sentence { counts[Int(word)] += 1 } }
        for sentence in target { for word in sentence { counts[Int(word)] += 1 } }
        // Counted as never met, known words are left as they are.
        for word in known.sourceWords { counts[Int(word)] = 0 }
        for word in known.sourcesOfTarget.keys { counts[Int(word)] = 0 }
        for word in 0..<wordCount where counts[word] > 0 && counts[word] <= maximumCount {
            let spelling = extractor.words.strings[word]
            guard !ConceptExtractor.isKeptWhole(spelling), spelling.count > prefixLength else { continue }
            classOfWord[word] = extractor.wordClass(named: "~" + spelling.prefix(prefixLength))
            poolsAny = true
        }
    }

    /// Each word of `sentences` replaced by its class.
    func apply(to sentences: inout [[Int32]]) {
        guard poolsAny else { return }
        for index in sentences.indices {
            for position in sentences[index].indices {
                sentences[index][position] = classOfWord[Int(sentences[index][position])]
            }
        }
    }
}

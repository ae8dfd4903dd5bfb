import BitextAlignment
import BitextCore
import BitextLanguage
import BitextSegmentation
import Foundation

/// Reads a text file into the aligner's document (segmented, or one sentence per line),
/// with the input line each sentence starts on, and the document's language: the one
/// declared, or the one identified when it is declared `auto`.
enum DocumentLoader {
    /// The language option value that asks for the language to be identified.
    static let automaticLanguage = "auto"

    /// Loads `path`; `option` names the language option (`--src-lang`) for messages and
    /// `otherLanguage` is the other side's declared language, to recognise a swap.
    static func load(_ path: String, language declared: String, segmented: Bool, threads: Int? = nil,
                     encoding: String? = nil, option: String = "--src-lang", otherLanguage: String? = nil)
        throws -> (document: SentenceDocument, lines: [Int], language: String) {
        let input = try InputFile.readText(path, encoding: encoding)
        let language = try resolveLanguage(declared, of: input, path: path, option: option, otherLanguage: otherLanguage)
        if segmented {
            let sentences = LineSplitter.sentences(input)
            return (SentenceDocument(sentences: sentences.map(\.text), language: language), sentences.indices.map { $0 + 1 }, language)
        }
        let sentences: [Sentence]
        do {
            let segmenter = try Segmenter(language: language)
            if let threads { segmenter.maximumThreads = threads }
            sentences = segmenter.segment(input)
        } catch {
            throw CommandFailure.usage("\(error)")
        }
        // The line of each sentence's first byte: count line feeds on the way.
        var lines: [Int] = [], line = 1, offset = input.offsetInInput
        for sentence in sentences {
            while offset < sentence.byteRange.lowerBound {
                if input.utf8[offset - input.offsetInInput] == 0x0A { line += 1 }
                offset += 1
            }
            lines.append(line)
        }
        return (SentenceDocument(sentences: sentences.map(\.text), paragraphs: sentences.map(\.block), language: language), lines,
                language)
    }

    /// The document's language: identified when `declared` is `auto` (an error when it
    /// cannot be told reliably); otherwise `declared`, with a one-line warning when the
    /// text reliably looks like another language, such as swapped `--src-lang` and
    /// `--tgt-lang` (which would label English text as French in a TMX file).
    static func resolveLanguage(_ declared: String, of input: InputText, path: String, option: String,
                                otherLanguage: String?) throws -> String {
        let identified = LanguageIdentifier.identify(utf8: input.utf8)
        let name = path == "-" ? "<stdin>" : path
        if declared == automaticLanguage {
            guard let identified, identified.isReliable else {
                throw CommandFailure.error("\(name): cannot tell its language; give it with \(option)")
            }
            return identified.language
        }
        if let identified, identified.isReliable, identified.confidence >= 0.6,
           !LanguageIdentifier.matches(identified.language, declared: declared) {
            let languageName = Locale(identifier: "en").localizedString(forLanguageCode: identified.language) ?? identified.language
            let swapped = otherLanguage.map { LanguageIdentifier.matches(identified.language, declared: $0) } ?? false
            OutputFile.writeStandardError("bitext: warning: \(name) looks like \(languageName) (\(identified.language)), "
                                          + "not \(declared) as \(option) says\(swapped ? "; swapped?" : "")\n")
        }
        return declared
    }
}

import Foundation

/// Per-language word lists that drive the segmenter's corrections to ICU.
///
/// They are the word-list sections of a language's profile (`Languages/<code>.txt`,
/// compiled into the binary; see `LanguageProfile`): plain UTF-8 with `[section]` headers,
/// one entry per line, `#` comments. Entries are written as they appear in text, without
/// the final period.
public struct LanguageData: Sendable {
    /// Words that precede a name (`Dr`, `Mme`): a period after them never ends a sentence.
    public var titles = WordList()
    /// Abbreviations (`etc`, `Inc`, `U.S`): a period after them ends a sentence only when a
    /// sentence starter follows.
    public var abbreviations = WordList()
    /// Abbreviations that precede numbers (`p`, `No`, `art`): a period after them does not
    /// end a sentence when a digit follows.
    public var beforeNumbers = WordList()
    /// Words that often begin a sentence (`The`, `Il`): after an abbreviation or an initial,
    /// they mark a sentence end.
    public var starters = WordList()
    /// Names that end in `!` or `?` (`Yahoo!`): a lower-case word after them continues the
    /// sentence.
    public var names = WordList()
    /// Words that continue a sentence right after a closing quote that follows a sentence
    /// mark (Japanese 「行こう。」と言った: the particle と), matched as a prefix of the text
    /// there, since such languages put no space between words.
    public var quoteContinuations = WordList()
    /// Whether a period after a number marks an ordinal (German "am 3. Oktober"), so that
    /// it ends a sentence only before a sentence starter.
    public var hasOrdinalNumbers = false

    /// No lists at all: the segmenter then relies on ICU and on rules that need no words.
    public init() {}

    /// Parses a language file's text.
    ///
    /// - Throws: `LanguageDataError` for an entry outside any section or an unknown section.
    public init(parsing text: String) throws(LanguageDataError) {
        var section: WritableKeyPath<LanguageData, WordList>?
        var inOptions = false
        for (number, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                .trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line.hasPrefix("[") && line.hasSuffix("]") {
                inOptions = false
                switch line.dropFirst().dropLast() {
                case "titles": section = \.titles
                case "abbreviations": section = \.abbreviations
                case "before-numbers": section = \.beforeNumbers
                case "starters": section = \.starters
                case "names": section = \.names
                case "quote-continuations": section = \.quoteContinuations
                case "options": section = nil; inOptions = true
                default: throw LanguageDataError(line: number + 1, problem: "unknown section \(line)")
                }
                continue
            }
            if inOptions {
                guard line == "ordinal-numbers" else {
                    throw LanguageDataError(line: number + 1, problem: "unknown option \(line)")
                }
                hasOrdinalNumbers = true
                continue
            }
            guard let section else {
                throw LanguageDataError(line: number + 1, problem: "entry before any [section]")
            }
            self[keyPath: section].insert(line)
        }
    }

    /// The bundled lists for a language code (by its primary subtag: `fr` for `fr-CA`), or
    /// empty lists for an unknown code or a language without a profile. Prefer
    /// `Language.wordLists`, which does not parse the code again.
    public static func bundled(for language: String) -> LanguageData {
        (try? Language(language))?.wordLists ?? LanguageData()
    }
}

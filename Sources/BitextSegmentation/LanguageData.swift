import Foundation

/// Per-language word lists that drive the segmenter's corrections to ICU.
///
/// They are read from the package's `Languages/<code>.txt` resources: plain UTF-8 files
/// with `[section]` headers, one entry per line, `#` comments. Entries are written as
/// they appear in text, without the final period.
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

    /// The bundled data for a language (by its primary subtag: `fr` for `fr-CA`), or empty
    /// lists for a language without a file.
    public static func bundled(for language: String) -> LanguageData {
        let primary = language.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "@" })
            .first.map { $0.lowercased() } ?? ""
        guard let url = Bundle.module.url(forResource: primary, withExtension: "txt", subdirectory: "Languages"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return LanguageData() }
        do {
            return try LanguageData(parsing: text)
        } catch {
            // A bundled file is part of the program: a broken one is a programming error.
            fatalError("Languages/\(primary).txt: \(error)")
        }
    }
}

/// A set of words matched as written or, for entries of two letters or more, in any case
/// ("Inc" matches "INC" and "inc"; the single letter "M" does not match "m").
public struct WordList: Sendable {
    private var exact: Set<String> = []
    private var folded: Set<String> = []

    /// The length of the longest entry, in UTF-16 code units.
    public private(set) var longestEntry = 0

    /// An empty list.
    public init() {}

    /// A list of `words`.
    public init(_ words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    /// Adds `word`.
    public mutating func insert(_ word: String) {
        exact.insert(word)
        longestEntry = max(longestEntry, word.utf16.count)
        if word.count > 1 { folded.insert(word.lowercased()) }
    }

    /// Whether `word` matches an entry.
    public func contains(_ word: String) -> Bool {
        exact.contains(word) || (word.count > 1 && folded.contains(word.lowercased()))
    }
}

/// A malformed language data file.
public struct LanguageDataError: Error, CustomStringConvertible, Sendable {
    /// The 1-based line number of the problem.
    public var line: Int
    /// What is wrong there.
    public var problem: String

    public var description: String { "line \(line): \(problem)" }
}

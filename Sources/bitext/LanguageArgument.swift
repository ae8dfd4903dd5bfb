import ArgumentParser
import BitextLanguage

/// The value of `--lang`, `--src-lang` or `--tgt-lang`: read into a `Language` once, when the
/// command line is parsed. A code `Language` refuses is kept, so that `run` reports it as one
/// usage line that names the option (`--src-lang: unknown language code 'xx'`, exit 64)
/// instead of ArgumentParser's several lines. `auto` (for `--src-lang` and `--tgt-lang`)
/// asks for the language to be identified from each document's text, which happens only
/// once the document is read (`DocumentLoader.resolveLanguage`).
struct LanguageArgument: ExpressibleByArgument, Sendable {
    /// The value that asks for the language to be identified from the text.
    static let automatic = "auto"

    /// The code as the user gave it.
    let argument: String
    private let parsed: Result<Language, LanguageError>

    init(argument: String) {
        self.argument = argument
        parsed = Result { () throws(LanguageError) in try Language(argument) }
    }

    /// Whether the user gave `auto`.
    var isAutomatic: Bool { argument == Self.automatic }

    /// The language, or a usage failure naming `option` (`auto` is refused: the options that
    /// accept it use `declaredLanguage(option:)`).
    func language(option: String) throws(CommandFailure) -> Language {
        switch parsed {
        case .success(let language): language
        case .failure(let error): throw CommandFailure.usage("\(option): \(error)")
        }
    }

    /// The declared language, `nil` for `auto`, or a usage failure naming `option`.
    func declaredLanguage(option: String) throws(CommandFailure) -> Language? {
        isAutomatic ? nil : try language(option: option)
    }
}

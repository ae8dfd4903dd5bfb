import ArgumentParser
import BitextLanguage

/// The value of `--lang`, `--src-lang` or `--tgt-lang`: read into a `Language` once, when the
/// command line is parsed. A code `Language` refuses is kept, so that `run` reports it as one
/// usage line that names the option (`--src-lang: unknown language code 'xx'`, exit 64)
/// instead of ArgumentParser's several lines.
struct LanguageArgument: ExpressibleByArgument, Sendable {
    /// The code as the user gave it.
    let argument: String
    private let parsed: Result<Language, LanguageError>

    init(argument: String) {
        self.argument = argument
        parsed = Result { () throws(LanguageError) in try Language(argument) }
    }

    /// The language, or a usage failure naming `option`.
    func language(option: String) throws(CommandFailure) -> Language {
        switch parsed {
        case .success(let language): language
        case .failure(let error): throw CommandFailure.usage("\(option): \(error)")
        }
    }
}

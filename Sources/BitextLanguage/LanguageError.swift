/// A language code that Bitext cannot use.
public enum LanguageError: Error, Equatable, CustomStringConvertible, Sendable {
    /// ICU does not know the language, or the code is not a well-formed BCP 47 tag or ICU id.
    case unknown(String)
    /// The code holds characters a language code never has (`/`, `<`, `.`…), which could
    /// otherwise end up in file names or markup.
    case invalidCharacters(String)

    public var description: String {
        switch self {
        case .unknown(let code): "unknown language code '\(Self.printable(code))'"
        case .invalidCharacters(let code):
            "invalid language code '\(Self.printable(code))' (only letters, digits, '-' and '_' are allowed)"
        }
    }

    /// The code as it can be shown on one line: control characters escaped, long codes cut.
    private static func printable(_ code: String) -> String {
        let shown = code.unicodeScalars.prefix(64).map { $0.properties.generalCategory == .control
            ? $0.escaped(asASCII: true) : String($0) }.joined()
        return code.unicodeScalars.count > 64 ? shown + "…" : shown
    }
}

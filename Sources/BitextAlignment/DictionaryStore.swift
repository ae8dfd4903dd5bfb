import BitextCore
import BitextLanguage
import Foundation

/// The bilingual dictionaries installed in Bitext's data folder, found by language pair.
///
/// A dictionary is worth using on every run once it is installed, so that users should not
/// have to pass `--dictionary` each time: `scripts/get-dictionary.sh L1 L2` installs
/// `L1-L2.tsv` in `dictionaries/`, and the aligner finds it for either direction of the pair
/// (one file serves en→fr and fr→en, its entries swapped for the second).
public struct DictionaryStore: Sendable {
    /// The data folder: `$BITEXT_DATA`, or `~/.local/share/bitext` (XDG's place for user data).
    public var dataFolder: URL

    /// The folder holding the dictionaries, `dictionaries/` in the data folder.
    public var folder: URL { dataFolder.appendingPathComponent("dictionaries", isDirectory: true) }

    /// A store in `dataFolder`.
    public init(dataFolder: URL) {
        self.dataFolder = dataFolder
    }

    /// The store the environment names: `BITEXT_DATA` when it is set and not empty, else
    /// `$HOME/.local/share/bitext`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let data = environment["BITEXT_DATA"], !data.isEmpty {
            dataFolder = URL(fileURLWithPath: data, isDirectory: true)
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0, isDirectory: true) }
                ?? FileManager.default.homeDirectoryForCurrentUser
            dataFolder = home.appendingPathComponent(".local/share/bitext", isDirectory: true)
        }
    }

    /// The language a dictionary is filed under: the primary subtag of a BCP 47 tag or ICU
    /// id, lower-cased (`pt-BR` and `pt_BR` → `pt`), since dictionaries rarely differ by region.
    public static func primaryLanguage(_ code: String) -> String {
        // `Language` normalises the code once (`iw` → `he`, `pt_BR` → `pt`); a code it
        // refuses finds no dictionary.
        (try? Language(code))?.primary ?? ""
    }

    /// The installed dictionary for translating `source` into `target`: `source-target.tsv`,
    /// or else `target-source.tsv` with `reversed` true (its columns are to be swapped).
    /// Nil when neither is installed.
    public func dictionary(source: String, target: String) -> (url: URL, reversed: Bool)? {
        let (from, to) = (Self.primaryLanguage(source), Self.primaryLanguage(target))
        guard Self.isFileName(from), Self.isFileName(to), from != to else { return nil }
        for (name, reversed) in [("\(from)-\(to).tsv", false), ("\(to)-\(from).tsv", true)] {
            let url = folder.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                return (url, reversed)
            }
        }
        return nil
    }

    /// Reads the installed dictionary for `source` → `target`, entries in that direction.
    /// Nil when none is installed.
    ///
    /// - Throws: `InputFileError` when the file cannot be read or a line is neither format.
    public func load(source: String, target: String) throws(InputFileError) -> (url: URL, dictionary: BilingualDictionary)? {
        guard let found = dictionary(source: source, target: target) else { return nil }
        return (found.url, try Self.load(found.url, reversed: found.reversed))
    }

    /// Reads the dictionary file at `url`, swapping its columns when `reversed`.
    ///
    /// - Throws: `InputFileError` when the file cannot be read or a line is neither format.
    public static func load(_ url: URL, reversed: Bool = false) throws(InputFileError) -> BilingualDictionary {
        try load(path: url.path, reversed: reversed)
    }

    /// Reads the dictionary file at `path` (named as given in errors), swapping its columns
    /// when `reversed`; a file larger than `limit` bytes is refused (see `InputFile`).
    ///
    /// - Throws: `InputFileError` when the file cannot be read, is too large, or a line is
    ///   neither format.
    public static func load(path: String, reversed: Bool = false, limit: Int = InputFile.defaultLimit) throws(InputFileError) -> BilingualDictionary {
        let text = try InputFile.readText(path, limit: limit).string
        let dictionary: BilingualDictionary
        do {
            dictionary = try BilingualDictionary(parsing: text)
        } catch {
            throw InputFileError(path: path, reason: error.description)
        }
        return reversed ? BilingualDictionary(entries: dictionary.entries.map { ($0.target, $0.source) }) : dictionary
    }

    /// Whether a language code can be part of a file name: letters only, so that a code
    /// can never name a file outside the folder.
    private static func isFileName(_ code: String) -> Bool {
        !code.isEmpty && code.allSatisfy { $0.isASCII && $0.isLetter }
    }
}

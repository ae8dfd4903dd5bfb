import BitextCore
import Foundation

/// A document pair to align in a batch.
public struct DocumentPair: Sendable, Equatable {
    /// Creates a pair.
    public init(source: String, target: String, id: String, origin: String) {
        self.source = source
        self.target = target
        self.id = id
        self.origin = origin
    }

    /// The source and target file paths.
    public var source: String, target: String
    /// The document's id in the corpus.
    public var id: String
    /// Where the pair was declared, for error messages (`manifest.tsv:12`).
    public var origin: String
}

/// The pairs of a batch: a manifest file (TSV: source path, target path, optional id; `#`
/// comments; relative paths are relative to the manifest's folder), or two folders whose
/// files are paired by name.
public enum Manifest {
    /// Parses a manifest's text.
    ///
    /// - Throws: `ManifestError` naming the first line that is not a pair.
    public static func pairs(parsing text: String, path: String) throws(ManifestError) -> [DocumentPair] {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        func resolved(_ file: String) -> String { file.hasPrefix("/") ? file : folder + "/" + file }
        var pairs: [DocumentPair] = []
        for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.allSatisfy(\.isWhitespace) || line.drop(while: \.isWhitespace).hasPrefix("#") { continue }
            // Fields are taken as they are: a file name may begin or end with a space.
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 2, fields.count <= 3, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw ManifestError(path: path, line: number + 1)
            }
            let id = fields.count == 3 && !fields[2].isEmpty ? fields[2] : fields[0]
            pairs.append(DocumentPair(source: resolved(fields[0]), target: resolved(fields[1]), id: id,
                                      origin: "\(path):\(number + 1)"))
        }
        return pairs
    }

    /// Pairs the files of two folders by name, in name order; `unpaired` lists the files
    /// only one folder has. Only files count (sub-folders, devices and hidden files do not);
    /// a name that is not valid UTF-8 is listed in `unreadableNames` (escaped as `\xHH`) rather
    /// than mangled into a name that does not exist.
    public static func pairs(sourceFolder: String, targetFolder: String) throws
        -> (pairs: [DocumentPair], unpaired: [String], unreadableNames: [String]) {
        let (sourceList, badSources) = try FolderListing.files(in: sourceFolder)
        let (targetList, badTargets) = try FolderListing.files(in: targetFolder)
        let sources = Set(sourceList), targets = Set(targetList)
        let pairs = sources.intersection(targets).sorted().map {
            DocumentPair(source: sourceFolder + "/" + $0, target: targetFolder + "/" + $0, id: $0, origin: $0)
        }
        let unpaired = sources.symmetricDifference(targets).sorted()
        let unreadable: [String] = badSources.map { sourceFolder + "/" + $0 } + badTargets.map { targetFolder + "/" + $0 }
        return (pairs, unpaired, unreadable.sorted())
    }

    /// Pairs the files of one folder by a language part in their names: `Emma.en.txt` with
    /// `Emma.fr.txt`, `page.en.html` with `page.fr.html` (the part just before the extension,
    /// or the last part; compared without regard to case), in name order. Files with the
    /// part of one language and no counterpart, and files with neither, are in `unpaired`;
    /// names that are not valid UTF-8 in `unreadableNames`.
    public static func pairs(folder: String, sourceLanguage: String, targetLanguage: String) throws
        -> (pairs: [DocumentPair], unpaired: [String], unreadableNames: [String]) {
        let (names, invalid) = try FolderListing.files(in: folder)
        var sources: [String: String] = [:], targets: [String: String] = [:], unpaired: [String] = []
        for name in names {
            guard let (language, key) = languagePart(of: name) else {
                unpaired.append(name)
                continue
            }
            if language == sourceLanguage.lowercased() { sources[key] = name }
            else if language == targetLanguage.lowercased() { targets[key] = name }
            else { unpaired.append(name) }
        }
        var pairs: [DocumentPair] = []
        for (key, source) in sources {
            if let target = targets[key] {
                pairs.append(DocumentPair(source: folder + "/" + source, target: folder + "/" + target, id: source, origin: source))
            } else {
                unpaired.append(source)
            }
        }
        unpaired += targets.filter { sources[$0.key] == nil }.map(\.value)
        pairs.sort { $0.id < $1.id }
        return (pairs, unpaired.sorted().map { folder + "/" + $0 }, invalid.map { folder + "/" + $0 }.sorted())
    }

    /// The language part of a file name, lowercased, and the name with that part blanked:
    /// `Emma.en.txt` → (`en`, `Emma..txt`); `Emma.en` → (`en`, `Emma.`); nil for a name
    /// with no dot.
    public static func languagePart(of name: String) -> (language: String, key: String)? {
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, !parts[0].isEmpty else { return nil }
        // With an extension, the part before it; a name of two parts ends with the language.
        let position = parts.count >= 3 ? parts.count - 2 : parts.count - 1
        let language = parts[position].lowercased()
        guard !language.isEmpty else { return nil }
        parts[position] = ""
        return (language, parts.joined(separator: "."))
    }

    /// The pairs of shard `index` of `count` (see `Shard.select`: a contiguous run), none
    /// when the shard does not exist.
    public static func shard(_ pairs: [DocumentPair], index: Int, count: Int) -> [DocumentPair] {
        Shard(index: index, count: count)?.select(pairs) ?? []
    }
}

/// A manifest line that is not `source<TAB>target[<TAB>id]`.
public struct ManifestError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var line: Int

    public var description: String { "\(path):\(line): expected 'source<TAB>target' or 'source<TAB>target<TAB>id'" }
}

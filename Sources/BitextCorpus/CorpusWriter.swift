import BitextAlignment
import BitextCore
import BitextLanguage
import Foundation

/// The corpus formats `bitext align` and `bitext batch` write.
public enum CorpusFormat: String, CaseIterable, Sendable {
    /// Vecalign's beads: `[0]:[0, 1]:0.873`.
    case beads
    /// TMX 1.4b, one `<tu>` per bead with both sides.
    case tmx
    /// `source<TAB>target<TAB>confidence`, one bead per line.
    case tsv
    /// Two line-aligned files, one per language (Moses' format).
    case moses
    /// One JSON object per bead.
    case jsonl
    /// RFC 4180 CSV, `source,target,confidence`, one bead per record.
    case csv
    /// XLIFF 1.2, one `<file>` per document and one `<trans-unit>` per bead with both sides.
    case xliff
    /// An Excel workbook, one row per bead.
    case xlsx
}

/// What a writer does beyond the format.
public struct CorpusOptions: Sendable {
    /// Beads with a lower confidence are left out, in every format.
    public var minimumConfidence = 0.0
    /// Keep beads with an empty side (TSV, CSV, XLSX, Moses, JSONL: with an empty cell or line).
    public var includeUnaligned = false
    /// Write a header line `source`, `target`, `confidence` (TSV, CSV).
    public var header = false
    /// Write a header line that names the languages, `source (en)`, `target (fr)`,
    /// `confidence` (TSV, CSV; XLSX's header row always does).
    public var languageHeader = false
    /// The TMX creation date; `SOURCE_DATE_EPOCH` or now by default.
    public var creationDate = CorpusOptions.defaultCreationDate()

    /// The default options.
    public init() {}

    /// `SOURCE_DATE_EPOCH` (for reproducible output) when set and valid, else now.
    public static func defaultCreationDate() -> Date {
        if let epoch = sourceDateEpoch(ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"]) {
            return Date(timeIntervalSince1970: epoch)
        }
        return Date()
    }

    /// The latest moment TMX's four-digit year can hold: 9999-12-31T23:59:59Z.
    public static let latestEpoch: TimeInterval = 253_402_300_799

    /// The seconds since 1970 that a `SOURCE_DATE_EPOCH` value gives, or nil when it is not a
    /// whole number of seconds from 0 to `latestEpoch` (the reproducible-builds definition:
    /// decimal digits). `nan`, `inf` or `1e30` would otherwise crash the date conversion or
    /// write a year of eleven digits.
    public static func sourceDateEpoch(_ value: String?) -> TimeInterval? {
        guard let value, !value.isEmpty, value.count <= 12, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
              let seconds = Int(value), Double(seconds) <= latestEpoch else { return nil }
        return TimeInterval(seconds)
    }
}

/// Text for a corpus file, and for Moses its second (target-language) file.
public struct CorpusText: Sendable {
    /// The main file's text (Moses: the source-language file; XLSX: its rows, which
    /// `CorpusWriter.file` makes into the workbook).
    public var main = ""
    /// The target-language file's text (Moses only).
    public var target = ""
    /// Characters left out because XML 1.0 forbids them (TMX, XLIFF, XLSX).
    public var droppedCharacters = 0

    /// Appends another piece.
    public mutating func append(_ other: CorpusText) {
        main += other.main
        target += other.target
        droppedCharacters += other.droppedCharacters
    }
}

/// Renders aligned documents into a corpus: `header`, then each document, then `footer`;
/// `file` gives the bytes of the whole. Documents can be rendered in parallel and joined in
/// order. Each format's writer is its own type (`Writers/`); this one dispatches to it.
public struct CorpusWriter: Sendable {
    public let format: CorpusFormat
    public let options: CorpusOptions
    /// The program's name and version for TMX headers.
    public let toolVersion: String
    /// The format's writer.
    private let writer: any CorpusFormatWriter

    /// Makes a writer.
    public init(format: CorpusFormat, options: CorpusOptions = CorpusOptions(), toolVersion: String) {
        self.format = format
        self.options = options
        self.toolVersion = toolVersion
        writer = switch format {
        case .beads: BeadsWriter(options: options)
        case .tmx: TMXWriter(options: options, toolVersion: toolVersion)
        case .tsv: TSVWriter(options: options)
        case .moses: MosesWriter(options: options)
        case .jsonl: JSONLWriter(options: options)
        case .csv: CSVWriter(options: options)
        case .xliff: XLIFFWriter(options: options, toolVersion: toolVersion)
        case .xlsx: XLSXWriter(options: options)
        }
    }

    /// What comes before the first document. Formats whose header names the target language
    /// (CSV and TSV with `languageHeader`, XLSX) say only `target` when it is not given.
    /// `sourceLanguage` is `nil` when the documents' source languages differ (identified per
    /// document): TMX's header then says `*all*`, the tabular headers plain `source`.
    public func header(sourceLanguage: Language?, targetLanguage: Language? = nil) -> CorpusText {
        writer.header(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
    }

    /// What comes after the last document.
    public func footer() -> CorpusText {
        writer.footer()
    }

    /// One document's part of the corpus.
    public func render(_ document: AlignedDocument) -> CorpusText {
        writer.render(document)
    }

    /// The bytes of the main file for the whole corpus, header to footer: its UTF-8 text, or
    /// for XLSX the workbook made from it.
    ///
    /// - Throws: `CorpusFileError` when the format cannot hold the corpus (more rows than an XLSX sheet has).
    public func file(_ text: CorpusText) throws(CorpusFileError) -> [UInt8] {
        try writer.file(text)
    }
}

/// Text escaped for XML 1.0 (and HTML) content and attributes.
public enum XMLText {
    /// `text` with `&`, `<`, `>` and quotes escaped and the characters XML 1.0 forbids
    /// (most C0 controls, U+FFFE, U+FFFF) dropped; `dropped` counts them.
    public static func escaped(_ text: String) -> (text: String, dropped: Int) {
        var dropped = 0
        let escaped = TextEscaping.replacing(text) { scalar in
            switch scalar {
            case "&": return "&amp;"
            case "<": return "&lt;"
            case ">": return "&gt;"
            case "\"": return "&quot;"
            case "'": return "&apos;"
            case "\t", "\n", "\r", "\u{20}"..."\u{D7FF}", "\u{E000}"..."\u{FFFD}", "\u{10000}"..."\u{10FFFF}": return nil
            default:
                dropped += 1
                return ""
            }
        }
        return (escaped, dropped)
    }
}

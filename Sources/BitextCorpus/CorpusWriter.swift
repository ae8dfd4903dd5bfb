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
}

/// What a writer does beyond the format.
public struct CorpusOptions: Sendable {
    /// Beads with a lower confidence are left out, in every format.
    public var minimumConfidence = 0.0
    /// Keep beads with an empty side (TSV, Moses, JSONL: with an empty cell or line).
    public var includeUnaligned = false
    /// Write a header line (TSV).
    public var header = false
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
    /// The main file's text (Moses: the source-language file).
    public var main = ""
    /// The target-language file's text (Moses only).
    public var target = ""
    /// Characters left out because XML 1.0 forbids them (TMX only).
    public var droppedCharacters = 0

    /// Appends another piece.
    public mutating func append(_ other: CorpusText) {
        main += other.main
        target += other.target
        droppedCharacters += other.droppedCharacters
    }
}

/// Renders aligned documents into a corpus: `header`, then each document, then `footer`.
/// Documents can be rendered in parallel and joined in order.
public struct CorpusWriter: Sendable {
    public let format: CorpusFormat
    public let options: CorpusOptions
    /// The program's name and version for TMX headers.
    public let toolVersion: String

    /// Makes a writer.
    public init(format: CorpusFormat, options: CorpusOptions = CorpusOptions(), toolVersion: String) {
        self.format = format
        self.options = options
        self.toolVersion = toolVersion
    }

    /// What comes before the first document. `sourceLanguage` is `nil` when the documents'
    /// source languages differ (identified per document): TMX's header then says `*all*`.
    public func header(sourceLanguage: Language?) -> CorpusText {
        switch format {
        case .tmx:
            let language = sourceLanguage?.code ?? "*all*"
            return CorpusText(main: """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4">
                  <header creationtool="bitext" creationtoolversion="\(XMLText.escaped(toolVersion).text)" \
                segtype="sentence" o-tmf="bitext" adminlang="en" srclang="\(XMLText.escaped(language).text)" \
                datatype="plaintext" creationdate="\(Self.tmxDate(options.creationDate))"/>
                  <body>

                """)
        case .tsv where options.header:
            return CorpusText(main: "source\ttarget\tconfidence\n")
        default:
            return CorpusText()
        }
    }

    /// What comes after the last document.
    public func footer() -> CorpusText {
        format == .tmx ? CorpusText(main: "  </body>\n</tmx>\n") : CorpusText()
    }

    /// One document's part of the corpus.
    public func render(_ document: AlignedDocument) -> CorpusText {
        var result = CorpusText()
        if format == .beads {
            result.main = BeadsFormat.write(document.beads.filter { $0.confidence >= options.minimumConfidence })
            return result
        }
        for bead in document.beads where bead.confidence >= options.minimumConfidence {
            let twoSided = !bead.source.isEmpty && !bead.target.isEmpty
            guard twoSided || (options.includeUnaligned && format != .tmx) else { continue }
            let source = document.text(of: bead.source, in: document.source, language: document.sourceLanguage)
            let target = document.text(of: bead.target, in: document.target, language: document.targetLanguage)
            let confidence = String(format: "%.3f", bead.confidence)
            switch format {
            case .tmx:
                let sourceSegment = XMLText.escaped(source), targetSegment = XMLText.escaped(target)
                result.droppedCharacters += sourceSegment.dropped + targetSegment.dropped
                result.main += """
                        <tu>
                          <prop type="x-document">\(XMLText.escaped(document.id).text)</prop>
                          <prop type="x-confidence">\(confidence)</prop>
                          <prop type="x-source-lines">\(document.lines(of: bead.source, in: document.sourceLines))</prop>
                          <prop type="x-target-lines">\(document.lines(of: bead.target, in: document.targetLines))</prop>
                          <tuv xml:lang="\(XMLText.escaped(document.sourceLanguage.code).text)"><seg>\(sourceSegment.text)</seg></tuv>
                          <tuv xml:lang="\(XMLText.escaped(document.targetLanguage.code).text)"><seg>\(targetSegment.text)</seg></tuv>
                        </tu>

                    """
            case .tsv:
                result.main += Self.tsvField(source) + "\t" + Self.tsvField(target) + "\t" + confidence + "\n"
            case .moses:
                result.main += Self.singleLine(source) + "\n"
                result.target += Self.singleLine(target) + "\n"
            case .jsonl:
                let sourceLines = bead.source.map { String(document.sourceLines[$0]) }.joined(separator: ",")
                let targetLines = bead.target.map { String(document.targetLines[$0]) }.joined(separator: ",")
                result.main += "{\"document\":\(JSONString.quoted(document.id)),\"source_lines\":[\(sourceLines)],"
                    + "\"target_lines\":[\(targetLines)],\"source\":\(JSONString.quoted(source)),"
                    + "\"target\":\(JSONString.quoted(target)),\"confidence\":\(confidence)}\n"
            case .beads:
                break
            }
        }
        return result
    }

    /// TMX's date format, `YYYYMMDDThhmmssZ`, in UTC; a date outside 1970…9999 (which no
    /// valid option gives) is clamped, so that the header stays valid.
    static func tmxDate(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let clamped = seconds.isFinite ? min(max(seconds.rounded(.down), 0), CorpusOptions.latestEpoch) : 0
        var time = time_t(clamped)  // finite, 0 through latestEpoch
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec)
    }

    /// A TSV cell: backslashes, tabs and line breaks escaped as `\\`, `\t`, `\n`, `\r`, and
    /// the other characters line readers split on (VT, FF, the file, group and record
    /// separators, NEL, U+2028, U+2029; Python's `splitlines` splits on all of them) as
    /// `\v`, `\f`, `\x1c`…, `\u2028`…, so that one bead stays one line.
    static func tsvField(_ text: String) -> String {
        TextEscaping.replacing(text) { scalar in
            switch scalar {
            case "\\": "\\\\"
            case "\t": "\\t"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\u{0B}": "\\v"
            case "\u{0C}": "\\f"
            case "\u{1C}", "\u{1D}", "\u{1E}": "\\x" + String(scalar.value, radix: 16)
            case "\u{85}": "\\u0085"
            case "\u{2028}", "\u{2029}": "\\u" + String(scalar.value, radix: 16)
            default: nil
            }
        }
    }

    /// Text on one line: every character a line reader may split on becomes a space (Moses
    /// reads lines, and a split line would shift every later pair).
    static func singleLine(_ text: String) -> String {
        TextEscaping.replacing(text) { isLineBreak($0) ? " " : nil }
    }

    /// LF, VT, FF, CR, the file, group and record separators, NEL, U+2028 and U+2029.
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: true
        default: false
        }
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

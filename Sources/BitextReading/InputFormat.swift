/// The formats Bitext reads, as `--input-format` names them.
public enum InputFormat: String, Sendable, CaseIterable {
    /// Choose by the file's extension, then by its first bytes.
    case auto
    case text
    case html
    case docx
    case odt
    case srt
    case vtt
    case pdf

    /// The format of a file: by its extension when it names one, otherwise by sniffing its
    /// first bytes (`%PDF-`, a ZIP holding `word/document.xml` or an ODF mimetype, `WEBVTT`,
    /// an SRT cue, an HTML tag). Anything else is plain text, as before readers existed.
    public static func detect(path: String, bytes: [UInt8]) -> InputFormat {
        if let byExtension = byExtension(path) { return byExtension }
        return sniff(bytes)
    }

    /// The format a file name's extension names, if any.
    public static func byExtension(_ path: String) -> InputFormat? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "txt", "text": return .text
        case "html", "htm", "xhtml", "shtml": return .html
        case "docx": return .docx
        case "odt": return .odt
        case "srt": return .srt
        case "vtt": return .vtt
        case "pdf": return .pdf
        default: return nil
        }
    }

    /// The format that the first bytes of a file show, or `.text`.
    public static func sniff(_ bytes: [UInt8]) -> InputFormat {
        let head = bytes.prefix(4096)
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // Member names are stored uncompressed; so is an ODF file's leading mimetype.
            let text = String(decoding: bytes.prefix(1 << 16), as: UTF8.self)
            if text.contains("opendocument.text") || text.contains("content.xml") { return .odt }
            return .docx
        }
        var text = String(decoding: head, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.hasPrefix("WEBVTT") { return .vtt }
        let lines = trimmed.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        if lines.count >= 2, lines[0].trimmingWhitespace().allSatisfy(\.isNumber), !lines[0].trimmingWhitespace().isEmpty,
           lines[1].contains("-->") {
            return .srt
        }
        let lower = trimmed.prefix(512).lowercased()
        if lower.hasPrefix("<!doctype html") || lower.hasPrefix("<html") || lower.contains("<head") || lower.contains("<body") {
            return .html
        }
        return .text
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result.removeFirst() }
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }
}

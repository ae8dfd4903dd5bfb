import BitextAlignment
import Foundation

/// Vecalign's bead format: one bead per line, `[0]:[0, 1]:0.873` — 0-based source and
/// target sentence indexes, an empty side as `[]`, and a third field (here the bead's
/// confidence) that scorers ignore. Vecalign's and Bertalign's scorers read it too.
public enum BeadsFormat {
    /// The lines for `beads`, each ending in a line feed.
    public static func write(_ beads: [Bead]) -> String {
        var text = ""
        for bead in beads {
            text += "[" + bead.source.map(String.init).joined(separator: ", ") + "]:["
                + bead.target.map(String.init).joined(separator: ", ") + "]:"
                + String(format: "%.3f", bead.confidence) + "\n"
        }
        return text
    }

    /// Reads beads as index lists (a gold file's beads need not be contiguous), with the
    /// third field of each line when it is a number (a confidence), else `nil`.
    ///
    /// - Throws: `BeadsFormatError` naming the first line that is not a bead.
    public static func read(_ text: String) throws(BeadsFormatError) -> [(link: AlignmentLink, score: Double?)] {
        var links: [(link: AlignmentLink, score: Double?)] = []
        for (number, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: ":", omittingEmptySubsequences: true)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard fields.count >= 2, let source = indexes(fields[0]), let target = indexes(fields[1]) else {
                throw BeadsFormatError(line: number + 1, text: String(line.prefix(80)))
            }
            links.append((AlignmentLink(source: source, target: target), fields.count > 2 ? Double(fields[2]) : nil))
        }
        return links
    }

    private static func indexes(_ field: String) -> [Int]? {
        guard field.hasPrefix("["), field.hasSuffix("]") else { return nil }
        let inside = field.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
        if inside.isEmpty { return [] }
        var result: [Int] = []
        for part in inside.split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Int(part.trimmingCharacters(in: .whitespaces)), value >= 0 else { return nil }
            result.append(value)
        }
        return result
    }
}

/// A line of a beads file that is not `[i, …]:[j, …]`.
public struct BeadsFormatError: Error, CustomStringConvertible, Sendable {
    /// The 1-based line number.
    public var line: Int
    /// The start of the line.
    public var text: String

    public var description: String { "line \(line): expected '[i, ...]:[j, ...]', found '\(text)'" }
}

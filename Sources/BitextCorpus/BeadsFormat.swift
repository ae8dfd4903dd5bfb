import BitextAlignment
import Foundation

/// Vecalign's bead format: one bead per line, `[0]:[0, 1]:0.873` — 0-based source and
/// target sentence indexes, an empty side as `[]`, and a third field (here the bead's
/// confidence) that scorers ignore. Vecalign's and Bertalign's scorers read it too.
public enum BeadsFormat {
    /// The lines for `beads`, each ending in a line feed.
    public static func write(_ beads: [Bead]) -> String {
        // Built as bytes: a string joined per bead took 0.1 s for 200,000 beads.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(beads.count * 24)
        func appendList(_ indexes: Range<Int>) {
            bytes.append(UInt8(ascii: "["))
            for index in indexes {
                if index > indexes.lowerBound { bytes.append(contentsOf: [UInt8(ascii: ","), UInt8(ascii: " ")]) }
                bytes.append(contentsOf: String(index).utf8)
            }
            bytes.append(UInt8(ascii: "]"))
        }
        for bead in beads {
            appendList(bead.source)
            bytes.append(UInt8(ascii: ":"))
            appendList(bead.target)
            bytes.append(UInt8(ascii: ":"))
            ThreeDecimals.append(bead.confidence, to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
        }
        return String(decoding: bytes, as: UTF8.self)
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
            let score = fields.count > 2 ? Double(fields[2]) : nil
            // A score is a number a scorer computes with: nan, inf or 1e400 (infinite once read) would
            // poison sums and crash conversions, so they are refused where they enter.
            if let score, !score.isFinite {
                throw BeadsFormatError(line: number + 1, text: String(line.prefix(80)),
                                       problem: "the score '\(fields[2].prefix(40))' is not a finite number")
            }
            links.append((AlignmentLink(source: source, target: target), score))
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
    /// What is wrong with it, when it is a bead with a bad score; nil for a line that is not a bead.
    public var problem: String?

    /// Creates an error for a line; without `problem`, the line is not a bead at all.
    public init(line: Int, text: String, problem: String? = nil) {
        self.line = line
        self.text = text
        self.problem = problem
    }

    public var description: String {
        if let problem { return "line \(line): \(problem)" }
        return "line \(line): expected '[i, ...]:[j, ...]', found '\(text)'"
    }
}

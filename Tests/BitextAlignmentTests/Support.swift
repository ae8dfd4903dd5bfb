import BitextAlignment
import Foundation

/// Checks that beads cover every sentence of both sides exactly once, in order, with no
/// bead empty on both sides, none with several sentences on both sides larger than
/// `maximumBeadSize` a side and none with one on a side larger than `maximumOneToManySize`
/// (by default `maximumBeadSize`); returns the problems found.
func coverageProblems(_ beads: [Bead], sourceCount: Int, targetCount: Int, maximumBeadSize: Int = 4,
                      maximumOneToManySize: Int? = nil) -> [String] {
    var problems: [String] = []
    var nextSource = 0, nextTarget = 0
    for (index, bead) in beads.enumerated() {
        if bead.source.isEmpty && bead.target.isEmpty { problems.append("bead \(index) is empty") }
        if bead.source.lowerBound != nextSource || bead.target.lowerBound != nextTarget {
            problems.append("bead \(index) does not start where the previous ended")
        }
        let bound = bead.source.count <= 1 || bead.target.count <= 1 ? max(maximumOneToManySize ?? 0, maximumBeadSize) : maximumBeadSize
        if bead.source.count > bound || bead.target.count > bound {
            problems.append("bead \(index) is larger than \(bound)")
        }
        if !(0...1).contains(bead.confidence) { problems.append("bead \(index) has confidence \(bead.confidence)") }
        nextSource = bead.source.upperBound
        nextTarget = bead.target.upperBound
    }
    if nextSource != sourceCount || nextTarget != targetCount { problems.append("beads end at \(nextSource), \(nextTarget)") }
    return problems
}

/// The source sentences (numbered from 0 within the case) in the bead of the middle of
/// three `target` sentences, which lengths and words could give to either neighbour: the
/// case is put among sentences that share numbers and names (so that the pair's length
/// ratio and evidence are sure), and aligned with `configuration`.
func partnerOfMiddle(source: [String], target: [String], configuration: AlignerConfiguration = .default) -> [Int] {
    let context = (1...6).map { "Berne \(1900 + $0), Genève \(1950 + $0), Bâle \(2000 + $0)." }
    let beads = Aligner(options: AlignerOptions(configuration: configuration))
        .align(SentenceDocument(sentences: context + source + context, language: "en"),
               SentenceDocument(sentences: context + target + context, language: "fr"))
    return beads.first { $0.target.contains(context.count + 1) }!.source.map { $0 - context.count }
}

/// The beads as `[i, …]:[j, …]` strings, for readable comparisons.
func described(_ beads: [Bead]) -> [String] {
    beads.map { "\(Array($0.source)):\(Array($0.target))" }
}

/// The shared data folder (`../shared` beside the repository, or `$BITEXT_SHARED`).
enum SharedData {
    static let folder: URL = {
        if let path = ProcessInfo.processInfo.environment["BITEXT_SHARED"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static var hasAlignmentSets: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("corpora/align").path)
    }

    /// A beads file (gold or test) as links.
    static func beads(_ path: String) throws -> [AlignmentLink] {
        try lines(path).map { line in
            let sides = line.split(separator: ":").prefix(2).map { side in
                side.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: ",").map {
                    Int($0.trimmingCharacters(in: .whitespaces))!
                }
            }
            return AlignmentLink(source: sides[0], target: sides[1])
        }
    }

    static func lines(_ path: String) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }
}

import BitextAlignment
import Foundation
import Testing

/// Behaviour on the shared development sets: quality, and each bead shape where the gold has it.
@Suite(.enabled(if: SharedData.hasAlignmentSets, "../shared/corpora/align is absent: dev-set tests skipped"))
struct DevSetTests {
    private static let books = ["AlicesAdventuresInWonderland", "Emma", "JaneEyre", "LesConfessions"]

    private func gold(_ path: String) throws -> [AlignmentLink] {
        try SharedData.lines(path).map { line in
            let sides = line.split(separator: ":").prefix(2).map { side in
                side.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: ",").map {
                    Int($0.trimmingCharacters(in: .whitespaces))!
                }
            }
            return AlignmentLink(source: sides[0], target: sides[1])
        }
    }

    private func aligned(_ folder: String, _ source: String, _ target: String) throws -> [AlignmentLink] {
        let beads = Aligner().align(
            SentenceDocument(sentences: try SharedData.lines("\(folder)/\(source).txt"), language: source),
            SentenceDocument(sentences: try SharedData.lines("\(folder)/\(target).txt"), language: target))
        return beads.map(AlignmentLink.init)
    }

    @Test func textBergReachesTheTarget() throws {
        var score = AlignmentScore()
        let folder = "corpora/align/textberg-dev/dev"
        score.add(gold: try gold("\(folder)/gold.de-fr"), test: try aligned(folder, "de", "fr"))
        #expect(score.strictF1 >= 0.80, "strict F1 \(score.strictF1)")
    }

    @Test func eachBeadShapeIsFoundWhereTheGoldHasIt() throws {
        var found: [String: Int] = [:]
        for book in Self.books {
            let folder = "corpora/align/transread-dev/\(book)"
            let test = Set(try aligned(folder, "en", "fr"))
            for link in try gold("\(folder)/gold.en-fr") where test.contains(link) {
                found["\(link.source.count)-\(link.target.count)", default: 0] += 1
            }
        }
        for shape in ["1-1", "1-2", "2-1", "1-3", "2-2", "1-0", "0-1"] {
            #expect(found[shape, default: 0] > 0, "no \(shape) bead found where the gold has one: \(found)")
        }
    }
}

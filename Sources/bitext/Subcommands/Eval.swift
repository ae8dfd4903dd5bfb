import ArgumentParser
import BitextAlignment
import BitextCore
import BitextCorpus
import Foundation

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score alignments against gold alignments (strict and lax precision, recall, F1).",
        discussion: """
            Give GOLD TEST pairs of beads files, or --set SETDIR --test TESTDIR: every \
            SETDIR/<doc>/gold.<l1>-<l2> is scored against TESTDIR/<doc>.align (or \
            TESTDIR/<doc>/align.<l1>-<l2>). Counts are pooled over documents; the definitions are \
            Vecalign's, as in shared/tools/score.py.

            Examples:
              bitext eval gold.en-fr test.beads
              bitext eval --set corpora/align/transread-dev --test out/ --json
            """
    )

    @Argument(help: "GOLD TEST [GOLD TEST ...] beads files.")
    var files: [String] = []

    @Option(help: ArgumentHelp("A set folder with <doc>/gold.<l1>-<l2> files.", valueName: "folder"))
    var set: String?

    @Option(help: ArgumentHelp("The folder with the test alignments for --set.", valueName: "folder"))
    var test: String?

    @Flag(help: "Print one JSON object (the keys of score.py --json).")
    var json = false

    @Flag(help: "Also print strict precision by confidence decile (the test beads' third field).")
    var calibration = false

    func validate() throws {
        if set != nil || test != nil {
            guard set != nil, test != nil, files.isEmpty else {
                throw ValidationError("give either GOLD TEST pairs or --set SETDIR --test TESTDIR")
            }
        } else if files.isEmpty || files.count % 2 != 0 {
            throw ValidationError("give an even number of files: GOLD TEST [GOLD TEST ...]")
        }
    }

    func run() throws {
        try CommandFailure.reporting {
            let pairs = try set.map { try Self.setPairs(set: $0, test: test!) } ?? stride(from: 0, to: files.count, by: 2).map {
                (gold: files[$0], test: files[$0 + 1])
            }
            var score = AlignmentScore()
            for pair in pairs {
                let test = try Self.links(pair.test)
                // Scores are finite (the reader refuses others); confidences are shares, so clamp them into 0…1.
                let confidences = test.allSatisfy { $0.score != nil } ? test.map { min(max($0.score!, 0), 1) } : nil
                score.add(gold: try Self.links(pair.gold).map(\.link), test: test.map(\.link), confidences: confidences)
            }
            let text: String
            if json {
                text = "{\"documents\": \(pairs.count), \"f1_lax\": \(score.laxF1), \"f1_strict\": \(score.strictF1), "
                    + "\"gold_beads_2sided\": \(score.goldBeads), \"precision_lax\": \(score.laxPrecision), "
                    + "\"precision_strict\": \(score.strictPrecision), \"recall_lax\": \(score.laxRecall), "
                    + "\"recall_strict\": \(score.strictRecall), \"test_beads\": \(score.testBeads)}\n"
            } else {
                text = """
                    pooled over \(pairs.count) document(s):
                                 strict    lax
                    precision    \(Self.fixed(score.strictPrecision))   \(Self.fixed(score.laxPrecision))
                    recall       \(Self.fixed(score.strictRecall))   \(Self.fixed(score.laxRecall))
                    F1           \(Self.fixed(score.strictF1))   \(Self.fixed(score.laxF1))

                    """
            }
            try OutputFile.writeStandardOutput(Array((text + (calibration ? Self.calibrationTable(score) : "")).utf8))
        }
    }

    private static func fixed(_ value: Double) -> String { String(format: "%.4f", value) }

    private static func calibrationTable(_ score: AlignmentScore) -> String {
        var table = "confidence   beads   strictly correct\n"
        for (decile, row) in score.calibration.enumerated().reversed() where row.beads > 0 {
            let range = String(format: "%.1f-%.1f", Double(decile) / 10, Double(decile + 1) / 10)
            table += range.padding(toLength: 13, withPad: " ", startingAt: 0)
                + String(row.beads).padding(toLength: 8, withPad: " ", startingAt: 0)
                + String(format: "%.3f", Double(row.correct) / Double(row.beads)) + "\n"
        }
        return table
    }

    private static func links(_ path: String) throws -> [(link: AlignmentLink, score: Double?)] {
        do {
            return try BeadsFormat.read(try InputFile.readText(path).string)
        } catch let error as BeadsFormatError {
            throw CommandFailure.error("\(path): \(error)")
        }
    }

    /// The gold and test files of a set folder, in document order.
    private static func setPairs(set: String, test: String) throws -> [(gold: String, test: String)] {
        let manager = FileManager.default
        guard let documents = try? manager.contentsOfDirectory(atPath: set) else {
            throw CommandFailure.error("\(set): not a readable folder")
        }
        var pairs: [(gold: String, test: String)] = []
        for document in documents.sorted() {
            let folder = set + "/" + document
            guard let gold = (try? manager.contentsOfDirectory(atPath: folder))?.sorted().first(where: { $0.hasPrefix("gold.") }) else {
                continue
            }
            let languages = gold.dropFirst("gold.".count)
            let candidates = [test + "/" + document + ".align", test + "/" + document + "/align." + languages]
            guard let found = candidates.first(where: { manager.fileExists(atPath: $0) }) else {
                throw CommandFailure.error("no test alignment for \(document) (looked for \(candidates.joined(separator: " or ")))")
            }
            pairs.append((folder + "/" + gold, found))
        }
        if pairs.isEmpty { throw CommandFailure.error("\(set): no <doc>/gold.<l1>-<l2> files") }
        return pairs
    }
}

import BitextAlignment
import BitextCore
import BitextCorpus
import BitextLanguage
import BitextReading
import BitextSegmentation
import Foundation

/// The code paths that read untrusted bytes, as fuzz targets. `BITEXT_FUZZ_TARGET` picks
/// one: `segmenter` (decoding and segmenting any bytes, in eight languages and every
/// line-break mode), `manifest` (batch manifests),
/// `beads` (beads and gold files), `html` (web pages and their boilerplate marking),
/// `subtitles` (SRT and WebVTT) or `numbers` (beads files whose scores are random numbers,
/// scored as `bitext eval` does, and `SOURCE_DATE_EPOCH` values written into a TMX header).
/// A finding is a crash or a broken invariant (trap).
enum FuzzTargets {
    // libFuzzer calls the target from one thread.
    /// Segmenters of languages with different rules (abbreviations, full-width marks, no
    /// spaces, right-to-left, quotative particles), in every line-break mode: the input's
    /// first byte picks one, so that one corpus reaches the rules of all of them.
    nonisolated(unsafe) static let segmenters: [Segmenter] = ["fr", "en", "de", "zh", "ja", "th", "ar", "ko"].flatMap { code in
        [LineBreakMode.auto, .soft, .hard].map { try! Segmenter(language: code, lineBreaks: $0) }
    }

    static func run(_ bytes: [UInt8]) {
        switch ProcessInfo.processInfo.environment["BITEXT_FUZZ_TARGET"] ?? "segmenter" {
        case "manifest":
            _ = try? Manifest.pairs(parsing: String(decoding: bytes, as: UTF8.self), path: "fuzz.tsv")
        case "beads":
            _ = try? BeadsFormat.read(String(decoding: bytes, as: UTF8.self))
        case "html":
            for block in (try? HTMLReader().blocks(of: bytes)) ?? [] {
                // Blocks are never empty, and their ranges are ranges.
                precondition(!block.text.isEmpty && block.byteRange.lowerBound >= 0)
            }
        case "subtitles":
            for format in [InputFormat.srt, .vtt] {
                for block in (try? SubtitleReader(format: format).blocks(of: bytes)) ?? [] {
                    precondition(!block.text.isEmpty && block.byteRange.upperBound <= bytes.count + 3)
                }
            }
        case "numbers":
            numbers(bytes)
        default:
            guard let choice = bytes.first, let input = try? InputText(decoding: Array(bytes.dropFirst())) else { return }
            var end = input.offsetInInput
            for sentence in segmenters[Int(choice) % segmenters.count].segment(input) {
                // Sentences are in order, inside the input, and never empty.
                precondition(sentence.byteRange.lowerBound >= end && sentence.byteRange.upperBound <= input.utf8.count + input.offsetInInput)
                precondition(!sentence.byteRange.isEmpty && !sentence.text.isEmpty)
                end = sentence.byteRange.upperBound
            }
        }
    }
}

extension FuzzTargets {
    /// Beads lines whose third field is a number made from the input: its bytes as a Double's bit
    /// pattern (nan, infinities, subnormals, 1e308…) or as text (`1e400`, `-0x1p3`, `nan(0x5)`).
    /// Every score read must be finite, and scoring with them (clamped as `eval` does) must not trap.
    static let english = try! Language("en")

    static func numbers(_ bytes: [UInt8]) {
        var text = "", fields: [String] = [], index = 0
        while index + 9 <= bytes.count {
            let bits = bytes[index..<index + 8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let value = Double(bitPattern: bits)
            fields.append(bytes[index + 8] & 1 == 0 ? "\(value)" : String(decoding: bytes[index..<index + 8], as: UTF8.self))
            index += 9
        }
        if index < bytes.count { fields.append(String(decoding: bytes[index...], as: UTF8.self)) }
        for (number, field) in fields.enumerated() { text += "[\(number)]:[\(number)]:\(field)\n" }
        if let beads = try? BeadsFormat.read(text) {
            precondition(beads.allSatisfy { $0.score.map(\.isFinite) ?? true }, "a non-finite score was read")
            var score = AlignmentScore()
            score.add(gold: beads.map(\.link), test: beads.map(\.link), confidences: beads.map { min(max($0.score ?? 0, 0), 1) })
        }
        // The same fields as SOURCE_DATE_EPOCH: an accepted one gives a valid TMX date.
        for field in fields {
            guard let epoch = CorpusOptions.sourceDateEpoch(field) else { continue }
            var options = CorpusOptions()
            options.creationDate = Date(timeIntervalSince1970: epoch)
            let header = CorpusWriter(format: .tmx, options: options, toolVersion: "0").header(sourceLanguage: english).main
            precondition(header.contains(/creationdate="[0-9]{8}T[0-9]{6}Z"/), "an invalid TMX date")
        }
    }
}

#if FUZZING
/// libFuzzer's driver, called from our own `main` (SwiftPM gives executables one).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutableRawPointer,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

/// Built with `-sanitize=fuzzer -DFUZZING` (scripts/fuzz.sh): runs libFuzzer on the target.
@main
struct Fuzz {
    static func main() {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = withUnsafeMutablePointer(to: &argv) { pointer in
            runFuzzerDriver(&argc, UnsafeMutableRawPointer(pointer)) { data, size in
                guard let data else { return 0 }
                FuzzTargets.run(Array(UnsafeBufferPointer(start: data, count: size)))
                return 0
            }
        }
        exit(status)
    }
}
#else
/// Without libFuzzer: replays the files given as arguments (to reproduce a finding).
@main
struct Replay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            FuzzTargets.run(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
    }
}
#endif

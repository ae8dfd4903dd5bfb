import BitextAlignment
import BitextCore
import BitextCorpus
import BitextReading
import BitextSegmentation
import Foundation

/// The code paths that read untrusted bytes, as fuzz targets. `BITEXT_FUZZ_TARGET` picks
/// one: `segmenter` (decoding and segmenting any bytes), `manifest` (batch manifests),
/// `beads` (beads and gold files), `html` (web pages and their boilerplate marking) or
/// `subtitles` (SRT and WebVTT). A finding is a crash or a broken invariant (trap).
enum FuzzTargets {
    // libFuzzer calls the target from one thread.
    nonisolated(unsafe) static let segmenter = try! Segmenter(language: "fr")

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
        default:
            guard let input = try? InputText(decoding: bytes) else { return }
            var end = input.offsetInInput
            for sentence in segmenter.segment(input) {
                // Sentences are in order, inside the input, and never empty.
                precondition(sentence.byteRange.lowerBound >= end && sentence.byteRange.upperBound <= input.utf8.count + input.offsetInInput)
                precondition(!sentence.byteRange.isEmpty && !sentence.text.isEmpty)
                end = sentence.byteRange.upperBound
            }
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

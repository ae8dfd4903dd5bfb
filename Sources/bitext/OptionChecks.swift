import ArgumentParser
import BitextAlignment
import BitextCore

/// Every check of a value given on the command line, one place for all subcommands, so that
/// a value is judged the same way, in the same words, wherever it is given: each refusal is
/// a `ValidationError` thrown from an option group's `validate()`, before any work, printed
/// as one line `bitext: error: --option: give …` with exit status 64.
enum OptionChecks {
    /// The largest `--max-memory` (GB) and `--max-input` (in PB, as MB) taken: beyond, the
    /// byte counts would not fit the integers they are compared with.
    static let largestLimit = 1_000_000.0

    /// Refuses an encoding ICU does not know.
    static func validate(encoding: String?) throws {
        if let encoding, !CharacterEncoding.isKnown(encoding) { throw ValidationError("--encoding: unknown encoding '\(encoding)'") }
    }

    /// Refuses a `--max-input` that is not a finite number of MB above 0.
    static func validate(maxInput: Double?) throws {
        if let maxInput, !(maxInput.isFinite && maxInput > 0 && maxInput <= largestLimit * 1024) {
            throw ValidationError("--max-input: give a number of MB above 0, such as 100")
        }
    }

    /// Refuses a `--max-memory` that is not a finite number of GB above 0.
    static func validate(maxMemory: Double?) throws {
        if let maxMemory, !(maxMemory.isFinite && maxMemory > 0 && maxMemory <= largestLimit) {
            throw ValidationError("--max-memory: give a number of GB above 0, such as 4 or 0.5")
        }
    }

    /// Refuses a confidence (`--min-confidence`, `--flag-below`) outside 0…1, or not a number.
    static func validate(confidence: Double?, option: String) throws {
        if let confidence, !(confidence.isFinite && (0...1).contains(confidence)) {
            throw ValidationError("\(option): give a number from 0 to 1")
        }
    }

    /// Refuses a share (`--min-coverage`) outside 0…1, or not a number.
    static func validate(share: Double, option: String) throws {
        guard share.isFinite, (0...1).contains(share) else { throw ValidationError("\(option): give a share from 0 to 1 (0.95 for 95 %)") }
    }

    /// Refuses a `--max-bead` outside the sizes the aligner takes (the library's own range,
    /// so that the command line and the library cannot disagree).
    static func validate(maxBead: Int) throws {
        let sizes = AlignerOptions.beadSizes
        guard sizes.contains(maxBead) else {
            throw ValidationError("--max-bead: give a number from \(sizes.lowerBound) to \(sizes.upperBound)")
        }
    }

    /// The input limit in bytes: `--max-input` (validated: finite, at most 2^60), or a
    /// quarter of the machine's memory.
    static func limit(maxInput: Double?) -> Int {
        maxInput.map { Int(($0 * 1_048_576).rounded(.up)) } ?? InputFile.defaultLimit
    }
}

import ArgumentParser
import BitextCore

/// The checks and conversions of `--encoding` and `--max-input`, one place for every
/// subcommand that reads files, so that a value is judged the same way everywhere.
enum InputChecks {
    /// The largest `--max-memory` and `--max-input` taken (a petabyte): beyond, the byte
    /// counts would not fit the integers they are compared with.
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

    /// The input limit in bytes: `--max-input` (validated: finite, at most 2^60), or a
    /// quarter of the machine's memory.
    static func limit(maxInput: Double?) -> Int {
        maxInput.map { Int(($0 * 1_048_576).rounded(.up)) } ?? InputFile.defaultLimit
    }
}

import ArgumentParser
import BitextAlignment
import BitextCore
import BitextICU

/// The inputs and aligner options shared by `align` and `batch`.
struct AlignmentArguments: ParsableArguments {
    @Option(help: "The source language (fr, en, de, …).")
    var srcLang: String

    @Option(help: "The target language.")
    var tgtLang: String

    @Flag(help: "The files hold one sentence per line already; do not segment them.")
    var segmented = false

    @Option(help: "At most this many sentences on each side of a bead (1 to 8).")
    var maxBead = 4

    @Option(help: "A bilingual dictionary: 'target @ source' lines (hunalign) or source<TAB>target.")
    var dictionary: String?

    /// The aligner's options, once the languages and the bead size are checked and the
    /// dictionary is read.
    func alignerOptions() throws -> AlignerOptions {
        guard (1...8).contains(maxBead) else { throw CommandFailure.usage("--max-bead: give a number from 1 to 8") }
        for (option, code) in [("--src-lang", srcLang), ("--tgt-lang", tgtLang)] where !ICULanguage.isKnown(code) {
            throw CommandFailure.usage("\(option): unknown language code '\(code)'")
        }
        var options = AlignerOptions(maximumBeadSize: maxBead)
        if let dictionary {
            do {
                options.dictionary = try BilingualDictionary(parsing: try InputFile.readText(dictionary).string)
            } catch let error as DictionaryError {
                throw CommandFailure.error("\(dictionary): \(error)")
            }
        }
        return options
    }
}

import ArgumentParser
import BitextCorpus

/// Options of the corpus writers, shared by `align` and `batch`.
struct CorpusOutputOptions: ParsableArguments {
    @Option(help: "Leave out beads whose confidence is below this (every format).")
    var minConfidence = 0.0

    @Flag(help: "Keep beads with an empty side (tsv, moses, jsonl), with an empty cell or line.")
    var includeUnaligned = false

    @Flag(help: "Write a header line (tsv).")
    var header = false

    var options: CorpusOptions {
        var options = CorpusOptions()
        options.minimumConfidence = minConfidence
        options.includeUnaligned = includeUnaligned
        options.header = header
        return options
    }
}

extension CorpusFormat: ExpressibleByArgument {}

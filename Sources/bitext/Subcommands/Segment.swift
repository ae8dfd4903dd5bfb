import ArgumentParser
import BitextCore
import BitextLanguage
import BitextSegmentation

extension LineBreakMode: ExpressibleByArgument {}

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split a text into sentences.",
        discussion: """
            Prints one sentence per line (line breaks inside a sentence become single spaces), \
            or with --format jsonl one JSON object per sentence: text, start and end (UTF-8 byte \
            offsets into the input, end exclusive; for input in another encoding than UTF-8, \
            offsets into its UTF-8 form) and paragraph (0-based).

            Examples:
              bitext segment article.txt --lang fr
              bitext segment --lang zh --format jsonl < chapter.txt
              bitext segment corpus.txt --lang en --line-breaks hard -o sentences.txt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case lines, jsonl
    }

    @Option(help: ArgumentHelp("The text's language (BCP 47 or ICU code: fr, en, de, pt-BR, …).", valueName: "lang"))
    var lang: LanguageArgument

    @Option(help: ArgumentHelp("""
        auto: a line break ends a sentence after a short line (title, menu, list), not inside \
        wrapped prose; soft: only blank lines end sentences; hard: every line break does.
        """, valueName: "mode"))
    var lineBreaks: LineBreakMode = .auto

    @Option(help: ArgumentHelp("Read the text in this encoding (latin1, windows-1252, GB18030, …) instead of finding it.",
                               valueName: "name"))
    var encoding: String?

    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: Format = .lines

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Argument(help: "The text file; '-' or nothing reads standard input.")
    var file: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Refuse an input larger than this many MB (default: 1/4 of the machine's memory).", valueName: "MB"))
    var maxInput: Double?

    func validate() throws {
        try OptionChecks.validate(encoding: encoding)
        try OptionChecks.validate(maxInput: maxInput)
    }

    func run() throws {
        try CommandFailure.reporting {
            let file = file ?? "-"
            let outputs = try CommandOutputs([("-o", output)], inputs: [(role: "the input file", path: file)])
            let segmenter: Segmenter
            do {
                segmenter = try Segmenter(language: try lang.language(option: "--lang"), lineBreaks: lineBreaks)
            } catch let failure as CommandFailure {
                throw failure
            } catch {
                throw CommandFailure.usage("--lang: \(error)")
            }
            let limit = OptionChecks.limit(maxInput: maxInput)
            let sentences = segmenter.segment(try InputFile.readText(file, encoding: encoding, limit: limit))
            var bytes: [UInt8] = []
            bytes.reserveCapacity(sentences.reduce(0) { $0 + $1.byteRange.count + 64 })
            for sentence in sentences {
                switch format {
                case .lines:
                    bytes.append(contentsOf: sentence.text.utf8)
                case .jsonl:
                    bytes.append(contentsOf: "{\"text\":\(JSONString.quoted(sentence.text)),\"start\":\(sentence.byteRange.lowerBound),".utf8)
                    bytes.append(contentsOf: "\"end\":\(sentence.byteRange.upperBound),\"paragraph\":\(sentence.paragraph)}".utf8)
                }
                bytes.append(0x0A)
            }
            try outputs.stage(bytes)
            try outputs.commit()
        }
    }
}

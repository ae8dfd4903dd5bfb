import ArgumentParser
import BitextCore
import BitextReading

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print a document's text: a web page's main text, a DOCX's paragraphs, a subtitle's cues.",
        discussion: """
            Format text (default): the blocks separated by blank lines; with --all, boilerplate \
            blocks too, each starting with '[boilerplate] '. Format jsonl: one JSON object per \
            block: text, kind, boilerplate (true or false), start and end (byte offsets of the \
            block in the file; for DOCX and ODT in the document's XML, for PDF in pdftotext's text).

            Examples:
              bitext extract page.html
              bitext extract page.html --all --format jsonl
              bitext extract report.docx -o report.txt
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Argument(help: "The document; '-' reads standard input.")
    var file: String

    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: Format = .text

    @Flag(help: "Include boilerplate blocks (menus, footers, comment forms), marked.")
    var all = false

    @Option(help: ArgumentHelp("The document's format: auto finds it by extension, then content.", valueName: "format"))
    var inputFormat: InputFormat = .auto

    @Option(help: ArgumentHelp("Read the document in this encoding (latin1, windows-1252, GB18030, …) instead of finding it; for a web page it overrides the page's own charset.",
                               valueName: "name"))
    var encoding: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Refuse an input file larger than this many MB (default: 1/4 of the machine's memory).", valueName: "MB"))
    var maxInput: Double?

    func validate() throws {
        try OptionChecks.validate(encoding: encoding)
        try OptionChecks.validate(maxInput: maxInput)
    }

    func run() throws {
        try CommandFailure.reporting {
            // Checked before reading: -o must not name the document, a folder or a device it cannot write.
            let outputs = try CommandOutputs([("-o", output)], inputs: [(role: "the document", path: file)])
            let limit = OptionChecks.limit(maxInput: maxInput)
            let document = try DocumentReaders.read(path: file, format: inputFormat, encoding: encoding, limit: limit)
            var bytes: [UInt8] = []
            for block in document.blocks(includingBoilerplate: all) {
                switch format {
                case .text:
                    if !bytes.isEmpty { bytes.append(contentsOf: [0x0A]) }
                    if block.isBoilerplate { bytes.append(contentsOf: "[boilerplate] ".utf8) }
                    bytes.append(contentsOf: block.text.utf8)
                    if block.text.utf8.last != 0x0A { bytes.append(0x0A) }
                case .jsonl:
                    bytes.append(contentsOf: "{\"text\":\(JSONString.quoted(block.text)),\"kind\":\"\(block.kind.rawValue)\",".utf8)
                    bytes.append(contentsOf: "\"boilerplate\":\(block.isBoilerplate),".utf8)
                    bytes.append(contentsOf: "\"start\":\(block.byteRange.lowerBound),\"end\":\(block.byteRange.upperBound)}\n".utf8)
                }
            }
            try outputs.stage(bytes)
            try outputs.commit()
        }
    }
}

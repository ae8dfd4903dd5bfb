import ArgumentParser
import BitextCore

@main
struct Bitext: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Align a translated document with its original, sentence by sentence.",
        version: BitextVersion.current,
        subcommands: [Segment.self, Align.self, Batch.self, Eval.self]
    )

    static func main() {
        InterruptCleanup.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}

/// The program's version, as `--version` and output headers give it.
enum BitextVersion {
    static let current = "0.1.0"
}

import ArgumentParser
import BitextCore
import Foundation

@main
struct Bitext: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Align a translated document with its original, sentence by sentence.",
        version: BitextVersion.current,
        subcommands: [Segment.self, Align.self, Coverage.self, Batch.self, Eval.self, Extract.self]
    )

    static func main() {
        InterruptCleanup.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)  // already reported
        } catch {
            // Usage errors in one line, like every other error; help and version as usual.
            let code = exitCode(for: error)
            if code.rawValue == CommandFailure.usageExitCode {
                let message = Self.message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
                OutputFile.writeStandardError("bitext: error: \(message) (see 'bitext help')\n")
                Foundation.exit(code.rawValue)
            }
            exit(withError: error)
        }
    }
}

/// The program's version, as `--version` and output headers give it.
enum BitextVersion {
    static let current = "0.1.0"
}

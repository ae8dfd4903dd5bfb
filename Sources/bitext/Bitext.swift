import ArgumentParser
import BitextCore
import BitextICU
import Foundation

@main
struct Bitext: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Align a translated document with its original, sentence by sentence.",
        version: BitextVersion.description,
        subcommands: [Segment.self, Align.self, Coverage.self, Batch.self, Eval.self, Extract.self, Merge.self]
    )

    static func main() {
        MemoryPolicy.returnLargeBlocksToSystem()
        InterruptCleanup.install()
        refuseArgumentsThatAreNotUTF8()
        if let line = CommandNames.unknownCommandLine(for: CommandLine.arguments) {
            OutputFile.writeStandardError("bitext: error: \(TerminalText.escaped(line))\n")
            Foundation.exit(CommandFailure.usageExitCode)
        }
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)  // already reported
        } catch {
            // Usage errors in one line, like every other error, pointing at the subcommand's
            // help; help and version as usual.
            let code = exitCode(for: error)
            if code.rawValue == CommandFailure.usageExitCode {
                let message = CommandNames.uniformValueMessage(Self.message(for: error))
                OutputFile.writeStandardError("bitext: error: \(TerminalText.escaped(message)) (\(CommandNames.helpHint(for: CommandLine.arguments)))\n")
                Foundation.exit(code.rawValue)
            }
            exit(withError: error)
        }
    }

    /// Swift gives the arguments as strings with each invalid UTF-8 byte replaced by U+FFFD: a
    /// file name in Latin-1 would become a name no file has, and an output written under it
    /// a new file beside the one meant. Such an argument ends the run with one line instead.
    private static func refuseArgumentsThatAreNotUTF8() {
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map { UInt8(bitPattern: $0) }
            guard String(validating: bytes, as: UTF8.self) == nil else { continue }
            let shown = bytes.map { $0 >= 0x20 && $0 < 0x7F ? String(UnicodeScalar($0)) : "\\x" + ($0 < 16 ? "0" : "") + String($0, radix: 16) }
                .joined()
            OutputFile.writeStandardError("bitext: error: \(shown): the name is not valid UTF-8; rename the file or link to it under a UTF-8 name\n")
            Foundation.exit(CommandFailure.errorExitCode)
        }
    }
}

/// The program's version, as `--version` and output headers give it.
enum BitextVersion {
    /// Bitext's own version, written into output headers (TMX `creationtoolversion`).
    static let current = "0.1.0"
    /// What `--version` prints: the version first, as before (scripts read the first word),
    /// then the ICU the binary runs with, since segmentation can differ between ICU releases.
    static var description: String { "\(current) (ICU \(ICUVersion.current))" }
}

import ArgumentParser
import Foundation
import BitextCore
import BitextCorpus

/// A failure reported as one line on standard error, with a documented exit code.
struct CommandFailure: Error, Sendable {
    /// Exit code for bad input or a failed write.
    static let errorExitCode: Int32 = 1
    /// Exit code for a wrong command line (BSD's EX_USAGE, as ArgumentParser uses).
    static let usageExitCode: Int32 = 64

    var message: String
    var exitCode: Int32

    static func usage(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: usageExitCode)
    }

    static func error(_ message: String) -> CommandFailure {
        CommandFailure(message: message, exitCode: errorExitCode)
    }

    /// Runs `body`; a failure inside it is printed as `bitext: error: …` and turned into its
    /// exit code.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CommandFailure {
            report(failure.message, usage: failure.exitCode == usageExitCode)
            throw ExitCode(failure.exitCode)
        } catch let error as InputFileError {
            report("\(error)")
            throw ExitCode(errorExitCode)
        } catch let error as OutputError {
            report("\(error)")
            throw ExitCode(errorExitCode)
        } catch let error as OutputPathError {
            report("\(error)", usage: error.isUsage)
            throw ExitCode(error.isUsage ? usageExitCode : errorExitCode)
        } catch let error as MosesFilesError {
            report("\(error)", usage: true)
            throw ExitCode(usageExitCode)
        } catch let error as ValidationError {
            report(error.message, usage: true)
            throw ExitCode(usageExitCode)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            report(error.localizedDescription)
            throw ExitCode(errorExitCode)
        }
    }

    /// Prints one error line; file names and texts in it are shown with control characters
    /// escaped, so that a hostile name cannot rewrite the terminal. A usage error ends by
    /// pointing at the subcommand's help, as the ones ArgumentParser finds do.
    static func report(_ message: String, usage: Bool = false) {
        let hint = usage ? " (\(CommandNames.helpHint(for: CommandLine.arguments)))" : ""
        OutputFile.writeStandardError("bitext: error: \(TerminalText.escaped(message))\(hint)\n")
    }

    /// Prints one warning line, escaped as errors are.
    static func warn(_ message: String) {
        OutputFile.writeStandardError("bitext: warning: \(TerminalText.escaped(message))\n")
    }
}

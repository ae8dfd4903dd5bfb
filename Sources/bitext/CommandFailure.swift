import ArgumentParser
import Foundation
import BitextCore
import BitextCorpus
import BitextLanguage

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
            OutputFile.writeStandardError("bitext: error: \(failure.message)\n")
            throw ExitCode(failure.exitCode)
        } catch let error as InputFileError {
            OutputFile.writeStandardError("bitext: error: \(error)\n")
            throw ExitCode(errorExitCode)
        } catch let error as OutputError {
            OutputFile.writeStandardError("bitext: error: \(error)\n")
            throw ExitCode(errorExitCode)
        } catch let error as ValidationError {
            OutputFile.writeStandardError("bitext: error: \(error.message)\n")
            throw ExitCode(usageExitCode)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            OutputFile.writeStandardError("bitext: error: \(error.localizedDescription)\n")
            throw ExitCode(errorExitCode)
        }
    }
}

/// Where a command's result goes: standard output, or a file written atomically.
enum Output {
    /// Writes a corpus: Moses' two files as OUT.L1 and OUT.L2, other formats as one; says
    /// on standard error how many characters XML could not hold. A side whose language is
    /// `nil` (documents identified as different languages) names its Moses file `auto`.
    static func emitCorpus(_ text: CorpusText, format: CorpusFormat, to path: String?, languages: (Language?, Language?)) throws {
        if format == .moses, let path {
            try OutputFile.write(Array(text.main.utf8), to: path + "." + (languages.0?.code ?? LanguageArgument.automatic))
            try OutputFile.write(Array(text.target.utf8), to: path + "." + (languages.1?.code ?? LanguageArgument.automatic))
        } else {
            try emit(Array(text.main.utf8), to: path)
        }
        if text.droppedCharacters > 0 {
            OutputFile.writeStandardError("bitext: warning: left out \(text.droppedCharacters) character(s) that XML 1.0 forbids\n")
        }
    }

    static func emit(_ bytes: [UInt8], to path: String?) throws {
        if let path, path != "-" {
            try OutputFile.write(bytes, to: path)
        } else {
            try OutputFile.writeStandardOutput(bytes)
        }
    }
}

import Foundation

/// Runs the built `bitext` executable, as scripts and users do.
enum BitextCommand {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    /// The `bitext` executable beside the test bundle in the build products folder.
    static let executable: URL = {
        let products = Bundle.main.bundleURL
        let candidates = [products.appendingPathComponent("bitext"),
                          products.deletingLastPathComponent().appendingPathComponent("bitext")]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// A data folder that does not exist, so that no test sees the dictionaries installed
    /// in the user's home (`BITEXT_DATA` points here unless a test gives its own).
    static let absentDataFolder = FileManager.default.temporaryDirectory
        .appendingPathComponent("bitext-cli-no-data-\(UUID().uuidString)")

    /// This process's environment with `BITEXT_DATA` at `absentDataFolder`, then `extra`.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ProcessInfo.processInfo.environment.merging(["BITEXT_DATA": absentDataFolder.path]) { $1 }.merging(extra) { $1 }
    }

    /// Runs `bitext` with `arguments`, feeding `input` to its standard input, with
    /// `environment` added to this process's (and `BITEXT_DATA` at `absentDataFolder`
    /// unless `environment` sets it); `shellPrefix` (such as `ulimit -f 8; umask 077`) is run
    /// by /bin/sh before bitext, to set limits a test needs.
    static func run(_ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:],
                    shellPrefix: String? = nil) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let inputFile = folder.appendingPathComponent("stdin"), outputFile = folder.appendingPathComponent("stdout"),
            errorFile = folder.appendingPathComponent("stderr")
        try Data(input).write(to: inputFile)
        try Data().write(to: outputFile)
        try Data().write(to: errorFile)
        let process = Process()
        if let shellPrefix {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", shellPrefix + "; exec \"$0\" \"$@\"", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.environment = Self.environment(environment)
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      output: String(decoding: try Data(contentsOf: outputFile), as: UTF8.self),
                      error: String(decoding: try Data(contentsOf: errorFile), as: UTF8.self))
    }

    /// A fresh folder for a test's files, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-cli-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Where the tests find the repository, the shared data and other programs.
enum TestEnvironment {
    /// The repository's root folder.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The shared data folder: `$BITEXT_SHARED`, else `../shared` beside the repository.
    static let shared = ProcessInfo.processInfo.environment["BITEXT_SHARED"].map { URL(fileURLWithPath: $0) }
        ?? repository.deletingLastPathComponent().appendingPathComponent("shared")

    /// Runs `executable` with `arguments` (and `environment` added to this process's, with
    /// `BITEXT_DATA` at `BitextCommand.absentDataFolder` unless `environment` sets it), and
    /// returns its exit status and standard output; standard error is dropped, or joined to
    /// the output with `withErrors`.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                    withErrors: Bool = false) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = BitextCommand.environment(environment)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = withErrors ? pipe : FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Set by scripts/test.sh (`BITEXT_REQUIRE_TOOLS=1`), which installs every tool the tests
    /// use: a check that needs a program (xmllint, translate-toolkit, chromium, python3) then
    /// runs, and fails, when the program is missing instead of being skipped. Missing shared
    /// data (`../shared`) is still a skip.
    static let toolsRequired = ProcessInfo.processInfo.environment["BITEXT_REQUIRE_TOOLS"] == "1"

    /// Whether a check whose programs are `present` runs: when they are, or when
    /// `toolsRequired` says a missing one is a failure.
    static func runsCheck(toolsPresent present: Bool) -> Bool {
        present || toolsRequired
    }

    /// Every executable called `name` on the PATH, in order.
    static func onPath(_ name: String) -> [String] {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":").map { "\($0)/\(name)" }
            .filter { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

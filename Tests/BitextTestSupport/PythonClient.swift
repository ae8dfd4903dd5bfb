import Foundation

/// A python3 on the PATH that can import the modules a client test needs (Python's `csv`,
/// translate-toolkit, openpyxl), so that tests read the files Bitext writes with the
/// programs users read them with. Tests skip, saying which module is missing, where none can.
public struct PythonClient: Sendable {
    /// The interpreter's path.
    public let executable: String

    /// The first python3 on the PATH that imports every one of `modules`, or nil.
    public init?(importing modules: [String]) {
        let candidates = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
            .map { "\($0)/python3" }.filter { FileManager.default.isExecutableFile(atPath: $0) }
        let probe = modules.map { "import \($0)" }.joined(separator: "; ")
        guard let found = candidates.first(where: { (try? Self.run($0, ["-c", probe]))?.status == 0 }) else { return nil }
        executable = found
    }

    /// Runs `script` with `arguments` and parses what it prints as JSON.
    ///
    /// - Throws: `PythonClientError` when the script fails or prints something that is not JSON.
    public func json(_ script: String, _ arguments: [String]) throws -> Any {
        let result = try Self.run(executable, ["-c", script] + arguments)
        guard result.status == 0 else { throw PythonClientError(message: "python3 exited with \(result.status): \(result.error)") }
        do {
            return try JSONSerialization.jsonObject(with: Data(result.output.utf8), options: [.fragmentsAllowed])
        } catch {
            throw PythonClientError(message: "python3 printed no JSON: \(result.output.prefix(200))")
        }
    }

    private static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        // UTF-8 on the pipes whatever the locale.
        process.environment = ProcessInfo.processInfo.environment.merging(["PYTHONIOENCODING": "utf-8", "PYTHONUTF8": "1"]) { $1 }
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-python-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorData = (try? Data(contentsOf: errorFile)) ?? Data()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}

/// A client script that failed.
public struct PythonClientError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

import Foundation
import Testing

/// README.md's examples run as written: every command of its `sh runnable` and
/// `console runnable` blocks exits with 0, and a console block's shown output is the real one.
@Suite struct ReadmeExampleTests {
    @Test func everyRunnableExampleRuns() throws {
        let readme = try String(contentsOf: TestEnvironment.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let examples = ReadmeExamples.parse(readme)
        // The quick start's evaluation of the sample is among them.
        #expect(examples.contains { $0.command.hasPrefix("bitext eval corpora/sample/tram.gold.en-fr ") })
        let folder = try BitextCommand.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sandbox = try ReadmeExamples.Sandbox(in: folder)
        for example in examples {
            let result = try sandbox.run(example.command)
            #expect(result.status == 0, "README.md:\(example.line): \(example.command)\n\(result.error)")
            if let expected = example.expectedOutput {
                #expect(result.output == expected, "README.md:\(example.line): \(example.command)")
            }
        }
    }

    @Test func readsOnlyMarkedBlocks() {
        let markdown = """
            ```sh
            bitext segment --lang fr not-run.txt
            ```

            ```sh runnable
            # a comment
            bitext segment --lang fr a.txt

            bitext align a.txt b.txt \\
              --src-lang fr --tgt-lang en
            ```

              ```console runnable
              $ bitext --version
              0.1.0 (ICU 72.1)
              $ bitext align a.txt b.txt -o /tmp/out
              $ cat /tmp/out
              [0]:[0]:0.900

              ```
            """
        let examples = ReadmeExamples.parse(markdown)
        #expect(examples.map(\.command) == ["bitext segment --lang fr a.txt", "bitext align a.txt b.txt --src-lang fr --tgt-lang en",
                                            "bitext --version", "bitext align a.txt b.txt -o /tmp/out", "cat /tmp/out"])
        #expect(examples.map(\.line) == [7, 9, 14, 16, 17])
        #expect(examples.map(\.expectedOutput) == [nil, nil, "0.1.0 (ICU 72.1)\n", "", "[0]:[0]:0.900\n\n"])
    }
}

/// The runnable examples of a Markdown text, and a folder to run them in.
enum ReadmeExamples {
    struct Example: Equatable {
        /// The 1-based line of the command in the Markdown text.
        var line: Int
        var command: String
        /// What the block shows as its standard output (console blocks), or nil.
        var expectedOutput: String?
    }

    /// The commands of the fenced blocks whose info string is `sh runnable` or
    /// `console runnable` (fences may be indented, as in list items). In `sh` blocks every
    /// line that is neither blank nor a `#` comment is a command; in `console` blocks the
    /// lines that start with `$ `, each followed by its output. A line ending with `\`
    /// continues on the next.
    static func parse(_ markdown: String) -> [Example] {
        var examples: [Example] = []
        var block: (console: Bool, indent: Int)?
        var pending: (line: Int, text: String)?  // a command continued on the next line
        var outputOf: Int?  // the console command whose output the block's next lines are
        for (index, rawLine) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = rawLine.drop { $0 == " " }
            if let current = block {
                if trimmed == "```" {
                    block = nil
                    continue
                }
                var line = String(rawLine.dropFirst(min(current.indent, rawLine.count - trimmed.count)))
                if var continued = pending {
                    continued.text += " " + line.trimmingCharacters(in: .whitespaces)
                    pending = continued
                } else if current.console {
                    guard line.hasPrefix("$ ") else {
                        if let command = outputOf { examples[command].expectedOutput! += line + "\n" }
                        continue
                    }
                    line.removeFirst(2)
                    pending = (index + 1, line)
                } else {
                    if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
                    pending = (index + 1, line)
                }
                if let command = pending {
                    if command.text.hasSuffix("\\") {
                        pending?.text = String(command.text.dropLast()).trimmingCharacters(in: .whitespaces)
                    } else {
                        examples.append(Example(line: command.line, command: command.text, expectedOutput: current.console ? "" : nil))
                        outputOf = current.console ? examples.count - 1 : nil
                        pending = nil
                    }
                }
            } else if trimmed.hasPrefix("```") {
                let words = trimmed.dropFirst(3).split(separator: " ")
                if words.contains("runnable"), let language = words.first, language == "sh" || language == "console" {
                    block = (language == "console", rawLine.count - trimmed.count)
                    outputOf = nil
                }
            }
        }
        return examples
    }

    /// A temporary folder holding a copy of the repository's `corpora/`, a `bin/` with the
    /// built `bitext`, and a `tmp/` that stands for `/tmp/` in the commands.
    struct Sandbox {
        let folder: URL

        init(in folder: URL) throws {
            self.folder = folder
            let files = FileManager.default
            try files.copyItem(at: TestEnvironment.repository.appendingPathComponent("corpora"), to: folder.appendingPathComponent("corpora"))
            try files.createDirectory(at: folder.appendingPathComponent("bin"), withIntermediateDirectories: true)
            try files.createSymbolicLink(at: folder.appendingPathComponent("bin/bitext"), withDestinationURL: BitextCommand.executable)
            try files.createDirectory(at: folder.appendingPathComponent("tmp"), withIntermediateDirectories: true)
        }

        /// Runs `command` with /bin/sh in the folder, `/tmp/` replaced by the folder's `tmp/`.
        func run(_ command: String) throws -> BitextCommand.Result {
            let script = command.replacingOccurrences(of: "/tmp/", with: folder.appendingPathComponent("tmp").path + "/")
            let output = folder.appendingPathComponent("stdout"), error = folder.appendingPathComponent("stderr")
            try Data().write(to: output)
            try Data().write(to: error)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script]
            process.currentDirectoryURL = folder
            let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
            process.environment = BitextCommand.environment(["PATH": folder.appendingPathComponent("bin").path + ":" + path])
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = try FileHandle(forWritingTo: output)
            process.standardError = try FileHandle(forWritingTo: error)
            try process.run()
            process.waitUntilExit()
            return BitextCommand.Result(status: process.terminationStatus,
                                        output: String(decoding: try Data(contentsOf: output), as: UTF8.self),
                                        error: String(decoding: try Data(contentsOf: error), as: UTF8.self))
        }
    }
}

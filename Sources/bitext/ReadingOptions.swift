import ArgumentParser
import BitextCore
import BitextReading

extension InputFormat: ExpressibleByArgument {}

/// How `align`, `coverage` and `batch` read their documents.
struct ReadingOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The documents' format: auto finds it by extension, then content.", valueName: "format"))
    var inputFormat: InputFormat = .auto

    @Flag(help: "Align a web page's boilerplate (menus, footers, comment forms) too, not only its main text.")
    var keepBoilerplate = false

    @Option(help: ArgumentHelp("Read the texts in this encoding (latin1, windows-1252, GB18030, …) instead of finding it; for web pages it overrides the page's own charset.",
                               valueName: "name"))
    var encoding: String?

    func validate() throws {
        try OptionChecks.validate(encoding: encoding)
    }
}

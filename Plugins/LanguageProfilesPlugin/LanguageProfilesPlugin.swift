import Foundation
import PackagePlugin

/// Compiles a target's `Languages/*.txt` profiles into one Swift source at build time, so
/// that the data is part of the binary (a copied `bitext` needs no resource bundle) and
/// adding a language is adding one file.
@main
struct LanguageProfilesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let profiles = target.sourceFiles(withSuffix: ".txt")
            .map(\.url)
            .filter { $0.deletingLastPathComponent().lastPathComponent == "Languages" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "LanguageProfileTexts.swift")
        return [
            .buildCommand(
                displayName: "Compiling \(profiles.count) language profiles",
                executable: try context.tool(named: "LanguageProfileCompiler").url,
                arguments: [output.path] + profiles.map(\.path),
                inputFiles: profiles,
                outputFiles: [output]
            )
        ]
    }
}

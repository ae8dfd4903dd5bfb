import BitextSegmentation
import Foundation

/// The sentence texts of `text` as a segmenter for `language` finds them.
func sentences(_ text: String, _ language: String, lineBreaks: LineBreakMode = .auto) throws -> [String] {
    try Segmenter(language: language, lineBreaks: lineBreaks).segment(text).map(\.text)
}

/// The shared data folder (`../shared` beside the repository, or `$BITEXT_SHARED`).
enum SharedData {
    static let folder: URL = {
        if let path = ProcessInfo.processInfo.environment["BITEXT_SHARED"] {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared")
    }()

    static var isAvailable: Bool {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent("corpora/seg").path)
    }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }
}

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Bitext",
    products: [
        .library(name: "Bitext", targets: ["BitextAlignment", "BitextCore", "BitextCorpus", "BitextICU", "BitextLanguage", "BitextReading", "BitextReport", "BitextSegmentation"]),
        .executable(name: "bitext", targets: ["bitext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // ICU, reached through a C target whose public header uses plain C types only.
        .target(
            name: "CBitextICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .target(name: "BitextICU", dependencies: ["CBitextICU"]),
        // libxml2's HTML parser (Debian: libxml2-dev, found by pkg-config), reached through a C
        // target whose public header uses plain C types only.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "CBitextHTML", dependencies: ["CLibXML2"]),
        // Documents in: one reader per format (text, HTML, DOCX, ODT, SRT, WebVTT, PDF) → text blocks.
        .target(
            name: "BitextReading",
            dependencies: ["BitextCore", "CBitextHTML", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Reading input text and writing output files, shared by every stage.
        .target(name: "BitextCore", dependencies: ["CBitextICU"]),
        // Language identification with Google's CLD2 (C++), behind a plain C header.
        .target(name: "CBitextLanguageID", linkerSettings: [.linkedLibrary("cld2")]),
        // `Language`: what Bitext knows about a language, made once from a user's code. Its
        // per-language profiles (Languages/*.txt) are compiled into the binary by the plugin.
        // `LanguageIdentifier` tells which language a text is in (CLD2).
        .target(name: "BitextLanguage", dependencies: ["BitextICU", "CBitextLanguageID"], plugins: ["LanguageProfilesPlugin"]),
        .executableTarget(name: "LanguageProfileCompiler", path: "Plugins/LanguageProfileCompiler"),
        .plugin(name: "LanguageProfilesPlugin", capability: .buildTool(), dependencies: ["LanguageProfileCompiler"]),
        .target(
            name: "BitextSegmentation",
            dependencies: ["BitextCore", "BitextICU", "BitextLanguage", .product(name: "Algorithms", package: "swift-algorithms")]
        ),
        .target(name: "BitextAlignment", dependencies: ["BitextCore", "BitextICU", "BitextLanguage"]),
        // Corpus writers; ZIPFoundation packages the XLSX workbook.
        .target(name: "BitextCorpus", dependencies: ["BitextAlignment", "BitextCore", "BitextLanguage", "ZIPFoundation"]),
        // Coverage reports (text, JSON) and the side-by-side HTML view.
        .target(name: "BitextReport", dependencies: ["BitextAlignment", "BitextCore", "BitextCorpus", "BitextLanguage"]),
        .executableTarget(
            name: "bitext",
            dependencies: [
                "BitextAlignment",
                "BitextCore",
                "BitextCorpus",
                "BitextICU",
                "BitextLanguage",
                "BitextReading",
                "BitextReport",
                "BitextSegmentation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets for libFuzzer (scripts/fuzz.sh); a normal build replays input files.
        .executableTarget(
            name: "BitextFuzz",
            dependencies: ["BitextAlignment", "BitextCore", "BitextCorpus", "BitextLanguage", "BitextReading", "BitextSegmentation"]
        ),
        // Helpers shared by the test targets.
        .target(name: "BitextTestSupport", path: "Tests/BitextTestSupport"),
        .testTarget(name: "BitextAlignmentTests", dependencies: ["BitextAlignment", "BitextICU", "BitextTestSupport"]),
        .testTarget(name: "BitextCorpusTests", dependencies: ["BitextCorpus", "BitextLanguage", "BitextTestSupport"]),
        .testTarget(name: "BitextCoreTests", dependencies: ["BitextCore"]),
        .testTarget(name: "BitextICUTests", dependencies: ["BitextICU"]),
        .testTarget(name: "BitextLanguageTests", dependencies: ["BitextICU", "BitextLanguage"]),
        .testTarget(name: "BitextReadingTests", dependencies: ["BitextReading", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "BitextReportTests", dependencies: ["BitextLanguage", "BitextReport"]),
        .testTarget(name: "BitextSegmentationTests", dependencies: ["BitextLanguage", "BitextSegmentation"]),
        .testTarget(name: "bitextTests", dependencies: ["bitext"]),
    ]
)

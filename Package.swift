// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Bitext",
    products: [
        .library(name: "Bitext", targets: ["BitextAlignment", "BitextCore", "BitextCorpus", "BitextICU", "BitextLanguage", "BitextReport", "BitextSegmentation"]),
        .executable(name: "bitext", targets: ["bitext"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-algorithms", from: "1.2.1"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // ICU, reached through a C target whose public header uses plain C types only.
        .target(
            name: "CBitextICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n")]
        ),
        .target(name: "BitextICU", dependencies: ["CBitextICU"]),
        // Language identification with Google's CLD2 (C++), behind a plain C header.
        .target(name: "CBitextLanguageID", linkerSettings: [.linkedLibrary("cld2")]),
        .target(name: "BitextLanguage", dependencies: ["CBitextLanguageID"]),
        // Reading input text and writing output files, shared by every stage.
        .target(name: "BitextCore", dependencies: ["CBitextICU"]),
        .target(
            name: "BitextSegmentation",
            dependencies: ["BitextCore", "BitextICU", .product(name: "Algorithms", package: "swift-algorithms")],
            resources: [.copy("Resources/Languages")]
        ),
        .target(name: "BitextAlignment", dependencies: ["BitextCore", "BitextICU"]),
        .target(name: "BitextCorpus", dependencies: ["BitextAlignment", "BitextCore"]),
        // Coverage reports (text, JSON) and the side-by-side HTML view.
        .target(name: "BitextReport", dependencies: ["BitextAlignment", "BitextCore", "BitextCorpus"]),
        .executableTarget(
            name: "bitext",
            dependencies: [
                "BitextAlignment",
                "BitextCore",
                "BitextCorpus",
                "BitextLanguage",
                "BitextReport",
                "BitextSegmentation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fuzz targets for libFuzzer (scripts/fuzz.sh); a normal build replays input files.
        .executableTarget(
            name: "BitextFuzz",
            dependencies: ["BitextAlignment", "BitextCore", "BitextCorpus", "BitextSegmentation"]
        ),
        // Helpers shared by the test targets.
        .target(name: "BitextTestSupport", path: "Tests/BitextTestSupport"),
        .testTarget(name: "BitextAlignmentTests", dependencies: ["BitextAlignment", "BitextTestSupport"]),
        .testTarget(name: "BitextCorpusTests", dependencies: ["BitextCorpus", "BitextTestSupport"]),
        .testTarget(name: "BitextCoreTests", dependencies: ["BitextCore"]),
        .testTarget(name: "BitextICUTests", dependencies: ["BitextICU"]),
        .testTarget(name: "BitextLanguageTests", dependencies: ["BitextLanguage"]),
        .testTarget(name: "BitextReportTests", dependencies: ["BitextReport"]),
        .testTarget(name: "BitextSegmentationTests", dependencies: ["BitextSegmentation"]),
        .testTarget(name: "bitextTests", dependencies: ["bitext"]),
    ]
)

import BitextICU
import Foundation
import Testing

@Suite struct ICUVersionTests {
    /// The version is the loaded library's: its major number is the one in the name of the
    /// libicuuc.so.N that this process mapped (Linux), and it has the form "N.M".
    @Test func namesTheLoadedLibrary() throws {
        let version = ICUVersion.current
        let parts = version.split(separator: ".")
        #expect(parts.count >= 2 && parts.count <= 4, "\(version)")
        #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }, "\(version)")
        // Read to the end: /proc files report a size of 0.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/maps"))
        let maps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        let loaded = maps.split(separator: "\n").compactMap { line -> Substring? in
            guard let range = line.range(of: "libicuuc.so.") else { return nil }
            return line[range.upperBound...].prefix { $0.isNumber }
        }
        #expect(!loaded.isEmpty, "libicuuc is not mapped")
        #expect(loaded.allSatisfy { $0 == parts[0] }, "\(loaded) vs \(version)")
    }
}

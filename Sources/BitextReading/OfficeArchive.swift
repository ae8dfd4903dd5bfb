import Foundation
import ZIPFoundation

/// The XML members of a DOCX or ODT file (a ZIP archive), read with ZIPFoundation.
struct OfficeArchive {
    private let archive: Archive

    /// Members larger than this when uncompressed are refused: a document's XML is rarely
    /// over a few tens of MB, and a ZIP bomb would otherwise fill memory.
    static let maximumMemberSize: UInt64 = 1 << 30

    init(_ bytes: [UInt8], format: String) throws(ReadingError) {
        guard bytes.starts(with: [0x50, 0x4B]) else { throw ReadingError("not a \(format) file (not a ZIP archive)") }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw ReadingError("not a \(format) file (unreadable ZIP archive)")
        }
    }

    /// The bytes of the member at `path`, or nil when the archive has none.
    func member(_ path: String) throws(ReadingError) -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= Self.maximumMemberSize else {
            throw ReadingError("\(path) in the archive is larger than 1 GB uncompressed")
        }
        var data = Data()
        do {
            _ = try archive.extract(entry) { data.append($0) }
        } catch {
            throw ReadingError("\(path) in the archive is damaged")
        }
        return data
    }
}

/// Byte offsets of XMLParser's line and column positions in one XML member.
struct XMLPositions {
    private var lineStarts: [Int] = [0]
    private let count: Int

    init(_ data: Data) {
        count = data.count
        for (index, byte) in data.enumerated() where byte == 0x0A { lineStarts.append(index + 1) }
    }

    /// The byte offset of 1-based `line` and `column`, clamped to the member.
    func offset(line: Int, column: Int) -> Int {
        guard line >= 1 else { return 0 }
        let start = lineStarts[min(line, lineStarts.count) - 1]
        return min(max(start + column - 1, 0), count)
    }
}

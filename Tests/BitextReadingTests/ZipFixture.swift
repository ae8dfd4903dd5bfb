import Foundation
import ZIPFoundation

/// Builds small DOCX and ODT files in memory for the tests, with ZIPFoundation.
enum ZipFixture {
    /// A ZIP archive holding `members` (path → UTF-8 text), deflated.
    static func archive(_ members: [(String, String)]) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in members {
            let data = Data(text.utf8)
            // An ODF file's mimetype comes first and uncompressed, as the specification asks.
            let method: CompressionMethod = path == "mimetype" ? .none : .deflate
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        return [UInt8](archive.data ?? Data())
    }

    static let word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A DOCX whose document.xml body is `body` and whose footnotes.xml holds `footnotes`.
    static func docx(body: String, footnotes: String? = nil) throws -> [UInt8] {
        var members = [("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"),
                       ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document xmlns:w=\"\(word)\"><w:body>\(body)</w:body></w:document>")]
        if let footnotes {
            members.append(("word/footnotes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:footnotes xmlns:w=\"\(word)\">\(footnotes)</w:footnotes>"))
        }
        return try archive(members)
    }

    /// An ODT whose office:text is `text`.
    static func odt(text: String) throws -> [UInt8] {
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0">\
            <office:body><office:text>\(text)</office:text></office:body></office:document-content>
            """
        return try archive([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content)])
    }
}

import BitextCore
import Testing

/// Text in other encodings than UTF-8. The encoded bytes were made with iconv.
@Suite struct CharacterEncodingTests {
    /// "Le café est chaud. L’été sera long." in Windows-1252 (0x92 is its ’).
    static let windows1252: [UInt8] = [
        0x4c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x65, 0x73, 0x74, 0x20, 0x63, 0x68, 0x61, 0x75, 0x64, 0x2e, 0x20,
        0x4c, 0x92, 0xe9, 0x74, 0xe9, 0x20, 0x73, 0x65, 0x72, 0x61, 0x20, 0x6c, 0x6f, 0x6e, 0x67, 0x2e,
    ]
    /// "我们今天去北京。天气很好，我们很高兴。" in GB18030.
    static let gb18030: [UInt8] = [
        0xce, 0xd2, 0xc3, 0xc7, 0xbd, 0xf1, 0xcc, 0xec, 0xc8, 0xa5, 0xb1, 0xb1, 0xbe, 0xa9, 0xa1, 0xa3, 0xcc, 0xec, 0xc6,
        0xf8, 0xba, 0xdc, 0xba, 0xc3, 0xa3, 0xac, 0xce, 0xd2, 0xc3, 0xc7, 0xba, 0xdc, 0xb8, 0xdf, 0xd0, 0xcb, 0xa1, 0xa3,
    ]
    /// "今日は東京に行きます。天気はとても良いです。" in Shift-JIS.
    static let shiftJIS: [UInt8] = [
        0x8d, 0xa1, 0x93, 0xfa, 0x82, 0xcd, 0x93, 0x8c, 0x8b, 0x9e, 0x82, 0xc9, 0x8d, 0x73, 0x82, 0xab, 0x82, 0xdc, 0x82,
        0xb7, 0x81, 0x42, 0x93, 0x56, 0x8b, 0x43, 0x82, 0xcd, 0x82, 0xc6, 0x82, 0xc4, 0x82, 0xe0, 0x97, 0xc7, 0x82, 0xa2,
        0x82, 0xc5, 0x82, 0xb7, 0x81, 0x42,
    ]
    /// "Сегодня хорошая погода. Мы идём в парк." in KOI8-R.
    static let koi8R: [UInt8] = [
        0xf3, 0xc5, 0xc7, 0xcf, 0xc4, 0xce, 0xd1, 0x20, 0xc8, 0xcf, 0xd2, 0xcf, 0xdb, 0xc1, 0xd1, 0x20, 0xd0, 0xcf, 0xc7,
        0xcf, 0xc4, 0xc1, 0x2e, 0x20, 0xed, 0xd9, 0x20, 0xc9, 0xc4, 0xa3, 0xcd, 0x20, 0xd7, 0x20, 0xd0, 0xc1, 0xd2, 0xcb, 0x2e,
    ]

    @Test func detectsLegacyEncodings() throws {
        let cases: [(bytes: [UInt8], text: String, encoding: String)] = [
            (Self.windows1252, "Le café est chaud. L’été sera long.", "windows-1252"),
            (Self.gb18030, "我们今天去北京。天气很好，我们很高兴。", "GB18030"),
            (Self.shiftJIS, "今日は東京に行きます。天気はとても良いです。", "Shift_JIS"),
            (Self.koi8R, "Сегодня хорошая погода. Мы идём в парк.", "KOI8-R"),
        ]
        for (bytes, text, encoding) in cases {
            let input = try InputText(decoding: bytes)
            #expect(input.string == text)
            #expect(input.encoding == encoding)
            #expect(input.wasTranscoded)
            #expect(input.offsetInInput == 0)
        }
    }

    @Test func decodesUTF32ByteOrderMarksBeforeUTF16() throws {
        // "Le 😀" in UTF-32: the little-endian mark starts with UTF-16's FF FE.
        let little: [UInt8] = [0xFF, 0xFE, 0x00, 0x00, 0x4C, 0, 0, 0, 0x65, 0, 0, 0, 0x20, 0, 0, 0, 0x00, 0xF6, 0x01, 0x00]
        let big: [UInt8] = [0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, 0x4C, 0, 0, 0, 0x65, 0, 0, 0, 0x20, 0x00, 0x01, 0xF6, 0x00]
        for (bytes, encoding) in [(little, "UTF-32LE"), (big, "UTF-32BE")] {
            let input = try InputText(decoding: bytes)
            #expect(input.string == "Le 😀")
            #expect(input.encoding == encoding)
        }
        // A code point past U+10FFFF is not UTF-32.
        #expect(throws: InputError.undecodable(encoding: "UTF-32LE", byteOffset: 4, forced: true)) {
            try InputText(decoding: [0xFF, 0xFE, 0x00, 0x00, 0x00, 0x00, 0x11, 0x00])
        }
    }

    @Test func detectsUTF16WithoutAByteOrderMark() throws {
        let text = "The council met in Geneva in 1932. It decided nothing."
        let little = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let input = try InputText(decoding: little)
        #expect(input.string == text)
        #expect(input.encoding == "UTF-16LE")
    }

    @Test func aNamedEncodingIsTrusted() throws {
        // The same bytes read as Latin-1 (é) and as KOI8-R (И).
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" noir.".utf8)
        #expect(try InputText(decoding: bytes, encoding: "latin1").string == "Café noir.")
        #expect(try InputText(decoding: bytes, encoding: "KOI8-R").string == "CafИ noir.")
        // Windows-1252's ’ is a C1 control in Latin-1: forced, it is taken as it is.
        #expect(try InputText(decoding: Self.windows1252, encoding: "ISO-8859-1").string.unicodeScalars.contains("\u{92}"))
        // Its byte-order mark is not text.
        #expect(try InputText(decoding: [0xFE, 0xFF, 0x00, 0x41], encoding: "UTF-16").string == "A")
        #expect(throws: InputError.unknownEncoding("klingon")) { try InputText(decoding: bytes, encoding: "klingon") }
        // Bytes the named encoding does not allow: a Shift-JIS lead byte before a space.
        #expect(throws: InputError.undecodable(encoding: "Shift_JIS", byteOffset: 2, forced: true)) {
            try InputText(decoding: [0x41, 0x42, 0x82, 0x20, 0x43], encoding: "Shift_JIS")
        }
    }

    @Test func binaryFilesAreNotTakenForSomeEncoding() throws {
        // A PDF with a compressed stream: its high bytes would pass for Windows-1252.
        var pdf = Array("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n".utf8)
        var state: UInt32 = 12_345
        for _ in 0..<4_000 {
            state = state &* 1_103_515_245 &+ 12_345
            pdf.append(UInt8(truncatingIfNeeded: state >> 16))
        }
        #expect(throws: InputError.binary) { try InputText(decoding: pdf) }
        // Without the signature, random bytes are binary by their control bytes.
        #expect(throws: InputError.binary) { try InputText(decoding: Array(pdf.dropFirst(80))) }
        // Unless the user names an encoding: then the bytes are read as asked.
        #expect(try InputText(decoding: pdf, encoding: "latin1").string.hasPrefix("%PDF-1.4\n%Ã¢"))
    }

    @Test func namesKnownEncodings() {
        for name in ["latin1", "ISO-8859-1", "windows-1252", "cp1252", "GB18030", "Big5", "Shift_JIS", "EUC-KR", "KOI8-R", "UTF-16"] {
            #expect(CharacterEncoding.isKnown(name), "\(name)")
        }
        #expect(!CharacterEncoding.isKnown("klingon"))
        #expect(!CharacterEncoding.isKnown(""))
        #expect(CharacterEncoding.isUTF8("utf8"))
    }
}

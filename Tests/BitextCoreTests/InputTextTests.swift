import BitextCore
import Testing

@Suite struct InputTextTests {
    @Test func acceptsPlainUTF8() throws {
        let text = try InputText(decoding: Array("Déjà vu.".utf8))
        #expect(text.string == "Déjà vu.")
        #expect(text.offsetInInput == 0)
    }

    @Test func rejectsEmptyInput() {
        #expect(throws: InputError.empty) { try InputText(decoding: []) }
    }

    @Test func rejectsWhitespaceOnly() {
        #expect(throws: InputError.whitespaceOnly) { try InputText(decoding: Array(" \n\t\r\n\u{A0}\u{3000}".utf8)) }
        #expect(throws: InputError.whitespaceOnly) { try InputText(decoding: [0xEF, 0xBB, 0xBF, 0x20, 0x0A]) }
    }

    @Test func namesTheOffsetOfInvalidUTF8() {
        // Declared UTF-8 (other bytes would be read in the encoding ICU's detector finds).
        func decode(_ bytes: [UInt8]) throws(InputError) { _ = try InputText(decoding: bytes, encoding: "utf8") }
        // "abc" then a lone continuation byte at offset 3.
        #expect(throws: InputError.invalidUTF8(byteOffset: 3)) { try decode([0x61, 0x62, 0x63, 0x80, 0x61]) }
        // A truncated two-byte sequence at the very end.
        #expect(throws: InputError.invalidUTF8(byteOffset: 2)) { try decode([0x61, 0x62, 0xC3]) }
        // An overlong encoding of "/" and a UTF-16 surrogate encoded in UTF-8 are not UTF-8.
        #expect(throws: InputError.invalidUTF8(byteOffset: 1)) { try decode([0x61, 0xC0, 0xAF]) }
        #expect(throws: InputError.invalidUTF8(byteOffset: 0)) { try decode([0xED, 0xA0, 0x80]) }
        // Too short for the detector to name an encoding: still invalid UTF-8.
        #expect(throws: InputError.invalidUTF8(byteOffset: 2)) { try InputText(decoding: [0x61, 0x62, 0xC3]) }
    }

    @Test func offsetsOfInvalidUTF8CountTheByteOrderMark() {
        // A UTF-8 byte-order mark settles the encoding: no guessing after it.
        #expect(throws: InputError.invalidUTF8(byteOffset: 4)) { try InputText(decoding: [0xEF, 0xBB, 0xBF, 0x61, 0xFF]) }
    }

    @Test func skipsAUTF8ByteOrderMarkButCountsItInOffsets() throws {
        let text = try InputText(decoding: [0xEF, 0xBB, 0xBF] + Array("Hi.".utf8))
        #expect(text.string == "Hi.")
        #expect(text.offsetInInput == 3)
    }

    @Test func decodesUTF16WithAByteOrderMark() throws {
        let little = try InputText(decoding: [0xFF, 0xFE, 0x48, 0x00, 0xE9, 0x00, 0x3D, 0xD8, 0x00, 0xDE])
        #expect(little.string == "Hé😀")
        #expect(little.wasTranscoded)
        let big = try InputText(decoding: [0xFE, 0xFF, 0x00, 0x48, 0x00, 0xE9])
        #expect(big.string == "Hé")
    }

    @Test func rejectsBrokenUTF16() {
        // A lone high surrogate, then an odd byte count.
        #expect(throws: InputError.invalidUTF16) { try InputText(decoding: [0xFF, 0xFE, 0x3D, 0xD8, 0x41, 0x00]) }
        #expect(throws: InputError.invalidUTF16) { try InputText(decoding: [0xFF, 0xFE, 0x41]) }
    }

    @Test func keepsTextWithAFewNULBytes() throws {
        let bytes = Array("One.\u{0}Two.\r\nThree.".utf8)
        #expect(try InputText(decoding: bytes).utf8 == bytes)
    }

    @Test func rejectsBinaryData() {
        var header: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]
        header += [UInt8](repeating: 0, count: 56)
        #expect(throws: InputError.binary) { try InputText(decoding: header) }
    }

    @Test func errorsReadAsOneLine() {
        let errors: [InputError] = [.empty, .whitespaceOnly, .invalidUTF8(byteOffset: 12), .invalidUTF16, .binary,
                                    .undecodable(encoding: "GB18030", byteOffset: 3, forced: false),
                                    .undecodable(encoding: "GB18030", byteOffset: 3, forced: true), .unknownEncoding("x")]
        for error in errors {
            #expect(!error.description.contains("\n"))
        }
        #expect(InputError.invalidUTF8(byteOffset: 12).description == "invalid UTF-8 at byte offset 12")
    }
}

import BitextCore
import Foundation
import Testing

@Suite struct JSONStringTests {
    @Test func escapesWhatJSONRequires() {
        #expect(JSONString.quoted(#"say "hi"\now"#) == #""say \"hi\"\\now""#)
        #expect(JSONString.quoted("a\tb\nc\u{1}") == #""a\tb\nc\u0001""#)
        #expect(JSONString.quoted("été 😀") == "\"été 😀\"")
    }

    @Test(arguments: ["", "plain", "quote \" and \\ backslash", "controls \u{0}\u{8}\u{C}\u{1F}\r\n", "é 😀 \u{2028}\u{2029}", "<b>&amp;</b>"])
    func roundTripsThroughAJSONParser(text: String) throws {
        let json = "[" + JSONString.quoted(text) + "]"
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(parsed == [text])
    }
}

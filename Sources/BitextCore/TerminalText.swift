/// Text made safe for a terminal: a sentence or a file name holding ESC can recolour or
/// clear the screen, a carriage return can overwrite what was printed, and bidirectional
/// controls (U+202E, RIGHT-TO-LEFT OVERRIDE) can make a line read differently from what it
/// holds. Reports for people show such characters escaped instead.
public enum TerminalText {
    /// `text` with C0 and C1 controls and DEL as `\xHH` (tab as `\t`, line breaks as `\n`,
    /// `\r`), and invisible format characters that reorder or hide text (bidirectional
    /// controls and marks, U+2028/U+2029) as `\uHHHH`.
    public static func escaped(_ text: String) -> String {
        TextEscaping.replacing(text) { scalar in
            switch scalar.value {
            case 0x09: return "\\t"
            case 0x0A: return "\\n"
            case 0x0D: return "\\r"
            case 0x00...0x1F, 0x7F...0x9F: return "\\x" + hex(scalar.value, digits: 2)
            case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069:
                return "\\u" + hex(scalar.value, digits: 4)
            default: return nil
            }
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}

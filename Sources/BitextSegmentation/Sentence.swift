/// A sentence found in a document.
public struct Sentence: Sendable, Hashable {
    /// The sentence's text: its slice of the input with surrounding white space removed,
    /// and every line break (CR, LF, CRLF, NEL, U+2028, U+2029) and NUL inside it replaced
    /// by a single space. Nothing else is changed.
    public var text: String

    /// Where the sentence lies in the input, in UTF-8 bytes from the start of the input
    /// (a byte-order mark included). Slicing the input by it gives the sentence back, with
    /// its original line breaks.
    public var byteRange: Range<Int>

    /// The 0-based number of the paragraph the sentence belongs to. Paragraphs are
    /// separated by blank lines.
    public var paragraph: Int

    /// The 0-based number of the block the sentence belongs to: a paragraph, or a line that
    /// the line-break mode made a unit of its own (a title, a menu item, a list item).
    /// Sentences never cross blocks; the aligner takes them for the text's structure.
    public var block: Int

    /// Creates a sentence; its block is its paragraph unless given.
    public init(text: String, byteRange: Range<Int>, paragraph: Int, block: Int? = nil) {
        self.text = text
        self.byteRange = byteRange
        self.paragraph = paragraph
        self.block = block ?? paragraph
    }
}

/// How the segmenter treats a single line break.
public enum LineBreakMode: String, Sendable, CaseIterable {
    /// A single line break ends a sentence after a line that is short for its paragraph
    /// (titles, menu items, list lines), and is a space between the lines of wrapped prose.
    case auto
    /// A single line break is a space; only a blank line ends a sentence (wrapped prose).
    case soft
    /// Every line break ends a sentence (web copies, subtitles, lists, titles).
    case hard
}

/// A unit of a document's text as its format marks it: a heading, a paragraph, a list item,
/// a table cell, a subtitle cue. Sentences never cross blocks, and the aligner takes block
/// starts as structure that should match on both sides.
public struct TextBlock: Sendable, Hashable {
    /// The block's text, white space collapsed as the format renders it (a line break only
    /// where the format has one, such as `<br>` or a subtitle's second line).
    public var text: String
    /// What the block is in its document.
    public var kind: BlockKind
    /// Whether the block is the page's furniture (menu, footer, cookie banner, share buttons,
    /// comment form) rather than its main text. Readers keep such blocks, marked, so that a
    /// user can still ask for everything.
    public var isBoilerplate: Bool
    /// Where the block lies in the file, in bytes (end exclusive). For HTML, from the parser's
    /// position at the block's first text to its position at the block's end; for DOCX and
    /// ODT, the range of the paragraph's XML in the archive member (the member is
    /// compressed, so this locates it for a reader of the XML, not of the .docx bytes).
    public var byteRange: Range<Int>

    /// Creates a block.
    public init(text: String, kind: BlockKind, isBoilerplate: Bool = false, byteRange: Range<Int>) {
        self.text = text
        self.kind = kind
        self.isBoilerplate = isBoilerplate
        self.byteRange = byteRange
    }
}

/// What a block is in its document; the names are the `kind` values of `bitext extract --format jsonl`.
public enum BlockKind: String, Sendable, Hashable, CaseIterable {
    /// Plain text, not divided further by the reader (the segmenter finds its paragraphs).
    case text
    case heading
    case paragraph
    case listItem
    case tableCell
    /// A figure's or table's caption.
    case caption
    /// A quotation set apart (`<blockquote>`).
    case quote
    /// Preformatted text or code.
    case preformatted
    /// One subtitle cue (SRT, WebVTT); consecutive cues flow into each other, since a
    /// sentence may continue on the next cue.
    case subtitleCue
    /// A footnote or endnote.
    case note
    /// A page of a PDF (pdftotext's layout), divided further by the segmenter.
    case page
}

import BitextCore
import CBitextHTML

/// Reads HTML with libxml2's forgiving parser (honouring the page's declared charset) into
/// blocks, and marks the page's furniture as boilerplate with `BoilerplateClassifier`.
public struct HTMLReader: DocumentReader {
    public var format: InputFormat { .html }
    /// The encoding the user named (`--encoding`), which overrules the page's byte-order mark
    /// and `<meta charset>`; `nil` to go by them.
    public let encoding: String?

    public init(encoding: String? = nil) {
        self.encoding = encoding
    }

    public func blocks(of bytes: [UInt8]) throws(ReadingError) -> [TextBlock] {
        let page = try Self.parse(bytes, encoding: encoding)
        let labels = BoilerplateClassifier(page: page).boilerplateFlags()
        return zip(page.blocks, labels).map { block, isBoilerplate in
            TextBlock(text: block.text, kind: block.kind, isBoilerplate: isBoilerplate, byteRange: block.byteRange)
        }
    }

    /// The page's elements and text blocks, before classification; in `forcedEncoding` when
    /// the user named one.
    static func parse(_ bytes: [UInt8], encoding forcedEncoding: String? = nil) throws(ReadingError) -> HTMLPage {
        let collector = HTMLPageCollector()
        guard !bytes.isEmpty else { return collector.page }
        if let forcedEncoding, !CharacterEncoding.isUTF8(forcedEncoding) {
            // ICU decodes (strictly, as for text files); libxml2 then parses UTF-8, and the
            // blocks' offsets are in that UTF-8, as they are for any page not in UTF-8.
            let utf8 = try HTMLCharset.decoded(bytes, encoding: forcedEncoding)
            guard Self.walk(HTMLCharset.prepared(utf8, encoding: "UTF-8"), encoding: "UTF-8", collector: collector) == 0 else {
                throw ReadingError("libxml2 could not parse this HTML")
            }
            collector.flush()
            return collector.page
        }
        if forcedEncoding == nil, let detected = HTMLCharset.detectedUndeclared(bytes) {
            // No byte-order mark, no charset declared, not UTF-8: ICU's detector, as for a
            // text file, rather than the web's default windows-1252 for every such page
            // (a GBK or windows-1251 page saved without its HTTP headers).
            guard Self.walk(HTMLCharset.prepared(detected, encoding: "UTF-8"), encoding: "UTF-8", collector: collector) == 0 else {
                throw ReadingError("libxml2 could not parse this HTML")
            }
            collector.flush()
            return collector.page
        }
        var encoding = forcedEncoding == nil ? HTMLCharset.encoding(of: bytes) : "UTF-8"
        var status = Self.walk(HTMLCharset.prepared(bytes, encoding: encoding), encoding: encoding, collector: collector)
        if status != 0 {
            // An encoding libxml2 does not know: read the bytes as the web's default.
            encoding = "windows-1252"
            collector.reset()
            status = Self.walk(bytes, encoding: encoding, collector: collector)
        }
        guard status == 0 else { throw ReadingError("libxml2 could not parse this HTML") }
        collector.flush()
        return collector.page
    }

    private static func walk(_ bytes: [UInt8], encoding: String, collector: HTMLPageCollector) -> Int32 {
        let context = Unmanaged.passUnretained(collector).toOpaque()
        return bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { characters in
                encoding.withCString { name in
                    bitext_html_walk(characters.baseAddress, characters.count, name, { context, kind, name, text, length, _, offset in
                        let collector = Unmanaged<HTMLPageCollector>.fromOpaque(context!).takeUnretainedValue()
                        let string = text.map { UnsafeRawBufferPointer(start: $0, count: length) }
                        switch kind {
                        case Int32(BITEXT_HTML_START):
                            collector.start(name.map { String(cString: $0) } ?? "", attributes: string, offset: offset)
                        case Int32(BITEXT_HTML_END):
                            collector.end(name.map { String(cString: $0) } ?? "", offset: offset)
                        default:
                            if let string { collector.text(string, offset: offset) }
                        }
                    }, context)
                }
            }
        }
    }
}

/// An HTML page as the classifier sees it: its element tree (parents only) and its blocks.
struct HTMLPage {
    /// An element that was open while text was read.
    struct Element {
        var name: String
        /// The element's parent, or -1.
        var parent: Int
        /// Lower-case words of its class, id and role attributes (split at `-`, `_`, spaces, case changes).
        var nameWords: [Substring]
        /// Hidden by `hidden` or an inline `display:none`.
        var isHidden: Bool
        /// The kind its nearest telling ancestor-or-self gives the text in it.
        var kind: BlockKind
    }

    /// A block of text with what the classifier needs to know about it.
    struct Block {
        var text: String
        var kind: BlockKind
        /// The innermost element open when the block ended: its owner.
        var element: Int
        /// Characters of text inside links.
        var linkCharacters: Int
        var byteRange: Range<Int>
    }

    var elements: [Element] = []
    var blocks: [Block] = []
}

/// Builds an `HTMLPage` from the parser's events: text is gathered until a block-level
/// element opens or closes (or two `<br>` in a row), then becomes a block.
final class HTMLPageCollector {
    private(set) var page = HTMLPage()
    private var stack: [Int] = []
    private var buffer: [UInt8] = []
    private var linkBytes = 0
    private var openLinks = 0
    private var skipped = 0
    private var breaks = 0
    private var blockStart: Int?
    private var lastOffset = 0
    private var pendingSpace = false
    private var textEnd = 0

    func reset() {
        page = HTMLPage()
        stack = []; buffer = []; linkBytes = 0; openLinks = 0; skipped = 0; breaks = 0; blockStart = nil; lastOffset = 0; textEnd = 0
        pendingSpace = false
    }

    /// Elements whose content is not text a reader sees.
    static let skippedElements: Set<String> = ["script", "style", "noscript", "template", "svg", "head", "title", "iframe",
                                               "object", "canvas", "math", "select", "option", "datalist", "textarea"]
    /// Elements that start and end a block.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "button", "label", "input", "img", "video", "audio", "picture",
    ]

    func start(_ name: String, attributes: UnsafeRawBufferPointer?, offset: Int) {
        let attributeText = attributes.map { String(decoding: $0, as: UTF8.self) } ?? ""
        if Self.blockElements.contains(name) { flush() }
        if name == "br" {
            breaks += 1
            if breaks >= 2 { flush() } else if !buffer.isEmpty { buffer.append(0x0A); pendingSpace = false }
        }
        let hidden = attributeText.contains("display-none")
        let parent = stack.last ?? -1
        page.elements.append(HTMLPage.Element(name: name, parent: parent, nameWords: Self.nameWords(attributeText), isHidden: hidden,
                                              kind: Self.kind(of: name) ?? (parent >= 0 ? page.elements[parent].kind : .paragraph)))
        stack.append(page.elements.count - 1)
        if Self.skippedElements.contains(name) { skipped += 1 }
        if name == "a" { openLinks += 1 }
        lastOffset = offset
    }

    func end(_ name: String, offset: Int) {
        guard let position = stack.lastIndex(where: { page.elements[$0].name == name }) else { return }
        if Self.blockElements.contains(name) || stack[position...].contains(where: { Self.blockElements.contains(page.elements[$0].name) }) {
            flush()
        }
        for element in stack[position...].reversed() {
            let closing = page.elements[element].name
            if Self.skippedElements.contains(closing) { skipped -= 1 }
            if closing == "a" { openLinks -= 1 }
        }
        stack.removeSubrange(position...)
        lastOffset = offset
    }

    func text(_ bytes: UnsafeRawBufferPointer, offset: Int) {
        defer { lastOffset = offset }
        guard skipped == 0 else { return }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            // ASCII white space and U+00A0 (C2 A0) collapse to one space.
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                pendingSpace = true
                index += 1
                continue
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                pendingSpace = true
                index += 2
                continue
            }
            if buffer.isEmpty {
                // The parser reports a text run once it has read it: the run ends at `offset`.
                blockStart = blockStart ?? max(0, offset - (bytes.count - index))
            } else if pendingSpace, buffer.last != 0x0A {
                buffer.append(0x20)
                if openLinks > 0 { linkBytes += 1 }
            }
            pendingSpace = false
            breaks = 0
            buffer.append(byte)
            if openLinks > 0, byte & 0xC0 != 0x80 { linkBytes += 1 }
            index += 1
            textEnd = offset
        }
    }

    /// Ends the current block, if it has text: its range runs from its first text run to its last.
    func flush() {
        defer {
            buffer.removeAll(keepingCapacity: true)
            linkBytes = 0; blockStart = nil; pendingSpace = false
        }
        while buffer.last == 0x0A || buffer.last == 0x20 { buffer.removeLast() }
        guard !buffer.isEmpty, let owner = stack.last else { return }
        let text = String(decoding: buffer, as: UTF8.self)
        let start = blockStart ?? lastOffset
        let end = max(start, textEnd)
        page.blocks.append(HTMLPage.Block(text: text, kind: page.elements[owner].kind, element: owner,
                                          linkCharacters: min(linkBytes, text.count), byteRange: start..<end))
    }

    /// The kind an element gives the text in it, if it tells one.
    private static func kind(of name: String) -> BlockKind? {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6": .heading
        case "li", "dt", "dd": .listItem
        case "td", "th": .tableCell
        case "figcaption", "caption": .caption
        case "blockquote": .quote
        case "pre": .preformatted
        case "p", "div", "article", "section", "main", "body": .paragraph
        default: nil
        }
    }

    /// The words of class and id attributes: "site-nav__item", "mainMenu" → site nav item main menu.
    static func nameWords(_ attributes: String) -> [Substring] {
        guard !attributes.isEmpty else { return [] }
        var words: [Substring] = []
        var split = ""
        var previousLower = false
        for character in attributes {
            if character.isUppercase, previousLower { split.append(" ") }
            previousLower = character.isLowercase
            split.append(character.isLetter || character.isNumber ? Character(character.lowercased()) : " ")
        }
        for word in split.split(separator: " ") where word.count >= 2 { words.append(word) }
        return words
    }
}

import BitextCore

/// A piece of a document that a reader found (a paragraph, a heading, a table cell, a
/// subtitle cue): sentences never cross it, unless it flows into the next one.
public struct SegmentationBlock: Sendable, Hashable {
    /// The block's text; a line break inside it is treated as in plain text.
    public var text: String
    /// Whether a sentence may continue into the next block (subtitle cues: a sentence often
    /// spans two cues). Otherwise the block ends a paragraph.
    public var flowsIntoNext: Bool

    public init(text: String, flowsIntoNext: Bool = false) {
        self.text = text
        self.flowsIntoNext = flowsIntoNext
    }
}

extension Segmenter {
    /// The sentences of a document given as blocks, each with the index of the block it
    /// starts in. Each block is a paragraph of its own for the segmenter (so it is a
    /// `Sentence.paragraph` and starts a `Sentence.block`), except that a block that flows
    /// into the next is joined to it by a space (by a line break before a "- " dialogue line).
    /// Sentences' byte ranges are offsets in the blocks' texts joined that way.
    public func segment(blocks: [SegmentationBlock]) -> [(sentence: Sentence, block: Int)] {
        var joined: [UInt8] = []
        var starts: [Int] = []
        for (index, block) in blocks.enumerated() {
            let text = block.text.utf8.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
            guard !text.isEmpty else { starts.append(joined.count); continue }
            if index > 0, !joined.isEmpty {
                if blocks[index - 1].flowsIntoNext {
                    joined.append(text.first == UInt8(ascii: "-") ? 0x0A : 0x20)
                } else {
                    joined.append(contentsOf: [0x0A, 0x0A])
                }
            }
            starts.append(joined.count)
            joined.append(contentsOf: text)
        }
        let sentences = segment(InputText(String(decoding: joined, as: UTF8.self)))
        var result: [(sentence: Sentence, block: Int)] = []
        result.reserveCapacity(sentences.count)
        var block = 0
        for sentence in sentences {
            while block + 1 < starts.count, starts[block + 1] <= sentence.byteRange.lowerBound { block += 1 }
            result.append((sentence, block))
        }
        return result
    }
}

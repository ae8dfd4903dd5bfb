import BitextSegmentation
import Testing

@Suite struct BlockSegmentationTests {
    @Test func eachBlockIsAParagraph() throws {
        let segmenter = try Segmenter(language: "en")
        // Without the block boundary the title would run into the first sentence.
        let found = segmenter.segment(blocks: [SegmentationBlock(text: "Tram news"),
                                               SegmentationBlock(text: "The line opens in May. It has twelve stops."),
                                               SegmentationBlock(text: "Tickets cost two euros.")])
        #expect(found.map(\.sentence.text) == ["Tram news", "The line opens in May.", "It has twelve stops.", "Tickets cost two euros."])
        #expect(found.map(\.block) == [0, 1, 1, 2])
        #expect(found.map(\.sentence.paragraph) == [0, 1, 1, 2])
        #expect(Set(found.map(\.sentence.block)).count == 3)
    }

    @Test func flowingBlocksLetASentenceContinue() throws {
        let segmenter = try Segmenter(language: "en")
        let found = segmenter.segment(blocks: [SegmentationBlock(text: "The last ferry leaves", flowsIntoNext: true),
                                               SegmentationBlock(text: "at half past nine. If you miss it,", flowsIntoNext: true),
                                               SegmentationBlock(text: "you sleep on the island.", flowsIntoNext: true),
                                               SegmentationBlock(text: "- Tickets?\n- In my bag.")])
        #expect(found.map(\.sentence.text) == ["The last ferry leaves at half past nine.", "If you miss it, you sleep on the island.",
                                               "- Tickets?", "- In my bag."])
        #expect(found.map(\.block) == [0, 1, 3, 3])
    }

    @Test func blankBlocksAreSkipped() throws {
        let segmenter = try Segmenter(language: "fr")
        let found = segmenter.segment(blocks: [SegmentationBlock(text: "  "), SegmentationBlock(text: "Bonjour."), SegmentationBlock(text: "")])
        #expect(found.map(\.sentence.text) == ["Bonjour."])
        #expect(found.map(\.block) == [1])
    }
}

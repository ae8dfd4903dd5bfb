/// Numbered and lettered lists run together in one block ("1. The first item 2. The
/// second item"): each item is a sentence, and the period of a marker ends nothing.
///
/// A list is recognised only when the block starts with a marker and the following
/// markers count up from it (1, 2, 3… or a, b, c…) with the same punctuation.
struct ListMarkers {
    /// Where items after the first start.
    private(set) var itemStarts: [Int] = []
    /// Where the text of each item starts, just past its marker and the space after it.
    private(set) var itemBodies: Set<Int> = []

    private struct Marker: Equatable {
        var bullet: UInt16?
        var isLetter: Bool
        var value: Int
        var closing: [UInt16]
        var bodyStart: Int

        func continues(_ previous: Marker) -> Bool {
            bullet == previous.bullet && isLetter == previous.isLetter && closing == previous.closing
                && value == previous.value + 1
        }
    }

    init(text: UnsafeBufferPointer<UInt16>, block: Range<Int>) {
        guard var previous = Self.marker(at: block.lowerBound, in: text, block: block) else { return }
        itemBodies.insert(previous.bodyStart)
        var position = previous.bodyStart
        while position < block.upperBound {
            defer { position += 1 }
            guard UTF16Text.isSpace(text[position - 1]),
                  let marker = Self.marker(at: position, in: text, block: block), marker.continues(previous)
            else { continue }
            itemStarts.append(position)
            itemBodies.insert(marker.bodyStart)
            previous = marker
            position = marker.bodyStart - 1
        }
    }

    private static let bullets: Set<UInt16> = [0x2022, 0x2043, 0x2D, 0x2A, 0xB7]

    /// Parses "• 9. ", "1.) ", "2) ", "a. " at `position`.
    private static func marker(at position: Int, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>) -> Marker? {
        var index = position
        var bullet: UInt16?
        if index < block.upperBound, bullets.contains(text[index]) {
            bullet = text[index]
            index += 1
            while index < block.upperBound && text[index] == 0x20 { index += 1 }
        }
        var value = 0, digits = 0
        while index < block.upperBound, digits < 3, (0x30...0x39).contains(text[index]) {
            value = value * 10 + Int(text[index] - 0x30)
            digits += 1
            index += 1
        }
        let isLetter = digits == 0
        if isLetter {
            guard index < block.upperBound, (0x61...0x7A).contains(text[index]) else { return nil }
            value = Int(text[index] - 0x61)
            index += 1
        }
        var closing: [UInt16] = []
        while index < block.upperBound, closing.count < 2, text[index] == 0x2E || text[index] == 0x29 {
            closing.append(text[index])
            index += 1
        }
        guard closing == [0x2E] || closing == [0x29] || closing == [0x2E, 0x29],
              index < block.upperBound, UTF16Text.isSpace(text[index])
        else { return nil }
        while index < block.upperBound && UTF16Text.isSpace(text[index]) { index += 1 }
        return Marker(bullet: bullet, isLetter: isLetter, value: value, closing: closing, bodyStart: index)
    }
}

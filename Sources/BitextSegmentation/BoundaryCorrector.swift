/// Corrects ICU's sentence boundaries inside one block of text (a paragraph, or a line
/// with hard line breaks), using rules measured on the shared gold sets and the
/// per-language word lists.
struct BoundaryCorrector {
    let data: LanguageData

    /// A place where a sentence may end after . ? ! or …
    private struct Candidate {
        /// First code unit of the terminator run (". . ." counts one dot at a time).
        var terminatorStart: Int
        /// Just past the terminator run.
        var terminatorEnd: Int
        /// Just past the closing quotes and brackets that follow it.
        var contentEnd: Int
        /// Where the next sentence would start: past the closers and white space.
        var nextStart: Int
    }

    private enum Verdict {
        case keep
        case drop
        /// The sentence ends elsewhere: a new sentence starts at this position instead.
        case startAt(Int)
    }

    private enum WordShape { case upper, lower, digit, other }

    /// The positions where sentences start inside `block`, apart from the block's start.
    ///
    /// - Parameters:
    ///   - text: the whole document in UTF-16.
    ///   - block: the block's range in `text`, trimmed of white space.
    ///   - icuBoundaries: ICU's boundaries inside the block, in increasing order.
    func sentenceStarts(in text: UnsafeBufferPointer<UInt16>, block: Range<Int>, icuBoundaries: [Int]) -> [Int] {
        var icuTerminatorEnds = Set<Int>()
        var starts: [Int] = []
        for boundary in icuBoundaries where boundary > block.lowerBound && boundary < block.upperBound {
            var end = boundary
            while end > block.lowerBound && (UTF16Text.isSpace(text[end - 1]) || UTF16Text.isCloser(text[end - 1])) {
                end -= 1
            }
            if end > block.lowerBound, UTF16Text.isTerminator(text[end - 1]) {
                icuTerminatorEnds.insert(end)
            } else {
                starts.append(boundary)  // after a terminator these rules do not know (。, ؟, ।…)
            }
        }
        let list = ListMarkers(text: text, block: block)
        starts.append(contentsOf: list.itemStarts)

        var openQuotes = 0  // « and “ opened and not yet closed in the current sentence
        var index = block.lowerBound
        while index < block.upperBound {
            defer { index += 1 }
            let unit = text[index]
            if unit == 0xAB || unit == 0x201C {
                openQuotes += 1
            } else if unit == 0xBB || unit == 0x201D {
                openQuotes = max(0, openQuotes - 1)
            }
            guard UTF16Text.isTerminator(unit),
                  index + 1 == block.upperBound || !UTF16Text.isTerminator(text[index + 1])
            else { continue }
            var start = index
            while start > block.lowerBound && UTF16Text.isTerminator(text[start - 1]) { start -= 1 }
            let candidate = followers(ofTerminator: start..<(index + 1), in: text, block: block,
                                      closesDetachedQuote: openQuotes > 0)
            guard candidate.nextStart < block.upperBound, !list.itemBodies.contains(candidate.nextStart) else { continue }
            switch verdict(candidate, in: text, block: block, icuBreaks: icuTerminatorEnds.contains(index + 1)) {
            case .keep:
                starts.append(candidate.nextStart)
                openQuotes = 0
            case .drop:
                break
            case .startAt(let position):
                starts.append(position)
                openQuotes = 0
            }
        }
        return Array(Set(starts)).sorted()
    }

    /// Finds the closers and white space after a terminator run, and where the next
    /// sentence would start. With `closesDetachedQuote` (the sentence has an open « or “),
    /// a closing mark after a space still belongs to it ("signifie « pièce. » Les").
    private func followers(ofTerminator run: Range<Int>, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>,
                           closesDetachedQuote: Bool) -> Candidate {
        var contentEnd = run.upperBound
        while contentEnd < block.upperBound && UTF16Text.isCloser(text[contentEnd]) { contentEnd += 1 }
        while true {
            var next = contentEnd
            while next < block.upperBound && UTF16Text.isSpace(text[next]) { next += 1 }
            if closesDetachedQuote, next > contentEnd, next < block.upperBound, UTF16Text.isClosingOnly(text[next]),
               next + 1 == block.upperBound || UTF16Text.isSpace(text[next + 1]) || UTF16Text.isCloser(text[next + 1]) {
                contentEnd = next + 1
                while contentEnd < block.upperBound && UTF16Text.isCloser(text[contentEnd]) { contentEnd += 1 }
                continue
            }
            return Candidate(terminatorStart: run.lowerBound, terminatorEnd: run.upperBound,
                             contentEnd: contentEnd, nextStart: next)
        }
    }

    private func verdict(_ candidate: Candidate, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>, icuBreaks: Bool) -> Verdict {
        let (shape, word) = firstWord(at: candidate.nextStart, in: text, block: block)
        let terminator = text[candidate.terminatorStart..<candidate.terminatorEnd]
        let dots = terminator.count(where: { $0 == 0x2E })
        let isEllipsis = terminator.contains(0x2026) || dots >= 3
        // "search?q=", "Jane.Doe", "Yahoo!in": a sentence end needs white space after it,
        // except after an ellipsis ("region...This operation").
        if candidate.nextStart == candidate.contentEnd, !(isEllipsis && shape == .upper) { return .drop }
        // Two dots are informal punctuation inside a sentence ("the best.. Italian music").
        if dots == 2 && terminator.count == 2 { return .drop }
        let closed = candidate.contentEnd > candidate.terminatorEnd
        if terminator.contains(0x3F) || terminator.contains(0x21), !isEllipsis {
            switch shape {
            case .upper: return .keep
            case .lower:
                // '"What?" asks Winston', "Yahoo! in": the sentence goes on; "grow up? india?": it ends.
                let token = tokenBefore(candidate.terminatorEnd, in: text, block: block)
                return closed || data.names.contains(token) ? .drop : .keep
            case .digit: return .drop
            case .other: return icuBreaks ? .keep : .drop
            }
        }
        if isEllipsis {
            return ellipsisVerdict(candidate, shape: shape, text: text, block: block, icuBreaks: icuBreaks)
        }
        let token = tokenBefore(candidate.terminatorStart, in: text, block: block)
        if token.isEmpty, let spaced = spacedEllipsisStart(before: candidate.terminatorStart, in: text, block: block) {
            guard shape == .upper else { return .drop }
            if spaced.attachedToWord {
                // A period, then a spaced ellipsis ("compounds. . . . The"): the period ends
                // the sentence and the ellipsis opens the next one.
                let afterPeriod = spaced.firstDot + 1
                return .startAt(afterPeriod + whitespace(after: afterPeriod, in: text, block: block))
            }
            // ". . . ." is an ellipsis and a period; ". . ." alone marks an omission inside a sentence.
            return spaced.dots >= 4 ? .keep : .drop
        }
        return periodVerdict(token: token, closed: closed, shape: shape, word: word, icuBreaks: icuBreaks)
    }

    private func periodVerdict(token: String, closed: Bool, shape: WordShape, word: String, icuBreaks: Bool) -> Verdict {
        if data.titles.contains(token) { return .drop }
        let isAbbreviation = data.abbreviations.contains(token) || Self.looksLikeAbbreviation(token)
        if shape == .digit, isAbbreviation || data.beforeNumbers.contains(token) {
            return .drop
        }
        let isOrdinal = data.hasOrdinalNumbers && !token.isEmpty && token.allSatisfy(\.isASCII) && token.allSatisfy(\.isNumber)
        if isAbbreviation || isOrdinal {
            // "U.S. Government" but "the U.S. How about you?"; "Jonas E. Smith" but "you and I. Did".
            return shape == .upper && data.starters.contains(word) ? .keep : .drop
        }
        switch shape {
        // "lundi prochain. on s'y retrouve", "douteuses. 200 vols": the gold sets split there,
        // but not in 'This is great." she said'.
        case .upper, .digit: return .keep
        case .lower: return closed ? .drop : .keep
        case .other: return icuBreaks ? .keep : .drop
        }
    }

    private func ellipsisVerdict(_ candidate: Candidate, shape: WordShape, text: UnsafeBufferPointer<UInt16>,
                                 block: Range<Int>, icuBreaks: Bool) -> Verdict {
        // "[...]" and "(…)" mark an omission inside a sentence.
        let start = candidate.terminatorStart, end = candidate.terminatorEnd
        if start > block.lowerBound, end < block.upperBound,
           (text[start - 1] == 0x5B && text[end] == 0x5D) || (text[start - 1] == 0x28 && text[end] == 0x29) {
            return .drop
        }
        switch shape {
        case .upper: return .keep
        case .lower: return .drop
        case .digit, .other: return icuBreaks ? .keep : .drop
        }
    }

    /// The word the terminator is attached to: back to white space or opening punctuation.
    private func tokenBefore(_ position: Int, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>) -> String {
        var start = position
        while start > block.lowerBound, !UTF16Text.isSpace(text[start - 1]), !UTF16Text.isBracketOrQuote(text[start - 1]) {
            start -= 1
        }
        return text.string(start..<position)
    }

    /// For a lone dot after a space, the run of space-separated dots it closes
    /// (". . ."), if it has at least three; `attachedToWord` when the first dot touches a word.
    private func spacedEllipsisStart(before position: Int, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>)
        -> (firstDot: Int, dots: Int, attachedToWord: Bool)? {
        var firstDot = position, dots = 1
        while firstDot - 2 >= block.lowerBound, text[firstDot - 1] == 0x20, text[firstDot - 2] == 0x2E {
            firstDot -= 2
            dots += 1
        }
        guard dots >= 3 else { return nil }
        let attached = firstDot > block.lowerBound && !UTF16Text.isSpace(text[firstDot - 1])
        return (firstDot, dots, attached)
    }

    private func whitespace(after position: Int, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>) -> Int {
        var end = position
        while end < block.upperBound && UTF16Text.isSpace(text[end]) { end += 1 }
        return end - position
    }

    /// The shape of the first word at `position` (past opening punctuation) and the word
    /// itself, with an elided article's apostrophe kept ("L'").
    private func firstWord(at position: Int, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>) -> (WordShape, String) {
        var start = position
        while start < block.upperBound, start < position + 4,
              UTF16Text.isOpener(text[start]) || UTF16Text.isSpace(text[start]) {
            start += 1
        }
        guard start < block.upperBound, let first = text.scalar(at: start) else { return (.other, "") }
        let properties = first.properties
        let shape: WordShape
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter {
            shape = .upper
        } else if properties.isLowercase {
            shape = .lower
        } else if properties.numericType != nil {
            shape = .digit
        } else {
            return (.other, "")
        }
        var end = start
        while end < block.upperBound, let scalar = text.scalar(at: end), scalar.properties.isAlphabetic {
            end += scalar.utf16.count
        }
        var word = text.string(start..<end)
        if end + 1 < block.upperBound, text[end] == 0x27 || text[end] == 0x2019,
           text.scalar(at: end + 1)?.properties.isAlphabetic == true {
            word += "'"
        }
        return (shape, word)
    }

    /// A single letter ("E", "p") or letter groups of one or two joined by periods
    /// ("U.S", "a.m", "H.R.F", "LL.AA.II.RR").
    static func looksLikeAbbreviation(_ token: String) -> Bool {
        let groups = token.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isLetter) }) else { return false }
        return groups.count > 1 || groups[0].count == 1
    }
}

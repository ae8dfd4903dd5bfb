import Algorithms
import BitextLanguage

/// Corrects ICU's sentence boundaries inside one block of text (a paragraph, or a line
/// with hard line breaks), using rules measured on the shared gold sets and the
/// per-language word lists.
struct BoundaryCorrector {
    let data: LanguageData
    /// Whether the language puts spaces between words (and sentences).
    let usesSpaces: Bool
    /// The language's sentence marks, opening-only and closing quotes and brackets, as UTF-16
    /// code units (marks outside the BMP are left out; none are known).
    let sentenceMarks: Set<UInt16>
    let openersOnly: Set<UInt16>
    let closers: Set<UInt16>

    init(language: Language, data: LanguageData) {
        self.data = data
        usesSpaces = language.usesSpaces
        func units(_ marks: [Character]) -> Set<UInt16> {
            Set(marks.compactMap { $0.utf16.count == 1 ? $0.utf16.first : nil })
        }
        let pairs = language.quotePairs + language.bracketPairs
        sentenceMarks = units(language.sentenceFinalMarks)
        closers = units(pairs.map(\.close))
        openersOnly = units(pairs.map(\.open)).subtracting(closers)
    }

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
        var icuTerminatorEnds: [Int] = []  // increasing
        var starts: [Int] = []
        for boundary in icuBoundaries where boundary > block.lowerBound && boundary < block.upperBound {
            var end = boundary
            while end > block.lowerBound && (UTF16Text.isSpace(text[end - 1]) || UTF16Text.isCloser(text[end - 1])) {
                end -= 1
            }
            if end > block.lowerBound, UTF16Text.isTerminator(text[end - 1]) {
                icuTerminatorEnds.append(end)
            } else if let start = icuStart(at: boundary, in: text, block: block) {
                starts.append(start)  // after a terminator these rules do not know (。, ؟, ।…)
            }
        }
        let list = ListMarkers(text: text, block: block)
        starts.append(contentsOf: list.itemStarts)

        var nextICUEnd = 0  // index into icuTerminatorEnds
        var openQuotes = 0  // « and “ opened and not yet closed in the current sentence
        var index = block.lowerBound
        while index < block.upperBound {
            defer { index += 1 }
            let unit = text[index]
            // Only terminators (. ? ! …), the semicolon and the quotes counted below matter;
            // everything else, most of any text, is passed with one test: a bit mask below
            // U+0040, five values above.
            if unit < 0x40 {
                if (Self.asciiCandidates >> UInt64(unit)) & 1 == 0 { continue }
            } else if unit != 0xAB && unit != 0xBB && unit != 0x201C && unit != 0x201D && unit != 0x2026 {
                continue
            }
            if unit == 0xAB || unit == 0x201C {
                openQuotes += 1
            } else if unit == 0xBB || unit == 0x201D {
                openQuotes = max(0, openQuotes - 1)
            }
            if unit == 0x3B {
                if let start = sentenceStart(afterSemicolonAt: index, in: text, block: block) {
                    starts.append(start)
                    openQuotes = 0
                }
                continue
            }
            guard UTF16Text.isTerminator(unit),
                  index + 1 == block.upperBound || !UTF16Text.isTerminator(text[index + 1])
            else { continue }
            var start = index
            while start > block.lowerBound && UTF16Text.isTerminator(text[start - 1]) { start -= 1 }
            let candidate = followers(ofTerminator: start..<(index + 1), in: text, block: block,
                                      closesDetachedQuote: openQuotes > 0)
            guard candidate.nextStart < block.upperBound, !list.itemBodies.contains(candidate.nextStart) else { continue }
            while nextICUEnd < icuTerminatorEnds.count && icuTerminatorEnds[nextICUEnd] < index + 1 { nextICUEnd += 1 }
            let icuBreaks = nextICUEnd < icuTerminatorEnds.count && icuTerminatorEnds[nextICUEnd] == index + 1
            switch verdict(candidate, in: text, block: block, icuBreaks: icuBreaks) {
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
        return Self.sortedUnique(starts)
    }

    /// The ASCII units below U+0040 that `sentenceStarts` looks at, as bits: ! . ; ?
    private static let asciiCandidates: UInt64 = 1 << 0x21 | 1 << 0x2E | 1 << 0x3B | 1 << 0x3F

    /// `starts` in increasing order without repeats; most blocks give them so already (one
    /// start, or none), and are returned as they are, without a sort or a set.
    private static func sortedUnique(_ starts: [Int]) -> [Int] {
        if zip(starts, starts.dropFirst()).allSatisfy({ $0 < $1 }) { return starts }
        var sorted = starts.sorted()
        var kept = 0
        for index in sorted.indices where kept == 0 || sorted[index] != sorted[kept - 1] {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }

    /// Where a sentence starts at an ICU boundary after a mark the word-list rules do not
    /// know (。！？, ؟, ।…), or `nil` when it does not start there. ICU counts every quotation
    /// mark as closing, so in text without spaces it ends “走吧。”他说。“好的！” after the
    /// opening “ of the next sentence: the boundary goes back before an opening-only mark
    /// of the language. And in Japanese 「行こう。」と言った the particle after the closing
    /// quote continues the sentence (`LanguageData.quoteContinuations`).
    private func icuStart(at boundary: Int, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>) -> Int? {
        var start = boundary
        while start > block.lowerBound + 1, openersOnly.contains(text[start - 1]) { start -= 1 }
        if start < boundary { return start }
        guard data.quoteContinuations.longestEntry > 0 else { return boundary }
        var end = boundary
        while end > block.lowerBound, UTF16Text.isSpace(text[end - 1]) { end -= 1 }
        let closersEnd = end
        while end > block.lowerBound, closers.contains(text[end - 1]) { end -= 1 }
        guard end < closersEnd, end > block.lowerBound, sentenceMarks.contains(text[end - 1]) else { return boundary }
        for length in 1...data.quoteContinuations.longestEntry where boundary + length <= block.upperBound {
            let word = String(decoding: UnsafeBufferPointer(rebasing: text[boundary..<(boundary + length)]), as: UTF16.self)
            if data.quoteContinuations.contains(word) { return nil }
        }
        return boundary
    }

    /// A semicolon followed by a capitalised sentence starter ends a sentence ("; Il").
    private func sentenceStart(afterSemicolonAt index: Int, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>) -> Int? {
        let next = index + 1 + whitespace(after: index + 1, in: text, block: block)
        guard next > index + 1, next < block.upperBound else { return nil }
        let (shape, wordStart) = firstWord(at: next, in: text, block: block)
        guard shape == .upper, wordStart == next, data.starters.contains(word(at: next, in: text, block: block)) else {
            return nil
        }
        return next
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
        let (shape, wordStart) = firstWord(at: candidate.nextStart, in: text, block: block)
        let terminator = text[candidate.terminatorStart..<candidate.terminatorEnd]
        let dots = terminator.count(where: { $0 == 0x2E })
        let endsInQuestionOrExclamation = terminator.last == 0x3F || terminator.last == 0x21
        let isEllipsis = !endsInQuestionOrExclamation && (terminator.contains(0x2026) || dots >= 3)
        // Without spaces between sentences (Chinese, Japanese, Thai), ICU's rules decide.
        if !usesSpaces, candidate.nextStart == candidate.contentEnd { return icuBreaks ? .keep : .drop }
        // "search?q=", "Jane.Doe", "Yahoo!in": a sentence end needs white space after it,
        // except after an ellipsis ("region...This operation").
        if candidate.nextStart == candidate.contentEnd, !(isEllipsis && shape == .upper) { return .drop }
        // Two dots: an abbreviation's period and the sentence's ("Inc.. On"), or informal
        // punctuation; a capital after them starts a sentence.
        if dots == 2 && terminator.count == 2 {
            return shape == .upper || (shape != .lower && icuBreaks) ? .keep : .drop
        }
        let closed = candidate.contentEnd > candidate.terminatorEnd
        if terminator.contains(0x3F) || terminator.contains(0x21), !isEllipsis {
            switch shape {
            case .upper: return .keep
            case .lower:
                // '"What?" asks Winston', "Yahoo! in": the sentence goes on; "grow up? india?": it ends.
                let token = tokenBefore(candidate.terminatorEnd, in: text, block: block)
                return closed || contains(token, in: data.names, text: text) ? .drop : .keep
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
        return periodVerdict(token: token, closed: closed, shape: shape, wordStart: wordStart, text: text, block: block,
                             icuBreaks: icuBreaks)
    }

    private func periodVerdict(token whole: Range<Int>, closed: Bool, shape: WordShape, wordStart: Int,
                               text: UnsafeBufferPointer<UInt16>, block: Range<Int>, icuBreaks: Bool) -> Verdict {
        let token = Self.withoutElision(whole, in: text)
        if contains(token, in: data.titles, text: text) { return .drop }
        let isAbbreviation = Self.looksLikeAbbreviation(text[token]) || contains(token, in: data.abbreviations, text: text)
        if shape == .digit, isAbbreviation || contains(token, in: data.beforeNumbers, text: text) {
            return .drop
        }
        // A year ends a sentence before a capital as any word does ("rođen je 1990. Ivan je…",
        // "im Jahr 1990. Peter kam"): ordinals of four digits are rare ("der 1000. Besucher"),
        // years at a sentence end common; before a lower-case word it is still an ordinal
        // ("1848. március 15-én").
        let isOrdinal = data.hasOrdinalNumbers && !token.isEmpty && text[token].allSatisfy { (0x30...0x39).contains($0) }
            && !(token.count == 4 && shape == .upper)
        if isAbbreviation || isOrdinal {
            // "U.S. Government" but "the U.S. How about you?"; "Jonas E. Smith" but "you and I. Did".
            guard shape == .upper else { return .drop }
            let next = word(at: wordStart, in: text, block: block)
            // No number is the ordinal of a title: "w sali nr 3. Prof. Nowak przyszedł"
            // (an abbreviation may be: "z.B. Dr. Müller").
            if isOrdinal && !isAbbreviation && data.titles.contains(next) { return .keep }
            return data.starters.contains(next) ? .keep : .drop
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

    /// Where the word the terminator is attached to starts: back to white space or opening
    /// punctuation.
    private func tokenBefore(_ position: Int, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>) -> Range<Int> {
        var start = position
        while start > block.lowerBound, !UTF16Text.isSpace(text[start - 1]), !UTF16Text.isBracketOrQuote(text[start - 1]) {
            start -= 1
        }
        return start..<position
    }

    /// `token` without an elided article or preposition before it ("l'Av", "d'art", "qu'env"),
    /// whose lists hold the word alone: the part after an apostrophe that follows one to
    /// three letters, when two letters or more follow it (not "didn't", "12's").
    private static func withoutElision(_ token: Range<Int>, in text: UnsafeBufferPointer<UInt16>) -> Range<Int> {
        guard token.count >= 4 else { return token }
        for position in (token.lowerBound + 1)..<min(token.lowerBound + 4, token.upperBound - 2)
        where text[position] == 0x27 || text[position] == 0x2019 {
            guard text[token.lowerBound..<position].allSatisfy({ Unicode.Scalar($0)?.properties.isAlphabetic == true }) else { return token }
            return (position + 1)..<token.upperBound
        }
        return token
    }

    /// Whether the text of `token` is in `list`; a token longer than every entry is not
    /// even turned into a string.
    private func contains(_ token: Range<Int>, in list: WordList, text: UnsafeBufferPointer<UInt16>) -> Bool {
        token.count <= list.longestEntry && list.contains(text.string(token))
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

    /// The shape of the first word at `position` (past opening punctuation), and where it
    /// starts.
    private func firstWord(at position: Int, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>) -> (WordShape, Int) {
        var start = position
        while start < block.upperBound, start < position + 4,
              UTF16Text.isOpener(text[start]) || UTF16Text.isSpace(text[start]) {
            start += 1
        }
        guard start < block.upperBound else { return (.other, start) }
        switch text[start] {
        case 0x41...0x5A: return (.upper, start)
        case 0x61...0x7A: return (.lower, start)
        case 0x30...0x39: return (.digit, start)
        case 0..<0x80: return (.other, start)
        default: break
        }
        guard let first = text.scalar(at: start) else { return (.other, start) }
        let properties = first.properties
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return (.upper, start) }
        if properties.isLowercase { return (.lower, start) }
        if properties.numericType != nil { return (.digit, start) }
        return (.other, start)
    }

    /// The word starting at `start`, with an elided article's apostrophe kept ("L'").
    private func word(at start: Int, in text: UnsafeBufferPointer<UInt16>, block: Range<Int>) -> String {
        var end = start
        while end < block.upperBound, let scalar = text.scalar(at: end), scalar.properties.isAlphabetic {
            end += scalar.utf16.count
        }
        var word = text.string(start..<end)
        if end + 1 < block.upperBound, text[end] == 0x27 || text[end] == 0x2019,
           text.scalar(at: end + 1)?.properties.isAlphabetic == true {
            word += "'"
        }
        return word
    }

    /// A single letter ("E", "p") or letter groups of one or two joined by periods
    /// ("U.S", "a.m", "H.R.F", "LL.AA.II.RR").
    static func looksLikeAbbreviation(_ token: Slice<UnsafeBufferPointer<UInt16>>) -> Bool {
        guard !token.isEmpty, token.count <= 24 else { return false }
        var groups = 0, groupLength = 0
        for unit in token {
            if unit == 0x2E {
                guard groupLength > 0 else { return false }
                groups += 1
                groupLength = 0
            } else {
                guard isLetter(unit), groupLength < 2 else { return false }
                groupLength += 1
            }
        }
        guard groupLength > 0 else { return false }
        return groups > 0 || groupLength == 1
    }

    /// A letter of the Basic Multilingual Plane (surrogates count as not letters here).
    private static func isLetter(_ unit: UInt16) -> Bool {
        switch unit {
        case 0x41...0x5A, 0x61...0x7A: true
        case 0..<0x80, 0xD800..<0xE000: false
        default: Unicode.Scalar(unit)?.properties.isAlphabetic ?? false
        }
    }
}

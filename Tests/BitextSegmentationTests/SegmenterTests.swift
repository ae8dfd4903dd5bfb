import BitextCore
import BitextSegmentation
import Testing

@Suite struct SegmenterTests {
    @Test func blankLinesEndSentencesAndNumberParagraphs() throws {
        let segmenter = try Segmenter(language: "en", lineBreaks: .soft)
        let result = segmenter.segment("A title without a stop\n\nFirst one. Second\none.\n \n\nLast")
        #expect(result.map(\.text) == ["A title without a stop", "First one.", "Second one.", "Last"])
        #expect(result.map(\.paragraph) == [0, 1, 1, 2])
    }

    @Test func lineBreakModes() throws {
        let text = "Menu\nHome\nThis sentence is wrapped over two lines of text that are\nabout as long as each other. It ends here."
        #expect(try sentences(text, "en", lineBreaks: .soft)
            == ["Menu Home This sentence is wrapped over two lines of text that are about as long as each other.", "It ends here."])
        #expect(try sentences(text, "en", lineBreaks: .hard)
            == ["Menu", "Home", "This sentence is wrapped over two lines of text that are", "about as long as each other.", "It ends here."])
        // auto: the short lines stand alone, the wrapped lines join.
        #expect(try sentences(text, "en", lineBreaks: .auto)
            == ["Menu", "Home", "This sentence is wrapped over two lines of text that are about as long as each other.", "It ends here."])
    }

    @Test func autoModeKeepsWebBoilerplateApart() throws {
        let page = "Recherche\nVous aimez notre site ?\n(230 K)\nDerniers Articles\nLoading...\nLoading..."
        #expect(try sentences(page, "fr")
            == ["Recherche", "Vous aimez notre site ?", "(230 K)", "Derniers Articles", "Loading...", "Loading..."])
    }

    @Test func autoModeStartsASentenceAtEachListItem() throws {
        let text = """
            The plan has three stages, which the council set out in a long report on Monday:
            - moving water pipes and cables under Quay Street, from June 2025;
            - laying the track and building the depot at Kerlouan Farm;
            2) testing the trams, with the first passengers expected in spring 2028.
            """
        #expect(try sentences(text, "en") == [
            "The plan has three stages, which the council set out in a long report on Monday:",
            "- moving water pipes and cables under Quay Street, from June 2025;",
            "- laying the track and building the depot at Kerlouan Farm;",
            "2) testing the trams, with the first passengers expected in spring 2028.",
        ])
    }

    @Test func narrowParagraphsBreakBeforeCapitalsOnly() throws {
        // A comment form: every field starts with a capital, so each stands alone.
        let form = "Laisser un commentaire\nVotre nom\nVotre adresse e-mail (elle ne sera pas publiée)\nVotre commentaire\nEnvoyer"
        #expect(try sentences(form, "fr").count == 5)
        // Prose wrapped at 40 columns still joins where a line goes on in lower case.
        let prose = "The council met on Monday to discuss the\nnew tram line, which will run from the\nharbour to the station. It will open in\n2028."
        #expect(try sentences(prose, "en")
            == ["The council met on Monday to discuss the new tram line, which will run from the harbour to the station.",
                "It will open in 2028."])
    }

    @Test func blocksNumberParagraphsAndLinesThatStandAlone() throws {
        let segmenter = try Segmenter(language: "en")
        let result = segmenter.segment("Menu\nHome\n\nFirst one. Second one.\n\nLast")
        #expect(result.map(\.text) == ["Menu", "Home", "First one.", "Second one.", "Last"])
        #expect(result.map(\.paragraph) == [0, 0, 1, 1, 2])
        #expect(result.map(\.block) == [0, 1, 2, 2, 3])
    }

    @Test func byteRangesSliceTheInput() throws {
        let text = "Première phrase… Deuxième 😀\r\nphrase. Suite\r\n\r\n« Troisième » phrase ? Oui. "
        let input = InputText(text)
        let result = try Segmenter(language: "fr", lineBreaks: .soft).segment(input)
        #expect(result.count == 5)
        for sentence in result {
            let slice = String(decoding: input.utf8[sentence.byteRange], as: UTF8.self)
            #expect(slice.replacingOccurrences(of: "\r\n", with: " ") == sentence.text)
        }
        #expect(result[1].text == "Deuxième 😀 phrase.")
    }

    @Test func byteRangesCountAByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("One. Two.".utf8)
        let result = try Segmenter(language: "en").segment(InputText(decoding: bytes))
        #expect(result.map(\.byteRange) == [3..<7, 8..<12])
        #expect(result.map(\.text) == ["One.", "Two."])
    }

    @Test func nulBytesAndOtherLineBreaksBecomeSpaces() throws {
        let input = try InputText(decoding: Array("One\u{0}two. Three\u{2028}four.\u{85}Five.".utf8))
        let result = try Segmenter(language: "en", lineBreaks: .soft).segment(input)
        #expect(result.map(\.text) == ["One two.", "Three four.", "Five."])
    }

    /// Every kind of break, inside runs of eight ASCII bytes and more (read eight at a time)
    /// and next to tabs and other controls below U+000E that are no break, and after
    /// characters of two, three and four bytes: each line its own sentence in `hard` mode,
    /// form feed and paragraph separator ending paragraphs, NUL a space.
    @Test func everyBreakIsFoundWhereverItIs() throws {
        let text = "Seventeen letters\tand a tab.\r\nA line after CR LF.\u{0B}Après VT.\u{85}Après NEL, très bien.\u{2028}"
            + "Après LS 😀.\u{0C}New paragraph after FF.\u{2029}Another after PS\u{0}and a NUL inside it.\nLast\u{07}line."
        let result = try Segmenter(language: "en", lineBreaks: .hard).segment(text)
        #expect(result.map(\.text) == ["Seventeen letters\tand a tab.", "A line after CR LF.", "Après VT.", "Après NEL, très bien.",
                                       "Après LS 😀.", "New paragraph after FF.", "Another after PS and a NUL inside it.", "Last\u{07}line."])
        #expect(result.map(\.paragraph) == [0, 0, 0, 0, 0, 1, 2, 2])
    }

    @Test func unknownLanguagesAreRefused() {
        #expect(throws: SegmenterError.unknownLanguage("xx")) { try Segmenter(language: "xx") }
        #expect(throws: SegmenterError.unknownLanguage("")) { try Segmenter(language: "") }
        #expect(SegmenterError.unknownLanguage("xx").description == "unknown language code 'xx'")
    }

    @Test func regionalTagsUseTheLanguageLists() throws {
        #expect(try sentences("Le Dr. Martin est venu.", "fr-CA") == ["Le Dr. Martin est venu."])
        #expect(try sentences("Dr. Smith came.", "en_GB") == ["Dr. Smith came."])
    }

    @Test func threadsDoNotChangeTheResult() throws {
        let paragraph = "Le Dr. Martin arrive… Il a 4 000 € ! « Vraiment ? » Oui.\r\nEt puis 😀 rien. M. Durand part.\n\n"
        let text = String(repeating: paragraph, count: 30_000)  // about 2.4 million UTF-16 code units
        let sequential = try Segmenter(language: "fr")
        sequential.maximumThreads = 1
        let parallel = try Segmenter(language: "fr")
        parallel.maximumThreads = 4
        let expected = sequential.segment(text)
        #expect(expected.count == 30_000 * 6)
        #expect(parallel.segment(text) == expected)
        #expect(expected.last?.byteRange.upperBound == text.utf8.count - 2)
        #expect(expected.last?.paragraph == 29_999)
    }

    @Test func autoModeSplitsALongOneSentencePerLineParagraphAsHardModeDoes() throws {
        // The usual corpus layout: one sentence per line, no blank line, lines of every length
        // (some short for the paragraph, some about as long as the longest).
        let padding = ["", "quite ", "rather more slowly ", "with a good deal of care and ", "after a long and tiring day at the office, "]
        let lines = (0..<20_000).map { number in
            "Sentence \(number) was written \(padding[number % padding.count])by Ann."
        }
        let text = lines.joined(separator: "\n") + "\n"
        let hard = try sentences(text, "en", lineBreaks: .hard)
        #expect(hard == lines)
        #expect(try sentences(text, "en", lineBreaks: .auto) == hard)
    }

    @Test func longParagraphWithoutBreaks() throws {
        let text = String(repeating: "word ", count: 200_000) + "end."
        let result = try Segmenter(language: "en").segment(text)
        #expect(result.count == 1)
        #expect(result[0].byteRange == 0..<text.utf8.count)
    }
}

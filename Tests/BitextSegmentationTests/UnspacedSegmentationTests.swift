import BitextLanguage
import BitextSegmentation
import Testing

/// Languages written without spaces between sentences: Chinese and Japanese end sentences
/// at full-width marks, Thai at none (see the README's segmentation section).
@Suite struct UnspacedSegmentationTests {
    @Test func chineseEndsAtFullWidthMarks() throws {
        #expect(try sentences("你好。我很好！你呢？", "zh") == ["你好。", "我很好！", "你呢？"])
        #expect(try sentences("价格是3.5元。明天见。", "zh") == ["价格是3.5元。", "明天见。"])
        // ASCII marks with no space after them, as in careless Chinese typing.
        #expect(try sentences("你好?我很好!谢谢。", "zh") == ["你好?", "我很好!", "谢谢。"])
        // An ellipsis alone does not end a sentence for ICU.
        #expect(try sentences("他想了想……然后走了。", "zh") == ["他想了想……然后走了。"])
    }

    @Test func aWrappedLineJoinsWithoutASpaceWhereTheTextHasNone() throws {
        // Text wrapped at a fixed width: the break inside a sentence stands for nothing
        // between Chinese, Japanese or Thai characters (and their full-width punctuation),
        // and for a space next to Latin letters or Korean, which is written with spaces.
        #expect(try sentences("我们今天下午\n去公园散步，\n然后回家。明天见。", "zh", lineBreaks: .soft) == ["我们今天下午去公园散步，然后回家。", "明天见。"])
        #expect(try sentences("吾輩は猫で\r\nある。", "ja", lineBreaks: .soft) == ["吾輩は猫である。"])
        #expect(try sentences("ฉันชอบกิน\nข้าวผัด", "th", lineBreaks: .soft) == ["ฉันชอบกินข้าวผัด"])
        #expect(try sentences("我买了一部iPhone\n手机。", "zh", lineBreaks: .soft) == ["我买了一部iPhone 手机。"])
        #expect(try sentences("오늘은 날씨가\n좋습니다.", "ko", lineBreaks: .soft) == ["오늘은 날씨가 좋습니다."])
        #expect(try sentences("The river rose\nby a metre.", "en", lineBreaks: .soft) == ["The river rose by a metre."])
    }

    @Test func chineseClosingQuotesStayWithTheirSentence() throws {
        #expect(try sentences("他说：“我们走吧。”然后走了。", "zh") == ["他说：“我们走吧。”", "然后走了。"])
        #expect(try sentences("他說：「走吧。」我們就走了。", "zh-TW") == ["他說：「走吧。」", "我們就走了。"])
    }

    @Test func chineseOpeningQuotesStartTheNextSentence() throws {
        // ICU counts “ as closing and would end the second sentence after it ("他说。“").
        #expect(try sentences("“我们走吧。”他说。“好的！”", "zh") == ["“我们走吧。”", "他说。", "“好的！”"])
        #expect(try sentences("天黑了。《红楼梦》很长。（完）", "zh") == ["天黑了。", "《红楼梦》很长。", "（完）"])
    }

    @Test func japaneseEndsAtFullWidthMarksAndClosingQuotes() throws {
        #expect(try sentences("今日は晴れです！本当？はい。", "ja") == ["今日は晴れです！", "本当？", "はい。"])
        #expect(try sentences("『吾輩は猫である。』名前はまだ無い。", "ja") == ["『吾輩は猫である。』", "名前はまだ無い。"])
        #expect(try sentences("次の文です．最後の文。", "ja") == ["次の文です．", "最後の文。"])
    }

    @Test func japaneseQuotativeParticleContinuesTheSentence() throws {
        #expect(try sentences("「行こう。」と彼は言った。雨だった。", "ja") == ["「行こう。」と彼は言った。", "雨だった。"])
        #expect(try sentences("「本当？」って聞いた。", "ja") == ["「本当？」って聞いた。"])
        // Without the particle the quote is a sentence of its own.
        #expect(try sentences("「行こう。」彼は立った。", "ja") == ["「行こう。」", "彼は立った。"])
        // Without a stop inside, the quote was never a candidate.
        #expect(try sentences("彼は「はい」と言った。", "ja") == ["彼は「はい」と言った。"])
    }

    @Test func thaiSentencesEndOnlyAtParagraphsLinesAndASCIIMarks() throws {
        // A space separates Thai sentences but also clauses: neither ICU nor Bitext breaks there.
        #expect(try sentences("วันนี้อากาศดีมาก ฉันจะไปตลาด", "th") == ["วันนี้อากาศดีมาก ฉันจะไปตลาด"])
        #expect(try sentences("วันนี้อากาศดีมาก\n\nฉันจะไปตลาด", "th") == ["วันนี้อากาศดีมาก", "ฉันจะไปตลาด"])
        #expect(try sentences("วันนี้อากาศดีมาก\nฉันจะไปตลาด", "th", lineBreaks: .hard) == ["วันนี้อากาศดีมาก", "ฉันจะไปตลาด"])
        #expect(try sentences("วันนี้อากาศดีมาก. ฉันจะไปตลาด!", "th") == ["วันนี้อากาศดีมาก.", "ฉันจะไปตลาด!"])
    }

    @Test func thaiAndLaoLinesAreSentencesEvenWhenTheyLookWrapped() throws {
        // Lines of about the same length, long enough to pass for wrapped prose in English:
        // with no mark to end them, a Thai or Lao sentence per line would otherwise all
        // run into one, joined without a space.
        let thai = ["เมื่อวานนี้ฉันไปตลาดกับแม่และซื้อผลไม้หลายอย่าง", "วันนี้อากาศดีมากเราจึงตัดสินใจไปเดินเล่นที่สวนสาธารณะ"]
        #expect(try sentences(thai.joined(separator: "\n"), "th") == thai)
        let lao = ["ມື້ວານນີ້ຂ້ອຍໄປຕະຫຼາດກັບແມ່ແລະຊື້ໝາກໄມ້ຫຼາຍຢ່າງ", "ມື້ນີ້ອາກາດດີຫຼາຍພວກເຮົາຈຶ່ງໄປຍ່າງຫຼິ້ນຢູ່ສວນສາທາລະນະ"]
        #expect(try sentences(lao.joined(separator: "\r\n"), "lo") == lao)
        // Chinese lines of the same kind are wrapped prose: its sentences end with marks.
        let chinese = "我们今天下午和朋友们一起去公园散步，看了很多美丽的花和高大的树，\n然后在湖边的小餐馆吃了一顿很好吃的晚饭，最后很晚才回家休息。"
        #expect(try sentences(chinese, "zh").count == 1)
        // `soft` still joins them, as the user asked.
        #expect(try sentences(thai.joined(separator: "\n"), "th", lineBreaks: .soft) == [thai.joined()])
    }

    @Test func spacedLanguagesKeepTheirQuotes() throws {
        // „…“ in German: “ closes, so nothing moves.
        #expect(try sentences("Er rief: „Komm mit!“ Dann ging er.", "de") == ["Er rief: „Komm mit!“", "Dann ging er."])
        #expect(try sentences("Il a dit : « Viens. » Puis il est parti.", "fr") == ["Il a dit : « Viens. »", "Puis il est parti."])
    }

    @Test func segmenterTakesALanguage() throws {
        let language = try Language("ja")
        let segmenter = try Segmenter(language: language)
        #expect(segmenter.language == language)
        #expect(segmenter.segment("「行こう。」と言った。はい。").map(\.text) == ["「行こう。」と言った。", "はい。"])
        #expect(try Segmenter(language: "pt_BR").language.code == "pt-BR")
    }
}

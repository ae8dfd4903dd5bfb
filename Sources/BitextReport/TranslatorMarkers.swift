/// The cue words that mark translation credits and translator's notes, for every language
/// in one place.
///
/// Why here and not in the language profiles: translators mix conventions (a French web
/// copy may carry "T/N", a German one "N.d.T."), so every marker is looked for whatever the
/// target language is; one list is simpler to extend than a section in each profile. Add a
/// language's markers below, lowercased.
enum TranslatorMarkers {
    /// Words that open a credit line: `Traduction : Claire Dubois`, `Source : Antimedia`,
    /// `Traduction SLT`. They count when followed by a colon, by one of `creditLinks`
    /// ("Translated by"), or when the line is a short one with no sentence end.
    static let creditWords: Set<String> = [
        // English
        "translation", "translated", "translator", "translators", "source", "sources", "original",
        // French
        "traduction", "traduit", "traductrice", "traducteur", "traducteurs",
        // German
        "übersetzung", "übersetzt", "übersetzer", "übersetzerin", "quelle", "quellen", "originalartikel",
        // Spanish, Portuguese, Italian
        "traducción", "traducido", "traductor", "traductora", "fuente", "fuentes",
        "tradução", "traduzido", "tradutor", "tradutora", "fonte", "fontes",
        "traduzione", "tradotto", "traduttore", "traduttrice",
        // Dutch, Russian
        "vertaling", "vertaald", "vertaler", "bron", "bronnen", "перевод", "переведено", "переводчик", "источник",
    ]

    /// Words that, after a credit word, make it a credit even with no colon ("translated by").
    static let creditLinks: Set<String> = ["by", "par", "de", "von", "aus", "por", "da", "di", "door", "uit", "с"]

    /// Translator's note markers, matched anywhere in a sentence, lowercased, where they are
    /// not inside a longer word ("ndt" is not found in "Brandt").
    static let noteMarkers: [String] = [
        // English
        "[tn]", "[t/n]", "t/n", "tn:", "(tn", "[t.n.]", "(t.n.)", "translator's note", "translator’s note", "translators' note",
        // French
        "ndt", "n.d.t", "n. d. t.", "ndlt", "note du traducteur", "note de la traductrice", "note du trad",
        // German
        "anm. d. übers", "anm. d. ü.", "anmerkung des übersetzers", "anmerkung der übersetzerin", "a. d. ü.",
        // Spanish, Portuguese, Italian
        "n. del t.", "n. de la t.", "n. del t", "nota del traductor", "nota de la traductora",
        "n. do t.", "n. da t.", "nota do tradutor", "nota da tradutora", "nota del traduttore", "n.d.tr.",
        // Dutch, Russian
        "noot van de vertaler", "n.v.d.v.", "прим. пер", "примечание переводчика",
    ]

    /// Whether `text` holds a translator's note marker.
    static func containsNoteMarker(_ text: String) -> Bool {
        let lowered = Array(text.lowercased())
        return noteMarkers.contains { contains(Array($0), in: lowered) }
    }

    /// Whether `lowered` has `marker` with no letter glued to either end it starts or ends
    /// with a letter.
    private static func contains(_ marker: [Character], in lowered: [Character]) -> Bool {
        guard !marker.isEmpty, marker.count <= lowered.count else { return false }
        var start = 0
        while start + marker.count <= lowered.count {
            if lowered[start] == marker[0], lowered[start..<start + marker.count].elementsEqual(marker) {
                let before = start > 0 ? lowered[start - 1] : " "
                let end = start + marker.count
                let after = end < lowered.count ? lowered[end] : " "
                if !(marker.first!.isLetter && before.isLetter) && !(marker.last!.isLetter && after.isLetter) { return true }
            }
            start += 1
        }
        return false
    }

    /// Whether `text` is a credit line: a credit word first (after dashes, bullets or an
    /// opening bracket), then a colon, a linking word, or nothing more than a short name.
    static func isCredit(_ text: String, words: [Substring], endsSentence: Bool) -> Bool {
        guard words.count <= 20 else { return false }
        let trimmed = text.drop { !$0.isLetter }
        let word = trimmed.prefix { $0.isLetter || $0 == "’" || $0 == "'" }
        guard creditWords.contains(word.lowercased()) else { return false }
        let rest = trimmed.dropFirst(word.count).drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
        if rest.first == ":" { return true }
        let next = rest.prefix { $0.isLetter }.lowercased()
        if creditLinks.contains(next) { return true }
        return !endsSentence && words.count <= 6
    }
}

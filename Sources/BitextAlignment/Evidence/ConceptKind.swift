/// The kinds of evidence that survive translation, one per source, with their weights
/// relative to a rare cognate. Each is found by its own piece of `Evidence/`; the aligner
/// only adds up weighted concepts, so a new kind is one case here and one finder there.
enum ConceptKind: UInt8 {
    /// Numbers in any digits, in Han numerals and in words (`NumberEvidence`, `NumberWords`).
    case number
    /// URLs, e-mail addresses and hashtags (`AddressEvidence`).
    case address
    /// Capitalised words, and names read across scripts (`NameEvidence`).
    case name
    /// Words that share their first letters once folded to ASCII (`CognateEvidence`).
    case cognate
    /// Punctuation that corresponds across scripts (`PunctuationEvidence`).
    case punctuation
    /// Word translations learned from the pair itself (`TranslationEvidence`, `Lexicon`).
    case translation
    /// Word translations from a bilingual dictionary (`TranslationEvidence`).
    case dictionary

    var weight: Float {
        switch self {
        case .number, .address: 3
        case .name: 1.5
        case .cognate: 1
        case .punctuation: 0.4
        case .translation: 1.2
        // Half a learned translation: measured with the installed dictionaries (strict F1,
        // none / 0.3 / 0.6 / 1.2): Text+Berg 0.8389 / 0.8402 / 0.8446 / 0.8249, TransRead
        // 0.8452 / 0.8476 / 0.8496 / 0.8526, aca-en-zh 0.9859 / 0.9845 / 0.9869 / 0.9869,
        // Bible zh–en 0.9557 / 0.9533 / 0.9507 / 0.9483.
        case .dictionary: 0.6
        }
    }
}

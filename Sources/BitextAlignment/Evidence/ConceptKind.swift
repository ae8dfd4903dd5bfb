/// The kinds of evidence that survive translation, one per source (their weights are in
/// `AlignerConfiguration`). Each is found by its own piece of `Evidence/`; the aligner
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

}

/// What `LanguageIdentifier` found: a language and how sure it is.
public struct LanguageIdentification: Sendable, Equatable {
    /// The language's primary code in BCP 47 ("en", "fr", "zh", "he"): what a language
    /// option of the command line is compared with.
    public var language: String
    /// The share of the text's letters in that language, 0 to 1.
    public var confidence: Double
    /// Whether the identification is reliable: the language is well ahead of the next
    /// one, on enough text. Only reliable answers should overrule what a user declared.
    public var isReliable: Bool

    /// Creates an identification.
    public init(language: String, confidence: Double, isReliable: Bool) {
        self.language = language
        self.confidence = confidence
        self.isReliable = isReliable
    }
}

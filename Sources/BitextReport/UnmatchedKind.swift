/// What a sentence with no counterpart most likely is, so that a reader (or a CI job) can
/// tell the translator's real omissions and additions from the site chrome a web copy
/// carries: menus and forms drown the one missing sentence otherwise.
public enum UnmatchedKind: String, Sendable, CaseIterable, Equatable {
    /// A source sentence with no translation.
    case omission
    /// A target sentence the translator added (none of the kinds below).
    case addition
    /// A target sentence still in the source language.
    case untranslated
    /// A translator's note ("NdT", "[TN]", "Anm. d. Übers.", …).
    case note
    /// A translation or source credit ("Traduction : …", "Source : …", "Translated by …").
    case credit
    /// Site chrome: menus, form fields, "Loading...", dates, bylines, share lines; or a
    /// block the document's reader marked as boilerplate.
    case boilerplate

    /// Whether sentences of this kind count in the content-only figures: boilerplate and
    /// credits are not the translator's work on the text, so they do not.
    public var isContent: Bool { self != .boilerplate && self != .credit }
}

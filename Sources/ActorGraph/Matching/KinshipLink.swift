/// "X, son of Y", "نجله", "ابنه صدام": a kinship the text states, for `son_of` edges.
public struct KinshipLink: Sendable, Hashable {
    public var son: String
    public var father: String
    public var sentence: Int
    /// Token range of the kinship words (for evidence).
    public var tokenStart: Int
    public var tokenEnd: Int
}

/// The mentions of a document and the kinships it states.
public struct MentionSet: Sendable {
    public var mentions: [Mention]
    public var kinship: [KinshipLink]
}

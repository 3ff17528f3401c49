/// One place an article names an actor.
public struct Mention: Sendable, Hashable, Codable {
    /// The actor's id.
    public var actor: String
    /// Unicode scalar offsets of the matched words in the decoded article (clitics excluded).
    public var start: Int
    public var end: Int
    /// Index of the sentence it is in.
    public var sentence: Int
    /// Token indices `tokenStart..<tokenEnd` in the document.
    public var tokenStart: Int
    public var tokenEnd: Int
    /// How the words name the actor.
    public var role: NameRole
    /// The proclitics stripped from the first word (`و`, `ب`, `لل` ...), empty for none.
    public var prefix: String
    /// The matched text as written.
    public var text: String
}

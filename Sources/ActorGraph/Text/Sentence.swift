/// A sentence of an article: a range of its tokens.
public struct Sentence: Sendable, Hashable {
    /// Zero-based index in the article.
    public var index: Int
    /// Zero-based index of the paragraph it belongs to.
    public var paragraph: Int
    /// Token indices `tokenStart..<tokenEnd` into the document's tokens.
    public var tokenStart: Int
    public var tokenEnd: Int
    /// Unicode scalar offsets of the sentence in the original text.
    public var start: Int
    public var end: Int
}

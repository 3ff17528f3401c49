/// An article prepared for matching: its scalars, tokens, sentences and paragraphs.
public struct Document: Sendable {
    public let article: Article
    /// The decoded original text as Unicode scalars (offsets index into this).
    public let scalars: [Unicode.Scalar]
    public let tokens: [Token]
    public let sentences: [Sentence]

    public init(article: Article) {
        self.article = article
        self.scalars = Array(article.text.unicodeScalars)
        self.tokens = Tokenizer.tokenize(scalars)
        self.sentences = SentenceSplitter.split(tokens)
    }

    /// The original text between two scalar offsets.
    public func text(_ start: Int, _ end: Int) -> String {
        guard start < end, start >= 0, end <= scalars.count else { return "" }
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars[start..<end])
        return String(v)
    }

    /// The original text of a sentence, exactly as in the article.
    public func text(of sentence: Sentence) -> String { text(sentence.start, sentence.end) }
}

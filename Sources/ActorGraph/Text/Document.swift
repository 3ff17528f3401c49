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
        return String(unsafeUninitializedCapacity: (end - start) * 4) { buffer in
            var n = 0
            for i in start..<end {
                for b in UTF8.encode(scalars[i])! {
                    buffer[n] = b
                    n += 1
                }
            }
            return n
        }
    }

    /// The original text of a sentence, exactly as in the article.
    public func text(of sentence: Sentence) -> String { text(sentence.start, sentence.end) }
}

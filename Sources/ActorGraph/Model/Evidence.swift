/// The text that supports an edge: one sentence of one article.
public struct Evidence: Codable, Hashable, Sendable, Comparable {
    /// The article's path (or id for records without a path).
    public var article: String
    /// The article's date (`YYYY-MM-DD`), when known.
    public var date: String?
    /// The article's URL, when known.
    public var url: String?
    /// Zero-based index of the sentence in the article.
    public var sentenceIndex: Int
    /// The sentence as it stands in the original text.
    public var sentence: String
    /// The words that triggered the relation (empty for co-occurrence).
    public var trigger: String?
    /// Unicode scalar offsets of the sentence in the decoded article.
    public var start: Int
    public var end: Int
    /// Unicode scalar offsets of the trigger in the decoded article.
    public var triggerStart: Int?
    public var triggerEnd: Int?
    /// Who reports it, when the sentence says so ("according to ...").
    public var attribution: String?

    public init(article: String, date: String? = nil, url: String? = nil, sentenceIndex: Int, sentence: String,
                trigger: String? = nil, start: Int, end: Int, triggerStart: Int? = nil, triggerEnd: Int? = nil,
                attribution: String? = nil) {
        self.article = article
        self.date = date
        self.url = url
        self.sentenceIndex = sentenceIndex
        self.sentence = sentence
        self.trigger = trigger
        self.start = start
        self.end = end
        self.triggerStart = triggerStart
        self.triggerEnd = triggerEnd
        self.attribution = attribution
    }

    public static func < (a: Evidence, b: Evidence) -> Bool {
        if a.article != b.article { return a.article < b.article }
        if a.start != b.start { return a.start < b.start }
        if (a.triggerStart ?? -1) != (b.triggerStart ?? -1) { return (a.triggerStart ?? -1) < (b.triggerStart ?? -1) }
        return a.sentence < b.sentence
    }
}

/// One news article as read from an input: its decoded original text and metadata.
public struct Article: Sendable, Hashable, Codable {
    /// Where it came from: the input path, `path#N` for the Nth record of a JSON Lines file,
    /// or `-` for standard input.
    public var path: String
    /// The record's own id, when it has one.
    public var id: String?
    public var title: String?
    /// `YYYY-MM-DD`, when known (metadata or `--date`).
    public var date: String?
    public var url: String?
    public var source: String?
    /// The decoded original text (front matter and markup removed). Offsets in mentions and
    /// evidence are Unicode scalar offsets into this string.
    public var text: String

    public init(path: String, id: String? = nil, title: String? = nil, date: String? = nil,
                url: String? = nil, source: String? = nil, text: String) {
        self.path = path
        self.id = id
        self.title = title
        self.date = date
        self.url = url
        self.source = source
        self.text = text
    }
}

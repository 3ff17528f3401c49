/// One typed relation found in one article, with the evidence for it.
public struct Relation: Sendable, Hashable, Codable {
    public var article: String
    public var source: String
    public var target: String
    public var type: RelationType
    public var modality: Modality
    /// Who reports it, when the sentence says so.
    public var attribution: String?
    /// Every sentence of the article that states it.
    public var evidence: [Evidence]

    public var negated: Bool { modality.isNegated }

    /// The per-article identity: one relation per (source, target, type, modality).
    var key: String { "\(source)|\(target)|\(type.rawValue)|\(modality.rawValue)" }

    /// The relation as an edge of the network.
    public var edge: Edge { Edge(source: source, target: target, type: type, modality: modality, evidence: evidence) }
}

/// Everything extracted from one article.
public struct ArticleExtraction: Sendable {
    public var article: Article
    public var mentions: [Mention]
    public var relations: [Relation]
    /// Co-occurrence pairs (ids in order) with the sentences they share.
    public var cooccurrences: [Relation]
}

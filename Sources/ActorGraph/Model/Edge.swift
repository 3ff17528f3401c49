/// A typed edge between two actors with everything that supports it.
public struct Edge: Codable, Hashable, Sendable, Comparable {
    public var source: String
    public var target: String
    public var type: RelationType
    /// `asserted`, or the reason the relation does not hold.
    public var modality: Modality
    /// Evidence sentences, sorted by article and offset.
    public var evidence: [Evidence]

    /// True when the relation is not asserted (negated, denied, refused, conditional, ...).
    public var negated: Bool { modality.isNegated }

    /// Number of distinct articles that support the edge.
    public var weight: Int {
        // Evidence in a network is sorted by article: count the changes, no set needed.
        var count = 0
        var previous: String? = nil
        for e in evidence {
            guard let p = previous else { count = 1; previous = e.article; continue }
            if e.article == p { continue }
            if e.article < p { return Set(evidence.map(\.article)).count }  // not sorted
            count += 1
            previous = e.article
        }
        return count
    }

    /// Stable identity of the edge in the graph: `source|target|type|modality`.
    public var key: String { "\(source)|\(target)|\(type.rawValue)|\(modality.rawValue)" }

    public init(source: String, target: String, type: RelationType, modality: Modality = .asserted, evidence: [Evidence] = []) {
        if type.isSymmetric && target < source {
            self.source = target
            self.target = source
        } else {
            self.source = source
            self.target = target
        }
        self.type = type
        self.modality = modality
        self.evidence = evidence
    }

    public static func < (a: Edge, b: Edge) -> Bool {
        (a.source, a.target, a.type, a.modality) < (b.source, b.target, b.type, b.modality)
    }

    enum CodingKeys: String, CodingKey { case source, target, type, modality, negated, weight, cameo, evidence }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let negated = try c.decodeIfPresent(Bool.self, forKey: .negated) ?? false
        let modality = try c.decodeIfPresent(Modality.self, forKey: .modality) ?? (negated ? .negated : .asserted)
        self.init(source: try c.decode(String.self, forKey: .source),
                  target: try c.decode(String.self, forKey: .target),
                  type: try c.decode(RelationType.self, forKey: .type),
                  modality: modality,
                  evidence: try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(target, forKey: .target)
        try c.encode(type, forKey: .type)
        try c.encode(negated, forKey: .negated)
        try c.encode(modality, forKey: .modality)
        try c.encode(weight, forKey: .weight)
        try c.encode(type.cameo, forKey: .cameo)
        try c.encode(evidence, forKey: .evidence)
    }
}

/// The actor network: actors and typed edges, kept in a stable order.
///
/// Insertion order never matters: actors are kept sorted by id and edges by
/// (source, target, type, modality), and evidence for the same edge is merged and sorted,
/// so the same content always serialises and renders to the same bytes.
public struct ActorNetwork: Codable, Sendable, Equatable {
    public private(set) var actors: [Actor] = []
    public private(set) var edges: [Edge] = []

    public init() {}

    public init(actors: [Actor], edges: [Edge]) {
        for a in actors { add(a) }
        for e in edges { add(e) }
    }

    /// Looks an actor up by id (binary search).
    public func actor(_ id: String) -> Actor? {
        let i = actorIndex(id)
        return i < actors.count && actors[i].id == id ? actors[i] : nil
    }

    /// Adds an actor or replaces the one with the same id.
    public mutating func add(_ actor: Actor) {
        let i = actorIndex(actor.id)
        if i < actors.count && actors[i].id == actor.id { actors[i] = actor } else { actors.insert(actor, at: i) }
    }

    /// Adds an edge, merging its evidence into an existing edge with the same key.
    public mutating func add(_ edge: Edge) {
        var lo = 0, hi = edges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if edges[mid] < edge { lo = mid + 1 } else { hi = mid }
        }
        let incoming = Self.isStrictlyIncreasing(edge.evidence) ? edge.evidence : Array(Set(edge.evidence)).sorted()
        if lo < edges.count && edges[lo].key == edge.key {
            if let last = edges[lo].evidence.last, let first = incoming.first, last < first {
                edges[lo].evidence.append(contentsOf: incoming)  // already in order: no re-sort
            } else {
                var merged = Set(edges[lo].evidence)
                merged.formUnion(incoming)
                edges[lo].evidence = merged.sorted()
            }
        } else {
            var e = edge
            e.evidence = incoming
            edges.insert(e, at: lo)
        }
    }

    /// Sorted without duplicates already (evidence from the store or one article arrives so).
    static func isStrictlyIncreasing(_ evidence: [Evidence]) -> Bool {
        var i = 1
        while i < evidence.count {
            if !(evidence[i - 1] < evidence[i]) { return false }
            i += 1
        }
        return true
    }

    /// A network holding only the edges `keep` accepts and the actors they touch
    /// (plus every actor when `keepIsolated` is true).
    public func filtered(keepIsolated: Bool = false, _ keep: (Edge) -> Bool) -> ActorNetwork {
        var out = ActorNetwork()
        out.edges = edges.filter(keep)
        var used = Set<String>()
        for e in out.edges { used.insert(e.source); used.insert(e.target) }
        out.actors = actors.filter { keepIsolated || used.contains($0.id) }
        return out
    }

    private func actorIndex(_ id: String) -> Int {
        var lo = 0, hi = actors.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if actors[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    enum CodingKeys: String, CodingKey { case actors, edges }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(actors: try c.decodeIfPresent([Actor].self, forKey: .actors) ?? [],
                  edges: try c.decodeIfPresent([Edge].self, forKey: .edges) ?? [])
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(actors, forKey: .actors)
        try c.encode(edges, forKey: .edges)
    }
}

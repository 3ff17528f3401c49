/// Build-time slices of a network: a date window over the evidence, the neighbourhood of one
/// actor, and the best-connected actors. Pure functions of the network; applied in that
/// order by ``apply(_:)``.
public struct NetworkSlice: Sendable, Equatable {
    /// Keep only evidence dated on or after this day (`YYYY-MM-DD`).
    public var since: String?
    /// Keep only evidence dated on or before this day (`YYYY-MM-DD`).
    public var until: String?
    /// Keep only actors within `depth` edges of this actor (id).
    public var focus: String?
    public var depth: Int
    /// Keep only the `top` actors with the highest weighted degree.
    public var top: Int?

    public init(since: String? = nil, until: String? = nil, focus: String? = nil, depth: Int = 1, top: Int? = nil) {
        self.since = since
        self.until = until
        self.focus = focus
        self.depth = depth
        self.top = top
    }

    /// True when the slice keeps everything.
    public var isEmpty: Bool { since == nil && until == nil && focus == nil && top == nil }

    public func apply(_ network: ActorNetwork) -> ActorNetwork {
        var n = network
        if since != nil || until != nil { n = n.dated(since: since, until: until) }
        if let focus { n = n.neighbourhood(of: focus, depth: depth) }
        if let top { n = n.top(top) }
        return n
    }
}

extension ActorNetwork {
    /// Edges with only the evidence dated within `since...until` (inclusive, `YYYY-MM-DD`;
    /// either end open); evidence without a date is dropped, and so are edges left without
    /// evidence and actors left without edges.
    public func dated(since: String?, until: String?) -> ActorNetwork {
        var kept: [Edge] = []
        for var e in edges {
            e.evidence = e.evidence.filter { ev in
                guard let d = ev.date else { return false }
                if let since, d < since { return false }
                if let until, d > until { return false }
                return true
            }
            if !e.evidence.isEmpty { kept.append(e) }
        }
        return ActorNetwork(actors: actors, edges: kept).withoutIsolatedActors()
    }

    /// The actors within `depth` edges of `actor` (edges followed both ways, any type) and
    /// the edges among them. Empty when the network does not have `actor`.
    public func neighbourhood(of actor: String, depth: Int) -> ActorNetwork {
        guard self.actor(actor) != nil || edges.contains(where: { $0.source == actor || $0.target == actor }) else {
            return ActorNetwork()
        }
        var adjacent: [String: Set<String>] = [:]
        for e in edges {
            adjacent[e.source, default: []].insert(e.target)
            adjacent[e.target, default: []].insert(e.source)
        }
        var reached: Set<String> = [actor]
        var frontier: Set<String> = [actor]
        var level = 0
        while level < depth && !frontier.isEmpty {
            var next = Set<String>()
            for a in frontier { for b in adjacent[a] ?? [] where !reached.contains(b) { next.insert(b) } }
            reached.formUnion(next)
            frontier = next
            level += 1
        }
        return induced(by: reached, keeping: actor)
    }

    /// Weighted degree of every actor: the sum of the weights (distinct articles) of the
    /// edges it is an end of.
    public func weightedDegrees() -> [String: Int] {
        var degree: [String: Int] = [:]
        for a in actors { degree[a.id] = 0 }
        for e in edges {
            degree[e.source, default: 0] += e.weight
            if e.target != e.source { degree[e.target, default: 0] += e.weight }
        }
        return degree
    }

    /// The `n` actors with the highest weighted degree (ties broken by id) and the edges
    /// among them.
    public func top(_ n: Int) -> ActorNetwork {
        let degree = weightedDegrees()
        let ranked = degree.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return induced(by: Set(ranked.prefix(max(0, n)).map(\.key)))
    }

    /// The actors in `ids` and the edges between two of them; `keeping` stays even without edges.
    private func induced(by ids: Set<String>, keeping: String? = nil) -> ActorNetwork {
        let kept = edges.filter { ids.contains($0.source) && ids.contains($0.target) }
        var touched = Set<String>()
        for e in kept { touched.insert(e.source); touched.insert(e.target) }
        if let keeping { touched.insert(keeping) }
        return ActorNetwork(actors: actors.filter { touched.contains($0.id) }, edges: kept)
    }

    private func withoutIsolatedActors() -> ActorNetwork {
        var touched = Set<String>()
        for e in edges { touched.insert(e.source); touched.insert(e.target) }
        return ActorNetwork(actors: actors.filter { touched.contains($0.id) }, edges: edges)
    }
}

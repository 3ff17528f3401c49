import Foundation

/// What part of a network to draw or export.
public struct NetworkFilter: Sendable, Equatable {
    /// Relation types to keep (nil: all).
    public var types: Set<RelationType>? = nil
    /// Keep `co_occurs` edges.
    public var cooccurrence: Bool = true
    /// Keep relations that are not asserted (negated, refused, conditional ...).
    public var negated: Bool = false
    /// Minimum number of distinct articles behind an edge.
    public var minWeight: Int = 1

    public init(types: Set<RelationType>? = nil, cooccurrence: Bool = true, negated: Bool = false, minWeight: Int = 1) {
        self.types = types
        self.cooccurrence = cooccurrence
        self.negated = negated
        self.minWeight = minWeight
    }

    /// Parses a comma-separated list of relation type names (`visited,met`).
    public static func parseTypes(_ list: String) throws -> Set<RelationType> {
        var out = Set<RelationType>()
        for raw in list.split(separator: ",") {
            let name = raw.trimmingCharacters(in: .whitespaces)
            guard let t = RelationType(rawValue: name) else {
                throw ActorGraphError.usage("unknown relation type '\(name)' (available: \(RelationType.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            out.insert(t)
        }
        return out
    }

    /// Whether an edge passes the filter.
    public func keeps(_ e: Edge) -> Bool {
        if e.type == .coOccurs && !cooccurrence { return false }
        if let types, e.type != .coOccurs, !types.contains(e.type) { return false }
        if e.negated && !negated { return false }
        return e.weight >= minWeight
    }

    /// The part of `network` that passes.
    public func apply(_ network: ActorNetwork) -> ActorNetwork {
        network.filtered { keeps($0) }
    }
}

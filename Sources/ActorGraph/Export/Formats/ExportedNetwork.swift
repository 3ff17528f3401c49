/// The rows every export writes, derived once from an ``ActorNetwork``: one node per actor
/// plus one per edge end the actor list lacks (kind `unknown`, as the drawing shows it), and
/// one edge per network edge, in the network's own sorted order.
struct ExportedNetwork {
    struct Node {
        /// The actor id.
        var id: String
        /// `person`, `state`, `organisation`, or `unknown` for an end with no actor.
        var kind: String
        var nameAr: String?
        var nameEn: String?

        /// A display label: the English name, else the Arabic one, else the id.
        var label: String { nameEn ?? nameAr ?? id }
    }

    struct Edge {
        var edge: ActorGraph.Edge
        /// The edge's identity, `source|target|type|modality` (``Edge/key``).
        var key: String { edge.key }
        /// CAMEO codes joined by `,` (empty when the type has none).
        var cameo: String { edge.type.cameo.joined(separator: ",") }
        /// The distinct valid `YYYY-MM-DD` dates of the evidence articles, sorted.
        var dates: [String]
        var firstDate: String? { dates.first }
        var lastDate: String? { dates.last }
        /// The first evidence sentence (evidence is kept sorted by article and offset).
        var exampleSentence: String? { edge.evidence.first?.sentence }

        init(_ edge: ActorGraph.Edge) {
            self.edge = edge
            self.dates = Array(Set(edge.evidence.compactMap(\.date).filter(ExportedNetwork.isDate))).sorted()
        }
    }

    var nodes: [Node]
    var edges: [Edge]

    init(_ network: ActorNetwork) {
        var nodes = network.actors.map { a in
            Node(id: a.id, kind: a.kind.rawValue, nameAr: Self.nonEmpty(a.names[.ar]), nameEn: Self.nonEmpty(a.names[.en]))
        }
        var known = Set(nodes.map(\.id))
        for e in network.edges {
            for id in [e.source, e.target] where !known.contains(id) {
                known.insert(id)
                nodes.append(Node(id: id, kind: "unknown"))
            }
        }
        self.nodes = nodes.sorted { $0.id < $1.id }
        self.edges = network.edges.map(Edge.init)
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }

    /// True for a `YYYY-MM-DD` date (ASCII digits, month 01-12, day 01-31).
    static func isDate(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return false }
        for i in [0, 1, 2, 3, 5, 6, 8, 9] where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(u[i]) { return false }
        let month = Int(u[5] - 48) * 10 + Int(u[6] - 48), day = Int(u[8] - 48) * 10 + Int(u[9] - 48)
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// `VISITED`, `SOUGHT_SUPPORT`, `CO_OCCURS`: a relation type as a Neo4j relationship type.
    static func upperSnake(_ type: RelationType) -> String { type.rawValue.uppercased() }
}

/// Accumulates article extractions into an actor network: typed edges from relations (kept
/// with their modality, so negated ones can be shown or hidden) and `co_occurs` edges from
/// shared sentences. Order of `add` calls never changes the result.
public struct NetworkBuilder: Sendable {
    public let dictionary: ActorDictionary
    private var network = ActorNetwork()

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
    }

    /// Adds one article's relations and co-occurrences.
    public mutating func add(_ x: ArticleExtraction) {
        add(relations: x.relations + x.cooccurrences)
    }

    /// Adds relations (from extraction or from a store) as edges.
    public mutating func add(relations: [Relation]) {
        for r in relations {
            addActor(r.source)
            addActor(r.target)
            network.add(r.edge)
        }
    }

    private mutating func addActor(_ id: String) {
        guard network.actor(id) == nil else { return }
        if let e = dictionary.entry(id) {
            network.add(e.actor)
        } else {
            network.add(Actor(id: id, kind: .organisation, names: [.en: id]))
        }
    }

    /// The network built so far.
    public var result: ActorNetwork { network }
}

import ActorGraph
import ArgumentParser

/// Options choosing which edges are drawn and exported (`build`, `watch`).
struct FilterOptions: ParsableArguments {
    @Option(help: "Only these relation types (comma-separated, e.g. visited,met).")
    var types: String?

    @Option(name: .customLong("min-weight"), help: "Only edges backed by at least this many articles.")
    var minWeight: Int = 1

    @Flag(name: .customLong("no-cooccurrence"), help: "Leave co-occurrence edges out.")
    var noCooccurrence = false

    /// The filter these options describe; non-asserted relations are kept when they are drawn.
    func filter(showNegated: Bool) throws -> NetworkFilter {
        guard minWeight >= 1 else { throw ActorGraphError.usage("--min-weight must be at least 1") }
        var filter = NetworkFilter(cooccurrence: !noCooccurrence, negated: showNegated, minWeight: minWeight)
        if let types { filter.types = try NetworkFilter.parseTypes(types) }
        return filter
    }
}

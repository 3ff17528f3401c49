/// A data format an ``ActorNetwork`` can be exported to (beside the drawings Graphviz makes).
public enum ExportFormat: String, CaseIterable, Sendable {
    /// Node-link JSON, as networkx's `json_graph.node_link_graph(data, edges="links")` reads it.
    case json
    /// GraphML with typed, declared keys (networkx, Gephi, yEd, Cytoscape, igraph).
    case graphml
    /// GEXF 1.3, dynamic, with one spell per evidence date (Gephi's timeline).
    case gexf
    /// Three CSV files (nodes, edges, evidence) for `neo4j-admin database import` and spreadsheets.
    case csv
    /// One self-contained HTML report: the drawing, a legend, search, a type filter and the evidence.
    case html

    /// The usual file extension (without the dot).
    public var fileExtension: String { rawValue }

    /// The export format a path names by its extension (case-insensitive): `.json`, `.graphml`,
    /// `.gexf`, `.csv`, `.html` or `.htm`; nil for anything else.
    ///
    /// `*.gv.json` and `*.layout.json` are not exports: they stay Graphviz's layout JSON
    /// (``OutputFormat/json``), so this returns nil for them.
    public static func from(path: String) -> ExportFormat? {
        let name = String(path.split(separator: "/", omittingEmptySubsequences: false).last ?? "").lowercased()
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        let ext = name[name.index(after: dot)...]
        switch ext {
        case "json":
            let stem = name[..<dot]
            if stem.hasSuffix(".gv") || stem.hasSuffix(".layout") { return nil }
            return .json
        case "graphml": return .graphml
        case "gexf": return .gexf
        case "csv": return .csv
        case "html", "htm": return .html
        default: return nil
        }
    }
}

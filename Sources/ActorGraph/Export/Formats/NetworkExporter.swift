/// Writes an ``ActorNetwork`` in the data formats of ``ExportFormat``.
///
/// An export holds exactly the nodes and edges of the network it is given: apply the same
/// ``NetworkFilter`` as the drawing first. Edge ends that the actor list lacks become nodes of
/// kind `unknown`, as in the drawing. The same network always gives the same bytes.
public enum NetworkExporter {
    /// The files to write for `path` in `format`, each as (path, bytes); nothing is written.
    ///
    /// - `json`, `graphml`, `gexf`, `html`: one file, at `path`.
    /// - `csv`: three files next to `path`: `STEM.nodes.csv`, `STEM.edges.csv` and
    ///   `STEM.evidence.csv`, where STEM is `path` without a final `.csv` (`out/net.csv` and
    ///   `out/net` both give `out/net.nodes.csv`, `out/net.edges.csv`, `out/net.evidence.csv`).
    ///
    /// - Parameters:
    ///   - svg: the drawing for `html` (``NetworkRenderer``'s SVG of the same network, e.g.
    ///     `try NetworkRenderer(options: options).render(network, formats: [.svg])[.svg]`);
    ///     when nil, the network is drawn with the default ``RenderOptions``. Other formats
    ///     ignore it.
    ///   - title: the HTML report's title (default "Actor network"); other formats ignore it.
    /// - Throws: ``ActorGraphError/render(reason:)`` when the drawing fails or is not SVG.
    public static func export(_ network: ActorNetwork, format: ExportFormat, path: String, svg: [UInt8]?,
                              title: String? = nil) throws -> [(path: String, bytes: [UInt8])] {
        let rows = ExportedNetwork(network)
        switch format {
        case .json:
            return [(path, try NodeLinkJSON.encode(rows))]
        case .graphml:
            return [(path, GraphMLDocument.encode(rows))]
        case .gexf:
            return [(path, GEXFDocument.encode(rows))]
        case .csv:
            let p = Neo4jCSV.paths(for: path)
            return [(p.nodes, Neo4jCSV.nodes(rows)), (p.edges, Neo4jCSV.edges(rows)), (p.evidence, Neo4jCSV.evidence(rows))]
        case .html:
            var drawing = svg
            if drawing == nil {
                drawing = try NetworkRenderer().render(network, formats: [.svg])[.svg]
            }
            guard let drawing else { throw ActorGraphError.render(reason: "no SVG drawing for \(path)") }
            return [(path, try HTMLReport.html(rows, svg: drawing, title: title))]
        }
    }

    /// Exports `network` and writes every file with ``AtomicFile`` (a failed write leaves the
    /// file that was there untouched). Returns the paths written.
    @discardableResult
    public static func write(_ network: ActorNetwork, format: ExportFormat, path: String, svg: [UInt8]?,
                             title: String? = nil) throws -> [String] {
        let files = try export(network, format: format, path: path, svg: svg, title: title)
        try AtomicFile.writeAll(files)
        return files.map(\.path)
    }
}

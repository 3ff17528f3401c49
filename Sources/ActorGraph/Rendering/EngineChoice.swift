/// Picks a layout engine for an actor network.
///
/// Actor networks are not hierarchies, so the layered `dot` engine is never chosen:
/// - up to ``neatoMaxNodes`` nodes and ``neatoMaxEdges`` edges: `neato` (stress
///   majorisation; with `overlap=prism` and spline edges routed around nodes it gives the
///   most readable drawing at this size);
/// - anything larger: `sfdp` (multiscale force-directed; near-linear time, straight edges).
///
/// Spline edge routing (`splines=true`, edges bent around nodes) dominates the time of a
/// neato layout on Graphviz 2.43 (seconds for 300 edges, against a tenth of that for the
/// layout itself), so it is used only up to ``splineMaxEdges`` edges; above that edges are
/// straight. (`splines=curved` is avoided altogether: on 2.43 it can take minutes.)
public enum EngineChoice {
    /// The largest node count laid out with `neato`.
    public static let neatoMaxNodes = 150
    /// The largest edge count laid out with `neato` (spline routing cost grows with edges).
    public static let neatoMaxEdges = 1_000

    /// The largest edge count drawn with spline routing (neato, fdp, dot, circo, twopi).
    public static let splineMaxEdges = 200

    /// `neato` for networks up to ``neatoMaxNodes`` nodes and ``neatoMaxEdges`` edges, `sfdp` above.
    public static func automatic(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        nodeCount <= neatoMaxNodes && edgeCount <= neatoMaxEdges ? .neato : .sfdp
    }

    /// For a DOT file made elsewhere (`render`), which may well be a hierarchy: `dot` up to
    /// ``neatoMaxNodes`` nodes and ``neatoMaxEdges`` edges, `sfdp` above (dot took 5 s at 5,000
    /// nodes and minutes at 50,000).
    public static func forDOTFile(nodeCount: Int, edgeCount: Int) -> LayoutEngine {
        nodeCount <= neatoMaxNodes && edgeCount <= neatoMaxEdges ? .dot : .sfdp
    }

    /// The most nodes an engine lays out before `render` refuses without `--max-nodes`: past
    /// them a layout runs for minutes (neato: over a minute at 5,000 nodes; sfdp: 82 s at 50,000).
    public static func defaultMaxNodes(for engine: LayoutEngine) -> Int {
        engine == .sfdp ? 20_000 : 2_000
    }
}

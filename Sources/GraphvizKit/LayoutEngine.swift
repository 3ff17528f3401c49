/// A Graphviz layout engine.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Layered drawing for hierarchies and flows.
    case dot
    /// Spring model (stress majorisation); good up to a few hundred nodes.
    case neato
    /// Force-directed (Fruchterman-Reingold); supports clusters. On Graphviz 2.43 it is not
    /// reproducible within one process: the components of a disconnected graph may be
    /// placed differently from one call to the next.
    case fdp
    /// Multiscale force-directed for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root.
    case twopi
}

/// A failure reported by ``Graphviz``.
public struct GraphvizError: Error, CustomStringConvertible, Sendable, Hashable {
    /// What went wrong.
    public enum Kind: String, Sendable, Hashable {
        /// DOT text that Graphviz could not parse, or a graph that could not be built.
        case syntax
        /// The layout engine failed.
        case layout
        /// Rendering to an output format failed.
        case render
        /// The layout engine is not installed.
        case unknownEngine
        /// The output format is not installed.
        case unknownFormat
        /// An attribute value past ``LayoutLimits``, refused before layout.
        case limit
    }

    public var kind: Kind
    /// Graphviz's own message where it gave one, otherwise ours. For unknown engines and
    /// formats it lists the available ones.
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String {
        switch kind {
        case .syntax: return "Graphviz syntax error: \(message)"
        case .layout: return "Graphviz layout failed: \(message)"
        case .limit: return "graph refused before layout: \(message)"
        case .render: return "Graphviz rendering failed: \(message)"
        case .unknownEngine, .unknownFormat: return message
        }
    }
}

/// A node to create: its name (the DOT node id) and its attributes.
public struct NodeDescription: Sendable, Hashable {
    /// The node's name; edges refer to nodes by name.
    public var name: String
    /// Attributes set on this node, in order.
    public var attributes: [GraphAttribute]

    public init(name: String, attributes: [GraphAttribute] = []) {
        self.name = name
        self.attributes = attributes
    }
}

/// An edge to create between two named nodes.
public struct EdgeDescription: Sendable, Hashable {
    /// Name of the tail node (created when no node of that name was described).
    public var tail: String
    /// Name of the head node (created when no node of that name was described).
    public var head: String
    /// The edge's key (DOT `key`), which tells apart several edges between the same nodes;
    /// nil for an anonymous edge.
    public var key: String?
    /// Attributes set on this edge, in order.
    public var attributes: [GraphAttribute]

    public init(tail: String, head: String, key: String? = nil, attributes: [GraphAttribute] = []) {
        self.tail = tail
        self.head = head
        self.key = key
        self.attributes = attributes
    }
}

/// A whole graph as plain values: what ``Graphviz`` builds through the C API (nodes first,
/// in the given order, then edges in the given order) and what ``Graphviz/parse(dot:)`` reads back.
public struct GraphDescription: Sendable, Hashable {
    /// The graph's name (`digraph NAME { ... }`).
    public var name: String
    /// `digraph` when true, `graph` when false.
    public var directed: Bool
    /// A strict graph merges parallel edges.
    public var strict: Bool
    /// Attributes of the graph itself (`label`, `overlap`, ...).
    public var graphAttributes: [GraphAttribute]
    /// Default attributes for every node (`node [...]`).
    public var nodeDefaults: [GraphAttribute]
    /// Default attributes for every edge (`edge [...]`).
    public var edgeDefaults: [GraphAttribute]
    /// Nodes in creation order.
    public var nodes: [NodeDescription]
    /// Edges in creation order.
    public var edges: [EdgeDescription]

    public init(name: String = "G", directed: Bool = true, strict: Bool = false,
                graphAttributes: [GraphAttribute] = [], nodeDefaults: [GraphAttribute] = [],
                edgeDefaults: [GraphAttribute] = [], nodes: [NodeDescription] = [],
                edges: [EdgeDescription] = []) {
        self.name = name
        self.directed = directed
        self.strict = strict
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
    }
}

import CGraphviz

/// A root graph owned by GraphvizKit; closed with `agclose`.
typealias GraphPointer = UnsafeMutablePointer<Agraph_t>

/// Builds a cgraph graph from a ``GraphDescription``. Every function here must be called
/// with ``Graphviz``'s lock held.
enum GraphBuilder {
    /// Creates the graph: defaults first, then nodes in order, then edges in order.
    /// The caller owns the result and must `agclose` it.
    static func build(_ description: GraphDescription) throws(GraphvizError) -> GraphPointer {
        let desc: Agdesc_t
        switch (description.directed, description.strict) {
        case (true, false): desc = gvshim_directed()
        case (true, true): desc = gvshim_strict_directed()
        case (false, false): desc = gvshim_undirected()
        case (false, true): desc = gvshim_strict_undirected()
        }
        guard let g = cString(description.name, { gvshim_agopen($0, desc) }) else {
            throw GraphvizError(kind: .syntax, message: "Graphviz could not create the graph \"\(description.name)\"")
        }
        do throws(GraphvizError) {
            try declare(description.graphAttributes, kind: gvshim_kind_graph(), in: g)
            try declare(description.nodeDefaults, kind: gvshim_kind_node(), in: g)
            try declare(description.edgeDefaults, kind: gvshim_kind_edge(), in: g)
            for nodeDescription in description.nodes {
                let n = try node(named: nodeDescription.name, in: g)
                for a in nodeDescription.attributes { try set(a, on: UnsafeMutableRawPointer(n), in: g) }
            }
            for edge in description.edges {
                let t = try node(named: edge.tail, in: g)
                let h = try node(named: edge.head, in: g)
                let created: UnsafeMutablePointer<Agedge_t>?
                if let key = edge.key {
                    created = cString(key) { gvshim_agedge(g, t, h, $0, 1) }
                } else {
                    created = gvshim_agedge(g, t, h, nil, 1)
                }
                guard let e = created else {
                    throw GraphvizError(kind: .syntax, message: "Graphviz could not add the edge \(edge.tail) -> \(edge.head)")
                }
                for a in edge.attributes { try set(a, on: UnsafeMutableRawPointer(e), in: g) }
            }
        } catch {
            agclose(g)
            throw error
        }
        return g
    }

    private static func node(named name: String, in g: GraphPointer) throws(GraphvizError) -> UnsafeMutablePointer<Agnode_t> {
        guard let n = cString(name, { gvshim_agnode(g, $0, 1) }) else {
            throw GraphvizError(kind: .syntax, message: "Graphviz could not add the node \"\(name)\"")
        }
        return n
    }

    /// Declares default values (`agattr`) for one kind of object.
    private static func declare(_ attributes: [GraphAttribute], kind: Int32, in g: GraphPointer) throws(GraphvizError) {
        for a in attributes {
            try checkName(a)
            let sym = cString(a.name) { name in
                withValue(a, in: g) { value in gvshim_agattr(g, kind, name, value) }
            }
            if sym == nil {
                throw GraphvizError(kind: .syntax, message: "Graphviz rejected the default attribute \(a.name)")
            }
        }
    }

    /// Sets one attribute on a node or edge (`agsafeset`, declaring it with an empty default).
    private static func set(_ a: GraphAttribute, on object: UnsafeMutableRawPointer, in g: GraphPointer) throws(GraphvizError) {
        try checkName(a)
        let rc = cString(a.name) { name in
            withValue(a, in: g) { value in gvshim_agsafeset(object, name, value, "") }
        }
        if rc != 0 {
            throw GraphvizError(kind: .syntax, message: "Graphviz rejected the attribute \(a.name)")
        }
    }

    private static func checkName(_ a: GraphAttribute) throws(GraphvizError) {
        if a.name.isEmpty || a.name.unicodeScalars.contains("\0") {
            throw GraphvizError(kind: .syntax, message: "invalid attribute name \"\(a.name)\"")
        }
    }

    /// Calls `body` with the attribute's value as a C string; HTML values are first made
    /// HTML strings of the graph (`agstrdup_html`) and released afterwards (`agstrfree`):
    /// Graphviz keeps its own reference when the value is stored.
    private static func withValue<R>(_ a: GraphAttribute, in g: GraphPointer, _ body: (UnsafePointer<CChar>) -> R) -> R {
        cString(a.value) { value in
            guard a.isHTML, let html = gvshim_agstrdup_html(g, value) else { return body(value) }
            defer { agstrfree(g, html) }
            return body(html)
        }
    }
}

/// Calls `body` with `text` as a NUL-terminated C string. Embedded NULs (which would cut the
/// string short) are removed, and so is every other scalar that XML 1.0 and JSON text cannot
/// hold (C0 controls but tab, LF and CR; U+FFFE, U+FFFF): Graphviz copies names and values
/// into SVG and JSON as they are, so one form feed in an article made an SVG no parser opens.
func cString<R>(_ text: String, _ body: (UnsafePointer<CChar>) -> R) -> R {
    if text.utf8.contains(where: { $0 < 0x20 && $0 != 0x9 && $0 != 0xA && $0 != 0xD || $0 == 0xEF }) {
        var clean = text
        clean.unicodeScalars.removeAll { c in
            c.value < 0x20 && c.value != 0x9 && c.value != 0xA && c.value != 0xD || c.value == 0xFFFE || c.value == 0xFFFF
        }
        return clean.withCString(body)
    }
    return text.withCString(body)
}

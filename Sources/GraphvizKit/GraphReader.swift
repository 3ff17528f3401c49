import CGraphviz
import Foundation

/// Reads a cgraph graph back into a ``GraphDescription``. Must be called with ``Graphviz``'s
/// lock held.
enum GraphReader {
    /// Describes `g`: graph attributes with a value, node and edge defaults that are not
    /// empty, every node in creation order with the attributes that differ from the default,
    /// and every edge in creation order likewise. Subgraphs are flattened into the root.
    static func describe(_ g: GraphPointer) -> GraphDescription {
        var d = GraphDescription()
        d.name = agnameof(UnsafeMutableRawPointer(g)).map { String(cString: $0) } ?? ""
        if isAnonymous(d.name) { d.name = "" }
        d.directed = agisdirected(g) != 0
        d.strict = agisstrict(g) != 0

        for sym in symbols(g, kind: gvshim_kind_graph()) {
            if let v = agxget(UnsafeMutableRawPointer(g), sym), v.pointee != 0 {
                d.graphAttributes.append(attribute(name: gvshim_sym_name(sym), value: v))
            }
        }
        let nodeSyms = symbols(g, kind: gvshim_kind_node())
        let edgeSyms = symbols(g, kind: gvshim_kind_edge())
        d.nodeDefaults = defaults(nodeSyms)
        d.edgeDefaults = defaults(edgeSyms)

        var edges: [(seq: UInt, edge: UnsafeMutablePointer<Agedge_t>)] = []
        var n = agfstnode(g)
        while let node = n {
            d.nodes.append(NodeDescription(name: name(of: UnsafeMutableRawPointer(node)) ?? "",
                                           attributes: values(UnsafeMutableRawPointer(node), nodeSyms)))
            var e = agfstout(g, node)
            while let edge = e {
                edges.append((gvshim_seq(UnsafeMutableRawPointer(edge)), edge))
                e = agnxtout(g, edge)
            }
            n = agnxtnode(g, node)
        }
        edges.sort { $0.seq < $1.seq }
        for (_, edge) in edges {
            let tail = gvshim_tail(edge).flatMap { name(of: UnsafeMutableRawPointer($0)) } ?? ""
            let head = gvshim_head(edge).flatMap { name(of: UnsafeMutableRawPointer($0)) } ?? ""
            d.edges.append(EdgeDescription(tail: tail, head: head, key: name(of: UnsafeMutableRawPointer(edge)),
                                           attributes: values(UnsafeMutableRawPointer(edge), edgeSyms)))
        }
        return d
    }

    /// The attributes of every subgraph (clusters included, nested ones too) that differ from
    /// the default: what ``describe(_:)`` flattens away, for checks before layout.
    static func subgraphAttributes(_ g: GraphPointer) -> [GraphAttribute] {
        let syms = symbols(g, kind: gvshim_kind_graph())
        var out: [GraphAttribute] = []
        var pending = agfstsubg(g).map(siblings(after:)) ?? []
        while let sub = pending.popLast() {
            out += values(UnsafeMutableRawPointer(sub), syms)
            if let child = agfstsubg(sub) { pending += siblings(after: child) }
        }
        return out
    }

    /// `first` and the subgraphs after it at the same level.
    private static func siblings(after first: GraphPointer) -> [GraphPointer] {
        var out: [GraphPointer] = []
        var s: GraphPointer? = first
        while let sub = s {
            out.append(sub)
            s = agnxtsubg(sub)
        }
        return out
    }

    /// cgraph names an anonymous graph (`digraph { ... }`) `%N`.
    private static func isAnonymous(_ name: String) -> Bool {
        name.hasPrefix("%") && name.count > 1 && name.dropFirst().allSatisfy(\.isASCII) && name.dropFirst().allSatisfy(\.isNumber)
    }

    private static func name(of object: UnsafeMutableRawPointer) -> String? {
        agnameof(object).map { String(cString: $0) }
    }

    private static func symbols(_ g: GraphPointer, kind: Int32) -> [UnsafeMutablePointer<Agsym_t>] {
        var out: [UnsafeMutablePointer<Agsym_t>] = []
        var s = agnxtattr(g, kind, nil)
        while let sym = s {
            out.append(sym)
            s = agnxtattr(g, kind, sym)
        }
        return out
    }

    private static func defaults(_ syms: [UnsafeMutablePointer<Agsym_t>]) -> [GraphAttribute] {
        syms.compactMap { sym in
            guard let def = gvshim_sym_default(sym), def.pointee != 0 else { return nil }
            return attribute(name: gvshim_sym_name(sym), value: def)
        }
    }

    private static func values(_ object: UnsafeMutableRawPointer, _ syms: [UnsafeMutablePointer<Agsym_t>]) -> [GraphAttribute] {
        var out: [GraphAttribute] = []
        for sym in syms {
            guard let v = agxget(object, sym) else { continue }
            let def = gvshim_sym_default(sym)
            if let def, strcmp(def, v) == 0 && aghtmlstr(UnsafeMutablePointer(mutating: def)) == aghtmlstr(v) { continue }
            if def == nil && v.pointee == 0 { continue }
            out.append(attribute(name: gvshim_sym_name(sym), value: v))
        }
        return out
    }

    private static func attribute(name: UnsafePointer<CChar>?, value: UnsafePointer<CChar>) -> GraphAttribute {
        GraphAttribute(name.map { String(cString: $0) } ?? "", String(cString: value),
                       html: aghtmlstr(UnsafeMutablePointer(mutating: value)) != 0)
    }
}

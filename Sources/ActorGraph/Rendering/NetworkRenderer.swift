import Foundation

/// Draws an ``ActorNetwork`` with Graphviz: node shape and colour by actor kind, edge colour
/// and arrows by relation type, line width by the number of supporting articles, a legend,
/// SVG tooltips with the evidence, and stable SVG ids and classes.
///
/// The same network always gives the same bytes: nodes are created in id order and edges in
/// ``Edge`` order, every object has an explicit `id`, and force-directed engines get an
/// explicit `start` seed.
public struct NetworkRenderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    /// The edges that are drawn: all of them with `showNegated`, else only asserted ones.
    public func drawnEdges(of network: ActorNetwork) -> [Edge] {
        options.showNegated ? network.edges : network.edges.filter { !$0.negated }
    }

    /// The engine used for `network`: the one in the options, else the automatic choice.
    public func layoutEngine(for network: ActorNetwork) -> LayoutEngine {
        if let engine = options.engine { return engine }
        let edges = drawnEdges(of: network)
        return EngineChoice.automatic(nodeCount: nodeIDs(network, edges).count, edgeCount: edges.count)
    }

    /// The Graphviz graph for `network`: deterministic, with nodes in id order and edges in
    /// ``Edge`` order.
    public func graphDescription(for network: ActorNetwork) -> GraphDescription {
        let edges = drawnEdges(of: network)
        let ids = nodeIDs(network, edges)
        let engine = options.engine ?? EngineChoice.automatic(nodeCount: ids.count, edgeCount: edges.count)
        var degree: [String: Int] = [:]
        for e in edges {
            degree[e.source, default: 0] += 1
            if e.target != e.source { degree[e.target, default: 0] += 1 }
        }

        var graph = GraphDescription(name: "actor_network", directed: true, strict: false)
        graph.graphAttributes = graphAttributes(engine: engine, network: network, edges: edges, ids: ids)
        graph.nodeDefaults = [
            GraphAttribute("fontname", NetworkStyle.fontName),
            GraphAttribute("fontsize", "12"),
            GraphAttribute("style", "filled"),
            GraphAttribute("penwidth", "1.2"),
            GraphAttribute("margin", "0.11,0.055"),
        ]
        graph.edgeDefaults = [
            GraphAttribute("fontname", NetworkStyle.fontName),
            GraphAttribute("fontsize", "9"),
            GraphAttribute("arrowsize", "0.8"),
        ]
        graph.nodes = ids.map { node(id: $0, actor: network.actor($0), degree: degree[$0, default: 0]) }
        graph.edges = edges.map { edge($0, network: network) }
        return graph
    }

    /// Lays the network out once and renders it to every format.
    /// Throws ``ActorGraphError/render(reason:)`` with Graphviz's message.
    public func render(_ network: ActorNetwork, formats: [OutputFormat]) throws -> [OutputFormat: [UInt8]] {
        let description = graphDescription(for: network)
        do {
            return try Graphviz.shared.render(description, engine: layoutEngine(for: network), formats: formats)
        } catch {
            throw ActorGraphError.render(reason: error.message)
        }
    }

    /// Renders the network once and writes it to every path, each with ``AtomicFile``.
    ///
    /// The format is `format` when given, else each path's extension (`.svg`, `.png`,
    /// `.pdf`, `.dot`/`.gv`, `.json`); an unknown extension throws
    /// ``ActorGraphError/usage(_:)`` listing the formats. Every path's directory is checked
    /// before anything is rendered or written, and a failed write leaves the file that was
    /// there untouched.
    public func write(_ network: ActorNetwork, to paths: [String], format: OutputFormat?) throws {
        try AtomicFile.writeAll(files(network, to: paths, format: format))
    }

    /// The bytes `write` puts in each path, rendered with one layout.
    public func files(_ network: ActorNetwork, to paths: [String], format: OutputFormat?) throws -> [(path: String, bytes: [UInt8])] {
        var jobs: [(path: String, format: OutputFormat)] = []
        for path in paths {
            if let format {
                jobs.append((path, format))
                continue
            }
            let ext = URL(fileURLWithPath: path).pathExtension
            guard let f = OutputFormat.from(fileExtension: ext) else {
                let what = ext.isEmpty ? "it has no extension" : "unknown extension \".\(ext)\""
                throw ActorGraphError.usage("cannot tell the output format of \(path): \(what); available formats: \(Self.formatList)")
            }
            jobs.append((path, f))
        }
        if jobs.isEmpty { return [] }
        for job in jobs { try Self.checkWritable(job.path) }
        let outputs = try render(network, formats: jobs.map(\.format))
        return try jobs.map { job in
            guard let bytes = outputs[job.format] else {
                throw ActorGraphError.render(reason: "no \(job.format.rawValue) output for \(job.path)")
            }
            return (job.path, bytes)
        }
    }

    /// `svg (.svg), png (.png), ...` for messages.
    static var formatList: String {
        OutputFormat.allCases.map { f in
            f == .dot ? "dot (.dot, .gv)" : "\(f.rawValue) (.\(f.fileExtension))"
        }.joined(separator: ", ")
    }

    private static func checkWritable(_ path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw ActorGraphError.output(path: path, reason: "directory \(dir) does not exist")
        }
        guard access(dir, W_OK) == 0 else {
            throw ActorGraphError.output(path: path, reason: "directory \(dir) is not writable")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw ActorGraphError.output(path: path, reason: "it is a directory")
        }
    }

    // MARK: - Graph

    /// Actor ids plus ids that edges name but the actor list lacks, sorted.
    private func nodeIDs(_ network: ActorNetwork, _ edges: [Edge]) -> [String] {
        var ids = network.actors.map(\.id)
        var known = Set(ids)
        for e in edges {
            for id in [e.source, e.target] where !known.contains(id) {
                known.insert(id)
                ids.append(id)
            }
        }
        return ids.sorted()
    }

    private func graphAttributes(engine: LayoutEngine, network: ActorNetwork, edges: [Edge], ids: [String]) -> [GraphAttribute] {
        var a = [
            GraphAttribute("id", "actor_network"),
            GraphAttribute("fontname", NetworkStyle.fontName),
            GraphAttribute("fontsize", "11"),
            GraphAttribute("bgcolor", "white"),
            GraphAttribute("pad", "0.3"),
            GraphAttribute("outputorder", "edgesfirst"),
        ]
        // Spline routing only where it stays affordable (see EngineChoice.splineMaxEdges).
        let splines = edges.count <= EngineChoice.splineMaxEdges ? [GraphAttribute("splines", "true")] : []
        switch engine {
        case .neato, .fdp:
            a += [GraphAttribute("overlap", "prism"), GraphAttribute("sep", "+8"), GraphAttribute("start", "1")] + splines
        case .sfdp:
            // Straight edges: spline routing costs too much at sfdp's sizes.
            a += [GraphAttribute("overlap", "prism"), GraphAttribute("sep", "+4"), GraphAttribute("start", "1")]
        case .dot:
            a += [GraphAttribute("rankdir", "LR"), GraphAttribute("nodesep", "0.35"), GraphAttribute("ranksep", "0.8")] + splines
        case .circo:
            a += splines
        case .twopi:
            a += [GraphAttribute("overlap", "prism"), GraphAttribute("ranksep", "1.5")] + splines
        }
        let title = options.title.flatMap { $0.isEmpty ? nil : $0 }
        if options.legend {
            let present = Set(network.actors.filter { ids.contains($0.id) }.map(\.kind))
            let legend = Legend(
                title: title,
                kinds: ActorKind.allCases.filter(present.contains),
                types: RelationType.allCases.filter { t in edges.contains { $0.type == t } },
                showsNegated: edges.contains(where: \.negated),
                showsUnknown: ids.count > network.actors.count,
                language: options.labels
            )
            a += [GraphAttribute("label", legend.html, html: true),
                  GraphAttribute("labelloc", "t"), GraphAttribute("labeljust", "l")]
        } else if let title {
            a += [GraphAttribute("label", GraphAttribute.escapedLabel(title)),
                  GraphAttribute("labelloc", "t"), GraphAttribute("labeljust", "l"),
                  GraphAttribute("fontsize", "16")]
        }
        return a
    }

    private func node(id: String, actor: Actor?, degree: Int) -> NodeDescription {
        let style = actor.map { NetworkStyle.style(for: $0.kind) } ?? NetworkStyle.unknownKind
        let kindName = actor?.kind.rawValue ?? "unknown"
        var tooltip = displayNames(actor, id: id)
        tooltip += " (\(style.english))\n\(degree) \(degree == 1 ? "relation" : "relations") drawn"
        return NodeDescription(name: id, attributes: [
            GraphAttribute("id", "node_\(Self.svgID(id))"),
            GraphAttribute("class", "actor kind-\(kindName)"),
            GraphAttribute("label", label(actor, id: id)),
            GraphAttribute("shape", style.shape),
            GraphAttribute("fillcolor", style.fill),
            GraphAttribute("color", style.border),
            GraphAttribute("tooltip", GraphAttribute.escapedTooltip(tooltip)),
        ])
    }

    /// The node label: one name, or English above Arabic; each name is one plain run.
    private func label(_ actor: Actor?, id: String) -> String {
        guard let actor else { return GraphAttribute.escapedLabel(id) }
        switch options.labels {
        case .ar: return GraphAttribute.escapedLabel(actor.name(in: .ar))
        case .en: return GraphAttribute.escapedLabel(actor.name(in: .en))
        case .both:
            let en = actor.names[.en] ?? "", ar = actor.names[.ar] ?? ""
            if en.isEmpty || ar.isEmpty || en == ar { return GraphAttribute.escapedLabel(actor.name(in: .en)) }
            return GraphAttribute.escapedLabel(en) + "\\n" + GraphAttribute.escapedLabel(ar)
        }
    }

    /// Names for tooltips (plain text, not yet escaped).
    private func displayNames(_ actor: Actor?, id: String) -> String {
        guard let actor else { return id }
        let en = actor.names[.en] ?? "", ar = actor.names[.ar] ?? ""
        switch options.labels {
        case .ar: return actor.name(in: .ar)
        case .en: return actor.name(in: .en)
        case .both: return en.isEmpty || ar.isEmpty || en == ar ? actor.name(in: .en) : "\(en) / \(ar)"
        }
    }

    private func edge(_ e: Edge, network: ActorNetwork) -> EdgeDescription {
        let style = NetworkStyle.style(for: e.type)
        var suffix = e.type.rawValue
        if e.negated { suffix += "_\(e.modality.rawValue)" }
        var attributes = [
            GraphAttribute("id", "edge_\(Self.svgID(e.source))_\(Self.svgID(e.target))_\(suffix)"),
            GraphAttribute("class", "relation type-\(e.type.rawValue)" + (e.negated ? " negated modality-\(e.modality.rawValue)" : "")),
            GraphAttribute("color", style.color),
            GraphAttribute("penwidth", NetworkStyle.number(NetworkStyle.penwidth(weight: e.weight, type: e.type))),
            GraphAttribute("dir", style.dir),
        ]
        if style.dir != "none" { attributes.append(GraphAttribute("arrowhead", style.arrowhead)) }
        if style.dir == "both" { attributes.append(GraphAttribute("arrowtail", style.arrowtail)) }
        if e.negated {
            attributes += [GraphAttribute("style", "dashed"),
                           GraphAttribute("label", GraphAttribute.escapedLabel(e.modality.rawValue)),
                           GraphAttribute("fontcolor", style.color)]
        }
        attributes.append(GraphAttribute("tooltip", GraphAttribute.escapedTooltip(tooltip(e, style: style, network: network))))
        // Only web links: a `javascript:` or `file:` URL from an article never becomes a link.
        if let url = e.evidence.lazy.compactMap(\.url).first(where: { u in
            let lower = u.lowercased()
            return lower.hasPrefix("http://") || lower.hasPrefix("https://")
        }) {
            attributes += [GraphAttribute("URL", GraphAttribute.escapedURL(url)), GraphAttribute("target", "_blank")]
        }
        return EdgeDescription(tail: e.source, head: e.target, key: suffix, attributes: attributes)
    }

    /// `Source → Target`, the type (and modality), the evidence count, the first sentence.
    private func tooltip(_ e: Edge, style: NetworkStyle.RelationStyle, network: ActorNetwork) -> String {
        let source = displayNames(network.actor(e.source), id: e.source)
        let target = displayNames(network.actor(e.target), id: e.target)
        let arrow = e.type.isSymmetric ? "—" : "→"
        var kind = options.labels == .ar ? style.arabic : style.english
        if e.negated { kind += " (\(e.modality.rawValue))" }
        let n = e.evidence.count, w = e.weight
        var lines = ["\(source) \(arrow) \(target)",
                     "\(kind): \(n) evidence \(n == 1 ? "sentence" : "sentences") in \(w) \(w == 1 ? "article" : "articles")"]
        if let first = e.evidence.first {
            lines.append("“\(Self.truncated(first.sentence, to: 200))”")
        }
        return lines.joined(separator: "\n")
    }

    /// At most `limit` characters, ending in `…` when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.count > limit else { return trimmed }
        var cut = String(trimmed.prefix(limit - 1))
        while let last = cut.last, last.isWhitespace { cut.removeLast() }
        return cut + "…"
    }

    /// An SVG-safe id fragment: letters, digits, `_`, `-` and `.` kept, anything else `-`.
    static func svgID(_ text: String) -> String {
        String(text.map { c in
            c.isLetter || c.isNumber || c == "_" || c == "-" || c == "." ? c : "-"
        })
    }
}

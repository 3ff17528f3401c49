import Foundation

/// The data the HTML report's script reads: actors, relations and their evidence, embedded
/// as JSON in `<script type="application/json">`.
///
/// Every string has its bidi controls removed (``HTMLText/withoutBidiControls(_:)``), and
/// evidence keeps a `link` only for `http`/`https` URLs (others are dropped). The JSON text
/// has `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes, so no article text can
/// close the script element or break the script that parses it.
enum HTMLReportData {
    struct Document: Encodable {
        var nodes: [Node]
        var edges: [Edge]
        var kinds: [String: Style]
        var types: [String: Style]
    }

    struct Style: Encodable {
        var en: String
        var ar: String
        var color: String
    }

    struct Node: Encodable {
        var id: String
        /// The id of the node's `<g>` in the drawing.
        var svg: String
        var kind: String
        var name_ar: String?
        var name_en: String?
    }

    struct Edge: Encodable {
        var key: String
        /// The id of the edge's `<g>` in the drawing (absent from it when the edge is not drawn).
        var svg: String
        var source: String
        var target: String
        var type: String
        var modality: String
        var negated: Bool
        var symmetric: Bool
        var weight: Int
        var cameo: String
        var first_date: String?
        var last_date: String?
        var evidence: [Evidence]
    }

    struct Evidence: Encodable {
        var article: String
        var date: String?
        var link: String?
        var sentence: String
        var trigger: String?
        var attribution: String?
    }

    /// The id Graphviz gives a node in ``NetworkRenderer``'s drawing.
    static func svgID(node id: String) -> String { "node_\(NetworkRenderer.svgID(id))" }

    /// The id Graphviz gives an edge in ``NetworkRenderer``'s drawing.
    static func svgID(edge e: ActorGraph.Edge) -> String {
        var suffix = e.type.rawValue
        if e.negated { suffix += "_\(e.modality.rawValue)" }
        return "edge_\(NetworkRenderer.svgID(e.source))_\(NetworkRenderer.svgID(e.target))_\(suffix)"
    }

    static func document(_ network: ExportedNetwork) -> Document {
        let t = HTMLText.withoutBidiControls
        let nodes = network.nodes.map { n in
            Node(id: t(n.id), svg: t(svgID(node: n.id)), kind: n.kind, name_ar: n.nameAr.map(t), name_en: n.nameEn.map(t))
        }
        let edges = network.edges.map { x in
            let e = x.edge
            return Edge(
                key: t(x.key), svg: t(svgID(edge: e)), source: t(e.source), target: t(e.target),
                type: e.type.rawValue, modality: e.modality.rawValue, negated: e.negated,
                symmetric: e.type.isSymmetric, weight: e.weight, cameo: x.cameo,
                first_date: x.firstDate, last_date: x.lastDate,
                evidence: e.evidence.map { v in
                    Evidence(article: t(v.article), date: v.date.map(t),
                             link: v.url.flatMap { HTMLText.isWebURL($0) ? t($0.trimmingCharacters(in: .whitespaces)) : nil },
                             sentence: t(v.sentence), trigger: v.trigger.map(t), attribution: v.attribution.map(t))
                })
        }
        var kinds: [String: Style] = [:]
        for k in ActorKind.allCases {
            let s = NetworkStyle.style(for: k)
            kinds[k.rawValue] = Style(en: s.english, ar: s.arabic, color: s.fill)
        }
        let u = NetworkStyle.unknownKind
        kinds["unknown"] = Style(en: u.english, ar: u.arabic, color: u.fill)
        var types: [String: Style] = [:]
        for type in RelationType.allCases {
            let s = NetworkStyle.style(for: type)
            types[type.rawValue] = Style(en: s.english, ar: s.arabic, color: s.color)
        }
        return Document(nodes: nodes, edges: edges, kinds: kinds, types: types)
    }

    /// The JSON text, safe to place between `<script type="application/json">` and `</script>`.
    static func scriptJSON(_ network: ExportedNetwork) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(document(network)), as: UTF8.self)
        return scriptSafe(json)
    }

    /// JSON text with `<`, `>`, `&`, U+2028 and U+2029 as `\u` escapes (they can only occur
    /// inside JSON strings, where the escapes mean the same characters).
    static func scriptSafe(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for c in json.unicodeScalars {
            switch c {
            case "<": out.append(contentsOf: #"\u003c"#.unicodeScalars)
            case ">": out.append(contentsOf: #"\u003e"#.unicodeScalars)
            case "&": out.append(contentsOf: #"\u0026"#.unicodeScalars)
            case "\u{2028}": out.append(contentsOf: #"\u2028"#.unicodeScalars)
            case "\u{2029}": out.append(contentsOf: #"\u2029"#.unicodeScalars)
            default: out.append(c)
            }
        }
        return String(out)
    }
}

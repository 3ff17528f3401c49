/// GraphML with declared, typed keys, readable by networkx (`read_graphml(path,
/// force_multigraph=True, edge_key_type=str)`), Gephi, yEd, Cytoscape and igraph.
///
/// - Node keys: `label` (English name, else Arabic, else id), `kind`, `name_ar`, `name_en`.
/// - Edge keys: `type`, `modality`, `negated` (boolean), `weight` (int, distinct articles),
///   `cameo` (codes joined by `,`), `first_date`, `last_date`, `evidence_count` (int),
///   `example_sentence` (the first evidence sentence).
///
/// Node ids are the actor ids. Edge ids are the edge keys made NMTOKENs, as the GraphML
/// schema wants (`source|target|type|modality` becomes `source:target:type:modality`); they
/// are distinct, so parallel edges (two relation types between the same actors) stay apart,
/// and the graph says `parse.edgeids="free"`. A value that is absent has no `<data>` element.
enum GraphMLDocument {
    private struct Key {
        var id: String
        var domain: String
        var name: String
        var type: String
    }

    private static let keys: [Key] = [
        Key(id: "n_label", domain: "node", name: "label", type: "string"),
        Key(id: "n_kind", domain: "node", name: "kind", type: "string"),
        Key(id: "n_name_ar", domain: "node", name: "name_ar", type: "string"),
        Key(id: "n_name_en", domain: "node", name: "name_en", type: "string"),
        Key(id: "e_type", domain: "edge", name: "type", type: "string"),
        Key(id: "e_modality", domain: "edge", name: "modality", type: "string"),
        Key(id: "e_negated", domain: "edge", name: "negated", type: "boolean"),
        Key(id: "e_weight", domain: "edge", name: "weight", type: "int"),
        Key(id: "e_cameo", domain: "edge", name: "cameo", type: "string"),
        Key(id: "e_first_date", domain: "edge", name: "first_date", type: "string"),
        Key(id: "e_last_date", domain: "edge", name: "last_date", type: "string"),
        Key(id: "e_evidence_count", domain: "edge", name: "evidence_count", type: "int"),
        Key(id: "e_example_sentence", domain: "edge", name: "example_sentence", type: "string"),
    ]

    static func encode(_ network: ExportedNetwork) -> [UInt8] {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for k in keys {
            out += "  <key id=\"\(k.id)\" for=\"\(k.domain)\" attr.name=\"\(k.name)\" attr.type=\"\(k.type)\"/>\n"
        }
        out += "  <graph id=\"actor_network\" edgedefault=\"directed\" parse.nodeids=\"free\" parse.edgeids=\"free\" parse.order=\"nodesfirst\">\n"
        for n in network.nodes {
            out += "    <node id=\"\(XMLText.escaped(n.id, attribute: true))\">\n"
            out += data("n_label", n.label)
            out += data("n_kind", n.kind)
            out += data("n_name_ar", n.nameAr)
            out += data("n_name_en", n.nameEn)
            out += "    </node>\n"
        }
        for x in network.edges {
            let e = x.edge
            out += "    <edge id=\"\(XMLText.escaped(XMLText.nmtoken(x.key), attribute: true))\""
            out += " source=\"\(XMLText.escaped(e.source, attribute: true))\" target=\"\(XMLText.escaped(e.target, attribute: true))\">\n"
            out += data("e_type", e.type.rawValue)
            out += data("e_modality", e.modality.rawValue)
            out += data("e_negated", e.negated ? "true" : "false")
            out += data("e_weight", String(e.weight))
            out += data("e_cameo", x.cameo)
            out += data("e_first_date", x.firstDate)
            out += data("e_last_date", x.lastDate)
            out += data("e_evidence_count", String(e.evidence.count))
            out += data("e_example_sentence", x.exampleSentence)
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return Array(out.utf8)
    }

    /// One `<data>` line, or nothing for an absent or empty value.
    private static func data(_ key: String, _ value: String?) -> String {
        guard let value, !value.isEmpty else { return "" }
        return "      <data key=\"\(key)\">\(XMLText.escaped(value))</data>\n"
    }
}

/// GEXF 1.3 (`xmlns="http://gexf.net/1.3"`), as Gephi and networkx's `read_gexf` read it.
///
/// The graph is `mode="dynamic"` with `timeformat="date"`: each edge has one
/// `<spell start="D" end="D"/>` per distinct date of its dated evidence articles, so Gephi's
/// timeline shows when a relation was reported. Two articles of the same day give one spell
/// (Gephi does not accept overlapping intervals); an edge with no dated article has no spells
/// and is there at all times, as are the nodes.
///
/// - Node attributes (`class="node"`): `kind`, `name_ar`, `name_en` (strings); the node
///   `label` is the English name, else the Arabic one, else the id.
/// - Edge attributes (`class="edge"`): `type`, `modality` (strings), `negated` (boolean),
///   `cameo` (codes joined by `,`), `first_date`, `last_date` (strings, `YYYY-MM-DD`),
///   `evidence_count` (integer), `example_sentence` (string). The number of distinct articles
///   is the edge's own `weight`; its `label` is the relation type; its `id` the edge key
///   (`source|target|type|modality`).
///
/// Every edge is `directed`: `met` and `co_occurs`, which have no direction, keep their ends
/// in id order, as in the other exports.
enum GEXFDocument {
    private struct Attribute {
        var id: String
        var title: String
        var type: String
    }

    private static let nodeAttributes: [Attribute] = [
        Attribute(id: "kind", title: "kind", type: "string"),
        Attribute(id: "name_ar", title: "name_ar", type: "string"),
        Attribute(id: "name_en", title: "name_en", type: "string"),
    ]

    private static let edgeAttributes: [Attribute] = [
        Attribute(id: "type", title: "type", type: "string"),
        Attribute(id: "modality", title: "modality", type: "string"),
        Attribute(id: "negated", title: "negated", type: "boolean"),
        Attribute(id: "cameo", title: "cameo", type: "string"),
        Attribute(id: "first_date", title: "first_date", type: "string"),
        Attribute(id: "last_date", title: "last_date", type: "string"),
        Attribute(id: "evidence_count", title: "evidence_count", type: "integer"),
        Attribute(id: "example_sentence", title: "example_sentence", type: "string"),
    ]

    static func encode(_ network: ExportedNetwork) -> [UInt8] {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta>
            <creator>ActorGraph</creator>
            <description>Actor network extracted from news articles</description>
          </meta>
          <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval">

        """
        out += declarations("node", nodeAttributes)
        out += declarations("edge", edgeAttributes)
        out += "    <nodes>\n"
        for n in network.nodes {
            out += "      <node id=\"\(attr(n.id))\" label=\"\(attr(n.label))\">\n"
            out += attvalues([("kind", n.kind), ("name_ar", n.nameAr), ("name_en", n.nameEn)])
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for x in network.edges {
            let e = x.edge
            out += "      <edge id=\"\(attr(x.key))\" source=\"\(attr(e.source))\" target=\"\(attr(e.target))\""
            out += " type=\"directed\" weight=\"\(e.weight)\" label=\"\(attr(e.type.rawValue))\">\n"
            out += attvalues([
                ("type", e.type.rawValue), ("modality", e.modality.rawValue), ("negated", e.negated ? "true" : "false"),
                ("cameo", x.cameo), ("first_date", x.firstDate), ("last_date", x.lastDate),
                ("evidence_count", String(e.evidence.count)), ("example_sentence", x.exampleSentence),
            ])
            if !x.dates.isEmpty {
                out += "        <spells>\n"
                for d in x.dates { out += "          <spell start=\"\(d)\" end=\"\(d)\"/>\n" }
                out += "        </spells>\n"
            }
            out += "      </edge>\n"
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return Array(out.utf8)
    }

    private static func declarations(_ cls: String, _ attributes: [Attribute]) -> String {
        var out = "    <attributes class=\"\(cls)\" mode=\"static\">\n"
        for a in attributes {
            out += "      <attribute id=\"\(a.id)\" title=\"\(a.title)\" type=\"\(a.type)\"/>\n"
        }
        return out + "    </attributes>\n"
    }

    /// The `<attvalues>` block; absent or empty values are left out.
    private static func attvalues(_ values: [(String, String?)]) -> String {
        let present = values.compactMap { k, v in v.flatMap { $0.isEmpty ? nil : (k, $0) } }
        guard !present.isEmpty else { return "" }
        var out = "        <attvalues>\n"
        for (k, v) in present { out += "          <attvalue for=\"\(k)\" value=\"\(attr(v))\"/>\n" }
        return out + "        </attvalues>\n"
    }

    private static func attr(_ s: String) -> String { XMLText.escaped(s, attribute: true) }
}

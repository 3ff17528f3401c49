/// Three CSV files in the conventions of `neo4j-admin database import` (which also open in a
/// spreadsheet):
///
/// - `STEM.nodes.csv`: `id:ID,kind,name_ar,name_en,:LABEL`, label `Person`, `State`,
///   `Organisation` (or `Unknown` for an edge end with no actor).
/// - `STEM.edges.csv`: `:START_ID,:END_ID,:TYPE,modality,negated:boolean,weight:int,cameo,first_date,last_date`,
///   with the relation type as an upper-snake relationship type (`VISITED`, `SOUGHT_SUPPORT`)
///   and the CAMEO codes joined by `,`.
/// - `STEM.evidence.csv`: `edge_key,article,date,url,sentence_index:int,sentence,trigger`,
///   one row per evidence sentence; `edge_key` is the edge's key `source|target|type|modality`
///   (type in lower case: the `key` of the JSON export and the `id` of the GEXF one).
///
/// `neo4j-admin database import full --nodes=STEM.nodes.csv --relationships=STEM.edges.csv
/// --multiline-fields=true` loads the graph (sentences may hold line breaks).
///
/// Files are UTF-8 without a byte order mark, with CRLF line ends and RFC 4180 quoting.
/// Text fields that begin with `=`, `+`, `-`, `@`, tab or CR get a leading `'` against
/// spreadsheet formula injection (see ``CSVField/encoded(_:text:)``); ids get it too,
/// everywhere they appear, so start and end ids still match the node ids.
enum Neo4jCSV {
    static let nodesHeader = "id:ID,kind,name_ar,name_en,:LABEL"
    static let edgesHeader = ":START_ID,:END_ID,:TYPE,modality,negated:boolean,weight:int,cameo,first_date,last_date"
    static let evidenceHeader = "edge_key,article,date,url,sentence_index:int,sentence,trigger"

    /// The three paths for `path`: `STEM.nodes.csv`, `STEM.edges.csv`, `STEM.evidence.csv`,
    /// where STEM is `path` without a final `.csv` (and without a `.nodes`, `.edges` or
    /// `.evidence` before it): `out/net.csv` and `out/net` both give `out/net.nodes.csv` ...
    static func paths(for path: String) -> (nodes: String, edges: String, evidence: String) {
        var stem = path
        if stem.lowercased().hasSuffix(".csv") { stem.removeLast(4) }
        for part in [".nodes", ".edges", ".evidence"] where stem.lowercased().hasSuffix(part) {
            stem.removeLast(part.count)
            break
        }
        return ("\(stem).nodes.csv", "\(stem).edges.csv", "\(stem).evidence.csv")
    }

    static func label(kind: String) -> String {
        switch kind {
        case ActorKind.person.rawValue: return "Person"
        case ActorKind.state.rawValue: return "State"
        case ActorKind.organisation.rawValue: return "Organisation"
        default: return "Unknown"
        }
    }

    static func nodes(_ network: ExportedNetwork) -> [UInt8] {
        var out = nodesHeader + "\r\n"
        for n in network.nodes {
            out += CSVField.row([n.id, n.kind, n.nameAr ?? "", n.nameEn ?? "", label(kind: n.kind)].map { CSVField.encoded($0) })
        }
        return Array(out.utf8)
    }

    static func edges(_ network: ExportedNetwork) -> [UInt8] {
        var out = edgesHeader + "\r\n"
        for x in network.edges {
            let e = x.edge
            out += CSVField.row([
                CSVField.encoded(e.source), CSVField.encoded(e.target),
                CSVField.encoded(ExportedNetwork.upperSnake(e.type)), CSVField.encoded(e.modality.rawValue),
                CSVField.encoded(e.negated ? "true" : "false", text: false), CSVField.encoded(String(e.weight), text: false),
                CSVField.encoded(x.cameo), CSVField.encoded(x.firstDate ?? ""), CSVField.encoded(x.lastDate ?? ""),
            ])
        }
        return Array(out.utf8)
    }

    static func evidence(_ network: ExportedNetwork) -> [UInt8] {
        var out = evidenceHeader + "\r\n"
        for x in network.edges {
            for v in x.edge.evidence {
                out += CSVField.row([
                    CSVField.encoded(x.key), CSVField.encoded(v.article), CSVField.encoded(v.date ?? ""),
                    CSVField.encoded(v.url ?? ""), CSVField.encoded(String(v.sentenceIndex), text: false),
                    CSVField.encoded(v.sentence), CSVField.encoded(v.trigger ?? ""),
                ])
            }
        }
        return Array(out.utf8)
    }
}

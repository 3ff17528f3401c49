import Foundation

/// Node-link JSON, the layout networkx's `json_graph.node_link_data` writes and
/// `json_graph.node_link_graph(data, edges="links")` reads (networkx 3.4 and later default to
/// `"edges"`, hence the keyword):
///
/// ```json
/// {"directed": true, "multigraph": true, "graph": {"generator": "ActorGraph", "name": "actor_network"},
///  "nodes": [{"id": "egypt", "kind": "state", "name_ar": "مصر", "name_en": "Egypt"}],
///  "links": [{"source": "khalifa_haftar", "target": "egypt", "key": "khalifa_haftar|egypt|visited|asserted",
///             "type": "visited", "modality": "asserted", "negated": false, "weight": 2,
///             "cameo": ["042", "043"], "first_date": "2017-08-01", "last_date": "2017-08-03",
///             "evidence": [{"article": "...", "date": "...", "url": null, "sentence_index": 3,
///                           "sentence": "...", "trigger": "...", "start": 120, "end": 180,
///                           "trigger_start": 130, "trigger_end": 135, "attribution": null}]}]}
/// ```
///
/// Absent values are `null`, so every object has the same keys. Keys are sorted, nodes come
/// in id order and links in edge order, so the same network always gives the same bytes.
enum NodeLinkJSON {
    static func encode(_ network: ExportedNetwork) throws -> [UInt8] {
        let document = Document(
            graph: ["generator": "ActorGraph", "name": "actor_network"],
            nodes: network.nodes.map(NodeRecord.init),
            links: network.edges.map(LinkRecord.init))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return Array(try encoder.encode(document)) + [0x0A]
    }

    struct Document: Encodable {
        var directed = true
        var multigraph = true
        var graph: [String: String]
        var nodes: [NodeRecord]
        var links: [LinkRecord]
    }

    struct NodeRecord: Encodable {
        var node: ExportedNetwork.Node
        init(_ node: ExportedNetwork.Node) { self.node = node }

        enum CodingKeys: String, CodingKey { case id, kind, name_ar, name_en }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(node.id, forKey: .id)
            try c.encode(node.kind, forKey: .kind)
            try c.encode(node.nameAr, forKey: .name_ar)
            try c.encode(node.nameEn, forKey: .name_en)
        }
    }

    struct LinkRecord: Encodable {
        var edge: ExportedNetwork.Edge
        init(_ edge: ExportedNetwork.Edge) { self.edge = edge }

        enum CodingKeys: String, CodingKey {
            case source, target, key, type, modality, negated, weight, cameo, first_date, last_date, evidence
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            let e = edge.edge
            try c.encode(e.source, forKey: .source)
            try c.encode(e.target, forKey: .target)
            try c.encode(edge.key, forKey: .key)
            try c.encode(e.type.rawValue, forKey: .type)
            try c.encode(e.modality.rawValue, forKey: .modality)
            try c.encode(e.negated, forKey: .negated)
            try c.encode(e.weight, forKey: .weight)
            try c.encode(e.type.cameo, forKey: .cameo)
            try c.encode(edge.firstDate, forKey: .first_date)
            try c.encode(edge.lastDate, forKey: .last_date)
            try c.encode(e.evidence.map(EvidenceRecord.init), forKey: .evidence)
        }
    }

    struct EvidenceRecord: Encodable {
        var evidence: Evidence
        init(_ evidence: Evidence) { self.evidence = evidence }

        enum CodingKeys: String, CodingKey {
            case article, date, url, sentence_index, sentence, trigger, start, end, trigger_start, trigger_end, attribution
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            let v = evidence
            try c.encode(v.article, forKey: .article)
            try c.encode(v.date, forKey: .date)
            try c.encode(v.url, forKey: .url)
            try c.encode(v.sentenceIndex, forKey: .sentence_index)
            try c.encode(v.sentence, forKey: .sentence)
            try c.encode(v.trigger, forKey: .trigger)
            try c.encode(v.start, forKey: .start)
            try c.encode(v.end, forKey: .end)
            try c.encode(v.triggerStart, forKey: .trigger_start)
            try c.encode(v.triggerEnd, forKey: .trigger_end)
            try c.encode(v.attribution, forKey: .attribution)
        }
    }
}

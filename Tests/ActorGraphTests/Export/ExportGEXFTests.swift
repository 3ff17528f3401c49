import ActorGraph
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Export: GEXF 1.3")
struct ExportGEXFTests {
    @Test("networkx's read_gexf loads it: dynamic, typed attributes, one spell per dated article day",
          .enabled(if: ExportPython.hasNetworkx, "python3 with networkx is not available"))
    func networkxLoads() throws {
        let path = try ExportFixtures.write(.gexf, name: "net.gexf")[0]
        let r = try ExportPython.json("""
            import json, sys
            import networkx as nx
            G = nx.read_gexf(sys.argv[1])
            def edge(u, v, key):
                return G.get_edge_data(u, v, key=key)
            visited = edge("khalifa_haftar", "egypt", sys.argv[2])
            denied = edge("russia", "khalifa_haftar", sys.argv[3])
            undated = edge("uae", "khalifa_haftar", "uae|khalifa_haftar|supported|asserted")
            invalid = edge("formula", "egypt", "formula|egypt|visited|asserted")
            print(json.dumps({
                "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                "directed": G.is_directed(), "multigraph": G.is_multigraph(), "mode": G.graph.get("mode"),
                "label": G.nodes["khalifa_haftar"]["label"], "name_ar": G.nodes["khalifa_haftar"]["name_ar"],
                "kind": G.nodes["egypt"]["kind"], "ghost": G.nodes["ghost"]["kind"],
                "spells": visited.get("spells"), "weight": visited["weight"], "type": visited["type"],
                "cameo": visited["cameo"], "evidence_count": visited["evidence_count"],
                "count_type": type(visited["evidence_count"]).__name__,
                "negated": denied["negated"], "negated_type": type(denied["negated"]).__name__,
                "sentence": denied["example_sentence"], "modality": denied["modality"],
                "denied_spells": denied.get("spells"),
                "undated_spells": undated.get("spells"), "invalid_spells": invalid.get("spells"),
                "first": visited["first_date"], "last": visited["last_date"],
            }))
            """, [path, ExportFixtures.visitedKey, ExportFixtures.deniedKey])
        #expect(r["nodes"] as? Int == ExportFixtures.nodeCount)
        #expect(r["edges"] as? Int == ExportFixtures.edgeCount)
        #expect(r["directed"] as? Bool == true)
        #expect(r["multigraph"] as? Bool == true)
        #expect(r["mode"] as? String == "dynamic")
        #expect(r["label"] as? String == "Khalifa Haftar")
        #expect(r["name_ar"] as? String == "خليفة حفتر")
        #expect(r["kind"] as? String == "state")
        #expect(r["ghost"] as? String == "unknown")
        // Two articles, two days (the second article's two sentences share one day).
        #expect(r["spells"] as? [[String]] == [["2017-08-01", "2017-08-01"], ["2017-08-03", "2017-08-03"]])
        #expect(r["denied_spells"] as? [[String]] == [["2017-09-10", "2017-09-10"]])
        #expect(r["undated_spells"] is NSNull, "an edge with no dated article has no spells")
        #expect(r["invalid_spells"] is NSNull, "a date that is not YYYY-MM-DD gives no spell")
        #expect(r["weight"] as? Double == 2)
        #expect(r["type"] as? String == "visited")
        #expect(r["cameo"] as? String == "042,043")
        #expect(r["evidence_count"] as? Int == 3)
        #expect(r["count_type"] as? String == "int")
        #expect(r["negated"] as? Bool == true)
        #expect(r["negated_type"] as? String == "bool")
        #expect(r["modality"] as? String == "denied")
        #expect(r["sentence"] as? String == ExportFixtures.scriptSentence)
        #expect(r["first"] as? String == "2017-08-01" && r["last"] as? String == "2017-08-03")
    }

    @Test("it is well-formed GEXF 1.3 with node and edge attribute declarations")
    func wellFormed() throws {
        let files = try NetworkExporter.export(ExportFixtures.network, format: .gexf, path: "/tmp/x/n.gexf", svg: nil)
        let text = String(decoding: files[0].bytes, as: UTF8.self)
        #expect(text.contains(#"xmlns="http://gexf.net/1.3""#) && text.contains(#"version="1.3""#))
        #expect(text.contains(#"mode="dynamic""#) && text.contains(#"timeformat="date""#))
        let doc = try XMLDocument(data: Data(files[0].bytes))
        let root = try #require(doc.rootElement())
        #expect(root.name == "gexf")
        let graph = try #require(ExportFixtures.children(root, "graph").first)
        let classes = ExportFixtures.children(graph, "attributes").compactMap { ExportFixtures.attribute($0, "class") }
        #expect(classes == ["node", "edge"])
        try #require(classes.count == 2)
        let edgeTypes = Dictionary(uniqueKeysWithValues: ExportFixtures.children(ExportFixtures.children(graph, "attributes")[1], "attribute").map {
            (ExportFixtures.attribute($0, "title") ?? "", ExportFixtures.attribute($0, "type") ?? "")
        })
        #expect(edgeTypes["negated"] == "boolean" && edgeTypes["evidence_count"] == "integer")
        #expect(!text.contains("\u{1}") && !text.contains("\u{FFFE}"))
    }

    @Test("a network from the extractor round-trips its counts through networkx",
          .enabled(if: ExportPython.hasNetworkx, "python3 with networkx is not available"))
    func extracted() throws {
        let network = try ExportFixtures.extracted()
        let path = try ExportFixtures.write(network, .gexf, name: "x.gexf")[0]
        let r = try ExportPython.json("""
            import json, sys
            import networkx as nx
            G = nx.read_gexf(sys.argv[1])
            print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}))
            """, [path])
        #expect(r["nodes"] as? Int == network.actors.count)
        #expect(r["edges"] as? Int == network.edges.count)
    }
}

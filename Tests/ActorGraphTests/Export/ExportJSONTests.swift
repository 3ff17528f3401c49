import ActorGraph
import Foundation
import Testing

@Suite("Export: node-link JSON")
struct ExportJSONTests {
    @Test("networkx's node_link_graph(edges=\"links\") loads it as a directed multigraph",
          .enabled(if: ExportPython.hasNetworkx, "python3 with networkx is not available"))
    func networkxLoads() throws {
        let path = try ExportFixtures.write(.json, name: "net.json")[0]
        let r = try ExportPython.json("""
            import json, sys
            import networkx as nx
            from networkx.readwrite import json_graph
            data = json.load(open(sys.argv[1], encoding="utf-8"))
            G = json_graph.node_link_graph(data, edges="links")
            denied = G.get_edge_data("russia", "khalifa_haftar", key=sys.argv[2])
            visited = G.get_edge_data("khalifa_haftar", "egypt", key=sys.argv[3])
            print(json.dumps({
                "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
                "directed": G.is_directed(), "multigraph": G.is_multigraph(),
                "name_ar": G.nodes["khalifa_haftar"]["name_ar"], "wagner": G.nodes["wagner"]["name_en"],
                "ghost_kind": G.nodes["ghost"]["kind"],
                "denied_negated": denied["negated"], "denied_modality": denied["modality"],
                "denied_sentence": denied["evidence"][0]["sentence"], "denied_url": denied["evidence"][0]["url"],
                "visited_weight": visited["weight"], "visited_cameo": visited["cameo"],
                "visited_first": visited["first_date"], "visited_last": visited["last_date"],
                "parallel": G.number_of_edges("russia", "khalifa_haftar"),
            }))
            """, [path, ExportFixtures.deniedKey, ExportFixtures.visitedKey])
        #expect(r["nodes"] as? Int == ExportFixtures.nodeCount)
        #expect(r["edges"] as? Int == ExportFixtures.edgeCount)
        #expect(r["directed"] as? Bool == true)
        #expect(r["multigraph"] as? Bool == true)
        #expect(r["name_ar"] as? String == "خليفة حفتر")
        #expect(r["wagner"] as? String == "Wagner \"Group\" <b>&</b>")
        #expect(r["ghost_kind"] as? String == "unknown")
        #expect(r["denied_negated"] as? Bool == true)
        #expect(r["denied_modality"] as? String == "denied")
        #expect(r["denied_sentence"] as? String == ExportFixtures.scriptSentence)
        #expect(r["denied_url"] as? String == ExportFixtures.javascriptURL)
        #expect(r["visited_weight"] as? Int == 2)
        #expect(r["visited_cameo"] as? [String] == ["042", "043"])
        #expect(r["visited_first"] as? String == "2017-08-01")
        #expect(r["visited_last"] as? String == "2017-08-03")
        #expect(r["parallel"] as? Int == 2)
    }

    @Test("the document has the node-link keys, sorted, with null for absent values")
    func shape() throws {
        let files = try NetworkExporter.export(ExportFixtures.network, format: .json, path: "/tmp/x/n.json", svg: nil)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(files[0].bytes)) as? [String: Any])
        #expect(Set(object.keys) == ["directed", "multigraph", "graph", "nodes", "links"])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["egypt", "formula", "ghost", "khalifa_haftar", "russia", "uae", "wagner"])
        #expect(nodes[2]["name_en"] is NSNull)
        let links = try #require(object["links"] as? [[String: Any]])
        #expect(links.count == ExportFixtures.edgeCount)
        let ghost = try #require(links.first { $0["source"] as? String == "ghost" })
        #expect(ghost["first_date"] is NSNull && ghost["weight"] as? Int == 0)
        let formula = try #require(links.first { $0["source"] as? String == "formula" })
        #expect(formula["first_date"] is NSNull, "an invalid date is not a first date")
        let text = String(decoding: files[0].bytes, as: UTF8.self)
        #expect(text.contains(#""cameo" : ["#) && text.contains(#""key" : "khalifa_haftar|egypt|visited|asserted""#))
    }

    @Test("a network from the extractor round-trips its counts through networkx",
          .enabled(if: ExportPython.hasNetworkx, "python3 with networkx is not available"))
    func extracted() throws {
        let network = try ExportFixtures.extracted()
        #expect(!network.edges.isEmpty)
        let path = try ExportFixtures.write(network, .json, name: "x.json")[0]
        let r = try ExportPython.json("""
            import json, sys
            from networkx.readwrite import json_graph
            G = json_graph.node_link_graph(json.load(open(sys.argv[1], encoding="utf-8")), edges="links")
            print(json.dumps({"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}))
            """, [path])
        #expect(r["nodes"] as? Int == network.actors.count)
        #expect(r["edges"] as? Int == network.edges.count)
    }
}

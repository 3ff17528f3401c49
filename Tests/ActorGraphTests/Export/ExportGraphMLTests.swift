import ActorGraph
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("Export: GraphML")
struct ExportGraphMLTests {
    @Test("networkx's read_graphml loads it with typed attributes and distinct parallel edges",
          .enabled(if: ExportPython.hasNetworkx, "python3 with networkx is not available"))
    func networkxLoads() throws {
        let path = try ExportFixtures.write(.graphml, name: "net.graphml")[0]
        let r = try ExportPython.json("""
            import json, sys
            import networkx as nx
            G = nx.read_graphml(sys.argv[1], force_multigraph=True, edge_key_type=str)
            denied = [d for u, v, k, d in G.edges(keys=True, data=True) if k == "russia:khalifa_haftar:supplied_arms:denied"][0]
            visited = G.get_edge_data("khalifa_haftar", "egypt", key="khalifa_haftar:egypt:visited:asserted")
            cooc = G.get_edge_data("egypt", "khalifa_haftar", key="egypt:khalifa_haftar:co_occurs:asserted")
            plain = nx.read_graphml(sys.argv[1])
            print(json.dumps({
                "nodes": G.number_of_nodes(), "edges": G.number_of_edges(), "directed": G.is_directed(),
                "plain_multigraph": plain.is_multigraph(), "plain_edges": plain.number_of_edges(),
                "name_ar": G.nodes["khalifa_haftar"]["name_ar"], "label": G.nodes["wagner"]["label"],
                "formula": G.nodes["formula"]["name_en"], "ghost": G.nodes["ghost"]["kind"],
                "ghost_has_name": "name_en" in G.nodes["ghost"],
                "negated": denied["negated"], "negated_type": type(denied["negated"]).__name__,
                "weight": visited["weight"], "weight_type": type(visited["weight"]).__name__,
                "evidence_count": visited["evidence_count"], "cameo": visited["cameo"],
                "first": visited["first_date"], "last": visited["last_date"],
                "asserted_negated": visited["negated"],
                "sentence": denied["example_sentence"], "control": cooc["example_sentence"],
                "keys": sorted(set(k for u, v, k in G.edges(keys=True))).__len__(),
            }))
            """, [path])
        #expect(r["nodes"] as? Int == ExportFixtures.nodeCount)
        #expect(r["edges"] as? Int == ExportFixtures.edgeCount)
        #expect(r["directed"] as? Bool == true)
        #expect(r["plain_multigraph"] as? Bool == true, "parallel edges make a multigraph even without force_multigraph")
        #expect(r["plain_edges"] as? Int == ExportFixtures.edgeCount)
        #expect(r["keys"] as? Int == ExportFixtures.edgeCount, "edge ids are distinct")
        #expect(r["name_ar"] as? String == "خليفة حفتر")
        #expect(r["label"] as? String == "Wagner \"Group\" <b>&</b>")
        #expect(r["formula"] as? String == ExportFixtures.formulaName)
        #expect(r["ghost"] as? String == "unknown")
        #expect(r["ghost_has_name"] as? Bool == false)
        #expect(r["negated"] as? Bool == true)
        #expect(r["negated_type"] as? String == "bool")
        #expect(r["asserted_negated"] as? Bool == false)
        #expect(r["weight"] as? Int == 2)
        #expect(r["weight_type"] as? String == "int")
        #expect(r["evidence_count"] as? Int == 3)
        #expect(r["cameo"] as? String == "042,043")
        #expect(r["first"] as? String == "2017-08-01")
        #expect(r["last"] as? String == "2017-08-03")
        #expect(r["sentence"] as? String == ExportFixtures.scriptSentence, "quotes, markup, CR and LF survive")
        #expect(r["control"] as? String == "Bell and  and line\u{2028}separator </script><!--", "characters XML cannot hold are removed")
    }

    @Test("it is well-formed XML with every key declared before use")
    func wellFormed() throws {
        let files = try NetworkExporter.export(ExportFixtures.network, format: .graphml, path: "/tmp/x/n.graphml", svg: nil)
        let doc = try XMLDocument(data: Data(files[0].bytes))
        let root = try #require(doc.rootElement())
        #expect(root.name == "graphml")
        let keys = (ExportFixtures.children(root, "key")).compactMap { ExportFixtures.attribute($0, "attr.name") }
        #expect(keys == ["label", "kind", "name_ar", "name_en", "type", "modality", "negated", "weight", "cameo",
                         "first_date", "last_date", "evidence_count", "example_sentence"])
        let types = Dictionary(uniqueKeysWithValues: ExportFixtures.children(root, "key").map {
            (ExportFixtures.attribute($0, "attr.name") ?? "", ExportFixtures.attribute($0, "attr.type") ?? "")
        })
        #expect(types["negated"] == "boolean" && types["weight"] == "int" && types["evidence_count"] == "int" && types["cameo"] == "string")
        let graph = try #require(ExportFixtures.children(root, "graph").first)
        #expect(ExportFixtures.attribute(graph, "parse.edgeids") == "free")
        let edgeIDs = ExportFixtures.children(graph, "edge").compactMap { ExportFixtures.attribute($0, "id") }
        #expect(edgeIDs.count == ExportFixtures.edgeCount && Set(edgeIDs).count == edgeIDs.count)
        for id in edgeIDs {
            #expect(id.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-:".unicodeScalars.contains($0) },
                    "edge id \(id) is an NMTOKEN")
        }
    }
}

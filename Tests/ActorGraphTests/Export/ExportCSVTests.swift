import ActorGraph
import Foundation
import Testing

@Suite("Export: Neo4j CSV")
struct ExportCSVTests {
    /// The three files read back with Python's csv module: `{"nodes": [[...]], "edges": ..., "evidence": ...}`.
    static func readBack(_ paths: [String]) throws -> [String: [[String]]] {
        let r = try ExportPython.json("""
            import csv, json, sys
            out = {}
            for name, path in zip(["nodes", "edges", "evidence"], sys.argv[1:]):
                with open(path, newline="", encoding="utf-8") as f:
                    out[name] = list(csv.reader(f, strict=True))
            print(json.dumps(out))
            """, paths)
        return r.compactMapValues { $0 as? [[String]] }
    }

    @Test("headers are neo4j-admin import headers", .enabled(if: ExportPython.hasPython, "python3 is not available"))
    func headers() throws {
        let rows = try Self.readBack(try ExportFixtures.write(.csv, name: "net.csv"))
        #expect(rows["nodes"]?.first == ["id:ID", "kind", "name_ar", "name_en", ":LABEL"])
        #expect(rows["edges"]?.first == [":START_ID", ":END_ID", ":TYPE", "modality", "negated:boolean", "weight:int",
                                         "cameo", "first_date", "last_date"])
        #expect(rows["evidence"]?.first == ["edge_key", "article", "date", "url", "sentence_index:int", "sentence", "trigger"])
    }

    @Test("rows parse back with every node, edge and evidence sentence", .enabled(if: ExportPython.hasPython, "python3 is not available"))
    func rows() throws {
        let rows = try Self.readBack(try ExportFixtures.write(.csv, name: "net"))
        let nodes = Array(try #require(rows["nodes"]).dropFirst())
        let edges = Array(try #require(rows["edges"]).dropFirst())
        let evidence = Array(try #require(rows["evidence"]).dropFirst())
        #expect(nodes.count == ExportFixtures.nodeCount)
        #expect(edges.count == ExportFixtures.edgeCount)
        #expect(evidence.count == ExportFixtures.edges.map(\.evidence.count).reduce(0, +))
        #expect(nodes.allSatisfy { $0.count == 5 } && edges.allSatisfy { $0.count == 9 } && evidence.allSatisfy { $0.count == 7 })

        let haftar = try #require(nodes.first { $0[0] == "khalifa_haftar" })
        #expect(haftar == ["khalifa_haftar", "person", "خليفة حفتر", "Khalifa Haftar", "Person"])
        #expect(nodes.first { $0[0] == "egypt" }?[4] == "State")
        #expect(nodes.first { $0[0] == "wagner" }?[4] == "Organisation")
        #expect(nodes.first { $0[0] == "wagner" }?[3] == "Wagner \"Group\" <b>&</b>")
        #expect(nodes.first { $0[0] == "ghost" } == ["ghost", "unknown", "", "", "Unknown"])

        let visited = try #require(edges.first { $0[0] == "khalifa_haftar" && $0[2] == "VISITED" })
        #expect(visited == ["khalifa_haftar", "egypt", "VISITED", "asserted", "false", "2", "042,043", "2017-08-01", "2017-08-03"])
        let denied = try #require(edges.first { $0[2] == "SUPPLIED_ARMS" })
        #expect(denied[3] == "denied" && denied[4] == "true")
        #expect(edges.contains { $0[2] == "CO_OCCURS" && $0[6] == "" })

        let script = try #require(evidence.first { $0[0] == ExportFixtures.deniedKey })
        #expect(script[5] == ExportFixtures.scriptSentence, "quotes, commas, CR and LF survive quoting")
        #expect(script[3] == ExportFixtures.javascriptURL)
        #expect(script[4] == "0")
        // Every ids in the edges file names a node.
        let ids = Set(nodes.map { $0[0] })
        #expect(edges.allSatisfy { ids.contains($0[0]) && ids.contains($0[1]) })
    }

    @Test("fields that a spreadsheet would run as formulas get a leading apostrophe",
          .enabled(if: ExportPython.hasPython, "python3 is not available"))
    func formulaInjection() throws {
        let rows = try Self.readBack(try ExportFixtures.write(.csv, name: "net.csv"))
        let nodes = try #require(rows["nodes"]), evidence = try #require(rows["evidence"])
        let formula = try #require(nodes.first { $0[0] == "formula" })
        #expect(formula[3] == "'=HYPERLINK(\"x\")")
        #expect(formula[2] == "'+حفتر")
        let contracted = try #require(evidence.first { $0[0].hasPrefix("wagner|") })
        #expect(contracted[5] == "'=HYPERLINK(\"x\")")
        #expect(contracted[6] == "'-contract")
        let at = try #require(evidence.first { $0[0].hasPrefix("formula|") })
        #expect(at[1] == "'@a8.txt" && at[5] == "'+1 visit")
        // No field anywhere starts with a formula character.
        for row in (nodes + (rows["edges"] ?? []) + evidence) {
            for field in row {
                #expect(!(field.first.map { "=+-@\t\r".contains($0) } ?? false), "\(field)")
            }
        }
    }

    @Test("quoting follows RFC 4180 with CRLF records")
    func quoting() throws {
        let files = try NetworkExporter.export(ExportFixtures.network, format: .csv, path: "/tmp/x/n.csv", svg: nil)
        let nodes = String(decoding: files[0].bytes, as: UTF8.self)
        #expect(nodes.hasPrefix("id:ID,kind,name_ar,name_en,:LABEL\r\n"))
        #expect(nodes.contains("\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(nodes.contains("wagner,organisation,فاغنر,\"Wagner \"\"Group\"\" <b>&</b>\",Organisation\r\n"))
        #expect(!files[0].bytes.starts(with: [0xEF, 0xBB, 0xBF]), "no byte order mark")
        let edges = String(decoding: files[1].bytes, as: UTF8.self)
        #expect(edges.contains("khalifa_haftar,egypt,VISITED,asserted,false,2,\"042,043\",2017-08-01,2017-08-03\r\n"))
    }
}

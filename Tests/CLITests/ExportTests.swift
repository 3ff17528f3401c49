import Foundation
import Testing

// ─────────────────────────────────────────────────────────────────────────────────────────
// NOTE: these tests exercise `actorgraph build -o FILE` with the data export extensions
// (.graphml, .gexf, .csv, .html, node-link .json). The library side is `NetworkExporter`
// (Sources/ActorGraph/Export/Formats/); wiring it into `actorgraph build` is a separate
// change. Until that lands these tests are EXPECTED TO FAIL (the CLI answers exit 64,
// "unknown extension", and `.json` still writes Graphviz's layout JSON).
// ─────────────────────────────────────────────────────────────────────────────────────────

@Suite("actorgraph build: data exports")
struct ExportTests {
    /// `N actors, T typed edges, C co-occurrence edges` from build's summary line.
    static func counts(_ stderr: String) -> (actors: Int, typed: Int, cooccurrence: Int)? {
        guard let line = stderr.split(separator: "\n").last(where: { $0.contains(" actors, ") }) else { return nil }
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count >= 3 else { return nil }
        return (numbers[0], numbers[1], numbers[2])
    }

    /// Runs `python3 -c script args` and decodes the JSON object it prints.
    static func python(_ script: String, _ args: [String]) throws -> [String: Any] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0, let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return object
    }

    static let hasNetworkx: Bool = (try? python("import json, networkx; print(json.dumps({}))", [])) != nil

    /// Nodes, edges and relation types of every export, as networkx reads them.
    static let loadAll = """
        import csv, json, sys
        import networkx as nx
        from networkx.readwrite import json_graph
        graphml, gexf, nodelink, edges_csv = sys.argv[1:5]
        out = {}
        G = nx.read_graphml(graphml, force_multigraph=True, edge_key_type=str)
        out["graphml"] = [G.number_of_nodes(), G.number_of_edges(), sorted(set(d["type"] for _, _, d in G.edges(data=True)))]
        out["graphml_negated"] = sum(1 for _, _, d in G.edges(data=True) if d["negated"])
        G = nx.read_gexf(gexf)
        out["gexf"] = [G.number_of_nodes(), G.number_of_edges(), sorted(set(d["type"] for _, _, d in G.edges(data=True)))]
        G = json_graph.node_link_graph(json.load(open(nodelink, encoding="utf-8")), edges="links")
        out["json"] = [G.number_of_nodes(), G.number_of_edges(), sorted(set(d["type"] for _, _, d in G.edges(data=True)))]
        with open(edges_csv, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))[1:]
        out["csv"] = [len(rows), sorted(set(r[2] for r in rows))]
        print(json.dumps(out))
        """

    @Test("build writes GraphML, GEXF, node-link JSON, CSV and HTML of the drawn network in one run",
          .enabled(if: hasNetworkx, "python3 with networkx is not available"))
    func allFormats() throws {
        let dir = try CLI.tempDir()
        func p(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let r = try CLI.run(["build", "Examples/articles", "-o", p("g.svg"), "-o", p("g.graphml"), "-o", p("g.gexf"),
                             "-o", p("g.json"), "-o", p("g.csv"), "-o", p("g.html")])
        #expect(r.status == 0, "\(r.stderr)")
        let summary = try #require(Self.counts(r.stderr), "no summary line in: \(r.stderr)")
        let edges = summary.typed + summary.cooccurrence
        for name in ["g.svg", "g.graphml", "g.gexf", "g.json", "g.nodes.csv", "g.edges.csv", "g.evidence.csv", "g.html"] {
            #expect(FileManager.default.fileExists(atPath: p(name)), "\(name) was not written")
        }
        #expect(!FileManager.default.fileExists(atPath: p("g.csv")), "csv writes STEM.nodes/edges/evidence.csv, not g.csv")
        let loaded = try Self.python(Self.loadAll, [p("g.graphml"), p("g.gexf"), p("g.json"), p("g.edges.csv")])
        for format in ["graphml", "gexf", "json"] {
            let row = try #require(loaded[format] as? [Any])
            #expect(row[0] as? Int == summary.actors, "\(format) nodes")
            #expect(row[1] as? Int == edges, "\(format) edges")
        }
        #expect((loaded["csv"] as? [Any])?.first as? Int == edges)
        #expect(loaded["graphml_negated"] as? Int == 0, "negated relations are not drawn, so not exported, by default")

        // The HTML report inlines the same drawing as g.svg.
        let svg = try Data(contentsOf: URL(fileURLWithPath: p("g.svg")))
        let html = try String(contentsOfFile: p("g.html"), encoding: .utf8)
        for id in svgIDs(svg) where id.hasPrefix("node_") || id.hasPrefix("edge_") {
            #expect(html.contains("id=\"\(id)\""), "\(id) is missing from the report")
        }
        #expect(!html.lowercased().contains("<script src"))
    }

    @Test("the exports hold exactly the edges the drawing shows (same filter)",
          .enabled(if: hasNetworkx, "python3 with networkx is not available"))
    func sameFilter() throws {
        let dir = try CLI.tempDir()
        func p(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let r = try CLI.run(["build", "Examples/articles", "--types", "visited,supplied_arms", "--no-cooccurrence", "--show-negated",
                             "-o", p("f.svg"), "-o", p("f.graphml"), "-o", p("f.gexf"), "-o", p("f.json"), "-o", p("f.csv")])
        #expect(r.status == 0, "\(r.stderr)")
        let svgEdges = svgIDs(try Data(contentsOf: URL(fileURLWithPath: p("f.svg")))).filter { $0.hasPrefix("edge_") }
        let loaded = try Self.python(Self.loadAll, [p("f.graphml"), p("f.gexf"), p("f.json"), p("f.edges.csv")])
        for format in ["graphml", "gexf", "json"] {
            let row = try #require(loaded[format] as? [Any])
            #expect(row[1] as? Int == svgEdges.count, "\(format) has the drawing's edges")
            #expect(Set(row[2] as? [String] ?? []).isSubset(of: ["visited", "supplied_arms"]), "\(format) types")
        }
        let csv = try #require(loaded["csv"] as? [Any])
        #expect(csv[0] as? Int == svgEdges.count)
        #expect(Set(csv[1] as? [String] ?? []).isSubset(of: ["VISITED", "SUPPLIED_ARMS"]))
        #expect((loaded["graphml_negated"] as? Int ?? 0) > 0, "--show-negated exports the negated edges it draws")
    }

    @Test("-o x.gv.json and x.layout.json keep Graphviz's layout JSON; x.json is node-link JSON")
    func jsonFlavours() throws {
        let dir = try CLI.tempDir()
        func p(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let r = try CLI.run(["build", "Examples/articles/en", "-o", p("a.gv.json"), "-o", p("a.layout.json"), "-o", p("a.json")])
        #expect(r.status == 0, "\(r.stderr)")
        for name in ["a.gv.json", "a.layout.json"] {
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: p(name)))) as? [String: Any]
            #expect(object?["objects"] != nil && object?["links"] == nil, "\(name) is Graphviz JSON")
        }
        let nodeLink = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: p("a.json")))) as? [String: Any]
        #expect(nodeLink?["links"] != nil && nodeLink?["multigraph"] as? Bool == true)
    }

    @Test("an HTML report is self-contained and shows the evidence data")
    func htmlReport() throws {
        let dir = try CLI.tempDir()
        let html = dir.appendingPathComponent("report.html").path
        let r = try CLI.run(["build", "Examples/articles", "--title", "Libya <2017>", "-o", html])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: html, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("<svg") && text.contains("node_khalifa_haftar"))
        #expect(text.contains("Libya &lt;2017&gt;"))
        #expect(text.contains(#"<script type="application/json" id="actorgraph-data">"#))
        #expect(!text.lowercased().contains("<script src") && !text.lowercased().contains("<link"))
    }

    @Test("an unwritable export fails with exit 73 and writes nothing else")
    func unwritable() throws {
        let dir = try CLI.tempDir()
        let good = dir.appendingPathComponent("g.graphml").path
        let r = try CLI.run(["build", "Examples/articles", "-o", good, "-o", dir.appendingPathComponent("missing/x.gexf").path])
        #expect(r.status == 73, "\(r.stderr)")
        #expect(r.stderr.contains("missing"))
        #expect(!FileManager.default.fileExists(atPath: good), "every output directory is checked before anything is written")
    }

    @Test("an unknown extension names the export formats too")
    func unknownExtension() throws {
        let r = try CLI.run(["build", "Examples/articles", "-o", "/tmp/x.bmpx"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("graphml") && r.stderr.contains("gexf") && r.stderr.contains("html"))
    }
}

import Foundation
import Testing

/// One hostile corpus through `actorgraph build` with every output format: actor names (from
/// `--actors`), evidence sentences and article metadata full of quotes, backslashes,
/// `<script>`, `&`, newlines, `javascript:` URLs, bidi overrides and spreadsheet formulas.
/// Each output is opened with its real reader (Graphviz, Python's XML, JSON and CSV
/// modules, networkx, headless Chromium): it parses, holds exactly the drawn actors, keeps
/// the hostile text as text, and nothing in it executes.
@Suite("Reliability: injection through names, evidence and metadata", .serialized)
struct InjectionTests {
    /// What a successful injection would do in a browser: mark the document.
    static let payload = "window['document']['documentElement']['setAttribute']('data-pwned','yes')"
    /// The English name of the hostile person: a formula, quotes, a backslash, markup, an
    /// ampersand, a newline and an event handler.
    static let zorgName = "=HYPERLINK(\"javascript:alert(1)\",\"Zorg\") \"Evil\" \\ <script>\(payload)</script> & Co\n<img src=x onerror=\"\(payload)\">"
    /// Its Arabic name, with a right-to-left override spoofing a file name.
    static let zorgArabic = "@زورغ \u{202E}exe.gnp"
    static let orgName = "+cmd|' /C calc'!A0"

    static func yamlQuoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    /// Writes the hostile dictionary and articles and builds every format; returns the
    /// directory and the `-o` paths by extension.
    static let built: Result<(dir: URL, out: [String: String]), Error> = Result {
        let dir = try CLI.tempDir()
        let dictionary = """
            version: 1
            actors:
              - id: zorg
                kind: person
                names: {en: \(yamlQuoted(zorgName)), ar: \(yamlQuoted(zorgArabic))}
                aliases: {en: [Zorg Evilson]}
              - id: hyper_org
                kind: organisation
                names: {en: \(yamlQuoted(orgName)), ar: "-منظمة"}
                aliases: {en: [Hyper Link Corp]}
            """
        try Reliability.write(dictionary, "hostile.yaml", in: dir)
        let sentence = "=HYPERLINK(\"javascript:alert(1)\") Zorg Evilson\nvisited Cairo <script>\(payload)</script> & met \"Sisi\" \\ there."
        let record: [String: Any] = [
            "title": "</title><script>\(payload)</script>\n\"quoted\" & \\ title",
            "url": "javascript:\(payload)",
            "date": "2020-01-02",
            "text": sentence + "\nHyper Link Corp supported Zorg Evilson \u{202E}in Libya.",
        ]
        try Reliability.write(Array(try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])), "in/a.json", in: dir)
        try Reliability.write("---\ntitle: \"<img src=x onerror=\\\"\(payload)\\\">\"\nurl: javascript:\(payload)\ndate: 2020-02-03\n---\n"
                              + "@SUM(1+1) Zorg Evilson met Khalifa Haftar in Benghazi.\n", "in/b.txt", in: dir)
        var out: [String: String] = [:]
        for ext in ["dot", "svg", "html", "graphml", "gexf", "json", "csv"] { out[ext] = dir.appendingPathComponent("g.\(ext)").path }
        let r = try CLI.run(["build", dir.appendingPathComponent("in").path, "--no-store", "--actors", dir.appendingPathComponent("hostile.yaml").path,
                             "--title", "<script>\(payload)</script>", "--labels", "both"]
                            + out.values.sorted().flatMap { ["-o", $0] })
        guard r.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: r.stderr]) }
        return (dir, out)
    }

    /// The node ids and edge count of the node-link JSON: what every other output must hold.
    static func drawn() throws -> (nodes: Set<String>, edges: Int) {
        let (_, out) = try built.get()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out["json"]!))) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        let links = try #require(object["links"] as? [[String: Any]])
        return (Set(nodes.compactMap { $0["id"] as? String }), links.count)
    }

    @Test("JSON: Python's json module reads the names and the metadata back exactly",
          .enabled(if: ExportTests.hasNetworkx, "python3 with networkx is not available"))
    func json() throws {
        let (_, out) = try Self.built.get()
        let (nodes, _) = try Self.drawn()
        #expect(nodes.isSuperset(of: ["zorg", "hyper_org", "egypt", "khalifa_haftar"]), "\(nodes)")
        let r = try ExportTests.python("""
            import json, sys
            d = json.load(open(sys.argv[1], encoding="utf-8"))
            strings = []
            def walk(v):
                if isinstance(v, str): strings.append(v)
                elif isinstance(v, dict): [walk(x) for x in v.values()]
                elif isinstance(v, list): [walk(x) for x in v]
            walk(d)
            print(json.dumps({"strings": strings}))
            """, [out["json"]!])
        let strings = try #require(r["strings"] as? [String])
        #expect(strings.contains(Self.zorgName))
        #expect(strings.contains(Self.zorgArabic))
        #expect(strings.contains("javascript:\(Self.payload)"), "the URL is data here, kept as given")
    }

    @Test("DOT: Graphviz's own reader parses it with exactly the drawn nodes and edges, names kept as labels")
    func dot() throws {
        let (_, out) = try Self.built.get()
        let (nodes, edges) = try Self.drawn()
        let dot = try #require(["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) })
        let canon = try CLI.run(program: URL(fileURLWithPath: dot), ["-Tcanon", out["dot"]!])
        #expect(canon.status == 0, "\(canon.stderr)")
        let parsed = try CLI.run(program: URL(fileURLWithPath: dot), ["-Tjson0", out["dot"]!])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        let graph = try #require(try JSONSerialization.jsonObject(with: parsed.stdoutBytes) as? [String: Any])
        let objects = (graph["objects"] as? [[String: Any]] ?? []).filter { ($0["name"] as? String).map { !$0.hasPrefix("cluster") && !$0.hasPrefix("legend") } ?? false }
        let names = Set(objects.compactMap { $0["name"] as? String })
        #expect(names.isSuperset(of: nodes), "\(names.subtracting(nodes))")
        #expect(!names.contains { $0.contains("script") || $0.contains("HYPERLINK") }, "no node made from a name")
        let zorg = try #require(objects.first { $0["name"] as? String == "zorg" })
        let label = zorg["label"] as? String ?? ""
        #expect(label.contains("<script>") && label.contains("Evil"), "\(label)")
        #expect(!(try String(contentsOfFile: out["dot"]!, encoding: .utf8)).unicodeScalars.contains("\u{202E}"), "bidi overrides dropped")
        #expect(((graph["edges"] as? [Any]) ?? []).count >= edges)
    }

    @Test("SVG, GraphML, GEXF: well-formed XML with no script element, event handler or javascript: link; networkx reads the names back",
          .enabled(if: ExportTests.hasNetworkx, "python3 with networkx is not available"))
    func xml() throws {
        let (_, out) = try Self.built.get()
        let (nodes, edges) = try Self.drawn()
        let r = try ExportTests.python("""
            import json, sys
            import xml.etree.ElementTree as ET
            import networkx as nx
            svg, graphml, gexf, zorg = sys.argv[1:5]
            report = {}
            for name, path in (("svg", svg), ("graphml", graphml), ("gexf", gexf)):
                root = ET.parse(path).getroot()
                bad = []
                for el in root.iter():
                    tag = el.tag.rsplit("}", 1)[-1].lower()
                    if tag in ("script", "foreignobject", "iframe", "img"): bad.append(tag)
                    for k, v in el.attrib.items():
                        k = k.rsplit("}", 1)[-1].lower()
                        if k.startswith("on"): bad.append(k)
                        if k == "href" and v.strip().lower().startswith("javascript:"): bad.append(v)
                texts = "".join(root.itertext())
                report[name] = {"bad": bad, "rlo": "\\u202e" in open(path, encoding="utf-8").read(), "script_text": "<script>" in texts}
            G = nx.read_graphml(graphml, force_multigraph=True, edge_key_type=str)
            report["graphml"].update({"nodes": sorted(G.nodes), "edges": G.number_of_edges(),
                                      "zorg": zorg in [str(v) for v in G.nodes["zorg"].values()]})
            G = nx.read_gexf(gexf)
            report["gexf"].update({"nodes": sorted(G.nodes), "edges": G.number_of_edges(),
                                   "zorg": zorg in [str(v) for v in G.nodes["zorg"].values()]})
            print(json.dumps(report))
            """, [out["svg"]!, out["graphml"]!, out["gexf"]!, Self.zorgName])
        for name in ["svg", "graphml", "gexf"] {
            let part = try #require(r[name] as? [String: Any])
            #expect((part["bad"] as? [String]) == [], "\(name): \(part)")
        }
        for name in ["svg", "graphml"] {
            #expect((r[name] as? [String: Any])?["script_text"] as? Bool == true, "\(name): the markup is text")
        }
        let svg = try #require(r["svg"] as? [String: Any])
        #expect(svg["rlo"] as? Bool == false, "the drawing drops bidi overrides")
        for name in ["graphml", "gexf"] {
            let part = try #require(r[name] as? [String: Any])
            #expect(Set(part["nodes"] as? [String] ?? []) == nodes, "\(name)")
            #expect(part["zorg"] as? Bool == true, "\(name): the name reads back exactly")
        }
        #expect((r["graphml"] as? [String: Any])?["edges"] as? Int == edges)
    }

    @Test("CSV: no cell starts with = + - @ (or a tab or CR); formulas read back as text with a leading apostrophe",
          .enabled(if: ExportTests.hasNetworkx, "python3 with networkx is not available"))
    func csv() throws {
        let (dir, _) = try Self.built.get()
        let files = ["g.nodes.csv", "g.edges.csv", "g.evidence.csv"].map { dir.appendingPathComponent($0).path }
        let r = try ExportTests.python("""
            import csv, json, sys
            cells = []
            for path in sys.argv[1:]:
                with open(path, newline="", encoding="utf-8") as f:
                    for row in csv.reader(f):
                        cells.extend(row)
            print(json.dumps({"dangerous": [c for c in cells if c[:1] in ("=", "+", "-", "@", "\\t", "\\r")], "cells": cells}))
            """, files)
        #expect((r["dangerous"] as? [String]) == [])
        let cells = try #require(r["cells"] as? [String])
        #expect(cells.contains("'" + Self.zorgName))
        #expect(cells.contains("'" + Self.orgName))
        #expect(cells.contains { $0.hasPrefix("'=HYPERLINK(\"javascript:alert(1)\") Zorg Evilson") }, "the evidence sentence, neutralised")
    }

    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The DOM headless Chromium builds from `url` after running its scripts.
    static func dom(_ url: String) throws -> String {
        let (dir, _) = try built.get()
        let r = try CLI.run(program: URL(fileURLWithPath: try #require(chromium)),
                            ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                             "--user-data-dir=\(dir.appendingPathComponent("chromium-\(UUID().uuidString)").path)",
                             "--dump-dom", "--virtual-time-budget=3000", url])
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }

    @Test("HTML and SVG in headless Chromium: the report's own script runs, no injected script or handler does, no javascript: link",
          .enabled(if: chromium != nil, "chromium is not installed"))
    func browser() throws {
        let (_, out) = try Self.built.get()
        for fragment in ["", "#edge_zorg_egypt_visited", "#node_zorg"] {
            let dom = try Self.dom("file://\(out["html"]!)\(fragment)")
            #expect(dom.contains(#"data-ready="true""#), "the report's script ran to its end")
            #expect(!dom.contains("data-pwned=\"yes\""), "an injected script ran (\(fragment))")
            #expect(!dom.contains("href=\"javascript:"))
            #expect(!dom.unicodeScalars.contains("\u{202E}"))
        }
        let panel = try Self.dom("file://\(out["html"]!)#edge_zorg_egypt_visited")
        #expect(panel.contains("&lt;script&gt;window['document']"), "the sentence is shown as text")
        let svg = try Self.dom("file://\(out["svg"]!)")
        #expect(svg.contains("<svg"))
        #expect(!svg.contains("data-pwned=\"yes\""))
    }
}

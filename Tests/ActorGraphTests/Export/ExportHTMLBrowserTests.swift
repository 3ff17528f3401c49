import ActorGraph
import Foundation
import Testing

/// Opens the HTML report in headless Chromium (skipped when it is not installed:
/// `apt-get install chromium`).
@Suite("Export: HTML report in a browser", .serialized)
struct ExportHTMLBrowserTests {
    static let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs Chromium headless with `arguments` and returns its standard output.
    static func runChromium(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: try #require(chromium))
        p.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                       "--no-first-run", "--user-data-dir=\(try ExportFixtures.temporaryDirectory())"] + arguments
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func writeReport() throws -> String {
        let network = ExportFixtures.network
        let svg = try NetworkRenderer(options: RenderOptions(showNegated: true)).render(network, formats: [.svg])[.svg]
        return try ExportFixtures.write(network, .html, name: "report.html", svg: svg)[0]
    }

    @Test("a screenshot of the report is a PNG", .enabled(if: chromium != nil, "chromium is not installed"))
    func screenshot() throws {
        let report = try Self.writeReport()
        let png = URL(fileURLWithPath: report).deletingLastPathComponent().appendingPathComponent("report.png").path
        let r = try Self.runChromium(["--screenshot=\(png)", "--window-size=1400,1000", "file://\(report)"])
        #expect(r.status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) && bytes.count > 10_000)
    }

    @Test("the script runs and the panel shows hostile evidence as text, linking only http(s)",
          .enabled(if: chromium != nil, "chromium is not installed"))
    func panel() throws {
        let report = try Self.writeReport()
        let r = try Self.runChromium(["--dump-dom", "--virtual-time-budget=3000",
                                      "file://\(report)#edge_russia_khalifa_haftar_supplied_arms_denied"])
        #expect(r.status == 0)
        let dom = r.stdout
        #expect(dom.contains(#"data-ready="true""#), "the script ran to its end")
        // The sentence is a text node: its markup is escaped in the serialised DOM, never an element.
        #expect(dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
        #expect(!dom.contains("<script>alert"))
        #expect(dom.contains(#"<p class="sentence" dir="auto">"#))
        #expect(!dom.contains("javascript:"))
        #expect(dom.contains("Russia / روسيا"))

        let visited = try Self.runChromium(["--dump-dom", "--virtual-time-budget=3000",
                                            "file://\(report)#edge_khalifa_haftar_egypt_visited"])
        #expect(visited.stdout.contains(#"href="https://news.example/a1?id=1&amp;lang=ar""#))
        #expect(visited.stdout.contains(#"rel="noopener noreferrer""#))
    }

    /// Drives the report in the browser: a script appended after the report's own types a
    /// search, unticks a relation type, clicks a node, and records what the page shows.
    @Test("search highlights actors, the filter hides edges by class, a click fills the panel",
          .enabled(if: chromium != nil, "chromium is not installed"))
    func interaction() throws {
        let report = try Self.writeReport()
        var html = try String(contentsOfFile: report, encoding: .utf8)
        let probe = """
            <script>
            (function () {
              var out = {};
              var search = document.getElementById('search');
              search.value = 'حفتر';
              search.dispatchEvent(new Event('input', { bubbles: true }));
              out.hits = Array.prototype.map.call(document.querySelectorAll('#drawing g.node.hit'), function (g) { return g.id; }).sort();
              out.count = document.getElementById('search-count').textContent;
              search.value = 'WAGNER';
              search.dispatchEvent(new Event('input', { bubbles: true }));
              out.hits2 = Array.prototype.map.call(document.querySelectorAll('#drawing g.node.hit'), function (g) { return g.id; });
              var box = document.querySelector('#type-filter input[data-type="supported"]');
              box.checked = false;
              box.dispatchEvent(new Event('change', { bubbles: true }));
              out.filtered = Array.prototype.map.call(document.querySelectorAll('#drawing g.edge.filtered'), function (g) { return g.id; }).sort();
              var neg = document.querySelector('#type-filter input[data-negated]');
              neg.checked = false;
              neg.dispatchEvent(new Event('change', { bubbles: true }));
              out.filtered2 = document.querySelectorAll('#drawing g.edge.filtered').length;
              var title = document.querySelector('#node_egypt text') || document.getElementById('node_egypt');
              title.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
              out.panel = document.querySelector('#details h2').textContent;
              out.relations = document.querySelectorAll('#details details').length;
              out.selected = document.querySelector('#drawing g.selected').id;
              document.body.setAttribute('data-probe', JSON.stringify(out));
            })();
            </script>
            """
        html = html.replacingOccurrences(of: "</body>", with: probe + "\n</body>")
        let probed = URL(fileURLWithPath: report).deletingLastPathComponent().appendingPathComponent("probed.html").path
        try html.write(toFile: probed, atomically: true, encoding: .utf8)
        let r = try Self.runChromium(["--dump-dom", "--virtual-time-budget=3000", "file://\(probed)"])
        #expect(r.status == 0)
        let dom = r.stdout
        let start = try #require(dom.range(of: "data-probe=\""), "the probe did not run")
        let end = try #require(dom.range(of: "\"", range: start.upperBound..<dom.endIndex))
        let json = String(dom[start.upperBound..<end.lowerBound])
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
        let out = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(out["hits"] as? [String] == ["node_formula", "node_khalifa_haftar"], "Arabic search matches name_ar")
        #expect(out["count"] as? String == "2 actors")
        #expect(out["hits2"] as? [String] == ["node_wagner"], "search ignores case")
        #expect(out["filtered"] as? [String] == ["edge_egypt_khalifa_haftar_supported", "edge_russia_khalifa_haftar_supported",
                                                "edge_uae_khalifa_haftar_supported"])
        #expect(out["filtered2"] as? Int == 4, "the negated box hides the denied edge too")
        #expect((out["panel"] as? String)?.contains("Egypt / مصر") == true)
        #expect(out["relations"] as? Int == 5)
        #expect(out["selected"] as? String == "node_egypt")
    }
}

import ActorGraph
import Foundation
import Testing

@Suite("Export: HTML report")
struct ExportHTMLTests {
    /// The report of the fixture network, drawn with negated edges shown.
    static func report() throws -> String {
        let network = ExportFixtures.network
        let svg = try NetworkRenderer(options: RenderOptions(showNegated: true)).render(network, formats: [.svg])[.svg]
        let files = try NetworkExporter.export(network, format: .html, path: "/tmp/x/report.html", svg: svg, title: "Haftar <network> & \u{202E}co")
        return String(decoding: files[0].bytes, as: UTF8.self)
    }

    /// The text of the JSON data block.
    static func dataBlock(_ html: String) throws -> String {
        let open = #"<script type="application/json" id="actorgraph-data">"#
        let start = try #require(html.range(of: open))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        return String(html[start.upperBound..<end.lowerBound])
    }

    @Test("one self-contained file: the SVG inlined, inline style and script, nothing fetched")
    func selfContained() throws {
        let html = try Self.report()
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg") && html.contains("</svg>"))
        #expect(html.contains(#"id="node_khalifa_haftar""#) && html.contains(#"id="edge_russia_khalifa_haftar_supplied_arms_denied""#))
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"), "the SVG's prolog is dropped")
        let lower = html.lowercased()
        #expect(!lower.contains("<script src") && !lower.contains(" src="))
        #expect(!lower.contains("<link"))
        #expect(!lower.contains("@import") && !lower.contains("url(http") && !lower.contains("url(//"))
        #expect(!lower.contains("href=\"http") && !lower.contains("xlink:href"), "the drawing's links are removed")
        #expect(lower.contains("content-security-policy") && lower.contains("default-src 'none'"))
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        // Only http(s) URLs are left in the page, and they are data.
        #expect(!lower.contains("javascript:"), "a javascript: URL is neither linked nor kept")
        #expect(html.contains("https://news.example/a1?id=1\\u0026lang=ar"))
    }

    @Test("article text cannot close the script, and markup in names is escaped")
    func escaping() throws {
        let html = try Self.report()
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("</script><!--"))
        #expect(!html.contains("<b>&</b>"))
        #expect(html.contains("<title>Haftar &lt;network&gt; &amp; co</title>"))
        let block = try Self.dataBlock(html)
        #expect(!block.contains("<") && !block.contains(">") && !block.contains("&"))
        #expect(!block.contains("\u{2028}") && !block.contains("\u{2029}"))
        #expect(block.contains(#"\u003cscript\u003e"#))
        let data = try #require(try JSONSerialization.jsonObject(with: Data(block.utf8)) as? [String: Any])
        let edges = try #require(data["edges"] as? [[String: Any]])
        #expect(edges.count == ExportFixtures.edgeCount)
        let denied = try #require(edges.first { $0["key"] as? String == ExportFixtures.deniedKey })
        let evidence = try #require((denied["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["sentence"] as? String == ExportFixtures.scriptSentence)
        #expect(evidence["link"] == nil, "no link for a javascript: URL")
        #expect(denied["svg"] as? String == "edge_russia_khalifa_haftar_supplied_arms_denied")
        let visited = try #require(edges.first { $0["key"] as? String == ExportFixtures.visitedKey })
        #expect((visited["evidence"] as? [[String: Any]])?.first?["link"] as? String == ExportFixtures.webURL)
        let formula = try #require(edges.first { $0["source"] as? String == "formula" })
        #expect((formula["evidence"] as? [[String: Any]])?.first?["link"] as? String == "HTTPS://news.example/a8")
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        #expect(nodes.count == ExportFixtures.nodeCount)
    }

    @Test("bidi controls are stripped from the whole page")
    func bidi() throws {
        let html = try Self.report()
        for c in ["\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"] {
            #expect(!html.contains(c))
        }
        #expect(html.contains("Support for Haftar grew; isolated text"))
    }

    @Test("legend and filter list the kinds and types present, in the drawing's colours, and name the SVG classes")
    func legend() throws {
        let html = try Self.report()
        for type in ["visited", "met", "supported", "supplied_arms", "contracted", "co_occurs", "refused"] {
            #expect(html.contains(#"data-type="\#(type)""#), "\(type)")
        }
        #expect(!html.contains(#"data-type="son_of""#), "absent types are not listed")
        #expect(html.contains(#"data-negated="1""#))
        #expect(html.contains("#1f77b4") && html.contains("#fde2c8") && html.contains("#2f5f98"))
        // The drawing's edges carry the classes the filter toggles.
        #expect(html.contains(#"class="edge relation type&#45;visited""#))
        #expect(html.contains("'type-'") && html.contains("'negated'"))
        #expect(html.contains(#"id="search""#) && html.contains(#"id="details""#))
        #expect(!html.contains("innerHTML"))
    }

    @Test("the report of a network from the extractor holds its drawing and data")
    func extracted() throws {
        let network = try ExportFixtures.extracted()
        let svg = try NetworkRenderer().render(network, formats: [.svg])[.svg]
        let html = String(decoding: try NetworkExporter.export(network, format: .html, path: "/tmp/r.html", svg: svg)[0].bytes, as: UTF8.self)
        let data = try #require(try JSONSerialization.jsonObject(with: Data(try Self.dataBlock(html).utf8)) as? [String: Any])
        let nodes = try #require(data["nodes"] as? [[String: Any]])
        #expect(nodes.count == network.actors.count)
        for n in nodes {
            let svgID = try #require(n["svg"] as? String)
            #expect(html.contains(#"id="\#(svgID)""#), "node \(svgID) is in the drawing")
        }
        let edges = try #require(data["edges"] as? [[String: Any]])
        for e in edges where e["negated"] as? Bool == false {
            let svgID = try #require(e["svg"] as? String)
            #expect(html.contains(#"id="\#(svgID)""#), "edge \(svgID) is in the drawing")
        }
    }
}

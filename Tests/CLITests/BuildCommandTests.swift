import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("actorgraph build")
struct BuildCommandTests {
    @Test("builds the Examples network into SVG, PNG, PDF and DOT sharing one layout")
    func buildsExamples() throws {
        let dir = try CLI.tempDir()
        let svg = dir.appendingPathComponent("g.svg").path, png = dir.appendingPathComponent("g.png").path
        let pdf = dir.appendingPathComponent("g.pdf").path, dot = dir.appendingPathComponent("g.dot").path
        let r = try CLI.run(["build", "Examples/articles", "-o", svg, "-o", png, "-o", pdf, "-o", dot])
        #expect(r.status == 0, "\(r.stderr)")
        let svgData = try Data(contentsOf: URL(fileURLWithPath: svg))
        _ = try XMLDocument(data: svgData)  // well-formed XML
        let ids = svgIDs(svgData)
        for id in ["node_khalifa_haftar", "node_egypt", "node_russia", "edge_khalifa_haftar_jordan_visited", "edge_russia_libya_refused"] {
            #expect(ids.contains(id), "missing \(id)")
        }
        let text = String(decoding: svgData, as: UTF8.self)
        #expect(text.contains("خليفة حفتر"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try Data(contentsOf: URL(fileURLWithPath: pdf)).starts(with: Array("%PDF".utf8)))
        let dotText = try String(contentsOfFile: dot, encoding: .utf8)
        #expect(dotText.contains("khalifa_haftar"))
        // Negated relations are not drawn by default.
        #expect(!ids.contains("edge_libya_russia_supplied_arms_refused") && !ids.contains("edge_russia_libya_supplied_arms_refused"))
    }

    @Test("the same articles give byte-identical DOT whatever the order and thread count")
    func deterministic() throws {
        let dir = try CLI.tempDir()
        let a = dir.appendingPathComponent("a.dot").path, b = dir.appendingPathComponent("b.dot").path
        let r1 = try CLI.run(["build", "Examples/articles/en", "Examples/articles/ar", "--threads", "1", "-o", a])
        let r2 = try CLI.run(["build", "Examples/articles/ar", "Examples/articles/en", "--threads", "4", "-o", b])
        #expect(r1.status == 0 && r2.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
    }

    @Test("an unknown engine is a usage error that lists the engines")
    func unknownEngine() throws {
        let r = try CLI.run(["build", "Examples/articles", "--engine", "nope", "-o", "/tmp/x.svg"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("neato") && r.stderr.contains("sfdp"))
    }

    @Test("an unknown output extension lists the formats")
    func unknownFormat() throws {
        let r = try CLI.run(["build", "Examples/articles", "-o", "/tmp/x.bmpx"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("svg") && r.stderr.contains("pdf"))
    }

    @Test("an unwritable output fails with exit 73 and leaves the previous graph intact")
    func unwritableOutput() throws {
        let dir = try CLI.tempDir()
        let good = dir.appendingPathComponent("graph.svg").path
        try Data("previous".utf8).write(to: URL(fileURLWithPath: good))
        let r = try CLI.run(["build", "Examples/articles", "-o", good, "-o", dir.appendingPathComponent("missing/dir/g.png").path])
        #expect(r.status == 73)
        #expect(r.stderr.contains("missing/dir"))
        #expect(try String(contentsOfFile: good, encoding: .utf8) == "previous")
    }

    @Test("--show-negated draws refused relations dashed")
    func showNegated() throws {
        let dir = try CLI.tempDir()
        let svg = dir.appendingPathComponent("n.svg").path
        let r = try CLI.run(["build", "Examples/articles/en/2017-08-haftar-cairo-moscow.txt", "--show-negated", "-o", svg])
        #expect(r.status == 0, "\(r.stderr)")
        let text = try String(contentsOfFile: svg, encoding: .utf8)
        #expect(text.contains("negated"))
        #expect(text.contains("stroke-dasharray"))
    }
}

/// Every `id` attribute of an SVG document.
func svgIDs(_ data: Data) -> Set<String> {
    final class Collector: NSObject, XMLParserDelegate {
        var ids = Set<String>()
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
                    attributes attributeDict: [String: String] = [:]) {
            if let id = attributeDict["id"] { ids.insert(id) }
        }
    }
    let parser = XMLParser(data: data)
    let c = Collector()
    parser.delegate = c
    _ = parser.parse()
    return c.ids
}

import Foundation
import Testing
import GraphvizKit

@Suite struct RenderFormatTests {
    let graph = sampleGraph()

    @Test func svgIsXMLWithEveryIdAndBothScripts() throws {
        let out = try Graphviz.shared.render(graph, engine: .neato, formats: [.svg])
        let svg = try scanSVG(try #require(out[.svg]))
        for node in graph.nodes { #expect(svg.ids.contains("node_\(node.name)")) }
        for edge in graph.edges {
            let id = try #require(edge.attributes.first { $0.name == "id" }?.value)
            #expect(svg.ids.contains(id))
        }
        #expect(svg.texts["node_khalifa_haftar"] == ["Khalifa Haftar", "خليفة حفتر"])
        #expect(svg.texts["node_egypt"] == ["مصر"])
        #expect(svg.texts["graph", default: []].contains("Legend & key"))
    }

    @Test func pngAndPDFHaveTheirSignatures() throws {
        let out = try Graphviz.shared.render(graph, engine: .neato, formats: [.png, .pdf])
        let png = try #require(out[.png])
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try #require(out[.pdf])
        #expect(Array(pdf.prefix(4)) == Array("%PDF".utf8))
    }

    @Test func jsonHasTheLayoutOfEveryNode() throws {
        let out = try Graphviz.shared.render(graph, engine: .dot, formats: [.json])
        let object = try JSONSerialization.jsonObject(with: Data(try #require(out[.json])))
        let root = try #require(object as? [String: Any])
        let objects = try #require(root["objects"] as? [[String: Any]])
        let names = Set(objects.compactMap { $0["name"] as? String })
        #expect(names == Set(graph.nodes.map(\.name)))
        #expect(objects.allSatisfy { $0["pos"] != nil })
        #expect((root["edges"] as? [Any])?.count == graph.edges.count)
    }

    @Test func allFormatsFromOneCall() throws {
        let out = try Graphviz.shared.render(graph, engine: .sfdp, formats: OutputFormat.allCases + [.svg])
        #expect(Set(out.keys) == Set(OutputFormat.allCases))
        #expect(out.values.allSatisfy { !$0.isEmpty })
    }

    @Test func dotHasNoLayoutPositions() throws {
        let out = try Graphviz.shared.render(graph, engine: .neato, formats: [.dot, .svg])
        let dot = String(decoding: try #require(out[.dot]), as: UTF8.self)
        #expect(dot.hasPrefix("digraph sample {"))
        #expect(!dot.contains("pos="))
        #expect(!dot.contains("bb="))
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysOut(_ engine: LayoutEngine) throws {
        #expect(Graphviz.shared.availableEngines.contains(engine.rawValue))
        let out = try Graphviz.shared.render(graph, engine: engine, formats: [.svg])
        #expect(try scanSVG(try #require(out[.svg])).ids.contains("node_egypt"))
    }

    @Test func emptyGraphAndNoFormats() throws {
        let empty = try Graphviz.shared.render(GraphDescription(), engine: .neato, formats: [.svg, .dot])
        #expect(try scanSVG(try #require(empty[.svg])).ids.contains("graph0"))
        #expect(try Graphviz.shared.render(graph, engine: .neato, formats: []).isEmpty)
    }

    @Test func renderFromDOTText() throws {
        let out = try Graphviz.shared.render(dot: "graph g { a -- b [id=e]; b [label=\"بنغازي\"] }", engine: .circo, formats: [.svg, .dot])
        let svg = try scanSVG(try #require(out[.svg]))
        #expect(svg.ids.contains("e"))
        #expect(svg.texts["node2"] == ["بنغازي"])
        #expect(String(decoding: try #require(out[.dot]), as: UTF8.self).hasPrefix("graph g {"))
    }

    @Test func undirectedStrictGraphMergesParallelEdges() throws {
        let g = GraphDescription(name: "u", directed: false, strict: true,
                                 edges: [EdgeDescription(tail: "a", head: "b"), EdgeDescription(tail: "b", head: "a")])
        let out = try Graphviz.shared.render(g, engine: .neato, formats: [.dot])
        let back = try Graphviz.shared.parse(dot: String(decoding: try #require(out[.dot]), as: UTF8.self))
        #expect(!back.directed && back.strict)
        #expect(back.edges.count == 1)
        #expect(back.nodes.map(\.name) == ["a", "b"])
    }

    @Test func formatsFromFileExtensions() {
        #expect(OutputFormat.from(fileExtension: "svg") == .svg)
        #expect(OutputFormat.from(fileExtension: ".PNG") == .png)
        #expect(OutputFormat.from(fileExtension: "pdf") == .pdf)
        #expect(OutputFormat.from(fileExtension: "gv") == .dot)
        #expect(OutputFormat.from(fileExtension: "dot") == .dot)
        #expect(OutputFormat.from(fileExtension: "json") == .json)
        #expect(OutputFormat.from(fileExtension: "jpeg") == nil)
        #expect(OutputFormat.from(fileExtension: "") == nil)
        #expect(OutputFormat.png.renderer == "png:cairo:cairo")
        #expect(OutputFormat.pdf.renderer == "pdf:cairo:cairo")
        #expect(OutputFormat.dot.renderer == "canon")
    }

    @Test func pluginListsAreAvailable() {
        let gv = Graphviz.shared
        for f in ["svg", "png", "pdf", "canon", "json"] { #expect(gv.availableFormats.contains(f)) }
        #expect(gv.availableEngines == gv.availableEngines.sorted())
        #expect(!gv.version.isEmpty)
    }
}

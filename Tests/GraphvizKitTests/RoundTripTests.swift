import Testing
import GraphvizKit

@Suite struct RoundTripTests {
    private func dot(_ g: GraphDescription) throws -> String {
        let out = try Graphviz.shared.render(g, engine: .neato, formats: [.dot])
        return String(decoding: try #require(out[.dot]), as: UTF8.self)
    }

    @Test func dotReadsBackToTheSameGraph() throws {
        let graph = sampleGraph()
        let back = try Graphviz.shared.parse(dot: try dot(graph))
        #expect(Normalised(back) == Normalised(graph))
        #expect(back.nodes.map(\.name) == graph.nodes.map(\.name))
        #expect(back.edges.map(\.key) == graph.edges.map(\.key))
        let html = back.graphAttributes.first { $0.name == "label" }
        #expect(html?.isHTML == true)
    }

    static let awkward = [
        "He said \"no\" twice",
        #"C:\path\to\file and \N and \n and \l and \\ double"#,
        "<b>not bold</b> & AT&T &amp; &lt;",
        "first line\nsecond line\r\nthird line",
        "trailing backslash \\",
        "عبد الحميد الدبيبة \"الدبيبة\" <طرابلس> & بنغازي\\",
    ]

    @Test(arguments: awkward)
    func escapedLabelsRoundTripThroughDOT(_ text: String) throws {
        let label = GraphAttribute.escapedLabel(text)
        let tooltip = GraphAttribute.escapedTooltip(text)
        let html = "<TABLE><TR><TD>\(GraphAttribute.xmlEscaped(text))</TD></TR></TABLE>"
        // Names are ids and pass as given; Graphviz 2.43 writes a name that ends in a lone
        // backslash so that it cannot be read back, so the name drops a trailing backslash.
        let name = text.hasSuffix("\\") ? String(text.dropLast()) : text
        let g = GraphDescription(name: "awkward", nodes: [
            NodeDescription(name: name, attributes: [GraphAttribute("label", label), GraphAttribute("tooltip", tooltip), GraphAttribute("id", "n1")]),
            NodeDescription(name: "h", attributes: [GraphAttribute("label", html, html: true)]),
        ], edges: [EdgeDescription(tail: name, head: "h", key: name, attributes: [GraphAttribute("label", label)])])
        let back = try Graphviz.shared.parse(dot: try dot(g))
        #expect(Normalised(back) == Normalised(g))
        #expect(back.nodes.first?.name == name)
        #expect(back.edges.first?.key == name)
        #expect(back.nodes.first?.attributes.contains(GraphAttribute("label", label)) == true)
    }

    @Test(arguments: awkward)
    func escapedLabelsShowLiterallyInSVG(_ text: String) throws {
        let g = GraphDescription(name: "awkward", nodeDefaults: [GraphAttribute("fontname", "DejaVu Sans")], nodes: [
            NodeDescription(name: "n", attributes: [
                GraphAttribute("label", GraphAttribute.escapedLabel(text)),
                GraphAttribute("tooltip", GraphAttribute.escapedTooltip(text)),
                GraphAttribute("id", "node_n"),
            ]),
        ])
        let out = try Graphviz.shared.render(g, engine: .neato, formats: [.svg])
        let svg = try scanSVG(try #require(out[.svg]))
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(svg.texts["node_n"]?.map { $0.trimmingCharacters(in: .whitespaces) } == lines)
        #expect(svg.titles["node_n"] == [text.replacingOccurrences(of: "\r\n", with: "\n")])
    }

    @Test func rawValuesPassAsGiven() throws {
        // GraphvizKit does not escape: `\N` keeps its Graphviz meaning.
        let g = GraphDescription(nodes: [NodeDescription(name: "raw", attributes: [GraphAttribute("label", "\\N!"), GraphAttribute("id", "r")])])
        let out = try Graphviz.shared.render(g, engine: .neato, formats: [.svg, .dot])
        #expect(try scanSVG(try #require(out[.svg])).texts["r"] == ["raw!"])
        let back = try Graphviz.shared.parse(dot: String(decoding: try #require(out[.dot]), as: UTF8.self))
        #expect(back.nodes.first?.attributes.contains(GraphAttribute("label", "\\N!")) == true)
    }

    @Test func escapedURLKeepsSVGWellFormed() throws {
        let url = "https://example.com/news?id=1&lang=ar&q=\"x\""
        let g = GraphDescription(nodes: [NodeDescription(name: "n", attributes: [
            GraphAttribute("URL", GraphAttribute.escapedURL(url)), GraphAttribute("id", "node_n"),
        ])])
        let out = try Graphviz.shared.render(g, engine: .neato, formats: [.svg])
        #expect(try scanSVG(try #require(out[.svg])).ids.contains("node_n"))
    }

    @Test func parseReadsFileOrderDefaultsAndSubgraphs() throws {
        let text = """
        digraph {
          node [shape=box]
          b; a [label="A", shape=ellipse]
          a -> b [key=k1, color=red]
          b -> a
          subgraph cluster_x { c [label=<<B>c</B>>] }
          a -> c
        }
        """
        let d = try Graphviz.shared.parse(dot: text)
        #expect(d.name == "")
        #expect(d.directed && !d.strict)
        #expect(d.nodes.map(\.name) == ["b", "a", "c"])
        #expect(d.nodeDefaults.contains(GraphAttribute("shape", "box")))
        #expect(Set(d.nodes[1].attributes) == [GraphAttribute("label", "A"), GraphAttribute("shape", "ellipse")])
        #expect(d.nodes[2].attributes == [GraphAttribute("label", "<B>c</B>", html: true)])
        #expect(d.edges.map { "\($0.tail)>\($0.head)" } == ["a>b", "b>a", "a>c"])
        #expect(d.edges[0].key == "k1" && d.edges[1].key == nil)
        #expect(d.edges[0].attributes == [GraphAttribute("color", "red")])
    }
}

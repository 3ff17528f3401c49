import Foundation
import Testing
@testable import ActorGraph

@Suite struct RenderingGraphTests {
    typealias F = RenderingFixtures

    @Test func nodesInIdOrderEdgesInEdgeOrder() {
        let network = F.network
        let d = NetworkRenderer(options: RenderOptions(showNegated: true)).graphDescription(for: network)
        #expect(d.nodes.map(\.name) == network.actors.map(\.id))
        #expect(d.nodes.map(\.name) == d.nodes.map(\.name).sorted())
        #expect(d.edges.map { "\($0.tail)>\($0.head)" } == network.edges.map { "\($0.source)>\($0.target)" })
        let ids = d.nodes.compactMap { $0.attributes.first { $0.name == "id" }?.value }
            + d.edges.compactMap { $0.attributes.first { $0.name == "id" }?.value }
        #expect(ids.count == d.nodes.count + d.edges.count)
        #expect(Set(ids).count == ids.count)
        #expect(d.graphAttributes.contains(GraphAttribute("start", "1")))
    }

    @Test func insertionOrderDoesNotChangeTheBytes() throws {
        let a = F.network, b = F.shuffledNetwork
        #expect(a == b)
        for options in [RenderOptions(), RenderOptions(engine: .sfdp, labels: .ar, showNegated: true)] {
            let renderer = NetworkRenderer(options: options)
            #expect(renderer.graphDescription(for: a) == renderer.graphDescription(for: b))
            let x = try renderer.render(a, formats: [.dot, .svg])
            let y = try renderer.render(b, formats: [.dot, .svg])
            #expect(x[.dot] == y[.dot])
            #expect(F.withoutVersionComment(x[.svg]) == F.withoutVersionComment(y[.svg]))
            #expect(!F.withoutVersionComment(x[.svg]).isEmpty)
        }
    }

    @Test func dotReadsBackWithTheSameNodesEdgesAndAttributes() throws {
        let renderer = NetworkRenderer(options: RenderOptions(showNegated: true))
        let d = renderer.graphDescription(for: F.network)
        let dot = String(decoding: try #require(try renderer.render(F.network, formats: [.dot])[.dot]), as: UTF8.self)
        let back = try Graphviz.shared.parse(dot: dot)
        // Graphviz's DOT writer declares some nodes where an edge first needs them, so
        // compare by name rather than by position.
        func nodes(_ g: GraphDescription) -> [String: Set<GraphAttribute>] {
            Dictionary(uniqueKeysWithValues: g.nodes.map { ($0.name, Set($0.attributes)) })
        }
        func edges(_ g: GraphDescription) -> [String: Set<GraphAttribute>] {
            Dictionary(uniqueKeysWithValues: g.edges.map { ("\($0.tail)>\($0.head)#\($0.key ?? "")", Set($0.attributes)) })
        }
        #expect(back.nodes.count == d.nodes.count && back.edges.count == d.edges.count)
        #expect(nodes(back) == nodes(d))
        #expect(edges(back) == edges(d))
        #expect(Set(back.graphAttributes) == Set(d.graphAttributes))
    }

    @Test func penwidthGrowsWithArticlesAndIsCapped() {
        #expect(NetworkStyle.penwidth(weight: 0, type: .visited) == 1)
        #expect(NetworkStyle.penwidth(weight: 1, type: .visited) == 1)
        #expect(NetworkStyle.penwidth(weight: 2, type: .visited) > 2)
        #expect(NetworkStyle.penwidth(weight: 8, type: .visited) > NetworkStyle.penwidth(weight: 4, type: .visited))
        #expect(NetworkStyle.penwidth(weight: 10_000, type: .visited) == 6)
        #expect(NetworkStyle.penwidth(weight: 10_000, type: .coOccurs) == 1.5)
        #expect(NetworkStyle.penwidth(weight: 1, type: .coOccurs) < 1)
        #expect(NetworkStyle.number(2.2) == "2.2")
        #expect(NetworkStyle.number(1) == "1")
        #expect(NetworkStyle.number(0.6049) == "0.6")
        #expect(NetworkStyle.number(3.456) == "3.46")
        #expect(NetworkStyle.number(1.05) == "1.05")
    }

    @Test func relationTypesHaveDistinctColours() {
        let colours = RelationType.allCases.map { NetworkStyle.style(for: $0).color }
        #expect(Set(colours).count == colours.count)
        #expect(NetworkStyle.style(for: .coOccurs).dir == "none")
        #expect(NetworkStyle.style(for: .met).dir != "forward")
    }

    @Test func edgeStylingInTheDescription() throws {
        let d = NetworkRenderer(options: RenderOptions(showNegated: true)).graphDescription(for: F.network)
        func attrs(_ id: String) throws -> [String: String] {
            let e = try #require(d.edges.first { $0.attributes.contains(GraphAttribute("id", id)) })
            return Dictionary(e.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        }
        let co = try attrs("edge_egypt_uae_co_occurs")
        #expect(co["dir"] == "none" && co["color"] == "#c8c8c8")
        #expect(Double(co["penwidth"] ?? "9")! < 1)
        let denied = try attrs("edge_russia_khalifa_haftar_supplied_arms_denied")
        #expect(denied["style"] == "dashed" && denied["label"] == "denied")
        let visited = try attrs("edge_khalifa_haftar_egypt_visited")
        #expect(visited["penwidth"] == "2.2")
        #expect(visited["style"] == nil)
    }

    @Test func edgeToAnUnknownActorGetsAPlaceholderNode() throws {
        var network = F.network
        network.add(Edge(source: "ghost", target: "egypt", type: .met))
        let renderer = NetworkRenderer(options: RenderOptions())
        let d = renderer.graphDescription(for: network)
        let ghost = try #require(d.nodes.first { $0.name == "ghost" })
        #expect(ghost.attributes.contains(GraphAttribute("class", "actor kind-unknown")))
        let svg = try F.scan(try renderer.render(network, formats: [.svg])[.svg])
        #expect(svg.ids.contains("node_ghost"))
        #expect(svg.texts["graph", default: []].contains("unknown"))
    }

    @Test func engineChoiceThresholds() {
        #expect(EngineChoice.automatic(nodeCount: 0, edgeCount: 0) == .neato)
        #expect(EngineChoice.automatic(nodeCount: 150, edgeCount: 1_000) == .neato)
        #expect(EngineChoice.automatic(nodeCount: 151, edgeCount: 10) == .sfdp)
        #expect(EngineChoice.automatic(nodeCount: 20, edgeCount: 1_001) == .sfdp)
        let small = NetworkRenderer(options: RenderOptions())
        #expect(small.layoutEngine(for: F.network) == .neato)
        #expect(NetworkRenderer(options: RenderOptions(engine: .circo)).layoutEngine(for: F.network) == .circo)
        let big = F.synthetic(nodes: 200, edges: 250)
        #expect(small.layoutEngine(for: big) == .sfdp)
        #expect(small.graphDescription(for: big).graphAttributes.contains { $0.name == "splines" } == false)
        // Spline routing only up to EngineChoice.splineMaxEdges edges.
        #expect(small.graphDescription(for: F.network).graphAttributes.contains(GraphAttribute("splines", "true")))
        let hundred = F.synthetic(nodes: 100, edges: 300)
        #expect(small.layoutEngine(for: hundred) == .neato)
        #expect(small.graphDescription(for: hundred).graphAttributes.contains { $0.name == "splines" } == false)
    }

    @Test func hundredNodeNetworkWithTheAutomaticEngine() throws {
        let network = F.synthetic(nodes: 100, edges: 300)
        #expect(network.actors.count == 100 && network.edges.count == 300)
        let renderer = NetworkRenderer(options: RenderOptions())
        #expect(renderer.layoutEngine(for: network) == .neato)
        let svg = try F.scan(try renderer.render(network, formats: [.svg])[.svg])
        #expect(network.actors.allSatisfy { svg.ids.contains("node_\($0.id)") })
        #expect(network.edges.allSatisfy { svg.ids.contains(F.edgeID($0)) })
    }

    @Test func twoHundredNodeNetworkWithSfdp() throws {
        let network = F.synthetic(nodes: 200, edges: 400)
        let renderer = NetworkRenderer(options: RenderOptions())
        let first = try renderer.render(network, formats: [.svg])
        let second = try renderer.render(network, formats: [.svg])
        #expect(F.withoutVersionComment(first[.svg]) == F.withoutVersionComment(second[.svg]))
        #expect(try F.scan(first[.svg]).ids.contains("node_actor_199"))
    }

    @Test func svgIDsAreSanitised() {
        #expect(NetworkRenderer.svgID("khalifa_haftar") == "khalifa_haftar")
        #expect(NetworkRenderer.svgID("a b\"<c>&\\") == "a-b--c---")
        #expect(NetworkRenderer.svgID("حفتر") == "حفتر")
    }
}

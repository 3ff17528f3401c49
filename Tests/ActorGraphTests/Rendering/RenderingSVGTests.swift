import Foundation
import Testing
@testable import ActorGraph

@Suite struct RenderingSVGTests {
    typealias F = RenderingFixtures
    let network = F.network

    private func svg(_ options: RenderOptions = RenderOptions()) throws -> F.SVG {
        let out = try NetworkRenderer(options: options).render(network, formats: [.svg])
        return try F.scan(out[.svg])
    }

    @Test func everyNodeAndAssertedEdgeHasItsIdAndClass() throws {
        let svg = try svg()
        for actor in network.actors {
            let id = "node_\(actor.id)"
            #expect(svg.ids.contains(id), "missing \(id)")
            #expect(svg.classes[id] == "node actor kind-\(actor.kind.rawValue)")
        }
        for edge in network.edges where !edge.negated {
            let id = F.edgeID(edge)
            #expect(svg.ids.contains(id), "missing \(id)")
            #expect(svg.classes[id] == "edge relation type-\(edge.type.rawValue)")
        }
        #expect(Set(network.edges.filter { !$0.negated }.map(\.type)) == Set(RelationType.allCases))
    }

    @Test func legendShowsKindsAndRelationTypes() throws {
        let svg = try svg(RenderOptions(labels: .en, title: "Libya & \"friends\""))
        let texts = svg.texts["graph", default: []]
        #expect(texts.contains("Libya & \"friends\""))
        #expect(texts.contains("Legend"))
        for kind in ActorKind.allCases { #expect(texts.contains(NetworkStyle.style(for: kind).english)) }
        for type in RelationType.allCases { #expect(texts.contains(NetworkStyle.style(for: type).english)) }
        #expect(!texts.contains { $0.hasPrefix("not asserted") })

        let arabic = try self.svg(RenderOptions(labels: .ar)).texts["graph", default: []]
        #expect(arabic.contains("دليل الرموز") && arabic.contains("زار") && !arabic.contains("visited"))
    }

    @Test func noLegendButTitle() throws {
        let texts = try svg(RenderOptions(legend: false, title: "عنوان \\ title")).texts["graph", default: []]
        #expect(texts == ["عنوان \\ title"])
        #expect(try svg(RenderOptions(legend: false)).texts["graph"] == nil)
    }

    @Test func negatedEdgeLeftOutByDefault() throws {
        let denied = try #require(network.edges.first { $0.negated })
        let svg = try svg()
        #expect(!svg.ids.contains(F.edgeID(denied)))
        #expect(!svg.classes.values.contains { $0.contains("negated") })
    }

    @Test func negatedEdgeShownDashedWithModality() throws {
        let denied = try #require(network.edges.first { $0.negated })
        let id = F.edgeID(denied)
        #expect(id == "edge_russia_khalifa_haftar_supplied_arms_denied")
        let svg = try svg(RenderOptions(labels: .en, showNegated: true))
        #expect(svg.ids.contains(id))
        #expect(svg.classes[id] == "edge relation type-supplied_arms negated modality-denied")
        let paths = svg.pathAttributes[id, default: []]
        #expect(!paths.isEmpty && paths.allSatisfy { $0["stroke-dasharray"] != nil })
        #expect(svg.texts[id] == ["denied"])
        #expect(svg.titles[id, default: []].contains { $0.contains("supplied arms (denied)") })
        #expect(svg.texts["graph", default: []].contains { $0.hasPrefix("not asserted") })
        // Asserted edges stay solid.
        let visited = try #require(network.edges.first { $0.type == .visited })
        #expect(svg.pathAttributes[F.edgeID(visited), default: []].allSatisfy { $0["stroke-dasharray"] == nil })
    }

    @Test(arguments: [
        (LabelLanguage.ar, ["خليفة حفتر"]),
        (LabelLanguage.en, ["Khalifa Haftar"]),
        (LabelLanguage.both, ["Khalifa Haftar", "خليفة حفتر"]),
    ])
    func nodeLabels(_ language: LabelLanguage, _ expected: [String]) throws {
        let svg = try svg(RenderOptions(labels: language))
        #expect(svg.texts["node_khalifa_haftar"] == expected)
        // An actor with only an Arabic name shows it in every language.
        #expect(svg.texts["node_only_arabic"] == ["عقيلة صالح"])
    }

    @Test func articleTextAppearsLiterally() throws {
        let svg = try svg(RenderOptions(labels: .both))
        #expect(svg.texts["node_awkward"] == [F.awkwardEnglish, F.awkwardArabic])
        let awkwardEdge = try #require(network.edges.first { $0.source == "awkward" })
        let tooltip = try #require(svg.titles[F.edgeID(awkwardEdge)]?.first)
        #expect(tooltip.contains("“" + F.awkwardSentence + "”"))
        #expect(tooltip.contains("1 evidence sentence in 1 article"))
        let nodeTip = try #require(svg.titles["node_awkward"]?.first)
        #expect(nodeTip.hasPrefix(F.awkwardEnglish + " / " + F.awkwardArabic + " (organisation)"))
    }

    @Test func tooltipsCountEvidenceAndTruncateLongSentences() throws {
        let svg = try svg(RenderOptions(labels: .en))
        let visited = try #require(network.edges.first { $0.type == .visited && $0.source == "khalifa_haftar" })
        let tip = try #require(svg.titles[F.edgeID(visited)]?.first)
        #expect(tip.hasPrefix("Khalifa Haftar → Egypt\nvisited: 3 evidence sentences in 2 articles\n“"))
        let long = try #require(network.edges.first { $0.type == .offeredNormalization })
        let longTip = try #require(svg.titles[F.edgeID(long)]?.first)
        let quote = try #require(longTip.split(separator: "\n").last)
        #expect(quote.count <= 202)
        #expect(quote.hasSuffix("…”"))
    }

    @Test func evidenceURLBecomesALink() throws {
        let out = try NetworkRenderer(options: RenderOptions()).render(network, formats: [.svg])
        let text = String(decoding: try #require(out[.svg]), as: UTF8.self)
        #expect(text.contains(#"xlink:href="https://news.example/a1?id=1&amp;lang=ar""#))
        #expect(text.contains(#"target="_blank""#))
    }

    @Test func everyFormatRenders() throws {
        let out = try NetworkRenderer(options: RenderOptions(showNegated: true)).render(network, formats: OutputFormat.allCases)
        #expect(Set(out.keys) == Set(OutputFormat.allCases))
        #expect(out[.png]?.starts(with: [0x89, 0x50, 0x4E, 0x47]) == true)
        #expect(out[.pdf]?.starts(with: Array("%PDF".utf8)) == true)
        #expect(try JSONSerialization.jsonObject(with: Data(try #require(out[.json]))) is [String: Any])
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineRendersTheNetwork(_ engine: LayoutEngine) throws {
        let svg = try svg(RenderOptions(engine: engine, showNegated: true))
        #expect(svg.ids.contains("node_khalifa_haftar"))
        #expect(svg.ids.contains("edge_russia_khalifa_haftar_supplied_arms_denied"))
    }
}

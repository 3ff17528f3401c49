import Foundation
import Testing
@testable import ActorGraph

@Suite("Store: network slicing")
struct StoreNetworkSlicingTests {
    static func ev(_ article: String, _ date: String?) -> Evidence {
        Evidence(article: article, date: date, sentenceIndex: 0, sentence: "s", start: 0, end: 1)
    }

    /// a–b (2 articles, 2019 and 2021), b–c (2020), c–d (undated), a–e (3 articles, 2018).
    static let network: ActorNetwork = {
        let ids = ["a", "b", "c", "d", "e"]
        return ActorNetwork(actors: ids.map { Actor(id: $0, kind: .person, names: [.en: $0.uppercased()]) }, edges: [
            Edge(source: "a", target: "b", type: .met, evidence: [ev("x1", "2019-05-01"), ev("x2", "2021-01-01")]),
            Edge(source: "b", target: "c", type: .visited, evidence: [ev("x3", "2020-02-02")]),
            Edge(source: "c", target: "d", type: .supported, evidence: [ev("x4", nil)]),
            Edge(source: "a", target: "e", type: .coOccurs, evidence: [ev("x5", "2018-01-01"), ev("x6", "2018-02-01"), ev("x7", "2018-03-01")]),
        ])
    }()

    @Test("since/until keep the evidence dated in the window and drop emptied edges and actors")
    func dates() {
        let n = Self.network.dated(since: "2019-01-01", until: "2020-12-31")
        #expect(n.edges.map(\.key) == ["a|b|met|asserted", "b|c|visited|asserted"])
        #expect(n.edges[0].evidence.map(\.article) == ["x1"])
        #expect(n.actors.map(\.id) == ["a", "b", "c"])
        #expect(Self.network.dated(since: "2021-01-01", until: nil).edges.map(\.key) == ["a|b|met|asserted"])
        #expect(Self.network.dated(since: nil, until: "2018-12-31").edges.map(\.key) == ["a|e|co_occurs|asserted"])
    }

    @Test("focus keeps the actors within depth edges and the edges among them")
    func focus() {
        #expect(Self.network.neighbourhood(of: "b", depth: 1).actors.map(\.id) == ["a", "b", "c"])
        #expect(Self.network.neighbourhood(of: "b", depth: 1).edges.count == 2)
        #expect(Self.network.neighbourhood(of: "b", depth: 2).actors.map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(Self.network.neighbourhood(of: "d", depth: 0).edges.isEmpty)
        #expect(Self.network.neighbourhood(of: "d", depth: 0).actors.map(\.id) == ["d"])
        #expect(Self.network.neighbourhood(of: "zz", depth: 3) == ActorNetwork())
    }

    @Test("top keeps the actors with the highest weighted degree")
    func top() {
        let d = Self.network.weightedDegrees()
        #expect(d == ["a": 5, "b": 3, "c": 2, "d": 1, "e": 3])
        let t = Self.network.top(3)
        #expect(t.actors.map(\.id) == ["a", "b", "e"])
        #expect(t.edges.map(\.key) == ["a|b|met|asserted", "a|e|co_occurs|asserted"])
    }

    @Test("a slice applies dates, then focus, then top; an empty slice changes nothing")
    func slice() {
        #expect(NetworkSlice().isEmpty)
        #expect(NetworkSlice().apply(Self.network) == Self.network)
        let s = NetworkSlice(since: "2019-01-01", focus: "c", depth: 1)
        #expect(s.apply(Self.network).edges.map(\.key) == ["b|c|visited|asserted"])
        // Around a: a, b (a–b weight 2) and e (a–e weight 3); the top two are a and e.
        let t = NetworkSlice(focus: "a", depth: 1, top: 2)
        #expect(t.apply(Self.network).actors.map(\.id) == ["a", "e"])
    }
}

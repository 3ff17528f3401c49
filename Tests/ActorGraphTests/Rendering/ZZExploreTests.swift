import Foundation
import Testing
@testable import ActorGraph

@Test func zzExplore() throws {
    let net = RenderingFixtures.synthetic(nodes: 100, edges: 300)
    let base = NetworkRenderer(options: RenderOptions()).graphDescription(for: net)
    for variant in ["true", "curved", "none", "line", "polyline", "ortho-skip"] where variant != "ortho-skip" {
        var g = base
        g.graphAttributes = g.graphAttributes.filter { $0.name != "splines" } + (variant == "none" ? [] : [GraphAttribute("splines", variant)])
        let t0 = Date()
        let out = try Graphviz.shared.render(g, engine: .neato, formats: [.svg, .png])
        print("TIME splines=\(variant)", Date().timeIntervalSince(t0))
        try Data(out[.png]!).write(to: URL(fileURLWithPath: "/tmp/big-\(variant).png"))
    }
    var g = base
    g.graphAttributes = g.graphAttributes.filter { $0.name != "overlap" && $0.name != "splines" }
    let t0 = Date()
    _ = try Graphviz.shared.render(g, engine: .neato, formats: [.svg])
    print("TIME no overlap removal, no splines", Date().timeIntervalSince(t0))
}

import Testing
@testable import GraphvizKit

@Suite struct LayoutLimitsTests {
    @Test(arguments: [("12", 12), ("  +7px", 7), ("-3", -3), ("1e9", 1), ("x", 0), ("", 0),
                      ("99999999999999999999999", Int.max)])
    func numbersAreReadAsAtoiReadsThem(_ text: String, _ value: Int) {
        #expect(LayoutLimits.leadingInteger(text) == value)
    }

    @Test func recordDepthSkipsEscapedBraces() {
        #expect(LayoutLimits.recordDepth("{a|{b|c}}") == 2)
        #expect(LayoutLimits.recordDepth("\\{\\{\\{x") == 0)
        #expect(LayoutLimits.recordDepth("}}}{x}") == 1)
    }

    @Test(arguments: ["a [shape=polygon, sides=1001]", "a [peripheries=101]", "node [sides=5000]; a",
                      "a [shape=record, label=\"" + String(repeating: "{", count: 101) + "x\"]",
                      "a [style=filled, fillcolor=\"red;x:blue\"]", "bgcolor=\"red;nan:blue\"; a",
                      "a [style=filled, fillcolor=\"#f;e2c8\"]",
                      "subgraph cluster_x { subgraph cluster_y { bgcolor=\"red;-1:blue\"; a } }"])
    func graphsPastTheBoundsAreRefusedBeforeLayout(_ body: String) {
        #expect {
            _ = try Graphviz.shared.render(dot: "digraph { \(body) }", engine: .dot, formats: [.svg])
        } throws: { error in
            (error as? GraphvizError)?.kind == .limit
        }
    }

    @Test func graphsWithinTheBoundsRender() throws {
        let dot = "digraph { a [shape=polygon, sides=1000, peripheries=100]; b [shape=Mrecord, label=\"{x|{y}}\"]; "
            + "c [style=filled, fillcolor=\"red;0.3:blue\"]; a -> b -> c }"
        let out = try Graphviz.shared.render(dot: dot, engine: .dot, formats: [.svg])
        #expect(out[.svg]?.isEmpty == false)
    }
}

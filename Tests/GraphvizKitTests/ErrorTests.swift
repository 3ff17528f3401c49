import Testing
import GraphvizKit

@Suite struct ErrorTests {
    @Test(arguments: ["digraph { a -> }", "digraph { a [label=\"x] }", "graph { a -> b }", "not a graph at all {"])
    func malformedDOTIsASyntaxError(_ text: String) {
        #expect {
            _ = try Graphviz.shared.render(dot: text, engine: .neato, formats: [.svg])
        } throws: { error in
            guard let e = error as? GraphvizError else { return false }
            return e.kind == .syntax && e.message.contains("syntax error")
        }
        #expect(throws: GraphvizError.self) { try Graphviz.shared.parse(dot: text) }
        // Graphviz's parser recovers: the next good text parses.
        #expect((try? Graphviz.shared.parse(dot: "digraph { x -> y }"))?.edges.count == 1)
    }

    @Test func emptyTextIsASyntaxError() {
        do {
            _ = try Graphviz.shared.parse(dot: "")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .syntax)
            #expect(!error.message.isEmpty)
            #expect(error.description.contains("syntax"))
        }
    }

    @Test func errorsDoNotLeakIntoTheNextCall() throws {
        _ = try? Graphviz.shared.parse(dot: "digraph { a -> }")
        do {
            _ = try Graphviz.shared.parse(dot: "digraph { b -> }")
            Issue.record("expected an error")
        } catch {
            #expect(!error.message.contains("line 1 near '}'\nError"))
            #expect(error.message.components(separatedBy: "syntax error").count == 2)
        }
    }

    @Test func badAttributeNameIsRejected() {
        let g = GraphDescription(nodes: [NodeDescription(name: "a", attributes: [GraphAttribute("", "x")])])
        #expect(throws: GraphvizError.self) { try Graphviz.shared.render(g, engine: .neato, formats: [.svg]) }
    }

    @Test func oddInputDoesNotCrash() throws {
        let g = GraphDescription(
            name: "odd\0name",
            graphAttributes: [GraphAttribute("label", "<unclosed", html: true)],
            nodes: [
                NodeDescription(name: "", attributes: [GraphAttribute("shape", "no-such-shape")]),
                NodeDescription(name: "nul\0inside", attributes: [GraphAttribute("label", "a\0b")]),
                NodeDescription(name: "%1"),
            ],
            edges: [EdgeDescription(tail: "x", head: "x", key: ""), EdgeDescription(tail: "", head: "y")]
        )
        // Graphviz may warn or fail on the bad HTML label; either way no crash.
        _ = try? Graphviz.shared.render(g, engine: .neato, formats: OutputFormat.allCases)
        var ok = g
        ok.graphAttributes = []
        let out = try Graphviz.shared.render(ok, engine: .neato, formats: [.svg, .dot])
        #expect(out[.svg] != nil)
    }

    @Test func badHTMLLabelFailsAsALayoutError() {
        let g = GraphDescription(nodes: [NodeDescription(name: "a", attributes: [GraphAttribute("label", "<TABLE><TR>", html: true)])])
        do {
            let out = try Graphviz.shared.render(g, engine: .neato, formats: [.svg])
            #expect(out[.svg] != nil)
        } catch {
            #expect(error.kind == .layout || error.kind == .render)
            #expect(!error.message.isEmpty)
        }
    }
}

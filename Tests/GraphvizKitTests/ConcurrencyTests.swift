import Testing
import GraphvizKit

@Suite struct ConcurrencyTests {
    @Test func manyTasksRenderAtOnce() async throws {
        let graph = sampleGraph()
        let expected = withoutVersionComment(try #require(try Graphviz.shared.render(graph, engine: .neato, formats: [.svg])[.svg]))
        let results = await withTaskGroup(of: String?.self) { group in
            for i in 0..<48 {
                group.addTask {
                    switch i % 4 {
                    case 0:
                        return (try? Graphviz.shared.render(graph, engine: .neato, formats: [.svg, .dot]))
                            .flatMap { $0[.svg] }.map(withoutVersionComment)
                    case 1:
                        _ = try? Graphviz.shared.parse(dot: "digraph { a -> b; b -> c }")
                        return expected
                    case 2:
                        _ = try? Graphviz.shared.render(dot: "digraph { a -> }", engine: .dot, formats: [.svg])
                        return expected
                    default:
                        return (try? Graphviz.shared.render(graph, engine: .neato, formats: [.png, .svg]))
                            .flatMap { $0[.svg] }.map(withoutVersionComment)
                    }
                }
            }
            var all: [String?] = []
            for await r in group { all.append(r) }
            return all
        }
        #expect(results.count == 48)
        #expect(results.allSatisfy { $0 == expected })
    }
}

import Foundation
import Testing

/// `render` chooses its engine by the graph's size, as its help says, and refuses what would
/// run for minutes unless `--max-nodes` says otherwise.
@Suite("Reliability: render by size", .serialized)
struct RenderSizeTests {
    static func bigDOT(_ n: Int, in dir: URL) throws -> String {
        var dot = "digraph g {\n"
        for i in 0..<n { dot += "n\(i) -> n\((i * 7 + 1) % n);\n" }
        dot += "}\n"
        let path = dir.appendingPathComponent("big.dot").path
        try Data(dot.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("3,000 nodes: sfdp is chosen and said; --engine neato is refused with exit 64 naming --max-nodes; a small graph stays with dot, silently")
    func bySize() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = try Self.bigDOT(3_000, in: dir)
        let svg = dir.appendingPathComponent("big.svg").path
        let auto = try CLI.run(["render", big, "-o", svg])
        #expect(auto.status == 0, Comment(rawValue: auto.stderr))
        #expect(auto.stderr.contains("3000 nodes, 3000 edges: laid out with sfdp"), Comment(rawValue: auto.stderr))
        #expect(FileManager.default.fileExists(atPath: svg))
        let neato = try CLI.run(["render", big, "--engine", "neato", "-o", dir.appendingPathComponent("n.svg").path])
        #expect(neato.status == 64)
        #expect(neato.stderr.contains("more than 2000 for neato") && neato.stderr.contains("--max-nodes 3000"), Comment(rawValue: neato.stderr))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("n.svg").path))
        let small = dir.appendingPathComponent("small.dot")
        try Data("digraph { a -> b; b -> c }".utf8).write(to: small)
        let r = try CLI.run(["render", small.path, "-o", dir.appendingPathComponent("s.svg").path])
        #expect(r.status == 0 && r.stderr.isEmpty, Comment(rawValue: r.stderr))
    }

    @Test("a DOT file with a second graph or trailing text is refused (exit 65, naming the line); braces inside strings, HTML labels and comments do not count")
    func oneGraph() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (text, ok) in [("digraph { a -> b }\ndigraph { c -> d }\n", false),
                           ("digraph { a -> b } graph { x }", false),
                           ("digraph { a [label=\"}{\"]; b [label=<<b>}</b>>]; a -> b } // end\n# a line\n/* } */\n", true)] {
            let file = dir.appendingPathComponent("in.dot")
            try Data(text.utf8).write(to: file)
            let out = dir.appendingPathComponent("out.svg").path
            try? FileManager.default.removeItem(atPath: out)
            let r = try CLI.run(["render", file.path, "-o", out])
            if ok {
                #expect(r.status == 0 && FileManager.default.fileExists(atPath: out), Comment(rawValue: r.stderr))
            } else {
                #expect(r.status == 65, "exit \(r.status) for \(text)")
                #expect(r.stderr.contains("more follows the first graph"), Comment(rawValue: r.stderr))
                #expect(!FileManager.default.fileExists(atPath: out))
            }
        }
    }
}

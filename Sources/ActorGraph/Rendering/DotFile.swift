import Foundation

/// Renders DOT text made elsewhere (`actorgraph render FILE.dot`), through the Graphviz
/// library like everything else.
public enum DotFile {
    /// Reads a DOT file (or standard input for `-`).
    public static func read(_ path: String) throws -> String {
        let data: Data?
        if path == "-" { data = FileHandle.standardInput.readDataToEndOfFile() } else { data = FileManager.default.contents(atPath: path) }
        guard let data else { throw ActorGraphError.input(path: path, reason: "cannot read the file") }
        guard let text = String(data: data, encoding: .utf8) else { throw ActorGraphError.input(path: path, reason: "the file is not UTF-8") }
        return text
    }

    /// Lays the graph out once and writes every output atomically; a Graphviz syntax or
    /// layout error names the source file and leaves existing outputs untouched.
    public static func render(_ text: String, source: String, engine: LayoutEngine, to paths: [String], format: OutputFormat?) throws {
        var jobs: [(String, OutputFormat)] = []
        for p in paths {
            let ext = URL(fileURLWithPath: p).pathExtension
            guard let f = format ?? OutputFormat.from(fileExtension: ext) else {
                throw ActorGraphError.usage("cannot tell the output format of \(p) (available: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            jobs.append((p, f))
        }
        let outputs = try render(text, source: source, engine: engine, formats: jobs.map(\.1))
        for (p, f) in jobs {
            try AtomicFile.write(outputs[f] ?? [], to: p)
        }
    }

    /// Throws `ActorGraphError.input` naming `source` when anything but white space and comments
    /// follows the first graph: Graphviz's reader stops after one graph and would draw it alone
    /// ("digraph {a -> b} digraph {c -> d}" drew only the first, with exit 0).
    public static func checkSingleGraph(_ text: String, source: String) throws {
        let u = Array(text.utf8)
        var i = 0, depth = 0, line = 1, closed = false
        func skipComment() -> Bool {
            guard i < u.count else { return false }
            if u[i] == UInt8(ascii: "/"), i + 1 < u.count, u[i + 1] == UInt8(ascii: "*") {
                i += 2
                while i + 1 < u.count && !(u[i] == UInt8(ascii: "*") && u[i + 1] == UInt8(ascii: "/")) { if u[i] == 10 { line += 1 }; i += 1 }
                i = min(u.count, i + 2)
                return true
            }
            let lineStart = i == 0 || u[i - 1] == 10
            if u[i] == UInt8(ascii: "/") && i + 1 < u.count && u[i + 1] == UInt8(ascii: "/") || u[i] == UInt8(ascii: "#") && lineStart {
                while i < u.count && u[i] != 10 { i += 1 }
                return true
            }
            return false
        }
        while i < u.count {
            if skipComment() { continue }
            let c = u[i]
            if c == 10 { line += 1 }
            if closed {
                if c != 32 && c != 9 && c != 10 && c != 13 {
                    throw ActorGraphError.input(path: source, reason: "line \(line): more follows the first graph; render draws one graph per file")
                }
                i += 1
                continue
            }
            switch c {
            case UInt8(ascii: "\""):
                i += 1
                while i < u.count && u[i] != UInt8(ascii: "\"") { if u[i] == UInt8(ascii: "\\") { i += 1 }; if i < u.count && u[i] == 10 { line += 1 }; i += 1 }
            case UInt8(ascii: "<") where depth > 0:
                var html = 1
                i += 1
                while i < u.count && html > 0 {
                    if u[i] == UInt8(ascii: "<") { html += 1 } else if u[i] == UInt8(ascii: ">") { html -= 1 } else if u[i] == 10 { line += 1 }
                    if html > 0 { i += 1 }
                }
            case UInt8(ascii: "{"): depth += 1
            case UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { closed = true }
            default: break
            }
            i += 1
        }
    }

    /// The node and edge counts of a DOT text. A syntax error throws `ActorGraphError.input`
    /// naming `source`.
    public static func size(_ text: String, source: String) throws -> (nodes: Int, edges: Int) {
        do {
            let g = try Graphviz.shared.parse(dot: text)
            return (g.nodes.count, g.edges.count)
        } catch {
            throw ActorGraphError.input(path: source, reason: error.message)
        }
    }

    /// Lays the graph out once and renders every format in memory. A Graphviz syntax error,
    /// or a graph past `LayoutLimits`, throws `ActorGraphError.input` naming `source`; a
    /// layout or render error throws `ActorGraphError.render`.
    public static func render(_ text: String, source: String, engine: LayoutEngine,
                              formats: [OutputFormat]) throws -> [OutputFormat: [UInt8]] {
        let result = Result { try Graphviz.shared.render(dot: text, engine: engine, formats: formats) }
        guard case let .success(outputs) = result else {
            let message = describe(result)
            throw message.syntax ? ActorGraphError.input(path: source, reason: message.text) : ActorGraphError.render(reason: message.text)
        }
        return outputs
    }

    private static func describe(_ result: Result<[OutputFormat: [UInt8]], any Error>) -> (text: String, syntax: Bool) {
        guard case let .failure(error) = result else { return ("", false) }
        if let g = error as? GraphvizError { return (g.message, g.kind == .syntax || g.kind == .limit) }
        return ("\(error)", false)
    }
}

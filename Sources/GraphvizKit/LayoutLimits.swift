import Foundation

/// Bounds on a graph's attribute values, checked after parsing and before any layout.
///
/// Graphviz 2.42 trusts the numbers and label structure it is given: `sides=100000000`
/// makes it allocate gigabytes, `peripheries=100000` costs many seconds per node, a record
/// label nested 100,000 braces deep overflows the stack in its recursive record parser, and
/// a fill color with a bad weight (`fillcolor="red;x:blue"`, `"#f;e2c8"`) makes it dereference
/// a null pointer (found by fuzzing `actorgraph render`; see docs/fuzzing.md). A graph past these
/// bounds is refused with a ``GraphvizError`` of kind ``GraphvizError/Kind/limit`` before
/// Graphviz lays anything out. The bounds are far above what any drawing needs.
public enum LayoutLimits {
    /// The most sides of a polygon node (`sides`).
    public static let maxSides = 1_000
    /// The most outlines of a node (`peripheries`).
    public static let maxPeripheries = 100
    /// The deepest nesting of `{ }` fields in a record label (`shape=record` / `Mrecord`).
    public static let maxRecordDepth = 100

    /// Throws `.limit` naming the first node whose attributes (its own or the node defaults)
    /// are past a bound, or the first attribute that is a broken color. `Graphviz` adds the
    /// attributes of subgraphs and clusters to `graphAttributes` before calling this.
    public static func check(_ graph: GraphDescription) throws(GraphvizError) {
        let all = [graph.graphAttributes, graph.nodeDefaults, graph.edgeDefaults]
            + graph.nodes.map(\.attributes) + graph.edges.map(\.attributes)
        for attributes in all {
            for a in attributes where brokenColor(a.name, a.value) {
                throw GraphvizError(kind: .limit, message: "\(a.name)=\"\(a.value)\" is not a valid color list (a weight after ';' must be a number from 0)")
            }
        }
        let defaults = Dictionary(graph.nodeDefaults.map { ($0.name, $0) }, uniquingKeysWith: { $1 })
        for node in graph.nodes {
            var attributes = defaults
            for a in node.attributes { attributes[a.name] = a }
            if let problem = problem(attributes) {
                throw GraphvizError(kind: .limit, message: "node \"\(node.name)\": \(problem)")
            }
        }
    }

    /// What is past a bound in one node's effective attributes, if anything.
    static func problem(_ attributes: [String: GraphAttribute]) -> String? {
        for (name, bound) in [("sides", maxSides), ("peripheries", maxPeripheries)] {
            if let value = attributes[name]?.value, leadingInteger(value) > bound {
                return "\(name)=\(value) is more than \(bound)"
            }
        }
        let shape = attributes["shape"]?.value.lowercased()
        if shape == "record" || shape == "mrecord", let label = attributes["label"], !label.isHTML,
           recordDepth(label.value) > maxRecordDepth {
            return "the record label nests fields more than \(maxRecordDepth) deep"
        }
        return nil
    }

    /// Whether a color attribute's value (a color, or a `:`-separated list of them) has a `;`
    /// weight that is not a number of at least 0, as C's `strtod` reads it: Graphviz 2.42
    /// crashes on those when it fills a node, a cluster or the background.
    public static func brokenColor(_ name: String, _ value: String) -> Bool {
        guard name.lowercased().hasSuffix("color"), value.contains(";") else { return false }
        for segment in value.split(separator: ":") {
            guard let semicolon = segment.firstIndex(of: ";") else { continue }
            let weight = String(segment[segment.index(after: semicolon)...])
            let ok = weight.withCString { start -> Bool in
                var end: UnsafeMutablePointer<CChar>? = nil
                let v = strtod(start, &end)
                return end != UnsafeMutablePointer(mutating: start) && v >= 0
            }
            if !ok { return true }
        }
        return false
    }

    /// The integer a C `atoi` reads at the start of `text`, saturating instead of overflowing.
    static func leadingInteger(_ text: String) -> Int {
        var digits = text.utf8.drop(while: { $0 == 0x20 || (0x09...0x0D).contains($0) })
        var sign = 1
        if let first = digits.first, first == 0x2B || first == 0x2D {
            sign = first == 0x2D ? -1 : 1
            digits = digits.dropFirst()
        }
        var value = 0
        for byte in digits {
            guard (0x30...0x39).contains(byte) else { break }
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(byte - 0x30))
            if o1 || o2 { return sign * Int.max }
            value = sum
        }
        return sign * value
    }

    /// The deepest `{` nesting of a record label; `\{` is a literal brace.
    static func recordDepth(_ label: String) -> Int {
        var depth = 0
        var deepest = 0
        var escaped = false
        for byte in label.utf8 {
            if escaped {
                escaped = false
            } else if byte == 0x5C {
                escaped = true
            } else if byte == 0x7B {
                depth += 1
                deepest = max(deepest, depth)
            } else if byte == 0x7D {
                depth = max(depth - 1, 0)
            }
        }
        return deepest
    }
}

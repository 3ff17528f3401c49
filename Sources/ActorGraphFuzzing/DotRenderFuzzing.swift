import ActorGraph
import Foundation

/// Arbitrary bytes as the DOT file of `actorgraph render`: read as UTF-8, parsed, laid out
/// and drawn to SVG in memory, with the engine the first byte picks.
public enum DotRenderFuzzing {
    /// Runs one input. Byte 0 picks the layout engine; the other bytes are the DOT file
    /// (non-UTF-8 files are refused before Graphviz sees them, as from disk). Returns the
    /// broken expectations, empty when all is well.
    public static func run(_ data: [UInt8]) -> [String] {
        guard let control = data.first.map(Int.init), let text = String(data: Data(data.dropFirst()), encoding: .utf8) else {
            return []
        }
        let engine = LayoutEngine.allCases[control % LayoutEngine.allCases.count]
        do {
            let outputs = try DotFile.render(text, source: "fuzz.dot", engine: engine, formats: [.svg])
            return outputs[.svg] == nil ? ["no SVG output and no error"] : []
        } catch is ActorGraphError {
            return []
        } catch {
            return ["rendering threw a \(type(of: error)), not an ActorGraphError: \(error)"]
        }
    }
}

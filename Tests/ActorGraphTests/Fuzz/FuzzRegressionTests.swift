import ActorGraph
import ActorGraphFuzzing
import Foundation
import Testing

/// Replays every input kept from the fuzz runs (crashes, hangs and leaks that were fixed, and
/// inputs kept for their coverage or hostile encodings) through the same entry points the
/// libFuzzer executables call. An input whose bug came back crashes, times out or reports a
/// broken expectation here. The inputs live in Fixtures/Fuzz/TARGET; see docs/fuzzing.md.
@Suite(.timeLimit(.minutes(2)))
struct FuzzRegressionTests {
    /// The stored inputs of one fuzz target, by file name.
    static func inputs(_ target: String) -> [String] {
        guard let dir = directory(target),
              let names = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }

    static func directory(_ target: String) -> URL? {
        Bundle.module.resourceURL?.appendingPathComponent("Fixtures/Fuzz/\(target)")
    }

    static func bytes(_ target: String, _ name: String) throws -> [UInt8] {
        let url = try #require(directory(target)).appendingPathComponent(name)
        return [UInt8](try Data(contentsOf: url))
    }

    @Test func everyTargetKeepsInputs() {
        for target in ["FuzzExtraction", "FuzzDataFiles", "FuzzDotRender"] {
            #expect(Self.inputs(target).count >= 3, "too few stored inputs for \(target)")
        }
    }

    @Test(arguments: inputs("FuzzExtraction"))
    func extraction(_ name: String) throws {
        #expect(ExtractionFuzzing.run(try Self.bytes("FuzzExtraction", name)) == [], "\(name)")
    }

    @Test(arguments: inputs("FuzzDataFiles"))
    func dataFiles(_ name: String) throws {
        #expect(DataFileFuzzing.run(try Self.bytes("FuzzDataFiles", name)) == [], "\(name)")
    }

    @Test(arguments: inputs("FuzzDotRender"))
    func dotRender(_ name: String) throws {
        #expect(DotRenderFuzzing.run(try Self.bytes("FuzzDotRender", name)) == [], "\(name)")
    }

    /// Inputs named `refused-*` made Graphviz exhaust memory, time or the stack, or crash;
    /// they must be refused as input errors before layout (`LayoutLimits`), not merely survive.
    @Test(arguments: inputs("FuzzDotRender").filter { $0.hasPrefix("refused-") })
    func dotRenderRefusesPastLimits(_ name: String) throws {
        let text = String(decoding: try Self.bytes("FuzzDotRender", name).dropFirst(), as: UTF8.self)
        do {
            _ = try DotFile.render(text, source: name, engine: .dot, formats: [.svg])
            Issue.record("\(name) was laid out, not refused")
        } catch let ActorGraphError.input(path, reason) {
            #expect(path == name && (reason.contains("more than") || reason.contains("not a valid color list")), "\(reason)")
        }
    }
}

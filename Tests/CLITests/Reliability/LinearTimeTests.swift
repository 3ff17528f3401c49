import Foundation
import Testing

/// Time linear in the input. An article that repeats one sentence: every repetition is one more
/// evidence sentence of the same relations and co-occurrences, appended in place (before, each
/// append copied the evidence so far: 1 MB took about three minutes). A dictionary of 50,000
/// entries: new entries are sorted and indexed once per file (before, once per entry: over six
/// minutes). These are soak tests (`ACTORGRAPH_SOAK=1`); the bound is a hang guard far above
/// the expected seconds, not a speed measurement (that is in Benchmarks/).
@Suite("Reliability: time linear in the input", .serialized)
struct LinearTimeTests {
    static let soak = ProcessInfo.processInfo.environment["ACTORGRAPH_SOAK"] != nil
    static let timeout = "/usr/bin/timeout"

    @Test("1 MB of one repeated sentence: extract with co-occurrence finishes, with one relation of 61,680 sentences",
          .enabled(if: soak && FileManager.default.isExecutableFile(atPath: timeout), "soak test: set ACTORGRAPH_SOAK=1 to run it"))
    func repeatedSentence() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("linear-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("repeated.txt")
        try Data(String(repeating: "Haftar met Sisi. ", count: 61_680).utf8).write(to: file)
        let r = try CLI.run(["extract", file.path, "--format", "jsonl", "--cooccurrence"], launcher: [Self.timeout, "120"])
        #expect(r.status == 0, "exit \(r.status) (124: still running after 120 s)")
        let met = r.stdout.split(separator: "\n").first { $0.contains("\"type\":\"met\"") }
        #expect(met.map { $0.components(separatedBy: "\"sentence\":").count - 1 } == 61_680)
    }

    @Test("a dictionary of 50,000 actors loads, with every entry counted",
          .enabled(if: soak && FileManager.default.isExecutableFile(atPath: timeout), "soak test: set ACTORGRAPH_SOAK=1 to run it"))
    func largeDictionary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dict-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var yaml = "version: 1\nactors:\n"
        for i in 0..<50_000 {
            yaml += "  - id: generated_\(i)\n    kind: person\n    names: {en: Generated Person \(i), ar: شخص مولد \(i)}\n"
        }
        let file = dir.appendingPathComponent("actors.yaml")
        try Data(yaml.utf8).write(to: file)
        let r = try CLI.run(["actors", "--check", file.path], launcher: [Self.timeout, "120"])
        #expect(r.status == 0, "exit \(r.status) (124: still running after 120 s): \(r.stderr)")
        #expect(r.stdout.contains("50000 new actor(s)"), Comment(rawValue: r.stdout))
    }
}

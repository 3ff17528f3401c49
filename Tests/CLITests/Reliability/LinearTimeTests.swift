import Foundation
import Testing

/// An article that repeats one sentence costs time linear in its length: every repetition is
/// one more evidence sentence of the same relations and co-occurrences, appended in place.
/// Before, each append copied the evidence so far, and 1 MB of one repeated sentence took
/// about three minutes. These are soak tests (`ACTORGRAPH_SOAK=1`); the bound is a hang guard
/// far above the expected seconds, not a speed measurement (that is in Benchmarks/).
@Suite("Reliability: time linear in the article", .serialized)
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
}

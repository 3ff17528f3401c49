import Foundation
import Testing

/// One article never costs more than its memory budget: text longer than 1 MB is read in
/// parts. 40 MB of `.` used to take 6.5 GB; it must stay under 1 GB (GNU time's peak RSS).
@Suite("Reliability: memory budget per article", .serialized)
struct MemoryBudgetTests {
    static let time = "/usr/bin/time"
    static let soak = ProcessInfo.processInfo.environment["ACTORGRAPH_SOAK"] != nil

    @Test("40 MB of '.' in one file: extract succeeds with one warning, under 1 GB of peak memory",
          .enabled(if: soak && FileManager.default.isExecutableFile(atPath: time), "soak test: set ACTORGRAPH_SOAK=1 (and install GNU time)"))
    func fortyMegabytesOfDots() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dots.txt")
        try Data(repeating: UInt8(ascii: "."), count: 40_000_000).write(to: file)
        let r = try CLI.run(["extract", file.path, "--format", "jsonl"], launcher: [Self.time, "-f", "peak-kb %M"])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(r.stderr.contains("is read as 39 articles"), Comment(rawValue: r.stderr))
        let peak = r.stderr.split(separator: "\n").first { $0.hasPrefix("peak-kb ") }.flatMap { Int($0.dropFirst(8)) }
        #expect(peak.map { $0 < 1_000_000 } == true, "peak \(peak.map(String.init) ?? "?") KB")
    }
}

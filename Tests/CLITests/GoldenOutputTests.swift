import ActorGraph
import Foundation
import Testing

/// Golden outputs: what `extract` and `build` write for the example articles, byte for byte,
/// and the SHA-256 of what `extract` writes for the seeds and the development set (their text
/// stays out of the repository). A change to the extractor that should not change any result
/// (a faster hot path, a refactoring) must leave them all as they are; one that improves
/// extraction updates them on purpose, with its dev-set scores in the commit message:
///
///     ACTORGRAPH_UPDATE_GOLDEN=1 swift test --filter GoldenOutputTests
@Suite("Golden outputs of extract and build")
struct GoldenOutputTests {
    static let dir = CLI.root.appendingPathComponent("Tests/CLITests/Golden")
    static let update = ProcessInfo.processInfo.environment["ACTORGRAPH_UPDATE_GOLDEN"] != nil

    /// Compares `data` with the golden file `name`, or writes it in update mode.
    static func check(_ data: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = dir.appendingPathComponent(name)
        if update {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try data.write(to: url)
            return
        }
        let golden = try #require(FileManager.default.contents(atPath: url.path), "missing golden file \(name)", sourceLocation: sourceLocation)
        #expect(data == golden, "\(name) differs from its golden file (\(data.count) bytes against \(golden.count))", sourceLocation: sourceLocation)
    }

    @Test("extract on the example articles: JSON Lines identical on 1 and 2 threads and to the golden file")
    func examplesJSONL() throws {
        let two = try CLI.run(["extract", "Examples/articles", "--format", "jsonl", "--threads", "2"])
        let one = try CLI.run(["extract", "Examples/articles", "--format", "jsonl", "--threads", "1"])
        #expect(two.status == 0 && one.status == 0, Comment(rawValue: two.stderr + one.stderr))
        #expect(two.stdoutBytes == one.stdoutBytes)
        try Self.check(two.stdoutBytes, "examples.jsonl")
    }

    @Test("build on the example articles: DOT and node-link JSON identical to the golden files")
    func examplesBuild() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let dot = tmp.appendingPathComponent("graph.dot").path, json = tmp.appendingPathComponent("graph.json").path
        let r = try CLI.run(["build", "Examples/articles", "--no-store", "-o", dot, "-o", json])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        try Self.check(try #require(FileManager.default.contents(atPath: dot)), "examples.dot")
        try Self.check(try #require(FileManager.default.contents(atPath: json)), "examples.json")
    }

    @Test("extract on the seeds and the development set: the SHA-256 of the JSON Lines is the golden one",
          .enabled(if: CLI.shared != nil && FileManager.default.fileExists(atPath: CLI.root.deletingLastPathComponent().appendingPathComponent("shared/dev/articles").path),
                   "skipped: ../shared/seeds or ../shared/dev is not present"))
    func sharedHashes() throws {
        var lines = ""
        for (name, path) in [("seeds", "../shared/seeds"), ("dev", "../shared/dev/articles")] {
            let r = try CLI.run(["extract", path, "--format", "jsonl"])
            #expect(r.status == 0, Comment(rawValue: r.stderr))
            lines += "\(name) \(SHA256.hex(r.stdoutBytes))\n"
        }
        try Self.check(Data(lines.utf8), "shared.sha256")
    }
}

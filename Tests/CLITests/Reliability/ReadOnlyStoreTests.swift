import Foundation
import Testing

/// `stats` only reads: a store in a directory the user cannot write (a read-only disk, an
/// archive) opens for reading, without the journal-mode change that used to fail with
/// "attempt to write a readonly database".
@Suite("Reliability: read-only stores", .serialized)
struct ReadOnlyStoreTests {
    @Test("stats on a store whose directory and file are read-only prints the summary (exit 0) and writes nothing",
          .enabled(if: Reliability.canDenyAccess, "needs a user the permission bits apply to"))
    func statsReadOnly() throws {
        let dir = try CLI.tempDir()
        defer {
            chmod(dir.appendingPathComponent("out/.actorgraph").path, 0o755)
            chmod(dir.appendingPathComponent("out").path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let built = try CLI.run(["build", "Examples/articles", "-o", out.appendingPathComponent("g.svg").path])
        #expect(built.status == 0, Comment(rawValue: built.stderr))
        let storeDir = out.appendingPathComponent(".actorgraph")
        let store = storeDir.appendingPathComponent("corpus.sqlite").path
        let before = try FileManager.default.contentsOfDirectory(atPath: storeDir.path).sorted()
        chmod(store, 0o444)
        chmod(storeDir.path, 0o555)
        chmod(out.path, 0o555)
        chmod(dir.path, 0o755)
        let r = try Reliability.runUnprivileged(["stats", "--store", store], dir: dir)
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(r.stdout.contains("articles: 9 in 7 files"), Comment(rawValue: r.stdout))
        #expect(try FileManager.default.contentsOfDirectory(atPath: storeDir.path).sorted() == before)
    }
}

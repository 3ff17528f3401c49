import Foundation
import Testing

/// A damaged store is named as damaged with the way out, `--rebuild-store` reads the articles
/// into a new store that replaces it, and a rebuild that fails leaves the old store in place.
@Suite("Reliability: rebuilding a damaged store", .serialized)
struct StoreRebuildTests {
    @Test("a store whose header is overwritten: exit 74 naming --rebuild-store; the rebuild gives the original output and a working store")
    func damagedThenRebuilt() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.sqlite").path
        let first = try CLI.run(["build", "Examples/articles", "--store", store, "-o", dir.appendingPathComponent("a.json").path])
        #expect(first.status == 0, Comment(rawValue: first.stderr))
        let original = try Data(contentsOf: dir.appendingPathComponent("a.json"))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: store))
        try handle.write(contentsOf: Data(repeating: 0x5A, count: 64))
        try handle.close()

        let damaged = try CLI.run(["build", "Examples/articles", "--store", store, "-o", dir.appendingPathComponent("b.json").path])
        #expect(damaged.status == 74)
        #expect(damaged.stderr.contains("s.sqlite") && damaged.stderr.contains("--rebuild-store"), Comment(rawValue: damaged.stderr))

        let rebuilt = try CLI.run(["build", "Examples/articles", "--store", store, "--rebuild-store", "-o", dir.appendingPathComponent("b.json").path])
        #expect(rebuilt.status == 0, Comment(rawValue: rebuilt.stderr))
        #expect(rebuilt.stderr.contains("rebuilt"), Comment(rawValue: rebuilt.stderr))
        #expect(try Data(contentsOf: dir.appendingPathComponent("b.json")) == original)
        #expect(!FileManager.default.fileExists(atPath: store + ".rebuild"))

        let next = try CLI.run(["build", "Examples/articles", "--store", store, "-o", dir.appendingPathComponent("c.json").path])
        #expect(next.status == 0, Comment(rawValue: next.stderr))
        #expect(next.stderr.contains("(9 unchanged)"), Comment(rawValue: next.stderr))
    }

    @Test("a rebuild that fails part-way (a bad record to merge) leaves the old store byte-identical and no half-made one")
    func failedRebuildKeepsOld() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.sqlite").path
        let first = try CLI.run(["build", "Examples/articles", "--store", store, "-o", dir.appendingPathComponent("a.json").path])
        #expect(first.status == 0, Comment(rawValue: first.stderr))
        let before = try Data(contentsOf: URL(fileURLWithPath: store))
        let bad = dir.appendingPathComponent("bad.jsonl")
        try Data("{\"kind\": \"relation\", \"article\": \n".utf8).write(to: bad)
        let r = try CLI.run(["build", "Examples/articles", "--store", store, "--rebuild-store", "--from-jsonl", bad.path,
                             "-o", dir.appendingPathComponent("b.json").path])
        #expect(r.status == 65, Comment(rawValue: r.stderr))
        #expect(try Data(contentsOf: URL(fileURLWithPath: store)) == before)
        for suffix in ["", "-wal", "-shm"] {
            #expect(!FileManager.default.fileExists(atPath: store + ".rebuild" + suffix))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("b.json").path))
    }

    @Test("--rebuild-store with --no-store, or with watch, is a usage error (exit 64)")
    func usage() throws {
        let noStore = try CLI.run(["build", "Examples/articles", "--no-store", "--rebuild-store", "-o", "-"])
        #expect(noStore.status == 64, Comment(rawValue: noStore.stderr))
        let watch = try CLI.run(["watch", "Examples/articles", "--rebuild-store", "--poll", "1", "-o", "-"])
        #expect(watch.status == 64, Comment(rawValue: watch.stderr))
    }
}

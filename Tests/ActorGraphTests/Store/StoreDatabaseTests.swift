import Foundation
import Testing
@testable import ActorGraph

@Suite("Store: database")
struct StoreDatabaseTests {
    @Test("SHA-256 matches the FIPS 180-4 test vectors, in one piece or many")
    func sha256() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        let long = [UInt8](repeating: 0x61, count: 100_000)
        var h = SHA256()
        var i = 0
        for n in [1, 63, 64, 65, 1000, 7, 128] + Array(repeating: 997, count: 200) where i < long.count {
            let end = min(long.count, i + n)
            h.update(long[i..<end])
            i = end
        }
        h.update(long[i...])
        #expect(h.finalizeHex() == SHA256.hex(long))
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("stat only vouches for files not written since they were hashed, and not written just before")
    func statShortcut() {
        let st = FileStat(size: 10, inode: 7, mtime: 1_000_000_000_000, ctime: 1_000_000_000_000)
        let later = st.ctime + 5_000_000_000
        #expect(st.matches(st, checked: later))
        #expect(!st.matches(nil, checked: later))
        #expect(!st.matches(st, checked: nil))
        // Written within two seconds before it was hashed: hash it again.
        #expect(!st.matches(st, checked: st.ctime + 1_000_000_000))
        var rewritten = st
        rewritten.ctime += 1
        #expect(!rewritten.matches(st, checked: later))
        var grown = st
        grown.size = 11
        #expect(!grown.matches(st, checked: later))
        var replaced = st
        replaced.inode = 8
        #expect(!replaced.matches(st, checked: later))
    }

    @Test("a file touched without a change is not read again; one rewritten with its old time is")
    func touchedFiles() throws {
        let corpus = try StoreFixtures.corpus()
        let store = try CorpusStore(path: corpus.deletingLastPathComponent().appendingPathComponent("s.sqlite").path)
        let build = StoreFixtures.build(store)
        _ = try build.update(inputs: [corpus.path], threads: 2)
        let file = corpus.appendingPathComponent("en/2017-08-haftar-cairo-moscow.txt")
        // Touched: a new modification time, the same bytes.
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(3600)], ofItemAtPath: file.path)
        #expect(try build.update(inputs: [corpus.path], threads: 2).changes == 0)
        // Rewritten, then given back its old modification time: still seen.
        let old = try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as! Date
        let text = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "Cairo", with: "Amman")
        try text.write(to: file, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: file.path)
        let s = try build.update(inputs: [corpus.path], threads: 2)
        #expect(s.changed == 1)
        try StoreFixtures.expectSame(try build.network(), try StoreFixtures.direct([corpus.path]))
    }

    @Test("a new store is in WAL mode, has the current schema and passes the integrity check")
    func opens() throws {
        let dir = try StoreFixtures.tempDir()
        let path = dir.appendingPathComponent("s.sqlite").path
        do {
            let store = try CorpusStore(path: path)
            #expect(try store.journalMode() == "wal")
            #expect(try store.integrityCheck() == "ok")
            #expect(try store.db.scalar("PRAGMA user_version").int == CorpusStore.schemaVersion)
        }
        // Reopening keeps it.
        let again = try CorpusStore(path: path)
        #expect(try again.db.scalar("PRAGMA user_version").int == CorpusStore.schemaVersion)
        #expect(try again.stats().articles == 0)
    }

    @Test("a version 1 store is migrated in place and keeps its articles")
    func migratesV1() throws {
        let corpus = try StoreFixtures.corpus()
        let path = corpus.deletingLastPathComponent().appendingPathComponent("v1.sqlite").path
        // A store as version 1 wrote it: its schema, one file, its meta.
        do {
            let db = try SQLiteDatabase(path: path)
            try db.execute("PRAGMA journal_mode = WAL")
            try db.execute(CorpusStore.schemaV1)
            try db.execute("PRAGMA user_version = 1")
            db.close()
        }
        let store = try CorpusStore(path: path)
        #expect(try store.db.scalar("PRAGMA user_version").int == CorpusStore.schemaVersion)
        let build = StoreFixtures.build(store)
        #expect(try build.update(inputs: [corpus.path], threads: 2).new == 9)
        #expect(try build.update(inputs: [corpus.path], threads: 2).changes == 0)
        try StoreFixtures.expectSame(try build.network(), try StoreFixtures.direct([corpus.path]))
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("a store from a newer ActorGraph is refused")
    func newerSchema() throws {
        let path = try StoreFixtures.tempDir().appendingPathComponent("s.sqlite").path
        do {
            let store = try CorpusStore(path: path)
            try store.db.execute("PRAGMA user_version = 99")
        }
        #expect(throws: StoreError.newerSchema(path: path, found: 99, supported: CorpusStore.schemaVersion)) {
            _ = try CorpusStore(path: path)
        }
    }

    @Test("an update waits while another connection updates the store, then fails clearly")
    func busy() throws {
        let path = try StoreFixtures.tempDir().appendingPathComponent("s.sqlite").path
        let holder = try CorpusStore(path: path)
        let waited = WatcherFlag()
        let other = try CorpusStore(path: path, lockWait: 0.5, onWait: { _ in waited.set() })
        let started = Date()
        #expect(throws: StoreError.self) {
            try holder.write { _ in
                try other.write { db in try db.setMeta("x", "y") }
            }
        }
        #expect(waited.value)
        #expect(Date().timeIntervalSince(started) >= 0.5)
        do {
            try holder.write { _ in try other.write { _ in } }
        } catch let e as StoreError {
            if case .busy = e { #expect(e.exitCode == 75) } else { Issue.record("expected busy, got \(e)") }
        }
        // Once the lock is free the other connection gets it at once.
        try other.write { db in try db.setMeta("x", "y") }
        #expect(try holder.meta("x") == "y")
    }

    @Test("reading the network on several connections gives what one connection reads", arguments: [2, 3, 4])
    func parallelRead(workers: Int) throws {
        let corpus = try StoreFixtures.corpus()
        let store = try CorpusStore(path: corpus.deletingLastPathComponent().appendingPathComponent("s.sqlite").path)
        let build = StoreFixtures.build(store)
        _ = try build.update(inputs: [corpus.path], threads: 2)
        let en = try ArticleReader().inputFiles([corpus.appendingPathComponent("en").path])
        for scope in [nil, en] {
            let one = try store.read { try $0.mergedRelations(scope: scope) }
            let many = try store.networkRelations(scope: scope, workers: workers, minimumSpan: 0)
            #expect(many == one)
            #expect(!one.isEmpty)
        }
        // While another connection updates the store, it reads on one connection instead.
        let other = try CorpusStore(path: store.path)
        let one = try store.read { try $0.mergedRelations(scope: nil) }
        let many = try other.whileLocked { try store.networkRelations(scope: nil, workers: workers, minimumSpan: 0) }
        #expect(many == one)
    }

    @Test("stats count articles, actors and edges by type, and the newest article")
    func stats() throws {
        let corpus = try StoreFixtures.corpus()
        let store = try CorpusStore(path: corpus.deletingLastPathComponent().appendingPathComponent("s.sqlite").path)
        let build = StoreFixtures.build(store)
        _ = try build.update(inputs: [corpus.path], threads: 2)
        let s = try store.stats()
        let n = try build.network()
        #expect(s.articles == 9 && s.files == 7)
        #expect(s.actors == n.actors.count && s.edges == n.edges.count)
        #expect(s.edgesByType.values.reduce(0, +) == n.edges.count)
        #expect(s.edgesByType["co_occurs"] == n.edges.filter { $0.type == .coOccurs }.count)
        #expect(s.newestArticle == "2021-11-10" && s.oldestArticle == "2017-08-02")
        #expect(s.fingerprint == build.fingerprint.value)
        #expect(s.text.contains("newest article: 2021-11-10"))
    }
}

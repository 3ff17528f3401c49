internal import CSQLite
import Foundation

/// The embedded SQLite store of an extracted corpus: one row per input file (content hash,
/// the fingerprint it was extracted with), its articles (metadata), their mentions, and their
/// relations with evidence. ``IncrementalBuild`` keeps it in step with the inputs and builds
/// the network from it.
///
/// The database runs in WAL mode; every update is one `BEGIN IMMEDIATE` transaction, so a
/// process killed at any moment leaves the store as it was before the update began, and
/// readers never block. A second process that wants to update the store while another one
/// does waits (calling `onWait` once) for up to `lockWait` seconds, then throws
/// ``StoreError/busy(path:waited:)``.
public final class CorpusStore: @unchecked Sendable {
    /// The schema this code reads and writes (`PRAGMA user_version`).
    public static let schemaVersion = 2

    /// The database path (`:memory:` for a store that lives only as long as the process).
    public let path: String
    /// Seconds an update waits for another process's update to finish.
    public var lockWait: Double
    /// Called once when an update has to wait for another process.
    public var onWait: (@Sendable (String) -> Void)?

    let db: SQLiteDatabase
    /// Extra connections for reading a big store in parallel, opened when first needed.
    private var readers: [SQLiteDatabase] = []
    private let lock = NSRecursiveLock()
    private let busyTimeoutMS: Int32
    /// Opened for reading only (see `init`).
    let readOnly: Bool

    /// The files SQLite keeps beside a store at `path`: the store itself first, then its
    /// write-ahead log, shared-memory index and rollback journal.
    public static func files(at path: String) -> [String] {
        ["", "-wal", "-shm", "-journal"].map { path + $0 }
    }

    /// Removes a store's files (``files(at:)``); missing ones are ignored.
    public static func remove(at path: String) {
        for file in files(at: path) { unlink(file) }
    }

    /// Opens (creating when missing) the store at `path` and brings its schema up to date.
    /// - Parameters:
    ///   - busyTimeout: seconds a single statement retries while another process holds a lock.
    ///   - lockWait: seconds an update waits for another process's update (see ``lockWait``).
    ///   - readOnly: open for reading only (`stats`): nothing is written, not even the journal
    ///     mode, so a store on a read-only disk or in a directory one cannot write is readable.
    public init(path: String, busyTimeout: Double = 10, lockWait: Double = 600, readOnly: Bool = false,
                onWait: (@Sendable (String) -> Void)? = nil) throws {
        self.path = path
        self.lockWait = lockWait
        self.onWait = onWait
        self.readOnly = readOnly
        busyTimeoutMS = Int32(max(0, min(busyTimeout, 3600)) * 1000)
        db = try SQLiteDatabase(path: path, readOnly: readOnly)
        db.setBusyTimeout(milliseconds: busyTimeoutMS)
        if readOnly {
            let version = try db.scalar("PRAGMA user_version").int ?? 0
            if version > Self.schemaVersion { throw StoreError.newerSchema(path: path, found: version, supported: Self.schemaVersion) }
            guard version == Self.schemaVersion else {
                throw StoreError.sqlite(path: path, code: SQLITE_READONLY, message: "the store is from an older ActorGraph and read-only here: run 'actorgraph build' where it can be written first")
            }
            return
        }
        try db.execute("PRAGMA foreign_keys = ON")
        if path != ":memory:" {
            // A store being created by another process at this very moment can answer "busy"
            // without waiting; try again.
            let mode = try retryingBusy { try self.db.scalar("PRAGMA journal_mode = WAL").string ?? "" }
            guard mode.lowercased() == "wal" else {
                throw StoreError.sqlite(path: path, code: SQLITE_ERROR, message: "cannot switch to WAL mode (journal mode is \(mode))")
            }
        }
        try db.execute("PRAGMA synchronous = FULL")
        try retryingBusy { try self.migrate() }
    }

    /// Runs `body` again while SQLite answers "busy" or "locked" (for up to `lockWait`
    /// seconds, telling `onWait` once), for the statements SQLite does not retry itself.
    func retryingBusy<T>(_ body: () throws -> T) throws -> T {
        let start = Date()
        var told = false
        while true {
            do {
                return try body()
            } catch let StoreError.sqlite(_, code, _) where code & 0xFF == SQLITE_BUSY || code & 0xFF == SQLITE_LOCKED {
                let waited = Date().timeIntervalSince(start)
                if waited >= lockWait { throw StoreError.busy(path: path, waited: waited) }
                if !told && waited > 1 {
                    told = true
                    onWait?("\(path) is being updated by another actorgraph run; waiting for it to finish…")
                }
                usleep(50_000)
            }
        }
    }

    deinit {
        readers.forEach { $0.close() }
        db.close()
    }

    /// Closes the database; the store must not be used afterwards.
    public func close() {
        lock.lock()
        defer { lock.unlock() }
        readers.forEach { $0.close() }
        readers.removeAll()
        db.close()
    }

    // MARK: - Transactions

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: committed when it returns, rolled
    /// back when it throws.
    func write<T>(_ body: (SQLiteDatabase) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        try beginImmediate()
        do {
            let result = try body(db)
            try db.execute("COMMIT")
            return result
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` while holding the store's write lock (as an update does), so no other
    /// process can update the store meanwhile; waits for the lock like an update.
    public func whileLocked<T>(_ body: () throws -> T) throws -> T {
        try write { _ in try body() }
    }

    /// Runs `body` in one read transaction (a consistent snapshot), again if SQLite answers
    /// "busy" (a reader can be told so while another process recovers or resets the log).
    func read<T>(_ body: (SQLiteDatabase) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try retryingBusy {
            try db.execute("BEGIN")
            do {
                let result = try body(db)
                try db.execute("COMMIT")
                return result
            } catch {
                try? db.execute("ROLLBACK")
                throw error
            }
        }
    }

    private func beginImmediate() throws {
        let start = Date()
        var told = false
        db.setBusyTimeout(milliseconds: 200)
        defer { db.setBusyTimeout(milliseconds: busyTimeoutMS) }
        while true {
            do {
                try db.execute("BEGIN IMMEDIATE")
                return
            } catch let StoreError.sqlite(_, code, _) where code & 0xFF == SQLITE_BUSY || code & 0xFF == SQLITE_LOCKED {
                let waited = Date().timeIntervalSince(start)
                if waited >= lockWait { throw StoreError.busy(path: path, waited: waited) }
                if !told {
                    told = true
                    onWait?("\(path) is being updated by another actorgraph run; waiting for it to finish…")
                }
            }
        }
    }

    // MARK: - Schema

    private func migrate() throws {
        let version = try db.scalar("PRAGMA user_version").int ?? 0
        if version == Self.schemaVersion { return }
        if version > Self.schemaVersion {
            throw StoreError.newerSchema(path: path, found: version, supported: Self.schemaVersion)
        }
        try write { db in
            // Another process may have migrated while this one waited for the lock.
            let current = try db.scalar("PRAGMA user_version").int ?? 0
            if current >= Self.schemaVersion { return }
            if current < 1 { try db.execute(Self.schemaV1) }
            if current < 2 { try db.execute(Self.migrationV2) }
            try db.execute("PRAGMA user_version = \(Self.schemaVersion)")
        }
    }

    static let schemaV1 = """
        CREATE TABLE meta(
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE files(
            path TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('file', 'jsonl')),
            hash TEXT NOT NULL,
            size INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            origin TEXT,
            stored_at TEXT NOT NULL
        );
        CREATE TABLE articles(
            id INTEGER PRIMARY KEY,
            file TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            path TEXT NOT NULL,
            record_id TEXT,
            title TEXT,
            date TEXT,
            url TEXT,
            source TEXT,
            chars INTEGER,
            UNIQUE (file, seq)
        );
        CREATE INDEX articles_date ON articles(date);
        CREATE TABLE mentions(
            article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            actor TEXT NOT NULL,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            token_start INTEGER,
            token_end INTEGER,
            role TEXT NOT NULL,
            prefix TEXT,
            text TEXT NOT NULL,
            PRIMARY KEY (article, seq)
        ) WITHOUT ROWID;
        CREATE TABLE relations(
            id INTEGER PRIMARY KEY,
            article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            cooccurrence INTEGER NOT NULL,
            article_path TEXT NOT NULL,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            type TEXT NOT NULL,
            modality TEXT NOT NULL,
            attribution TEXT
        );
        CREATE INDEX relations_article ON relations(article);
        CREATE TABLE evidence(
            relation INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            article TEXT NOT NULL,
            date TEXT,
            url TEXT,
            sentence_index INTEGER NOT NULL,
            sentence TEXT NOT NULL,
            trigger TEXT,
            start_offset INTEGER NOT NULL,
            end_offset INTEGER NOT NULL,
            trigger_start INTEGER,
            trigger_end INTEGER,
            attribution TEXT,
            PRIMARY KEY (relation, seq)
        ) WITHOUT ROWID;
        CREATE TABLE warnings(
            file TEXT NOT NULL REFERENCES files(path) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            path TEXT NOT NULL,
            byte_offset INTEGER,
            message TEXT NOT NULL,
            PRIMARY KEY (file, seq)
        ) WITHOUT ROWID;
        """

    /// Version 2: what `stat` said when each file was hashed, so unchanged files need not be
    /// read again.
    static let migrationV2 = """
        ALTER TABLE files ADD COLUMN inode INTEGER;
        ALTER TABLE files ADD COLUMN mtime_ns INTEGER;
        ALTER TABLE files ADD COLUMN ctime_ns INTEGER;
        ALTER TABLE files ADD COLUMN checked_ns INTEGER;
        """

    // MARK: - Checks

    // MARK: - Reading the network

    /// The relations of the files in `scope` (every file when nil), merged per edge. A big
    /// store is read on up to `workers` connections at once, each over a range of relation
    /// ids: writers are locked out (briefly, and only if no update is under way) while each
    /// connection takes its snapshot, so all of them see the same state.
    func networkRelations(scope: [String]?, workers: Int, minimumSpan: Int = 20_000) throws -> [Relation] {
        lock.lock()
        defer { lock.unlock() }
        let sequential = { try self.read { try $0.mergedRelations(scope: scope) } }
        guard workers > 1, path != ":memory:" else { return try sequential() }
        let span = try db.scalar("SELECT max(id) - min(id) FROM relations").int ?? 0
        guard span >= minimumSpan else { return try sequential() }
        db.setBusyTimeout(milliseconds: 100)
        defer { db.setBusyTimeout(milliseconds: busyTimeoutMS) }
        do { try db.execute("BEGIN IMMEDIATE") } catch { return try sequential() }
        var began: [SQLiteDatabase] = []
        let articles: Set<Int64>?
        var low: Int64 = 0, high: Int64 = -1
        do {
            articles = try db.articleIDs(scope: scope)
            try db.query("SELECT min(id), max(id) FROM relations") { s in
                low = Int64(s.int(0) ?? 0)
                high = Int64(s.int(1) ?? -1)
            }
            while readers.count < workers {
                let r = try SQLiteDatabase(path: path, readOnly: readOnly)
                r.setBusyTimeout(milliseconds: busyTimeoutMS)
                readers.append(r)
            }
            for r in readers.prefix(workers) {
                try r.execute("BEGIN")
                began.append(r)
                _ = try r.scalar("SELECT count(*) FROM meta")  // takes the snapshot
            }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            for r in began { try? r.execute("ROLLBACK") }
            if case StoreError.sqlite = error { return try sequential() }
            throw error
        }
        defer { for r in began { try? r.execute("COMMIT") } }
        let chunk = (high - low + Int64(workers)) / Int64(workers)
        let ranges = (0..<workers).map { i in (low + Int64(i) * chunk)...min(high, low + Int64(i + 1) * chunk - 1) }
        let box = ReaderBox(began)
        let results = ResultSlots<Result<[(key: SQLiteDatabase.EdgeKey, relation: Relation)], Error>>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { i in
            results.set(i, Result { try box.readers[i].mergedRelations(range: ranges[i], articles: articles) })
        }
        return SQLiteDatabase.join(try results.values().map { try $0.get() })
    }

    /// `PRAGMA integrity_check`: `ok` for a sound database, else SQLite's findings.
    public func integrityCheck() throws -> String {
        lock.lock()
        defer { lock.unlock() }
        var lines: [String] = []
        try db.query("PRAGMA integrity_check") { lines.append($0.text(0) ?? "") }
        var fk: [String] = []
        try db.query("PRAGMA foreign_key_check") { fk.append("foreign key violation in \($0.text(0) ?? "?")") }
        return (lines + fk).joined(separator: "\n")
    }

    /// The journal mode (`wal` for a store on disk).
    public func journalMode() throws -> String {
        lock.lock()
        defer { lock.unlock() }
        return try db.scalar("PRAGMA journal_mode").string ?? ""
    }

    /// A value from the store's `meta` table (`fingerprint`, `extractor_version`, `updated_at`).
    public func meta(_ key: String) throws -> String? {
        try read { try $0.scalar("SELECT value FROM meta WHERE key = ?", [.text(key)]).string }
    }
}

/// Reader connections handed to parallel workers, each used by exactly one of them.
private final class ReaderBox: @unchecked Sendable {
    let readers: [SQLiteDatabase]
    init(_ readers: [SQLiteDatabase]) { self.readers = readers }
}

// MARK: - Rows

/// What the store knows about one input file.
struct StoredFile {
    var path: String
    var kind: String
    var hash: String
    var articles: Int
    var fingerprint: String
    var origin: String?
    /// What `stat` said when the file was hashed, and when that was.
    var stat: FileStat?
    var checked: Int64?
}

/// One input file's extraction, ready to be stored.
struct StoredFileExtraction {
    var path: String
    var kind: String
    var hash: String
    var size: Int
    var fingerprint: String
    var origin: String?
    /// What `stat` said just before the bytes were read, and when that was.
    var stat: FileStat? = nil
    var checked: Int64? = nil
    var extractions: [ArticleExtraction]
    var warnings: [ReadWarning]
}

extension SQLiteDatabase {
    func storedFiles() throws -> [String: StoredFile] {
        var out: [String: StoredFile] = [:]
        try query("SELECT path, kind, hash, articles, fingerprint, origin, size, inode, mtime_ns, ctime_ns, checked_ns FROM files") { s in
            var stat: FileStat? = nil
            if let size = s.int(6), let inode = s.int(7), let mtime = s.int(8), let ctime = s.int(9) {
                stat = FileStat(size: Int64(size), inode: Int64(inode), mtime: Int64(mtime), ctime: Int64(ctime))
            }
            let f = StoredFile(path: s.text(0) ?? "", kind: s.text(1) ?? "", hash: s.text(2) ?? "", articles: s.int(3) ?? 0,
                               fingerprint: s.text(4) ?? "", origin: s.text(5), stat: stat, checked: s.int(10).map(Int64.init))
            out[f.path] = f
        }
        return out
    }

    func articlePaths(file: String) throws -> [String] {
        var out: [String] = []
        try query("SELECT path FROM articles WHERE file = ? ORDER BY seq", [.text(file)]) { out.append($0.text(0) ?? "") }
        return out
    }

    /// Every stored warning, by file.
    func allWarnings() throws -> [String: [ReadWarning]] {
        var out: [String: [ReadWarning]] = [:]
        try query("SELECT file, path, byte_offset, message FROM warnings ORDER BY file, seq") {
            out[$0.text(0) ?? "", default: []].append(ReadWarning(path: $0.text(1) ?? "", byteOffset: $0.int(2), message: $0.text(3) ?? ""))
        }
        return out
    }

    /// The `meta` table.
    func meta() throws -> [String: String] {
        var out: [String: String] = [:]
        try query("SELECT key, value FROM meta") { out[$0.text(0) ?? ""] = $0.text(1) ?? "" }
        return out
    }

    /// Records what `stat` says about a file whose content was found unchanged.
    func refreshStat(_ path: String, _ stat: FileStat, checked: Int64) throws {
        try run("UPDATE files SET size = ?, inode = ?, mtime_ns = ?, ctime_ns = ?, checked_ns = ? WHERE path = ?",
                [.int(stat.size), .int(stat.inode), .int(stat.mtime), .int(stat.ctime), .int(checked), .text(path)])
    }

    func deleteFile(_ path: String) throws {
        try run("DELETE FROM files WHERE path = ?", [.text(path)])
    }

    func setMeta(_ key: String, _ value: String) throws {
        try run("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [.text(key), .text(value)])
    }

    /// Replaces everything stored for one file.
    func replace(_ file: StoredFileExtraction, storedAt: String) throws {
        try deleteFile(file.path)
        try run("""
            INSERT INTO files(path, kind, hash, size, inode, mtime_ns, ctime_ns, checked_ns, articles, fingerprint, extractor_version,
                              origin, stored_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(file.path), .text(file.kind), .text(file.hash), .int(Int64(file.size)),
                  file.stat.map { .int($0.inode) } ?? .null, file.stat.map { .int($0.mtime) } ?? .null,
                  file.stat.map { .int($0.ctime) } ?? .null, file.checked.map { .int($0) } ?? .null,
                  .int(Int64(file.extractions.count)), .text(file.fingerprint), .text(ExtractionFingerprint.extractorVersion),
                  SQLiteValue(file.origin), .text(storedAt)])
        for (i, w) in file.warnings.enumerated() {
            try run("INSERT INTO warnings(file, seq, path, byte_offset, message) VALUES (?, ?, ?, ?, ?)",
                    [.text(file.path), .int(Int64(i)), .text(w.path), SQLiteValue(w.byteOffset), .text(w.message)])
        }
        let insertArticle = try statement("""
            INSERT INTO articles(file, seq, path, record_id, title, date, url, source, chars)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, x) in file.extractions.enumerated() {
            let a = x.article
            insertArticle.reset()
            try insertArticle.bind([.text(file.path), .int(Int64(i)), .text(a.path), SQLiteValue(a.id), SQLiteValue(a.title),
                                    SQLiteValue(a.date), SQLiteValue(a.url), SQLiteValue(a.source),
                                    a.text.isEmpty ? .null : .int(Int64(a.text.unicodeScalars.count))])
            while try insertArticle.step() {}
            let articleID = lastInsertRowID
            try insertMentions(x.mentions, article: articleID)
            var seq = 0
            for r in x.relations { try insertRelation(r, article: articleID, seq: seq, cooccurrence: false); seq += 1 }
            for r in x.cooccurrences { try insertRelation(r, article: articleID, seq: seq, cooccurrence: true); seq += 1 }
        }
    }

    private func insertMentions(_ mentions: [Mention], article: Int64) throws {
        let s = try statement("""
            INSERT INTO mentions(article, seq, actor, start_offset, end_offset, sentence, token_start, token_end, role, prefix, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, m) in mentions.enumerated() {
            s.reset()
            try s.bind([.int(article), .int(Int64(i)), .text(m.actor), .int(Int64(m.start)), .int(Int64(m.end)),
                        .int(Int64(m.sentence)), m.tokenStart < 0 ? .null : .int(Int64(m.tokenStart)),
                        m.tokenEnd < 0 ? .null : .int(Int64(m.tokenEnd)), .text(m.role.rawValue), .text(m.prefix), .text(m.text)])
            while try s.step() {}
        }
    }

    private func insertRelation(_ r: Relation, article: Int64, seq: Int, cooccurrence: Bool) throws {
        let s = try statement("""
            INSERT INTO relations(article, seq, cooccurrence, article_path, source, target, type, modality, attribution)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try s.bind([.int(article), .int(Int64(seq)), .int(cooccurrence ? 1 : 0), .text(r.article), .text(r.source), .text(r.target),
                    .text(r.type.rawValue), .text(r.modality.rawValue), SQLiteValue(r.attribution)])
        while try s.step() {}
        let relationID = lastInsertRowID
        let e = try statement("""
            INSERT INTO evidence(relation, seq, article, date, url, sentence_index, sentence, trigger, start_offset, end_offset,
                                 trigger_start, trigger_end, attribution)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, ev) in r.evidence.enumerated() {
            e.reset()
            try e.bind([.int(relationID), .int(Int64(i)), .text(ev.article), SQLiteValue(ev.date), SQLiteValue(ev.url),
                        .int(Int64(ev.sentenceIndex)), .text(ev.sentence), SQLiteValue(ev.trigger), .int(Int64(ev.start)),
                        .int(Int64(ev.end)), SQLiteValue(ev.triggerStart), SQLiteValue(ev.triggerEnd), SQLiteValue(ev.attribution)])
            while try e.step() {}
        }
    }

    /// The identity of an edge: relations with the same key merge into one edge.
    struct EdgeKey: Hashable {
        var source: String, target: String, type: RelationType, modality: Modality
    }

    /// The article ids of the files in `scope` (nil: every article).
    func articleIDs(scope: [String]?) throws -> Set<Int64>? {
        guard let scope else { return nil }
        let files = Set(scope)
        var ids = Set<Int64>()
        try query("SELECT id, file FROM articles") { s in
            if files.contains(s.text(1) ?? "") { ids.insert(Int64(s.int(0) ?? 0)) }
        }
        return ids
    }

    /// The relations with ids in `range` (all when nil) of the articles in `articles` (all
    /// when nil), merged per edge in the order the edges first appear, with all their
    /// evidence in relation and evidence order.
    func mergedRelations(range: ClosedRange<Int64>?, articles: Set<Int64>?) throws -> [(key: EdgeKey, relation: Relation)] {
        var index: [EdgeKey: Int] = [:]
        var merged: [(key: EdgeKey, relation: Relation)] = []
        var current: Int64 = -1
        var slot = -1
        // The previous row's strings, reused when a row repeats them.
        var source: String?, target: String?, articlePath: String?, attribution: String?, typeText: String?, modalityText: String?
        var type = RelationType.coOccurs, modality = Modality.asserted
        var article: String?, date: String?, url: String?, trigger: String?, evAttribution: String?
        var sentences: [Int: String] = [:]
        let bounds: [SQLiteValue] = range.map { [.int($0.lowerBound), .int($0.upperBound)] } ?? []
        try query("""
            SELECT r.id, r.article, r.article_path, r.source, r.target, r.type, r.modality, r.attribution,
                   e.article, e.date, e.url, e.sentence_index, e.sentence, e.trigger, e.start_offset, e.end_offset,
                   e.trigger_start, e.trigger_end, e.attribution
            FROM relations r LEFT JOIN evidence e ON e.relation = r.id
            \(range == nil ? "" : "WHERE r.id BETWEEN ? AND ?")
            ORDER BY r.id, e.seq
            """, bounds) { s in
            let id = Int64(s.int(0) ?? 0)
            if id != current {
                current = id
                if let articles, !articles.contains(Int64(s.int(1) ?? 0)) {
                    slot = -1
                    return
                }
                let t = s.text(5, reusing: typeText) ?? "", m = s.text(6, reusing: modalityText) ?? ""
                if t != typeText || m != modalityText {
                    guard let ty = RelationType(rawValue: t), let mo = Modality(rawValue: m) else {
                        throw StoreError.sqlite(path: path, code: SQLITE_CORRUPT,
                                                message: "unknown relation type or modality '\(t)/\(m)'; rebuild the store")
                    }
                    (type, modality, typeText, modalityText) = (ty, mo, t, m)
                }
                source = s.text(3, reusing: source)
                target = s.text(4, reusing: target)
                articlePath = s.text(2, reusing: articlePath)
                attribution = s.text(7, reusing: attribution)
                var key = EdgeKey(source: source ?? "", target: target ?? "", type: type, modality: modality)
                if type.isSymmetric && key.target < key.source { swap(&key.source, &key.target) }
                if let i = index[key] {
                    slot = i
                } else {
                    slot = merged.count
                    index[key] = slot
                    merged.append((key, Relation(article: articlePath ?? "", source: key.source, target: key.target, type: type,
                                                 modality: modality, attribution: attribution, evidence: [])))
                }
            }
            guard slot >= 0 else { return }
            let previousArticle = article
            article = s.text(8, reusing: article)
            guard let article else { return }
            if article != previousArticle { sentences.removeAll(keepingCapacity: true) }
            date = s.text(9, reusing: date)
            url = s.text(10, reusing: url)
            trigger = s.text(13, reusing: trigger)
            evAttribution = s.text(18, reusing: evAttribution)
            let sentenceIndex = s.int(11) ?? 0
            let sentence = s.text(12, reusing: sentences[sentenceIndex]) ?? ""
            sentences[sentenceIndex] = sentence
            merged[slot].relation.evidence.append(Evidence(article: article, date: date, url: url, sentenceIndex: sentenceIndex,
                                                           sentence: sentence, trigger: trigger, start: s.int(14) ?? 0,
                                                           end: s.int(15) ?? 0, triggerStart: s.int(16), triggerEnd: s.int(17),
                                                           attribution: evAttribution))
        }
        return merged
    }

    /// The relations of the files in `scope` (every file when nil), merged per edge: one
    /// relation per edge key with all its evidence.
    func mergedRelations(scope: [String]?) throws -> [Relation] {
        try mergedRelations(range: nil, articles: articleIDs(scope: scope)).map(\.relation)
    }

    /// Joins per-range results (in range order) into one relation per edge.
    static func join(_ parts: [[(key: EdgeKey, relation: Relation)]]) -> [Relation] {
        guard parts.count > 1 else { return parts.first?.map(\.relation) ?? [] }
        var index: [EdgeKey: Int] = [:]
        var out: [Relation] = []
        for part in parts {
            for (key, relation) in part {
                if let i = index[key] {
                    out[i].evidence += relation.evidence
                } else {
                    index[key] = out.count
                    out.append(relation)
                }
            }
        }
        return out
    }
}


import Dispatch
import Foundation

/// Keeps a ``CorpusStore`` in step with a set of inputs and builds the network from it.
///
/// `update` hashes every input file (SHA-256 of the raw bytes) and extracts only the files
/// that are new, changed, or were extracted with another fingerprint (dictionary, lexicon,
/// extractor version, window or reader settings); files stored under one of the inputs that
/// no longer exist are dropped. The whole update is one transaction. `network` then builds
/// the network from the stored relations, and gives the same network as building directly
/// from the articles.
public struct IncrementalBuild: Sendable {
    public let store: CorpusStore
    public let extractor: Extractor
    public let reader: ArticleReader
    public let window: CooccurrenceWindow
    public let fingerprint: ExtractionFingerprint
    /// Files per parallel batch.
    public var batchSize = 64

    public init(store: CorpusStore, extractor: Extractor, reader: ArticleReader, window: CooccurrenceWindow = .sentence) {
        self.store = store
        self.extractor = extractor
        self.reader = reader
        self.window = window
        fingerprint = ExtractionFingerprint(extractor: extractor, reader: reader, window: window)
    }

    /// Progress of an update: files extracted so far out of those that need it.
    public struct Progress: Sendable {
        public var extracted: Int
        public var total: Int

        public init(extracted: Int, total: Int) {
            self.extracted = extracted
            self.total = total
        }
    }

    /// Brings the store up to date with `inputs` (files and directories, expanded as by
    /// ``ArticleReader/inputFiles(_:)``; `-` is ignored). Read warnings are reported for every
    /// input file, stored ones for files that did not need reading. A file that cannot be read
    /// (deleted during the run, unreadable, binary, too large) is skipped with a warning and
    /// keeps what the store holds for it.
    public func update(inputs: [String], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                       progress: ((Progress) -> Void)? = nil,
                       warning: ((ReadWarning) -> Void)? = nil) throws -> UpdateSummary {
        let clock = DispatchTime.now()
        let roots = inputs.filter { $0 != "-" }.map(ArticleReader.canonicalInput)
        var seen = Set<String>()
        let files = try reader.inputFiles(roots, warning: { warning?($0) }).filter { seen.insert($0).inserted }
        let fp = fingerprint.value
        var summary = try store.write { db -> UpdateSummary in
            var summary = UpdateSummary()
            summary.files = files.count
            let stored = try db.storedFiles()
            summary.fingerprintChanged = try db.scalar("SELECT value FROM meta WHERE key = 'fingerprint'").string.map { $0 != fp } ?? false
            // Plan: which files need extracting. Files stored with this fingerprint are
            // unchanged when `stat` says they were not written since they were hashed, else
            // when their content hash is the same (hashed in parallel).
            var unchanged = Set<String>()
            var toHash: [String] = []
            for path in files {
                guard let s = stored[path], s.kind == "file", s.fingerprint == fp else { continue }
                if let st = FileStat.of(path), st.matches(s.stat, checked: s.checked) { unchanged.insert(path) } else { toHash.append(path) }
            }
            let reader = self.reader
            let hashed = try Self.parallelMap(toHash, threads: threads) { path -> Result<(FileStat?, Int64, String), SkippedFile> in
                let st = FileStat.of(path), checked = FileStat.now()
                return try SkippedFile.outcome { (st, checked, SHA256.hex(try reader.bytesToStore(path))) }
            }
            for (path, outcome) in zip(toHash, hashed) {
                switch outcome {
                case let .success((st, checked, hash)) where stored[path]?.hash == hash:
                    unchanged.insert(path)
                    if let st { try db.refreshStat(path, st, checked: checked) }
                case .success:
                    break
                case let .failure(skipped):
                    // Unreadable now: keep what the store holds.
                    warning?(skipped.warning)
                    unchanged.insert(path)
                }
            }
            let storedWarnings = warning == nil || unchanged.isEmpty ? [:] : try db.allWarnings()
            var todo: [String] = []
            for path in files {
                if unchanged.contains(path), let s = stored[path] {
                    summary.unchanged += s.articles
                    if let warning { storedWarnings[path]?.forEach(warning) }
                } else {
                    todo.append(path)
                }
            }
            // Deleted: stored files under the inputs that are gone.
            let present = Set(files)
            // Old spellings: a file stored under a spelling inputs no longer get (`./news/a.txt`,
            // from before inputs were given one spelling) that this run reads under the new
            // one is dropped, so the store and `stats` hold it once.
            for s in stored.values.sorted(by: { $0.path < $1.path }) where s.kind == "file" {
                let current = ArticleReader.canonicalInput(s.path)
                if current != s.path && present.contains(current) { try db.deleteFile(s.path) }
            }
            for s in stored.values.sorted(by: { $0.path < $1.path })
            where s.kind == "file" && !present.contains(s.path) && Self.isUnder(s.path, roots: roots) && !Self.exists(s.path) {
                summary.deleted += s.articles
                try db.deleteFile(s.path)
            }
            // Extract in parallel batches, store in input order.
            let now = ISO8601DateFormatter().string(from: Date())
            var done = 0
            var i = 0
            while i < todo.count {
                let batch = Array(todo[i..<min(i + batchSize, todo.count)])
                i += batch.count
                let extractFile = self.extractFile
                for outcome in try Self.parallelMap(batch, threads: threads, { path in try SkippedFile.outcome { try extractFile(path) } }) {
                    guard case let .success(file) = outcome else {
                        if case let .failure(skipped) = outcome { warning?(skipped.warning) }
                        done += 1
                        progress?(Progress(extracted: done, total: todo.count))
                        continue
                    }
                    file.warnings.forEach { warning?($0) }
                    let newPaths = file.extractions.map(\.article.path)
                    if let old = stored[file.path] {
                        let oldPaths = Set(try db.articlePaths(file: file.path))
                        if old.kind == "file" && old.hash == file.hash {
                            summary.reextracted += newPaths.count
                        } else {
                            summary.changed += newPaths.filter { oldPaths.contains($0) }.count
                            summary.new += newPaths.filter { !oldPaths.contains($0) }.count
                            summary.deleted += oldPaths.subtracting(newPaths).count
                        }
                    } else {
                        summary.new += newPaths.count
                    }
                    try db.replace(file, storedAt: now)
                    done += 1
                    progress?(Progress(extracted: done, total: todo.count))
                }
            }
            var meta = ["fingerprint": fp, "data_fingerprint": fingerprint.data,
                        "extractor_version": ExtractionFingerprint.extractorVersion, "window": window.rawValue]
            if summary.changes > 0 || stored.isEmpty { meta["updated_at"] = now }
            let current = try db.meta()
            for (key, value) in meta.sorted(by: { $0.key < $1.key }) where current[key] != value { try db.setMeta(key, value) }
            return summary
        }
        summary.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - clock.uptimeNanoseconds) / 1_000_000)
        return summary
    }

    /// `transform` of every element on up to `threads` threads, in order; the first error
    /// (in element order) is rethrown.
    static func parallelMap<T: Sendable>(_ items: [String], threads: Int,
                                         _ transform: @escaping @Sendable (String) throws -> T) throws -> [T] {
        let slots = ResultSlots<Result<T, Error>>(count: items.count)
        let workers = max(1, min(threads, items.count))
        let work: @Sendable (Int) -> Void = { _ in
            while let i = slots.claim() { slots.set(i, Result { try transform(items[i]) }) }
        }
        if items.isEmpty { return [] }
        if workers == 1 { work(0) } else { DispatchQueue.concurrentPerform(iterations: workers, execute: work) }
        return try slots.values().map { try $0.get() }
    }

    /// One file: its bytes are hashed first, then parsed as the reader would read the file.
    /// Throws `SkippedFile` when the file cannot be read.
    func extractFile(_ path: String) throws -> StoredFileExtraction {
        let stat = FileStat.of(path), checked = FileStat.now()
        let bytes = try reader.bytesToStore(path)
        let hash = SHA256.hex(bytes)
        // JSON Lines files are read as `forEachArticle` reads them (streamed); any other file
        // from the very bytes that were hashed.
        var articles: [Article] = []
        var warnings: [ReadWarning] = []
        if InputFormat.known(for: path) == .jsonLines {
            try reader.readFile(path, emit: { articles.append($0) }, warn: { warnings.append($0) })
        } else {
            try reader.readBytes(bytes, name: path, emit: { articles.append($0) }, warn: { warnings.append($0) })
        }
        let extractions = articles.map { extractor.extract($0, window: window) }
        return StoredFileExtraction(path: path, kind: "file", hash: hash, size: bytes.count, fingerprint: fingerprint.value,
                                    origin: nil, stat: stat, checked: checked, extractions: extractions, warnings: warnings)
    }

    /// The network of every article in the store.
    public func network() throws -> ActorNetwork {
        try buildNetwork(scope: nil)
    }

    /// The network of the stored articles of the files `inputs` name (expanded as by
    /// ``ArticleReader/inputFiles(_:)``, so the same files a direct build reads) plus the
    /// articles merged from JSON Lines records under the unit paths in `merged` (as returned
    /// by ``merge(jsonl:)``).
    public func network(inputs: [String], merged: Set<String> = []) throws -> ActorNetwork {
        let listed = Set(try reader.inputFiles(inputs.filter { $0 != "-" }))
        let files = try store.read { try $0.storedFiles() }
        let scope = files.values.filter { f in
            (f.kind == "file" && listed.contains(f.path)) || merged.contains(f.path)
        }.map(\.path)
        return try buildNetwork(scope: scope.count == files.count ? nil : scope)
    }

    private func buildNetwork(scope: [String]?) throws -> ActorNetwork {
        let relations = try store.networkRelations(scope: scope, workers: min(4, ProcessInfo.processInfo.activeProcessorCount))
        var builder = NetworkBuilder(dictionary: extractor.dictionary)
        builder.add(relations: relations)
        return builder.result
    }

    /// The network built directly from the articles, without a store (the reference the
    /// store's network equals).
    public func directNetwork(inputs: [String], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                              warning: (ReadWarning) -> Void = { _ in }) throws -> ActorNetwork {
        var corpus = CorpusExtraction(extractor: extractor, reader: reader)
        corpus.window = window
        corpus.threads = threads
        var builder = NetworkBuilder(dictionary: extractor.dictionary)
        try corpus.run(inputs, warning: warning) { builder.add($0) }
        return builder.result
    }

    /// True when `path` is one of `roots` or below one of them.
    static func isUnder(_ path: String, roots: [String]) -> Bool {
        for r in roots {
            var root = r
            while root.count > 1 && root.hasSuffix("/") { root.removeLast() }
            if path == root || path == r { return true }
            if path.hasPrefix(root == "/" ? "/" : root + "/") { return true }
        }
        return false
    }

    /// False only when `path` is gone (not when it merely cannot be reached, as below a
    /// directory without permission: its stored articles are kept).
    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 || (errno != ENOENT && errno != ENOTDIR)
    }
}

/// What an update did.
public struct UpdateSummary: Sendable, Equatable, CustomStringConvertible {
    /// Articles read for the first time.
    public var new = 0
    /// Articles whose file changed.
    public var changed = 0
    /// Articles dropped because their file (or their record) is gone.
    public var deleted = 0
    /// Articles extracted again only because the fingerprint changed.
    public var reextracted = 0
    /// Articles served from the store.
    public var unchanged = 0
    /// Input files considered.
    public var files = 0
    /// Whether the store had been built with another fingerprint.
    public var fingerprintChanged = false
    /// Wall time of the update.
    public var milliseconds = 0

    public init() {}

    /// Articles added, changed, deleted or extracted again.
    public var changes: Int { new + changed + deleted + reextracted }

    public var description: String {
        var s = "\(new) new, \(changed) changed, \(deleted) deleted"
        if reextracted > 0 { s += ", \(reextracted) re-extracted" }
        return s + " articles (\(unchanged) unchanged) in \(milliseconds) ms"
    }
}

import ActorGraph
import Foundation
import Testing

/// The corpus store through the command line: `build` with a store, kill -9 in the middle of
/// an update, concurrent builds, sharded extraction merged with `--from-jsonl`, `stats` and
/// `watch`.
@Suite("Store: command line", .serialized)
struct StoreCLITests {
    // MARK: - Helpers

    /// A child `actorgraph` process whose stderr is collected as it runs.
    final class Child: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var err = Data()
        private let group = DispatchGroup()

        init(_ args: [String], cwd: URL = CLI.root) throws {
            process.executableURL = CLI.executable
            process.arguments = args
            process.currentDirectoryURL = cwd
            let errPipe = Pipe()
            process.standardError = errPipe
            process.standardOutput = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            group.enter()
            let handle = errPipe.fileHandleForReading
            DispatchQueue.global().async {
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    self.lock.lock()
                    self.err.append(chunk)
                    self.lock.unlock()
                }
                self.group.leave()
            }
        }

        var stderr: String {
            lock.lock()
            defer { lock.unlock() }
            return String(decoding: err, as: UTF8.self)
        }

        /// Waits for the process to end (killing it after `timeout` seconds).
        @discardableResult
        func wait(timeout: Double = 600) -> Int32 {
            let deadline = Date().addingTimeInterval(timeout)
            while process.isRunning && Date() < deadline { usleep(20_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            group.wait()
            return process.terminationStatus
        }

        /// Polls `condition` every 20 ms for up to `timeout` seconds.
        static func until(_ timeout: Double, _ condition: () -> Bool) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if condition() { return true }
                usleep(20_000)
            }
            return condition()
        }
    }

    static func read(_ url: URL) -> Data? { try? Data(contentsOf: url) }

    /// Examples/articles' text files repeated with small variations (title, date, a closing
    /// sentence), `count` of them in a fresh directory.
    static func generateCorpus(_ count: Int) throws -> URL {
        let dir = try CLI.tempDir().appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let examples = CLI.root.appendingPathComponent("Examples/articles")
        var sources: [URL] = []
        for lang in ["en", "ar"] {
            let d = examples.appendingPathComponent(lang)
            for name in try FileManager.default.contentsOfDirectory(atPath: d.path).sorted() where !name.hasSuffix(".jsonl") {
                sources.append(d.appendingPathComponent(name))
            }
        }
        let texts = try sources.map { try String(contentsOf: $0, encoding: .utf8) }
        for i in 0..<count {
            var t = texts[i % texts.count]
            if let r = t.range(of: #"date: \d{4}-\d{2}-\d{2}"#, options: .regularExpression) {
                t.replaceSubrange(r, with: String(format: "date: %04d-%02d-%02d", 2015 + i % 8, 1 + i % 12, 1 + i % 28))
            }
            if let r = t.range(of: "title: ") { t.replaceSubrange(r, with: "title: [\(i)] ") }
            t += "\n\nReport \(i): Khalifa Haftar met Egyptian officials in Cairo again.\n"
            try t.write(to: dir.appendingPathComponent(String(format: "%04d.%@", i, sources[i % sources.count].pathExtension)),
                        atomically: true, encoding: .utf8)
        }
        return dir
    }

    static let corpusSize = 300

    /// A generated corpus of `corpusSize` articles and its clean build without a store (DOT, JSON).
    struct Reference {
        let corpus: URL
        let dot: Data
        let json: Data
    }

    static let reference: Result<Reference, Error> = Result {
        let corpus = try generateCorpus(corpusSize)
        let out = corpus.deletingLastPathComponent()
        let r = try CLI.run(["build", corpus.path, "--no-store", "-o", out.appendingPathComponent("ref.dot").path,
                             "-o", out.appendingPathComponent("ref.json").path])
        guard r.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: r.stderr]) }
        return Reference(corpus: corpus, dot: try Data(contentsOf: out.appendingPathComponent("ref.dot")),
                         json: try Data(contentsOf: out.appendingPathComponent("ref.json")))
    }

    // MARK: - build

    @Test("build keeps a store beside the output; a rebuild reads nothing and draws the same bytes as --no-store")
    func buildWithStore() throws {
        let dir = try CLI.tempDir()
        let a = dir.appendingPathComponent("a.dot").path, b = dir.appendingPathComponent("b.dot").path
        let c = dir.appendingPathComponent("c.dot").path, j = dir.appendingPathComponent("a.json").path
        let r1 = try CLI.run(["build", "Examples/articles", "-o", a, "-o", j])
        #expect(r1.status == 0, "\(r1.stderr)")
        let store = dir.appendingPathComponent(".actorgraph/corpus.sqlite").path
        #expect(FileManager.default.fileExists(atPath: store))
        #expect(r1.stderr.contains("9 new, 0 changed, 0 deleted"))
        let r2 = try CLI.run(["build", "Examples/articles", "-o", b])
        #expect(r2.status == 0, "\(r2.stderr)")
        #expect(r2.stderr.contains("0 new, 0 changed, 0 deleted articles (9 unchanged)"))
        let nostore = try CLI.tempDir()
        let r3 = try CLI.run(["build", "Examples/articles", "--no-store", "-o", c])
        #expect(r3.status == 0, "\(r3.stderr)")
        #expect(Self.read(URL(fileURLWithPath: a)) == Self.read(URL(fileURLWithPath: b)))
        #expect(Self.read(URL(fileURLWithPath: a)) == Self.read(URL(fileURLWithPath: c)))
        let n4 = nostore.appendingPathComponent("d.json").path
        #expect(try CLI.run(["build", "Examples/articles", "--no-store", "-o", n4]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: nostore.appendingPathComponent(".actorgraph").path))
        #expect(Self.read(URL(fileURLWithPath: j)) == Self.read(URL(fileURLWithPath: n4)))

        // stats summarises it.
        let s = try CLI.run(["stats", "--store", store])
        #expect(s.status == 0, "\(s.stderr)")
        #expect(s.stdout.contains("articles: 9 in 7 files"))
        #expect(s.stdout.contains("newest article: 2021-11-10"))
        #expect(s.stdout.contains("co_occurs: "))
        let sj = try CLI.run(["stats", "--store", store, "--json"])
        let stats = try JSONDecoder().decode(StoreStats.self, from: sj.stdoutBytes)
        #expect(stats.articles == 9 && stats.edges > 0 && stats.newestArticle == "2021-11-10")
        let missing = try CLI.run(["stats", "--store", dir.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 65 && missing.stderr.contains("no store"))
    }

    @Test("--since, --until, --focus and --top slice the network at build time")
    func slices() throws {
        let dir = try CLI.tempDir()
        /// The actor ids drawn and the number of edges.
        func build(_ extra: [String]) throws -> (actors: Set<String>, edges: Int) {
            let out = dir.appendingPathComponent("n\(UUID().uuidString).dot").path
            let r = try CLI.run(["build", "Examples/articles", "--store", dir.appendingPathComponent("s.sqlite").path, "-o", out] + extra)
            #expect(r.status == 0, "\(r.stderr)")
            let dot = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            func ids(_ prefix: String) -> [String] {
                dot.components(separatedBy: "id=\(prefix)").dropFirst().map { String($0.prefix { $0.isLetter || $0.isNumber || $0 == "_" }) }
            }
            return (Set(ids("node_")), ids("edge_").count)
        }
        let all = try build([])
        #expect(all.actors.isSuperset(of: ["patrushev", "saddam_haftar", "khalifa_haftar", "erdogan"]))
        // Patrushev is named only in 2017 articles, Saddam Haftar only in 2021 ones, Erdogan in a 2020 brief.
        let late = try build(["--since", "2021"])
        #expect(late.actors.contains("saddam_haftar") && !late.actors.contains("patrushev") && !late.actors.contains("erdogan"))
        let early = try build(["--until", "2017-12"])
        #expect(early.actors.contains("patrushev") && !early.actors.contains("saddam_haftar") && !early.actors.contains("erdogan"))
        let middle = try build(["--since", "2018-01-01", "--until", "2020-12-31"])
        #expect(middle.actors.contains("erdogan") && !middle.actors.contains("patrushev") && !middle.actors.contains("saddam_haftar"))
        let focus = try build(["--focus", "Saddam Haftar", "--depth", "1"])
        #expect(focus.actors.contains("saddam_haftar") && focus.actors.count < all.actors.count && focus.edges < all.edges)
        let wider = try build(["--focus", "saddam_haftar", "--depth", "2"])
        #expect(wider.actors.isSuperset(of: focus.actors) && wider.actors.count > focus.actors.count)
        let top = try build(["--top", "5"])
        #expect(top.actors.count == 5 && top.actors.contains("khalifa_haftar"))
        let bad = try CLI.run(["build", "Examples/articles", "--no-store", "--focus", "nobody_at_all", "-o", dir.appendingPathComponent("x.dot").path])
        #expect(bad.status == 64 && bad.stderr.contains("nobody_at_all"))
        let badDate = try CLI.run(["build", "Examples/articles", "--no-store", "--since", "yesterday", "-o", dir.appendingPathComponent("x.dot").path])
        #expect(badDate.status == 64)
    }

    // MARK: - kill -9 and concurrency

    @Test("SIGINT (Ctrl-C) or kill -9 in the middle of an update leaves the store and the outputs intact; the next run finishes the job",
          arguments: [SIGINT, SIGKILL])
    func killDuringBuild(signal: Int32) throws {
        let ref = try Self.reference.get()
        // How long an update of the big corpus takes with a store, on a scratch store.
        let scratch = try CLI.tempDir()
        let clock = Date()
        let timing = try CLI.run(["build", ref.corpus.path, "--store", scratch.appendingPathComponent("t.sqlite").path,
                                  "-o", scratch.appendingPathComponent("t.dot").path])
        #expect(timing.status == 0, "\(timing.stderr)")
        let full = Date().timeIntervalSince(clock)

        // Kill a build half-way through (sooner if it finished before the kill: machines vary).
        var killed: (dir: URL, before: (Data?, Data?))? = nil
        for fraction in [0.5, 0.3, 0.15, 0.08] {
            let dir = try CLI.tempDir()
            let store = dir.appendingPathComponent("corpus.sqlite").path
            let dot = dir.appendingPathComponent("g.dot"), json = dir.appendingPathComponent("g.json")
            // Previous outputs and store: the 9 example articles.
            let first = try CLI.run(["build", "Examples/articles", "--store", store, "-o", dot.path, "-o", json.path])
            #expect(first.status == 0, "\(first.stderr)")
            let before = (Self.read(dot), Self.read(json))
            let child = try Child(["build", ref.corpus.path, "--store", store, "-o", dot.path, "-o", json.path])
            usleep(useconds_t(full * fraction * 1_000_000))
            let wasRunning = child.process.isRunning
            kill(child.process.processIdentifier, signal)
            child.wait()
            if wasRunning {
                if signal == SIGKILL {
                    #expect(child.process.terminationReason == .uncaughtSignal && child.process.terminationStatus == SIGKILL)
                } else {
                    // Ctrl-C: one line, exit 130 (128 + SIGINT).
                    #expect(child.process.terminationReason == .exit && child.process.terminationStatus == 130)
                    #expect(child.stderr.contains("actorgraph: interrupted; the store and the previous outputs are as they were"))
                }
                killed = (dir, before)
                break
            }
        }
        guard let killed else {
            Issue.record("every build ended before it could be killed (a clean one took \(full) s)")
            return
        }
        let (dir, before) = killed
        let store = dir.appendingPathComponent("corpus.sqlite").path
        let dot = dir.appendingPathComponent("g.dot"), json = dir.appendingPathComponent("g.json")

        // The store opens and is sound; it still holds only what the first build stored.
        do {
            let s = try CorpusStore(path: store)
            #expect(try s.integrityCheck() == "ok")
            #expect(try s.stats().articles == 9)
        }
        // The previous outputs are untouched.
        #expect(Self.read(dot) == before.0 && Self.read(json) == before.1)

        // The next run completes and equals a clean build.
        let again = try CLI.run(["build", ref.corpus.path, "--store", store, "-o", dot.path, "-o", json.path])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("\(Self.corpusSize) new"))
        #expect(Self.read(dot) == ref.dot)
        #expect(Self.read(json) == ref.json)
        let s = try CorpusStore(path: store)
        #expect(try s.integrityCheck() == "ok")
        #expect(try s.stats().articles == Self.corpusSize + 9)
    }

    @Test("two builds on one store at once both end well (one waits) and the store is intact")
    func concurrentBuilds() throws {
        let ref = try Self.reference.get()
        let dir = try CLI.tempDir()
        let store = dir.appendingPathComponent("corpus.sqlite").path
        let outs = (0..<2).map { (dir.appendingPathComponent("g\($0).dot"), dir.appendingPathComponent("g\($0).json")) }
        let children = try outs.map { try Child(["build", ref.corpus.path, "--store", store, "-o", $0.0.path, "-o", $0.1.path]) }
        let status = children.map { $0.wait() }
        #expect(status == [0, 0], "\(children.map(\.stderr))")
        #expect(children.contains { $0.stderr.contains("waiting for it to finish") }, "\(children.map(\.stderr))")
        // One extracted everything; the other found it done.
        #expect(children.contains { $0.stderr.contains("\(Self.corpusSize) new") }
                && children.contains { $0.stderr.contains("(\(Self.corpusSize) unchanged)") },
                "\(children.map(\.stderr))")
        for (d, j) in outs {
            #expect(Self.read(d) == ref.dot)
            #expect(Self.read(j) == ref.json)
        }
        let s = try CorpusStore(path: store)
        #expect(try s.integrityCheck() == "ok")
        #expect(try s.stats().articles == Self.corpusSize)
    }

    @Test("a build that cannot get the store in time fails clearly with exit code 75")
    func busyStore() throws {
        let dir = try CLI.tempDir()
        let path = dir.appendingPathComponent("corpus.sqlite").path
        let store = try CorpusStore(path: path)
        let out = dir.appendingPathComponent("g.dot").path
        let r = try store.whileLocked {
            try CLI.run(["build", "Examples/articles", "--store", path, "--store-wait", "0.5", "-o", out])
        }
        #expect(r.status == 75, "\(r.stderr)")
        #expect(r.stderr.contains("waiting") && r.stderr.contains("another actorgraph run"))
        #expect(!FileManager.default.fileExists(atPath: out))
        // Released: a waiting build goes ahead as soon as the lock is free.
        let released = LockedBox()
        let child = try store.whileLocked { () -> Child in
            let c = try Child(["build", "Examples/articles", "--store", path, "-o", out])
            _ = Child.until(30) { c.stderr.contains("waiting") }
            released.set()
            return c
        }
        #expect(released.isSet)
        #expect(child.wait() == 0, "\(child.stderr)")
        #expect(FileManager.default.fileExists(atPath: out))
        #expect(try store.integrityCheck() == "ok")
    }

    final class LockedBox: @unchecked Sendable {
        private let lock = NSLock()
        private var flag = false
        func set() { lock.lock(); flag = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return flag }
    }

    // MARK: - sharded extraction

    @Test("two extract shards merged with --from-jsonl equal one-shot extraction byte for byte (DOT and JSON)")
    func shardedMerge() throws {
        let dir = try CLI.tempDir()
        let files = try ArticleReader().inputFiles(["Examples/articles"].map { CLI.root.appendingPathComponent($0).path })
        #expect(files.count == 7)
        func extract(_ inputs: [String], to name: String) throws -> String {
            let r = try CLI.run(["extract", "--format", "jsonl", "--cooccurrence"] + inputs)
            #expect(r.status == 0, "\(r.stderr)")
            let path = dir.appendingPathComponent(name).path
            try r.stdoutBytes.write(to: URL(fileURLWithPath: path))
            return path
        }
        let shard1 = try extract(Array(files[..<3]), to: "shard1.jsonl")
        let shard2 = try extract(Array(files[3...]), to: "shard2.jsonl")
        let all = try extract(files, to: "all.jsonl")
        func build(_ jsonl: [String], _ name: String) throws -> (Data?, Data?) {
            let dot = dir.appendingPathComponent("\(name).dot"), json = dir.appendingPathComponent("\(name).json")
            let r = try CLI.run(["build", "--from-jsonl"] + jsonl + ["--store", dir.appendingPathComponent("\(name).sqlite").path,
                                                                     "-o", dot.path, "-o", json.path])
            #expect(r.status == 0, "\(r.stderr)")
            return (Self.read(dot), Self.read(json))
        }
        let oneShot = try build([all], "one")
        let sharded = try build([shard1, shard2], "sharded")
        let reversed = try build([shard2, shard1], "reversed")
        #expect(oneShot.0 != nil && oneShot.1 != nil)
        #expect(sharded.0 == oneShot.0 && sharded.1 == oneShot.1)
        #expect(reversed.0 == oneShot.0 && reversed.1 == oneShot.1)
        // Shards merged one after the other into one store give the same again.
        let store = dir.appendingPathComponent("inc.sqlite").path
        #expect(try CLI.run(["build", "--from-jsonl", shard2, "--store", store, "-o", dir.appendingPathComponent("x.dot").path]).status == 0)
        let inc = try CorpusStore(path: store)
        let shard2Articles = Set(try String(contentsOfFile: shard2, encoding: .utf8).split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))).flatMap { ($0 as? [String: Any])?["article"] as? String }
        })
        #expect(try inc.stats().articles == shard2Articles.count)
    }

    // MARK: - watch

    static func watchRun(poll: Bool) throws {
        let dir = try CLI.tempDir()
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Examples/articles/en"), to: articles)
        let out = dir.appendingPathComponent("graph.dot")
        let child = try Child(["watch", articles.path, "-o", out.path, "--settle", "200"] + (poll ? ["--poll", "0.2"] : []))
        defer { if child.process.isRunning { kill(child.process.processIdentifier, SIGKILL) } }
        #expect(Child.until(120) { child.stderr.contains("ms\n") }, "\(child.stderr)")
        let first = Self.read(out)
        #expect(first != nil)

        // A new article: regenerated, one line saying so.
        let text = try String(contentsOf: CLI.root.appendingPathComponent("Examples/articles/ar/2021-11-haftar-israel-normalisation.txt"), encoding: .utf8)
        try text.write(to: articles.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        #expect(Child.until(120) { child.stderr.contains("1 new, 0 changed, 0 deleted articles") }, "\(child.stderr)")
        #expect(Child.until(10) { Self.read(out) != first })
        let line = child.stderr.split(separator: "\n").first { $0.contains("1 new, 0 changed, 0 deleted articles") } ?? ""
        #expect(line.contains("edges added") && line.contains(" ms"))
        let second = Self.read(out)

        // Deleting it takes the graph back to the first one.
        try FileManager.default.removeItem(at: articles.appendingPathComponent("new.txt"))
        #expect(Child.until(120) { child.stderr.contains("0 new, 0 changed, 1 deleted articles") }, "\(child.stderr)")
        #expect(Child.until(10) { Self.read(out) == first })
        #expect(second != first)

        // Ctrl-C stops cleanly.
        kill(child.process.processIdentifier, SIGINT)
        #expect(child.wait(timeout: 30) == 0, "\(child.stderr)")
        #expect(child.stderr.contains("watch stopped"))
        let s = try CorpusStore(path: dir.appendingPathComponent(".actorgraph/corpus.sqlite").path)
        #expect(try s.integrityCheck() == "ok")
    }

    @Test("watch --poll regenerates the outputs when articles are added or deleted, and stops on Ctrl-C")
    func watchPolling() throws {
        try Self.watchRun(poll: true)
    }

    #if os(Linux)
    @Test("watch (inotify) follows its folder when it is removed and made again, and when another folder is moved in its place")
    func watchFolderReplaced() throws {
        let dir = try CLI.tempDir()
        let fm = FileManager.default
        let articles = dir.appendingPathComponent("articles")
        try fm.copyItem(at: CLI.root.appendingPathComponent("Examples/articles/en"), to: articles)
        let out = dir.appendingPathComponent("graph.dot")
        let child = try Child(["watch", articles.path, "-o", out.path, "--settle", "200"])
        defer { if child.process.isRunning { kill(child.process.processIdentifier, SIGKILL) } }
        #expect(Child.until(120) { child.stderr.contains("ms\n") }, "\(child.stderr)")
        // Removed, then made again with one other article.
        try fm.removeItem(at: articles)
        #expect(Child.until(60) { child.stderr.contains("still watching") }, "\(child.stderr)")
        try fm.createDirectory(at: articles, withIntermediateDirectories: true)
        try fm.copyItem(at: CLI.root.appendingPathComponent("Examples/articles/ar/2021-11-haftar-israel-normalisation.txt"),
                        to: articles.appendingPathComponent("one.txt"))
        #expect(Child.until(60) { child.stderr.contains("1 new, 0 changed, 6 deleted articles") }, "\(child.stderr)")
        // Replaced by mv: the folder moved in is what is watched now.
        let other = dir.appendingPathComponent("other")
        try fm.copyItem(at: CLI.root.appendingPathComponent("Examples/articles/en"), to: other)
        try fm.moveItem(at: articles, to: dir.appendingPathComponent("old"))
        try fm.moveItem(at: other, to: articles)
        #expect(Child.until(60) { child.stderr.contains("6 new, 0 changed, 1 deleted articles") }, "\(child.stderr)")
        kill(child.process.processIdentifier, SIGINT)
        #expect(child.wait(timeout: 30) == 0, "\(child.stderr)")
    }

    @Test("watch with inotify regenerates the outputs when articles are added or deleted, and stops on Ctrl-C")
    func watchInotify() throws {
        try Self.watchRun(poll: false)
    }
    #endif
}

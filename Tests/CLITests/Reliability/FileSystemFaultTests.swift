import ActorGraph
import Foundation
import Testing

/// Faults of the file system around a run: unreadable inputs, symbolic link loops, files
/// deleted while the run reads, output directories that are missing or read-only, a full
/// disk. Each is a warning naming the path (inputs; the run goes on) or a clear error with
/// its exit code (outputs), and no previous output or stored article is lost.
@Suite("Reliability: file system faults", .serialized)
struct FileSystemFaultTests {
    static func read(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test("an unreadable file or subdirectory inside an input directory is skipped with a warning; a named one is an input error (65)",
          .enabled(if: Reliability.canDenyAccess, "running as root without setpriv"))
    func unreadableFilesAndDirectories() throws {
        let dir = try CLI.tempDir()
        let good = try Reliability.write(Reliability.article, "in/good.txt", in: dir)
        let secret = try Reliability.write("Fayez al-Sarraj visited Rome.", "in/secret.txt", in: dir)
        try Reliability.write("Fayez al-Sarraj visited Rome.", "in/closed/inner.txt", in: dir)
        let closed = dir.appendingPathComponent("in/closed").path
        chmod(secret, 0o000)
        chmod(closed, 0o000)
        defer { chmod(closed, 0o755) }
        let dot = dir.appendingPathComponent("g.dot").path
        let r = try Reliability.runUnprivileged(["build", dir.appendingPathComponent("in").path, "--no-store", "-o", dot], dir: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let w = Reliability.warnings(r)
        #expect(w.contains { $0.hasSuffix("in/secret.txt: permission denied (skipped)") }, "\(r.stderr)")
        #expect(w.contains { $0.hasSuffix("in/closed: cannot list directory: permission denied (skipped)") }, "\(r.stderr)")
        let nodes = try Reliability.nodes(inDOT: dot)
        #expect(nodes.isSuperset(of: ["khalifa_haftar", "egypt"]) && !nodes.contains("sarraj"), "\(nodes)")
        // Named on the command line: the user asked for exactly that file.
        let named = try Reliability.runUnprivileged(["build", good, secret, "--no-store", "-o", dot], dir: dir)
        #expect(named.status == 65, "\(named.stderr)")
        #expect(named.stderr.contains("actorgraph: error: \(secret): permission denied"), "\(named.stderr)")
    }

    @Test("an unreadable file keeps what the store holds for it: still drawn, back to normal once readable",
          .enabled(if: Reliability.canDenyAccess, "running as root without setpriv"))
    func unreadableStoredFile() throws {
        let dir = try CLI.tempDir()
        try Reliability.write(Reliability.article, "in/good.txt", in: dir)
        let other = try Reliability.write("date: 2019-04-01\n\nFayez al-Sarraj visited Rome.\n", "in/other.txt", in: dir)
        let store = dir.appendingPathComponent("s.sqlite").path, dot = dir.appendingPathComponent("g.dot").path
        let args = ["build", dir.appendingPathComponent("in").path, "--store", store, "-o", dot]
        #expect(try Reliability.runUnprivileged(args, dir: dir).status == 0)
        let before = Self.read(dot)
        // Rewritten (so the store must look at it again) and then made unreadable.
        try Data("date: 2019-04-01\n\nFayez al-Sarraj visited Rome again.\n".utf8).write(to: URL(fileURLWithPath: other))
        chmod(other, 0o000)
        let r = try Reliability.runUnprivileged(args, dir: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("in/other.txt: permission denied (skipped)"), "\(r.stderr)")
        #expect(Self.read(dot) == before, "the stored articles of the unreadable file are still drawn")
        chmod(other, 0o644)
        let again = try Reliability.runUnprivileged(args, dir: dir)
        #expect(again.status == 0 && again.stderr.contains("1 changed"), "\(again.stderr)")
    }

    @Test("a file name that is not UTF-8 is named as such (not as a dangling link); the other articles are read")
    func nonUTF8Name() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Reliability.write(Reliability.article, "in/good.txt", in: dir)
        let bad = Array((dir.path + "/in/caf").utf8) + [0xE9] + Array(".txt".utf8)
        let fd = bad.withUnsafeBufferPointer { b in
            (b.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        }
        #expect(fd >= 0)
        close(fd)
        let r = try CLI.run(["build", dir.appendingPathComponent("in").path, "--no-store", "-o", dir.appendingPathComponent("g.dot").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("file name is not valid UTF-8 (skipped; rename the file to read it)"), "\(r.stderr)")
        #expect(!r.stderr.contains("dangling"), "\(r.stderr)")
        #expect(try Reliability.nodes(inDOT: dir.appendingPathComponent("g.dot").path).contains("khalifa_haftar"))
    }

    @Test("symbolic link loops (file links and a directory linking to its parent) are warnings naming the link; the run goes on")
    func symlinkLoops() throws {
        let dir = try CLI.tempDir()
        try Reliability.write(Reliability.article, "in/good.txt", in: dir)
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("a.txt").path, withDestinationPath: "b.txt")
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("b.txt").path, withDestinationPath: "a.txt")
        try FileManager.default.createDirectory(at: input.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        let dot = dir.appendingPathComponent("g.dot").path
        for store in [["--no-store"], ["--store", dir.appendingPathComponent("s.sqlite").path]] {
            let r = try CLI.run(["build", input.path, "-o", dot] + store)
            #expect(r.status == 0, "\(r.stderr)")
            let w = Reliability.warnings(r)
            #expect(w.contains { $0.hasSuffix("in/a.txt: symbolic link loop (skipped)") }, "\(r.stderr)")
            #expect(w.contains { $0.hasSuffix("in/b.txt: symbolic link loop (skipped)") }, "\(r.stderr)")
            #expect(w.contains { $0.hasSuffix("in/sub/up: symbolic link loop back to a directory above it (skipped)") }, "\(r.stderr)")
            #expect(try Reliability.nodes(inDOT: dot).isSuperset(of: ["khalifa_haftar", "egypt"]))
        }
    }

    /// Five articles; the reader deletes the third while it reads the first.
    static func corpusWithVictim() throws -> (dir: URL, victim: String) {
        let dir = try CLI.tempDir()
        for i in 1...5 {
            try Reliability.write("date: 2017-08-0\(i)\n\nKhalifa Haftar visited Cairo (report \(i)).\n", "in/\(i).txt", in: dir)
        }
        return (dir, dir.appendingPathComponent("in/3.txt").path)
    }

    @Test("a file deleted while a build reads (no store) is a warning naming it; the other articles are read")
    func fileDeletedMidRunDirect() throws {
        let (dir, victim) = try Self.corpusWithVictim()
        var corpus = CorpusExtraction(extractor: try Extractor.load(), reader: ArticleReader())
        corpus.batchSize = 1
        var warnings: [String] = []
        var articles: [String] = []
        try corpus.run([dir.appendingPathComponent("in").path], warning: { warnings.append($0.description) }) { x in
            articles.append(x.article.path)
            if articles.count == 1 { unlink(victim) }
        }
        #expect(articles.map { ($0 as NSString).lastPathComponent } == ["1.txt", "2.txt", "4.txt", "5.txt"])
        #expect(warnings == ["\(victim): no such file or directory (skipped)"])
    }

    @Test("a file deleted while a store update reads is a warning naming it; the others are stored and the next run drops it")
    func fileDeletedMidRunStore() throws {
        let (dir, victim) = try Self.corpusWithVictim()
        let store = try CorpusStore(path: dir.appendingPathComponent("s.sqlite").path)
        var build = IncrementalBuild(store: store, extractor: try Extractor.load(), reader: ArticleReader())
        build.batchSize = 1
        var warnings: [String] = []
        let input = dir.appendingPathComponent("in").path
        let summary = try build.update(inputs: [input], threads: 1, progress: { p in
            if p.extracted == 1 { unlink(victim) }
        }, warning: { warnings.append($0.description) })
        #expect(warnings == ["\(victim): no such file or directory (skipped)"])
        #expect(summary.new == 4)
        #expect(try store.integrityCheck() == "ok")
        #expect(try store.stats().articles == 4)
        let next = try build.update(inputs: [input], threads: 1)
        #expect(next.changes == 0 && next.unchanged == 4)
    }

    @Test("a missing or read-only output directory is exit 73 naming the output, before any work; previous outputs stay")
    func unwritableOutputDirectory() throws {
        let dir = try CLI.tempDir()
        let locked = dir.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let previous = try Reliability.write("previous", "locked/g.svg", in: dir)
        chmod(locked.path, 0o555)
        defer { chmod(locked.path, 0o755) }
        if Reliability.canDenyAccess {
            let r = try Reliability.runUnprivileged(["build", "Examples/articles", "--no-store", "-o", previous], dir: dir)
            #expect(r.status == 73, "\(r.stderr)")
            #expect(r.stderr.contains("actorgraph: error: cannot write \(previous): directory \(locked.path) is not writable"), "\(r.stderr)")
            #expect(Self.read(previous) == Data("previous".utf8))
            #expect(try FileManager.default.contentsOfDirectory(atPath: locked.path) == ["g.svg"])
        }
        let missing = dir.appendingPathComponent("no/such/dir/g.svg").path
        let m = try CLI.run(["build", "Examples/articles", "--no-store", "-o", missing])
        #expect(m.status == 73, "\(m.stderr)")
        #expect(m.stderr.contains("cannot write \(missing): directory \(dir.path)/no/such/dir does not exist"), "\(m.stderr)")
    }

    @Test("a full disk while a run creates its store: exit 74, and no store, -wal or -shm file is left to fill the disk")
    func fullDiskFreshStore() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("s.sqlite").path
        let r = try Reliability.runWithFileSizeLimit(64, ["build", "Examples/articles", "--store", store, "-o", dir.appendingPathComponent("g.svg").path])
        #expect(r.status == 73 || r.status == 74, "\(r.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("s.sqlite") }
        #expect(left.isEmpty, "\(left)")
        let again = try CLI.run(["build", "Examples/articles", "--store", store, "-o", dir.appendingPathComponent("g.svg").path])
        #expect(again.status == 0, "\(again.stderr)")
    }

    @Test("a full disk (a file-size limit) fails with exit 73 or 74 and leaves every previous output byte-identical",
          arguments: [["--no-store"], ["--store", "STORE"]])
    func fullDisk(store: [String]) throws {
        let dir = try CLI.tempDir()
        let outputs = ["g.svg", "g.dot", "g.json", "g.html", "g.csv"].map { dir.appendingPathComponent($0).path }
        let written = outputs.filter { !$0.hasSuffix(".csv") }
        let storeArgs = store.map { $0 == "STORE" ? dir.appendingPathComponent("s.sqlite").path : $0 }
        let base = ["build", "Examples/articles/en"] + storeArgs + outputs.flatMap { ["-o", $0] }
        let first = try CLI.run(base)
        #expect(first.status == 0, "\(first.stderr)")
        let csvFiles = ["g.nodes.csv", "g.edges.csv", "g.evidence.csv"].map { dir.appendingPathComponent($0).path }
        let before = (written + csvFiles).map(Self.read)
        #expect(before.allSatisfy { $0 != nil })
        // All articles now: bigger outputs, and the store must grow. 64 blocks = 32 KB.
        var all = base
        all[1] = "Examples/articles"
        let r = try Reliability.runWithFileSizeLimit(64, all + ["--title", "full disk"])
        #expect(r.status == 73 || r.status == 74, "\(r.stderr)")
        #expect(r.stderr.contains("actorgraph: error: ")
                && (r.stderr.contains("File too large") || r.stderr.contains("the disk is full or a file-size limit was reached")), "\(r.stderr)")
        #expect((written + csvFiles).map(Self.read) == before, "every previous output is intact")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        if store.count > 1 {
            let s = try CorpusStore(path: storeArgs[1])
            #expect(try s.integrityCheck() == "ok")
        }
        // With room again, the same run completes.
        let again = try CLI.run(all)
        #expect(again.status == 0, "\(again.stderr)")
    }
}

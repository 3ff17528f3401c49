import Foundation
import Testing

/// The same folder named in different ways is one corpus: the store keeps one copy of each
/// article, a later run under another spelling reads nothing again and still notices files
/// that were deleted, and the output is byte-identical.
@Suite("Reliability: one folder, many spellings", .serialized)
struct InputSpellingTests {
    /// A working directory `t` holding `news/` (three articles) beside a sibling `other`.
    func corpus() throws -> (dir: URL, work: URL) {
        let dir = try CLI.tempDir()
        let work = dir.appendingPathComponent("t")
        let news = work.appendingPathComponent("news/en")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("other"), withIntermediateDirectories: true)
        let texts = [
            "Sergei Lavrov met Sameh Shoukry in Moscow on Monday.",
            "The Egyptian president Abdel Fattah al-Sisi received Khalifa Haftar in Cairo.",
            "Russia supplied arms to the Libyan National Army, officials said.",
        ]
        for (i, text) in texts.enumerated() {
            try Data(text.utf8).write(to: news.appendingPathComponent("a\(i).txt"))
        }
        return (dir, work)
    }

    @Test("c2k, ./c2k, c2k/, an absolute path and ../t/c2k share one store entry per article and give the same JSON")
    func spellings() throws {
        let (dir, work) = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let spellings = ["news", "./news", "news/", "news/./en/..", work.appendingPathComponent("news").path, "../t/news",
                         "../other/../t/news"]
        var outputs: [Data] = []
        for (i, spelling) in spellings.enumerated() {
            let r = try CLI.run(["build", spelling, "--store", "s.sqlite", "-o", "g\(i).json"], cwd: work)
            #expect(r.status == 0, Comment(rawValue: "\(spelling): \(r.stderr)"))
            if i == 0 {
                #expect(r.stderr.contains("3 new"), Comment(rawValue: r.stderr))
            } else {
                #expect(r.stderr.contains("0 new, 0 changed, 0 deleted articles (3 unchanged)"), Comment(rawValue: "\(spelling): \(r.stderr)"))
            }
            outputs.append(try Data(contentsOf: work.appendingPathComponent("g\(i).json")))
        }
        #expect(Set(outputs).count == 1)
        let stats = try CLI.run(["stats", "--store", "s.sqlite"], cwd: work)
        #expect(stats.stdout.contains("articles: 3 in 3 files"), Comment(rawValue: stats.stdout))
        // The direct read (no store) names the articles the same way.
        let direct = try CLI.run(["build", "./news/", "--no-store", "-o", "d.json"], cwd: work)
        #expect(direct.status == 0, Comment(rawValue: direct.stderr))
        #expect(try Data(contentsOf: work.appendingPathComponent("d.json")) == outputs[0])
        let json = String(decoding: outputs[0], as: UTF8.self)
        #expect(json.contains("\"news/en/a0.txt\""), Comment(rawValue: json))
        #expect(!json.contains("./news") && !json.contains(work.path))
    }

    @Test("a file deleted after a run under one spelling is dropped by a run under another")
    func deletionUnderAnotherSpelling() throws {
        let (dir, work) = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLI.run(["build", "news", "--store", "s.sqlite", "-o", "g.json"], cwd: work)
        #expect(first.status == 0, Comment(rawValue: first.stderr))
        try FileManager.default.removeItem(at: work.appendingPathComponent("news/en/a2.txt"))
        let second = try CLI.run(["build", work.appendingPathComponent("news").path + "/", "--store", "s.sqlite", "-o", "g.json"], cwd: work)
        #expect(second.status == 0, Comment(rawValue: second.stderr))
        #expect(second.stderr.contains("0 new, 0 changed, 1 deleted articles (2 unchanged)"), Comment(rawValue: second.stderr))
    }

    @Test("a folder outside the working directory keeps the spelling it was given, and a missing one is named as typed")
    func outsideAndMissing() throws {
        let (dir, work) = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outside = try CLI.run(["extract", "--format", "jsonl", "../t/news/en/a0.txt"], cwd: dir.appendingPathComponent("other"))
        #expect(outside.status == 0, Comment(rawValue: outside.stderr))
        #expect(outside.stdout.contains("\"article\":\"../t/news/en/a0.txt\""), Comment(rawValue: outside.stdout))
        let missing = try CLI.run(["build", "./nowhere/", "--no-store", "-o", "g.json"], cwd: work)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("./nowhere/"), Comment(rawValue: missing.stderr))
    }
}

extension InputSpellingTests {
    @Test("a store keyed by an old spelling (./news/...) keeps each file once after a run: the old keys are dropped")
    func oldKeysMigrate() throws {
        let (dir, work) = try corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try CLI.run(["build", "news", "--store", "s.sqlite", "-o", "g.json"], cwd: work)
        #expect(first.status == 0, Comment(rawValue: first.stderr))
        // Respell every key as older versions stored `./news`.
        let script = """
        import sqlite3, sys
        db = sqlite3.connect(sys.argv[1])
        db.execute("PRAGMA foreign_keys = OFF")
        for table, column in [("files", "path"), ("articles", "file"), ("warnings", "file")]:
            db.execute(f"UPDATE {table} SET {column} = './' || {column}")
        db.commit()
        """
        let py = try CLI.run(program: URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, "s.sqlite"], cwd: work)
        #expect(py.status == 0, Comment(rawValue: py.stderr))
        let respelled = try CLI.run(["stats", "--store", "s.sqlite"], cwd: work)
        #expect(respelled.stdout.contains("articles: 3 in 3 files"), Comment(rawValue: respelled.stdout))
        let again = try CLI.run(["build", "./news", "--store", "s.sqlite", "-o", "g2.json"], cwd: work)
        #expect(again.status == 0, Comment(rawValue: again.stderr))
        let stats = try CLI.run(["stats", "--store", "s.sqlite"], cwd: work)
        #expect(stats.stdout.contains("articles: 3 in 3 files"), Comment(rawValue: stats.stdout))
        #expect(try Data(contentsOf: work.appendingPathComponent("g2.json")) == Data(contentsOf: work.appendingPathComponent("g.json")))
    }
}

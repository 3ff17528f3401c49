import Foundation
import Testing

/// A run never reads its own outputs or its store as articles, never writes over an input, and
/// never gives two outputs (or an output and the store) one file: such a command is refused
/// with exit 64 before anything is read or written.
@Suite("Reliability: outputs are not inputs", .serialized)
struct OutputsAsInputsTests {
    static func corpus() throws -> URL {
        let dir = try CLI.tempDir()
        let news = dir.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        for name in ["2017-08-haftar-cairo-moscow.txt"] {
            try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Examples/articles/en/\(name)"), to: news.appendingPathComponent(name))
        }
        return dir
    }

    @Test("build FOLDER -o FOLDER/graph.html run twice draws the same network: the report is not read back")
    func ownReportNotRead() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let news = dir.appendingPathComponent("news").path, html = dir.appendingPathComponent("news/graph.html").path
        let first = try CLI.run(["build", news, "-o", html])
        let second = try CLI.run(["build", news, "-o", html])
        #expect(first.status == 0 && second.status == 0, Comment(rawValue: first.stderr + second.stderr))
        let summary = { (r: CLI.Result) in r.stderr.split(separator: "\n").last { $0.contains("co-occurrence edges") }.map(String.init) }
        #expect(summary(first) != nil && summary(first) == summary(second), Comment(rawValue: first.stderr + "\n" + second.stderr))
    }

    @Test("an output that would replace an article, an output named as an input, the store as an output: exit 64, files untouched")
    func refused() throws {
        let dir = try Self.corpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let news = dir.appendingPathComponent("news").path
        let article = dir.appendingPathComponent("news/precious.json")
        let text = Data(#"{"text":"Haftar met Sisi in Cairo."}"#.utf8)
        try text.write(to: article)
        let svg = dir.appendingPathComponent("g.svg").path
        for (args, message) in [
            (["build", news, "-o", article.path], "is read as an article"),
            (["build", article.path, "-o", article.path], "is also an input"),
            (["build", news, "--store", svg, "-o", svg], "is the store"),
            (["build", news, "-o", svg, "-o", dir.appendingPathComponent("./g.svg").path], "are the same file"),
        ] {
            let r = try CLI.run(args)
            #expect(r.status == 64, "exit \(r.status) for \(args)")
            #expect(r.stderr.contains(message), Comment(rawValue: r.stderr))
        }
        #expect(FileManager.default.contents(atPath: article.path) == text)
        #expect(!FileManager.default.fileExists(atPath: svg))
    }
}

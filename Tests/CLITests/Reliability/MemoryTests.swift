import ActorGraph
import Foundation
import Testing

/// Memory stays flat over long sessions: many renders in one process, and a long `watch`.
/// The bounds are generous (a leak of a few kilobytes per render or regeneration would pass
/// 100 of them unnoticed, not 900). Skipped under a sanitizer, whose allocator keeps freed
/// memory in quarantine (and which checks for leaks itself).
@Suite("Reliability: memory over long sessions", .serialized)
struct MemoryTests {
    /// True when AddressSanitizer or ThreadSanitizer is linked in.
    static let sanitized: Bool = {
        let program = dlopen(nil, RTLD_NOW)
        return ["__asan_init", "__tsan_init"].contains { (name: String) in dlsym(program, name) != nil }
    }()

    /// Resident set size of process `pid` ("self" for this one), in kilobytes.
    static func rssKB(_ pid: String = "self") -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init) ?? "") ?? 0
    }

    static let measurable = FileManager.default.fileExists(atPath: "/proc/self/status") && !sanitized

    /// These are soak tests of several minutes: they run when `ACTORGRAPH_SOAK` is set (CI
    /// sets it in `.ci/run`), so that a developer's `swift test` takes a couple of minutes.
    static let soak = ProcessInfo.processInfo.environment["ACTORGRAPH_SOAK"] != nil

    /// Allowed growth between the early and the late measurement.
    static let boundKB = 16 * 1024

    @Test("1,000 renders of the example network (SVG and DOT) in one process: RSS after 1,000 within 16 MB of after 100",
          .enabled(if: measurable, "needs /proc and no sanitizer"), .enabled(if: soak, "soak test: set ACTORGRAPH_SOAK=1 to run it"))
    func thousandRenders() throws {
        let corpus = CorpusExtraction(extractor: try Extractor.load(), reader: ArticleReader())
        var builder = NetworkBuilder(dictionary: corpus.extractor.dictionary)
        try corpus.run([CLI.root.appendingPathComponent("Examples/articles").path], warning: { _ in }) { builder.add($0) }
        let network = builder.result
        #expect(network.actors.count > 20)
        let renderer = NetworkRenderer(options: RenderOptions(showNegated: true))
        var after100 = 0
        var size = 0
        for i in 1...1000 {
            let out = try renderer.render(network, formats: [.svg, .dot])
            size = out[.svg]?.count ?? 0
            if i == 100 { after100 = Self.rssKB() }
        }
        let after1000 = Self.rssKB()
        print("renders: RSS after 100 = \(after100) kB, after 1000 = \(after1000) kB (SVG \(size) bytes)")
        #expect(size > 10_000)
        #expect(after1000 - after100 < Self.boundKB, "RSS \(after100) kB -> \(after1000) kB")
    }

    @Test("a watch session of 200 regenerations: the process's RSS after 200 within 16 MB of after 20",
          .enabled(if: measurable, "needs /proc and no sanitizer"), .enabled(if: soak, "soak test: set ACTORGRAPH_SOAK=1 to run it"))
    func longWatch() throws {
        let dir = try CLI.tempDir()
        let articles = dir.appendingPathComponent("articles")
        try FileManager.default.copyItem(at: CLI.root.appendingPathComponent("Examples/articles/en"), to: articles)
        let out = dir.appendingPathComponent("g.svg").path, html = dir.appendingPathComponent("g.html").path
        let child = try StoreCLITests.Child(["watch", articles.path, "-o", out, "-o", html, "--settle", "0"])
        defer { if child.process.isRunning { kill(child.process.processIdentifier, SIGKILL) } }
        let pid = String(child.process.processIdentifier)
        func regenerations() -> Int { child.stderr.components(separatedBy: " ms\n").count - 1 }
        #expect(StoreCLITests.Child.until(120) { regenerations() == 1 }, "\(child.stderr)")
        var after20 = 0
        for i in 1...200 {
            // A changed article each time: one more report of a meeting.
            let text = Reliability.article + "\nReport \(i): Khalifa Haftar met Abdel Fattah el-Sisi again.\n"
            try Data(text.utf8).write(to: articles.appendingPathComponent("live.txt"), options: .atomic)
            let done = StoreCLITests.Child.until(60) { regenerations() >= i + 1 }
            #expect(done, "regeneration \(i): \(child.stderr.suffix(500))")
            if !done { return }
            if i == 20 { after20 = Self.rssKB(pid) }
        }
        let after200 = Self.rssKB(pid)
        print("watch: RSS after 20 regenerations = \(after20) kB, after 200 = \(after200) kB")
        #expect(after20 > 0)
        #expect(after200 - after20 < Self.boundKB, "RSS \(after20) kB -> \(after200) kB")
        kill(child.process.processIdentifier, SIGINT)
        #expect(child.wait(timeout: 30) == 0)
    }
}

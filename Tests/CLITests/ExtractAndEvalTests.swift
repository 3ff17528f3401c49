import Foundation
import Testing

@Suite("actorgraph extract and eval")
struct ExtractAndEvalTests {
    @Test("extract prints mention and relation records as JSON Lines")
    func extractJSONL() throws {
        let r = try CLI.run(["extract", "Examples/articles/en/2017-08-haftar-cairo-moscow.txt", "--format", "jsonl"])
        #expect(r.status == 0, "\(r.stderr)")
        var kinds = Set<String>()
        var relations: [[String: Any]] = []
        for line in r.stdout.split(separator: "\n") {
            let obj = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            kinds.insert(obj["kind"] as? String ?? "")
            if obj["kind"] as? String == "relation" { relations.append(obj) }
        }
        #expect(kinds == ["mention", "relation"])
        let refused = relations.first { $0["type"] as? String == "refused" }
        #expect(refused?["source"] as? String == "russia")
        #expect(refused?["cameo"] as? [String] == ["12", "122"])
        let arms = relations.first { $0["type"] as? String == "supplied_arms" && $0["source"] as? String == "russia" }
        #expect(arms?["negated"] as? Bool == true)
        #expect(arms?["modality"] as? String == "refused")
    }

    @Test("an impossible --date is refused with exit 64 and never reaches the evidence", arguments: ["2017-02-31", "2021-04-31", "2019-02-29", "2020-13-01"])
    func impossibleDate(_ date: String) throws {
        let r = try CLI.run(["extract", "-", "--format", "jsonl", "--date", date], stdin: Data("Haftar met Sisi.".utf8))
        #expect(r.status == 64, "exit \(r.status)")
        #expect(r.stderr.contains("invalid --date '\(date)'"), Comment(rawValue: r.stderr))
        #expect(r.stdout.isEmpty)
        let leap = try CLI.run(["extract", "-", "--format", "jsonl", "--date", "2020-02-29"], stdin: Data("Haftar met Sisi.".utf8))
        #expect(leap.status == 0 && leap.stdout.contains("2020-02-29"), Comment(rawValue: leap.stderr))
    }

    @Test("extract reads standard input")
    func extractStdin() throws {
        let r = try CLI.run(["extract", "-", "--format", "jsonl"], stdin: Data("Sergei Lavrov met Khalifa Haftar in Moscow.".utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"type\":\"met\""))
    }

    @Test("eval agrees with the reference scorer on the seed articles")
    func evalMatchesReference() throws {
        guard let shared = CLI.shared else {
            print("skipped: ../shared/seeds is not present")
            return
        }
        let gold = shared.appendingPathComponent("gold").path, seeds = shared.appendingPathComponent("seeds").path
        let ours = try CLI.run(["eval", "--gold", gold, seeds])
        #expect(ours.status == 0)
        let pred = try CLI.run(["extract", seeds, "--format", "jsonl"])
        let tmp = try CLI.tempDir().appendingPathComponent("pred.jsonl")
        try pred.stdoutBytes.write(to: tmp)
        let py = Process()
        py.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        py.arguments = ["python3", shared.appendingPathComponent("eval/score.py").path, gold, tmp.path, "--by-type"]
        let out = Pipe()
        py.standardOutput = out
        try py.run()
        let reference = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        py.waitUntilExit()
        let last = { (s: String) in s.split(separator: "\n").filter { $0.hasPrefix("actors") || $0.hasPrefix("relations") } }
        #expect(last(ours.stdout) == last(reference))
        #expect(!reference.isEmpty)
    }

    @Test("dev-set score: actors and relations above the bar, no negation errors")
    func devSetScore() throws {
        guard let shared = CLI.shared else {
            print("skipped: ../shared/seeds is not present")
            return
        }
        let r = try CLI.run(["eval", "--json", "--gold", shared.appendingPathComponent("gold").path, shared.appendingPathComponent("seeds").path])
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let rel = try #require(obj["relations"] as? [String: Any]), act = try #require(obj["actors"] as? [String: Any])
        #expect((act["precision"] as? Double ?? 0) >= 0.95)
        #expect((act["recall"] as? Double ?? 0) >= 0.95)
        #expect((rel["f1"] as? Double ?? 0) >= 0.85)
        #expect(rel["negation_errors"] as? Int == 0)
    }
}

import Foundation
import Testing

/// The reference scorer beside the repository (`../shared/eval/score.py`), when it and python3 are present.
enum ReferenceScorer {
    static let script = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py")

    static let available: Bool = {
        guard FileManager.default.fileExists(atPath: script.path) else { return false }
        let r = try? CLI.run(program: URL(fileURLWithPath: "/usr/bin/env"), ["python3", "--version"])
        return r?.status == 0
    }()

    /// `score.py GOLD PREDICTIONS flags…`, scoring what `actorgraph extract --format jsonl` prints for `inputs`.
    static func run(gold: String, inputs: [String], flags: [String]) throws -> String {
        let pred = try CLI.run(["extract"] + inputs + ["--format", "jsonl"])
        #expect(pred.status == 0, "\(pred.stderr)")
        let file = try CLI.tempDir().appendingPathComponent("pred.jsonl")
        try pred.stdoutBytes.write(to: file)
        let r = try CLI.run(program: URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, gold, file.path] + flags)
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout
    }
}

/// A one-article corpus with a gold file that the extractor gets partly wrong: a met it finds
/// (true positive), a met the gold does not list (FP), a visit the gold lists as a negative (FP
/// and negation error), an arms supply the text negates (FN, predicted as negated) and a
/// relation the text does not state (FN).
enum EvalFixture {
    static let article = """
        Sergei Lavrov received Khalifa Haftar in Moscow for two hours of talks.
        Vladimir Putin met Recep Tayyip Erdogan for talks on grain.
        Egypt did not send weapons to Haftar, an official in Cairo said.
        Italian engineers and Libyan officials spent the spring repairing a power plant.

        """

    static let gold = """
        {"id": "fixture-1", "file": "fixture-1.txt",
         "actors": ["lavrov", "khalifa_haftar", "russia", "putin", "erdogan", "egypt", "italy", "libya"],
         "relations": [
          {"source": "khalifa_haftar", "target": "lavrov", "type": "met", "evidence": "Lavrov received Khalifa Haftar"},
          {"source": "egypt", "target": "khalifa_haftar", "type": "supplied_arms", "evidence": "Egypt did not send weapons to Haftar"},
          {"source": "italy", "target": "libya", "type": "supported", "evidence": "Italian engineers and Libyan officials"}],
         "optional": [{"source": "lavrov", "target": "russia", "type": "met", "evidence": "two hours of talks"}],
         "negatives": [{"source": "khalifa_haftar", "target": "russia", "type": "visited", "evidence": "Haftar in Moscow"}]}
        """

    /// (gold directory, article path) in a fresh temporary directory.
    static func make() throws -> (gold: String, article: String) {
        let dir = try CLI.tempDir()
        let goldDir = dir.appendingPathComponent("gold")
        try FileManager.default.createDirectory(at: goldDir, withIntermediateDirectories: true)
        try Data(gold.utf8).write(to: goldDir.appendingPathComponent("fixture-1.json"))
        let articleFile = dir.appendingPathComponent("fixture-1.txt")
        try Data(article.utf8).write(to: articleFile)
        return (goldDir.path, articleFile.path)
    }

    /// The report's `TYPE (tp=…)` sections: heading -> the lines under it.
    static func sections(_ report: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        var current: String?
        for line in report.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.isEmpty { current = nil; continue }
            if !line.hasPrefix(" "), let paren = line.firstIndex(of: " "), line[paren...].hasPrefix(" (tp="), line.hasSuffix(")") {
                current = String(line[..<paren]); out[current!] = []
            } else if let c = current {
                out[c]!.append(line)
            }
        }
        return out
    }
}

/// The lines score.py and `eval` share: the `actors` and `relations` totals.
func totals(_ s: String) -> [Substring] {
    s.split(separator: "\n").filter { $0.hasPrefix("actors P=") || $0.hasPrefix("relations P=") }
}

@Suite("actorgraph eval --errors, --by-type, --json")
struct EvalReportTests {
    @Test("--errors --by-type groups every FP and FN by type, with sentences, triggers and gold evidence")
    func groupedErrors() throws {
        let f = try EvalFixture.make()
        let r = try CLI.run(["eval", "--gold", f.gold, f.article, "--errors", "--by-type"])
        #expect(r.status == 0, "\(r.stderr)")
        let s = EvalFixture.sections(r.stdout)
        // (Checks name the errors the fixture is built for; more from a changed extractor do not fail it.)
        #expect(Set(s.keys).isSuperset(of: ["met", "supplied_arms", "supported", "visited"]), "\(r.stdout)")

        let met = try #require(s["met"]).joined(separator: "\n")
        #expect(met.contains("  fixture-1 FP erdogan -met-> putin\n      article: \(f.article)\n"), "\(r.stdout)")
        #expect(met.contains("s1 «met» Vladimir Putin met Recep Tayyip Erdogan for talks on grain."), "\(r.stdout)")
        #expect(!met.contains("lavrov"), "a true positive and an optional relation are not errors:\n\(r.stdout)")

        let visited = try #require(s["visited"]).joined(separator: "\n")
        #expect(visited.contains("fixture-1 FP khalifa_haftar -visited-> russia  NEGATION ERROR"), "\(r.stdout)")
        #expect(visited.contains("Sergei Lavrov received Khalifa Haftar in Moscow for two hours of talks."), "\(r.stdout)")
        #expect(visited.contains("gold negative: «Haftar in Moscow»"), "\(r.stdout)")

        let arms = try #require(s["supplied_arms"]).joined(separator: "\n")
        #expect(arms.contains("fixture-1 FN egypt -supplied_arms-> khalifa_haftar"), "\(r.stdout)")
        #expect(arms.contains("gold evidence: «Egypt did not send weapons to Haftar»"), "\(r.stdout)")
        #expect(arms.contains("predicted as negated (negated)"), "\(r.stdout)")

        let supported = try #require(s["supported"]).joined(separator: "\n")
        #expect(supported.contains("fixture-1 FN italy -supported-> libya"), "\(r.stdout)")
        #expect(supported.contains("gold evidence: «Italian engineers and Libyan officials»"), "\(r.stdout)")

        #expect(r.stdout.contains("\nsupported                tp=  0 fp=  0 fn=  1 P=0.00 R=0.00 F1=0.00\n"), "\(r.stdout)")
        let plain = try CLI.run(["eval", "--gold", f.gold, f.article])
        #expect(totals(r.stdout).count == 2 && totals(r.stdout) == totals(plain.stdout), "\(r.stdout)")
        #expect(r.stdout.hasSuffix("negation errors=1, articles=1)\n"), "\(r.stdout)")
    }

    @Test("without flags eval prints what it always printed: one line per error, the table, the totals")
    func defaultReport() throws {
        let f = try EvalFixture.make()
        let r = try CLI.run(["eval", "--gold", f.gold, f.article])
        #expect(r.status == 0, "\(r.stderr)")
        // score.py --errors --by-type: the one-line errors, the table, the totals, in that order.
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let errorLines = lines.prefix { $0.hasPrefix("fixture-1 F") }
        for e in ["fixture-1 FP ('erdogan', 'putin', 'met')", "fixture-1 FP ('khalifa_haftar', 'russia', 'visited')",
                  "fixture-1 FN ('egypt', 'khalifa_haftar', 'supplied_arms')", "fixture-1 FN ('italy', 'libya', 'supported')"] {
            #expect(errorLines.contains(e), "\(r.stdout)")
        }
        let rest = lines.dropFirst(errorLines.count)
        let table = Array(rest.dropLast(2)), summary = Array(rest.suffix(2))
        let row = #"^[a-z_]+ +tp= *\d+ fp= *\d+ fn= *\d+ P=\d\.\d\d R=\d\.\d\d F1=\d\.\d\d$"#
        let rowsOK = !table.isEmpty && table.allSatisfy { $0.range(of: row, options: .regularExpression) != nil }
        #expect(rowsOK, "\(r.stdout)")
        #expect(table.contains("met                      tp=  1 fp=  1 fn=  0 P=0.50 R=1.00 F1=0.67"), "\(r.stdout)")
        #expect(summary == totals(r.stdout).map(String.init), "\(r.stdout)")
        let byType = try CLI.run(["eval", "--gold", f.gold, f.article, "--by-type"])
        #expect(!byType.stdout.contains("fixture-1"), "--by-type alone lists no errors:\n\(byType.stdout)")
        #expect(byType.stdout.hasPrefix("met                      tp=  1"), "\(byType.stdout)")
    }

    @Test("--json carries by_type and, with --errors, an errors array")
    func jsonReport() throws {
        let f = try EvalFixture.make()
        let plain = try CLI.run(["eval", "--gold", f.gold, f.article, "--json"])
        let p = try #require(try JSONSerialization.jsonObject(with: plain.stdoutBytes) as? [String: Any])
        #expect(p["errors"] == nil)
        let byType = try #require(p["by_type"] as? [String: [String: Any]])
        #expect(byType["met"]?["tp"] as? Int == 1 && byType["met"]?["fp"] as? Int == 1)
        #expect((p["relations"] as? [String: Any])?["negation_errors"] as? Int == 1)

        let r = try CLI.run(["eval", "--gold", f.gold, f.article, "--json", "--errors"])
        let obj = try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
        let errors = try #require(obj["errors"] as? [[String: Any]])
        #expect(errors.count >= 4)
        let visit = try #require(errors.first { $0["type"] as? String == "visited" })
        #expect(visit["kind"] as? String == "FP" && visit["negation_error"] as? Bool == true)
        #expect(visit["paths"] as? [String] == [f.article])
        let sentence = (visit["evidence"] as? [[String: Any]])?.first
        #expect(sentence?["trigger"] as? String == "received")
        #expect(sentence?["sentence_index"] as? Int == 0)
        let arms = try #require(errors.first { $0["type"] as? String == "supplied_arms" })
        #expect(arms["predicted_negated"] as? [String] == ["negated"])
        #expect(arms["gold_evidence"] as? String == "Egypt did not send weapons to Haftar")
    }

    @Test("eval's totals, table and error list equal score.py's on the same input",
          .enabled(if: ReferenceScorer.available, "skipped: needs python3 and ../shared/eval/score.py"))
    func matchesReferenceScorer() throws {
        let f = try EvalFixture.make()
        var cases = [(gold: f.gold, inputs: [f.article]),
                     (gold: "Examples/gold", inputs: ["Examples/articles/en/2017-08-haftar-cairo-moscow.txt"])]
        let dev = CLI.root.deletingLastPathComponent().appendingPathComponent("shared/dev")
        if FileManager.default.fileExists(atPath: dev.appendingPathComponent("gold").path) {
            cases.append((dev.appendingPathComponent("gold").path, [dev.appendingPathComponent("articles").path]))
        }
        for c in cases {
            let reference = try ReferenceScorer.run(gold: c.gold, inputs: c.inputs, flags: ["--by-type", "--errors"])
            let grouped = try CLI.run(["eval", "--gold", c.gold] + c.inputs + ["--errors", "--by-type"])
            #expect(!totals(reference).isEmpty)
            #expect(totals(grouped.stdout) == totals(reference), "\(c.gold)")
            let table = { (s: String) in s.split(separator: "\n").filter { $0.contains(" tp=") && $0.contains(" F1=") && !$0.hasPrefix("relations") } }
            #expect(table(grouped.stdout) == table(reference), "\(c.gold)")
            // The default report is score.py's --errors --by-type (score.py lists a set: compare sorted).
            let plain = try CLI.run(["eval", "--gold", c.gold] + c.inputs)
            #expect(plain.stdout.split(separator: "\n").sorted() == reference.split(separator: "\n").sorted(), "\(c.gold)")
        }
    }
}

import ActorGraph
import Foundation
import Testing

// Quality floors for the development set (../shared/dev). They are the issue's bar: relations
// P >= 0.85, R >= 0.75, F1 >= 0.80, no negation error, actors P and R >= 0.95. Measured when the
// bar was reached: relations P 0.951, R 0.753, F1 0.841, 0 negation errors; actors P 0.984,
// R 0.962 (a rule that fits only the dev set will not move the hidden set: see docs/lexicon.md).
// Raise them when quality improves, never lower them to let a change land. Measure with:
//   actorgraph eval --gold ../shared/dev/gold ../shared/dev/articles --by-type
let devMinRelationPrecision = 0.85
let devMinRelationRecall = 0.75
let devMinRelationF1 = 0.80
let devMaxNegationErrors = 0
let devMinActorPrecision = 0.95
let devMinActorRecall = 0.95

// The seed articles (../shared/seeds against ../shared/gold) must stay (nearly) perfect.
let seedsMinRelationF1 = 0.95
let seedsMaxNegationErrors = 0

/// Scores a corpus with the built-in dictionary and lexicon, as `actorgraph eval` does.
enum DevSet {
    static let shared = CLI.root.deletingLastPathComponent().appendingPathComponent("shared")

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: shared.appendingPathComponent(path).path) }

    static func score(gold: String, articles: String) throws -> Evaluation {
        let corpus = CorpusExtraction(extractor: try Extractor.load(), reader: ArticleReader())
        var all: [ArticleExtraction] = []
        try corpus.run([shared.appendingPathComponent(articles).path], warning: { _ in }) { all.append($0) }
        return try Evaluation.score(goldDirectory: shared.appendingPathComponent(gold).path, extractions: all)
    }

    /// Expects every check to hold; on failure, one issue names the failed checks and prints
    /// the whole report with the errors grouped by type, so the reader sees what regressed.
    static func expect(_ ev: Evaluation, _ checks: [(String, Bool)], sourceLocation: SourceLocation = #_sourceLocation) {
        let failed = checks.filter { !$0.1 }.map(\.0)
        #expect(failed.isEmpty, Comment(rawValue: "below the ratchet: \(failed.joined(separator: "; "))\n\n"
                                        + ev.errorReport() + "\n" + ev.report(byType: true, errors: false)),
                sourceLocation: sourceLocation)
    }
}

@Suite("Extraction quality on the development set and the seeds")
struct DevSetQualityTests {
    @Test("dev set: relations and actors at or above the ratchet, negation errors at or below it",
          .enabled(if: DevSet.exists("dev/articles") && DevSet.exists("dev/gold"), "skipped: ../shared/dev is not present"))
    func devSet() throws {
        let ev = try DevSet.score(gold: "dev/gold", articles: "dev/articles")
        func f(_ x: Double) -> String { String(format: "%.4f", x) }
        DevSet.expect(ev, [
            ("no article scored", ev.articles > 0),
            ("relations P=\(f(ev.relations.precision)) < \(devMinRelationPrecision)", ev.relations.precision >= devMinRelationPrecision),
            ("relations R=\(f(ev.relations.recall)) < \(devMinRelationRecall)", ev.relations.recall >= devMinRelationRecall),
            ("relations F1=\(f(ev.relations.f1)) < \(devMinRelationF1)", ev.relations.f1 >= devMinRelationF1),
            ("negation errors \(ev.negationErrors) > \(devMaxNegationErrors)", ev.negationErrors <= devMaxNegationErrors),
            ("actors P=\(f(ev.actors.precision)) < \(devMinActorPrecision)", ev.actors.precision >= devMinActorPrecision),
            ("actors R=\(f(ev.actors.recall)) < \(devMinActorRecall)", ev.actors.recall >= devMinActorRecall),
        ])
    }

    @Test("seeds: relations F1 at least 0.95 and no negation errors",
          .enabled(if: DevSet.exists("seeds") && DevSet.exists("gold"), "skipped: ../shared/seeds or ../shared/gold is not present"))
    func seeds() throws {
        let ev = try DevSet.score(gold: "gold", articles: "seeds")
        DevSet.expect(ev, [
            ("no article scored", ev.articles > 0),
            ("relations F1=\(String(format: "%.4f", ev.relations.f1)) < \(seedsMinRelationF1)", ev.relations.f1 >= seedsMinRelationF1),
            ("negation errors \(ev.negationErrors) > \(seedsMaxNegationErrors)", ev.negationErrors <= seedsMaxNegationErrors),
        ])
    }
}

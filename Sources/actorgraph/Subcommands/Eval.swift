import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    /// `actorgraph eval`: precision, recall and F1 against gold annotations.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction against gold annotations (overall, by type, and negation errors).")

        @Option(help: ArgumentHelp("Directory of gold annotation files (*.json).", valueName: "DIR"))
        var gold: String

        @Argument(help: "Article files or directories.")
        var inputs: [String]

        @Flag(help: "Print the scores as JSON.")
        var json = false

        @OptionGroup var options: ExtractionOptions

        func run() throws {
            try runReportingErrors {
                let corpus = CorpusExtraction(extractor: try options.extractor(), reader: try options.reader())
                var all: [ArticleExtraction] = []
                try corpus.run(inputs, warning: { warn($0.description) }) { all.append($0) }
                let ev = try Evaluation.score(goldDirectory: gold, extractions: all)
                if json {
                    let obj: [String: Any] = [
                        "articles": ev.articles,
                        "relations": ["tp": ev.relations.tp, "fp": ev.relations.fp, "fn": ev.relations.fn,
                                      "precision": ev.relations.precision, "recall": ev.relations.recall, "f1": ev.relations.f1,
                                      "negation_errors": ev.negationErrors],
                        "actors": ["precision": ev.actors.precision, "recall": ev.actors.recall, "f1": ev.actors.f1],
                    ]
                    let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
                    print(String(decoding: data, as: UTF8.self))
                } else {
                    print(ev.report(), terminator: "")
                }
            }
        }
    }
}

import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    /// `actorgraph eval`: precision, recall and F1 against gold annotations.
    struct Eval: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score extraction against gold annotations (overall, by type, and negation errors).",
            discussion: """
                Without --errors or --by-type, prints every error as one line, the per-type table and \
                the totals (as score.py --errors --by-type). With either flag, prints only the parts \
                asked for, then the totals: --errors groups the errors by relation type with their \
                evidence, --by-type prints the per-type table (as score.py --by-type).
                """)

        @Option(help: ArgumentHelp("Directory of gold annotation files (*.json).", valueName: "DIR"))
        var gold: String

        @Argument(help: "Article files or directories.")
        var inputs: [String]

        @Flag(help: "Print the scores as JSON (with by_type; with --errors, an errors array).")
        var json = false

        @Flag(help: "List every false positive and false negative by relation type, with sentences, triggers and gold evidence.")
        var errors = false

        @Flag(help: "Print the per-type table.")
        var byType = false

        @OptionGroup var options: ExtractionOptions

        func run() throws {
            try runReportingErrors {
                let corpus = try options.corpus()
                var all: [ArticleExtraction] = []
                try corpus.run(inputs, warning: { warn($0.description) }) { all.append($0) }
                let ev = try Evaluation.score(goldDirectory: gold, extractions: all)
                if json {
                    print(String(decoding: try ev.json(includeErrors: errors), as: UTF8.self))
                } else if !errors && !byType {
                    print(ev.report(), terminator: "")
                } else {
                    if errors { print(ev.errorReport(), terminator: errors && !ev.errors.isEmpty ? "\n" : "") }
                    print(ev.report(byType: byType, errors: false), terminator: "")
                }
            }
        }
    }
}

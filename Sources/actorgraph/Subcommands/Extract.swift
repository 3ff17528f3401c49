import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    /// `actorgraph extract`: mentions and relations of each article, as JSON Lines or a table.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the actor mentions and relations found in articles.")

        @Argument(help: "Article files or directories ('-' reads standard input).")
        var inputs: [String]

        @Option(help: "Output format: jsonl or table.")
        var format: String = "jsonl"

        @Flag(help: "Also print co_occurs relations.")
        var cooccurrence = false

        @OptionGroup var options: ExtractionOptions

        func run() throws {
            try runReportingErrors {
                guard format == "jsonl" || format == "table" else {
                    throw ActorGraphError.usage("unknown format '\(format)' (available: jsonl, table)")
                }
                var corpus = try options.corpus()
                corpus.cooccurrence = cooccurrence  // nobody reads co-occurrences they did not ask for
                let out = FileHandle.standardOutput
                let (format, cooccurrence) = (format, cooccurrence)
                // Records are formatted on the worker threads; only the writes are in order here.
                try corpus.run(inputs, warning: { warn($0.description) }, transform: { x in
                    format == "jsonl" ? ExtractionRecords.jsonLines(x, cooccurrence: cooccurrence)
                                      : ExtractionTable.render(x, cooccurrence: cooccurrence)
                }) { text in
                    out.write(Data(text.utf8))
                }
            }
        }
    }
}

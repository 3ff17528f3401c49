import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    /// `actorgraph build`: the main job: articles in, a rendered actor network out.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read articles and draw their actor network (default: Examples/articles -> Output/graph.svg).")

        @Argument(help: "Article files or directories ('-' reads standard input). Default: Examples/articles.")
        var inputs: [String] = []

        @Option(help: ArgumentHelp("Draw a saved network (JSON with actors and edges) instead of reading articles.", valueName: "FILE"))
        var graph: String?

        @OptionGroup var filtering: FilterOptions

        @OptionGroup var rendering: RenderingOptions
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: ExtractionOptions

        func run() throws {
            Interruption.stopCleanly()
            try runReportingErrors {
                let outputs = rendering.output.isEmpty ? ["Output/graph.svg"] : rendering.output
                let renderOptions = try rendering.renderOptions()
                let format = try rendering.outputFormat()
                let filter = try filtering.filter(showNegated: renderOptions.showNegated)
                // Bad outputs fail before any article is read or the store is touched.
                try NetworkOutputs.validate(outputs, format: format)
                let network: ActorNetwork
                if let graph {
                    network = try NetworkFile.read(path: graph)
                } else {
                    network = try store.network(inputs: inputs, extraction: options, threads: options.threads, outputs: outputs)
                }
                let drawn = filter.apply(network)
                try NetworkOutputs.write(drawn, to: outputs, format: format, options: renderOptions)
                let typed = drawn.edges.filter { $0.type != .coOccurs }.count
                FileHandle.standardError.write(Data("actorgraph: \(drawn.actors.count) actors, \(typed) typed edges, \(drawn.edges.count - typed) co-occurrence edges -> \(outputs.joined(separator: ", "))\n".utf8))
            }
        }
    }
}

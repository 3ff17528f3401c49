import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    /// `actorgraph render`: draw a DOT file made elsewhere, through the Graphviz library.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render a DOT file to SVG, PNG, PDF, DOT or JSON (through the Graphviz library).")

        @Argument(help: "The DOT file ('-' reads standard input).")
        var input: String

        @OptionGroup var rendering: RenderingOptions

        @Option(help: ArgumentHelp("Refuse graphs with more nodes than this (default: 2,000; 20,000 with sfdp): larger layouts run for minutes.", valueName: "N"))
        var maxNodes: Int?

        func run() throws {
            try runReportingErrors {
                guard !rendering.output.isEmpty else { throw ActorGraphError.usage("render needs at least one -o FILE") }
                if let maxNodes, maxNodes < 1 { throw ActorGraphError.usage("--max-nodes must be at least 1") }
                let text = try DotFile.read(input)
                let (nodes, edges) = try DotFile.size(text, source: input)
                try DotFile.checkSingleGraph(text, source: input)
                let chosen = try rendering.renderOptions().engine
                let engine = chosen ?? EngineChoice.forDOTFile(nodeCount: nodes, edgeCount: edges)
                let limit = maxNodes ?? EngineChoice.defaultMaxNodes(for: engine)
                guard nodes <= limit else {
                    throw ActorGraphError.usage("\(input) has \(nodes) nodes, more than \(limit) for \(engine.rawValue) (the layout would run for minutes); give --max-nodes \(nodes) to draw it anyway, or --engine sfdp")
                }
                if chosen == nil && engine != .dot {
                    FileHandle.standardError.write(Data("actorgraph: \(input): \(nodes) nodes, \(edges) edges: laid out with \(engine.rawValue) (give --engine to choose)\n".utf8))
                }
                try DotFile.render(text, source: input, engine: engine, to: rendering.output, format: try rendering.outputFormat())
            }
        }
    }
}

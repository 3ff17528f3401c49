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

        func run() throws {
            try runReportingErrors {
                guard !rendering.output.isEmpty else { throw ActorGraphError.usage("render needs at least one -o FILE") }
                let text = try DotFile.read(input)
                let engine = try rendering.renderOptions().engine ?? .dot
                try DotFile.render(text, source: input, engine: engine, to: rendering.output, format: try rendering.outputFormat())
            }
        }
    }
}

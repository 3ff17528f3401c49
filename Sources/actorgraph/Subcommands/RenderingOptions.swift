import ActorGraph
import ArgumentParser

/// Options shared by the commands that draw a graph.
struct RenderingOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Output file; the format comes from the extension: drawings svg, png, pdf, dot, gv.json (Graphviz layout); exports json (node-link), graphml, gexf, csv, html. Repeatable: all drawings share one layout.", valueName: "FILE"))
    var output: [String] = []

    @Option(help: "Output format for every -o (overrides the extensions): svg, png, pdf, dot, json.")
    var format: String?

    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi (default: chosen by graph size).")
    var engine: String?

    @Option(help: "Node labels: ar, en or both.")
    var labels: String = "both"

    @Flag(name: .customLong("show-negated"), help: "Draw negated, refused, conditional and questioned relations as dashed edges.")
    var showNegated = false

    @Flag(name: .customLong("no-legend"), help: "Leave the legend out.")
    var noLegend = false

    @Option(help: "A title above the drawing.")
    var title: String?

    func renderOptions() throws -> RenderOptions {
        var engineChoice: LayoutEngine? = nil
        if let engine {
            guard let e = LayoutEngine(rawValue: engine) else {
                throw ActorGraphError.usage("unknown engine '\(engine)' (available: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            engineChoice = e
        }
        guard let l = LabelLanguage(rawValue: labels) else {
            throw ActorGraphError.usage("unknown --labels '\(labels)' (available: \(LabelLanguage.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return RenderOptions(engine: engineChoice, labels: l, showNegated: showNegated, legend: !noLegend, title: title)
    }

    func outputFormat() throws -> OutputFormat? {
        guard let format else { return nil }
        guard let f = OutputFormat(rawValue: format) else {
            throw ActorGraphError.usage("unknown format '\(format)' (available: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return f
    }
}

import CGraphviz
import Foundation

/// The process's single Graphviz context.
///
/// Graphviz is not thread-safe, not even for reads, and keeps its error state globally, so
/// every call into it goes through one lock owned by ``shared``. Calls block while another
/// render runs.
public final class Graphviz: Sendable {
    /// The one context of the process.
    public static let shared = Graphviz()

    private let lock = NSLock()
    /// `GVC_t *`; nil when Graphviz could not create a context, or after process exit began.
    /// Only read or written with `lock` held.
    private nonisolated(unsafe) var context: OpaquePointer?
    private let engines: [String]
    private let devices: [String]
    private let renderers: [String]

    private init() {
        lock.lock()
        defer { lock.unlock() }
        // Messages go to the collector, never to stderr; then the context for the whole run.
        gvshim_err_install()
        let gvc = gvContext()
        context = gvc
        if let gvc {
            engines = Self.pluginList(gvc, "layout")
            devices = Self.pluginList(gvc, "device")
            renderers = Self.pluginList(gvc, "render")
            atexit { Graphviz.shared.shutdown() }
        } else {
            engines = []
            devices = []
            renderers = []
        }
    }

    /// Names of the installed layout engines (Graphviz's `layout` plugins), sorted.
    public var availableEngines: [String] { engines }

    /// Names of the installed output devices (Graphviz's `device` plugins: `svg`, `png`,
    /// `canon`, ...), sorted.
    public var availableFormats: [String] { devices }

    /// The Graphviz library version, e.g. `2.43.0`.
    public var version: String { String(cString: gvshim_version_string()) }

    /// Builds `graph` through the C API, lays it out once with `engine` and renders it to
    /// every format. `.dot` is canonical DOT of the graph as built, taken before the layout.
    public func render(_ graph: GraphDescription, engine: LayoutEngine,
                       formats: [OutputFormat]) throws(GraphvizError) -> [OutputFormat: [UInt8]] {
        let formats = Self.unique(formats)
        try validate(engine: engine, formats: formats)
        return try withContext { gvc throws(GraphvizError) in
            gvshim_err_reset()
            let g = try GraphBuilder.build(graph)
            defer { agclose(g) }
            return try render(g, gvc: gvc, engine: engine, formats: formats)
        }
    }

    /// Parses DOT text (`agmemread`), lays it out once with `engine` and renders it to every
    /// format. Throws `.syntax` with Graphviz's message when the text does not parse, and
    /// `.limit` when the graph is past ``LayoutLimits``.
    public func render(dot: String, engine: LayoutEngine,
                       formats: [OutputFormat]) throws(GraphvizError) -> [OutputFormat: [UInt8]] {
        let formats = Self.unique(formats)
        try validate(engine: engine, formats: formats)
        return try withContext { gvc throws(GraphvizError) in
            gvshim_err_reset()
            let g = try read(dot)
            defer { agclose(g) }
            var described = GraphReader.describe(g)
            described.graphAttributes += GraphReader.subgraphAttributes(g)
            try LayoutLimits.check(described)
            return try render(g, gvc: gvc, engine: engine, formats: formats)
        }
    }

    /// Reads DOT text back through the C API: the graph's attributes, node and edge defaults,
    /// nodes and edges in file order with their non-default attributes. Subgraphs are
    /// flattened. Throws `.syntax` with Graphviz's message when the text does not parse.
    public func parse(dot: String) throws(GraphvizError) -> GraphDescription {
        try withContext { _ throws(GraphvizError) in
            gvshim_err_reset()
            let g = try read(dot)
            defer { agclose(g) }
            return GraphReader.describe(g)
        }
    }

    // MARK: - Under the lock

    private func withContext<R>(_ body: (OpaquePointer) throws(GraphvizError) -> R) throws(GraphvizError) -> R {
        lock.lock()
        defer { lock.unlock() }
        guard let gvc = context else {
            throw GraphvizError(kind: .render, message: "no Graphviz context (gvContext failed)")
        }
        return try body(gvc)
    }

    private func read(_ dot: String) throws(GraphvizError) -> GraphPointer {
        guard let g = cString(dot, { gvshim_agmemread($0) }) else {
            throw GraphvizError(kind: .syntax, message: collectedErrors(or: "no graph found in the DOT text"))
        }
        return g
    }

    private func render(_ g: GraphPointer, gvc: OpaquePointer, engine: LayoutEngine,
                        formats: [OutputFormat]) throws(GraphvizError) -> [OutputFormat: [UInt8]] {
        var out: [OutputFormat: [UInt8]] = [:]
        // DOT first: the graph as built, with no layout attributes.
        if formats.contains(.dot) {
            out[.dot] = try canonicalDOT(g)
        }
        let laidOut = formats.filter(\.needsLayout)
        if laidOut.isEmpty { return out }
        // Some engines (fdp on 2.43) draw from the C library's generators without seeding
        // them from `start`: seed them so that the same graph always gets the same layout.
        srand48(1)
        srandom(1)
        srand(1)
        guard gvshim_layout(gvc, g, engine.rawValue) == 0 else {
            // A failed layout is not freed (gvFreeLayout would touch half-built data).
            throw GraphvizError(kind: .layout, message: collectedErrors(or: "\(engine.rawValue) could not lay out the graph"))
        }
        defer { gvFreeLayout(gvc, g) }
        for format in laidOut {
            out[format] = try renderData(g, gvc: gvc, format: format)
        }
        return out
    }

    private func renderData(_ g: GraphPointer, gvc: OpaquePointer, format: OutputFormat) throws(GraphvizError) -> [UInt8] {
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length = 0
        let rc = gvshim_render_data(gvc, g, format.renderer, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        guard rc == 0, let buffer else {
            throw GraphvizError(kind: .render, message: collectedErrors(or: "could not render \(format.rawValue)"))
        }
        // Not NUL-terminated: exactly `length` bytes.
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }

    /// Canonical DOT of `g` as it stands (`agwrite`, which is what the `canon` renderer
    /// prints). Graphviz 2.43's `gvRenderData` refuses `canon` before a layout, and after one
    /// the graph holds layout defaults, so the graph is written directly into memory.
    private func canonicalDOT(_ g: GraphPointer) throws(GraphvizError) -> [UInt8] {
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw GraphvizError(kind: .render, message: "could not open a memory stream for DOT output")
        }
        let rc = agwrite(g, UnsafeMutableRawPointer(stream))
        let closed = fclose(stream)
        defer { free(buffer) }
        guard rc == 0, closed == 0, let buffer else {
            throw GraphvizError(kind: .render, message: collectedErrors(or: "could not write DOT"))
        }
        return Array(UnsafeRawBufferPointer(start: buffer, count: size))
    }

    /// Graphviz's messages since the last reset, or `fallback` when it said nothing.
    private func collectedErrors(or fallback: String) -> String {
        let text = String(cString: gvshim_err_text())
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
        return text.isEmpty ? fallback : text
    }

    /// Frees the context at process exit (`gvFreeContext`).
    private func shutdown() {
        lock.lock()
        defer { lock.unlock() }
        if let gvc = context {
            context = nil
            _ = gvFreeContext(gvc)
        }
    }

    // MARK: - Validation (no Graphviz calls)

    private func validate(engine: LayoutEngine, formats: [OutputFormat]) throws(GraphvizError) {
        if !engines.contains(engine.rawValue) {
            throw GraphvizError(kind: .unknownEngine, message: "layout engine \"\(engine.rawValue)\" is not available; available engines: \(Self.list(engines))")
        }
        for format in formats {
            let cairo = format == .png || format == .pdf
            if !devices.contains(format.device) || (cairo && !renderers.contains("cairo")) {
                let usable = OutputFormat.allCases.filter { f in
                    devices.contains(f.device) && (!(f == .png || f == .pdf) || renderers.contains("cairo"))
                }
                throw GraphvizError(kind: .unknownFormat, message: "output format \"\(format.rawValue)\" (Graphviz \(format.renderer)) is not available; available formats: \(Self.list(usable.map(\.rawValue)))")
            }
        }
    }

    private static func list(_ names: [String]) -> String {
        names.isEmpty ? "none (is Graphviz's plugin configuration installed? `dot -c` rebuilds it)" : names.joined(separator: ", ")
    }

    private static func unique(_ formats: [OutputFormat]) -> [OutputFormat] {
        var seen = Set<OutputFormat>()
        return formats.filter { seen.insert($0).inserted }
    }

    /// `gvPluginList`: the names of one kind of plugin, each item and the list freed here.
    private static func pluginList(_ gvc: OpaquePointer, _ kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = gvshim_plugin_list(gvc, kind, &count) else { return [] }
        var names = Set<String>()
        for i in 0..<Int(max(count, 0)) {
            if let item = list[i] {
                names.insert(String(cString: item))
                free(item)
            }
        }
        free(list)
        return names.sorted()
    }
}

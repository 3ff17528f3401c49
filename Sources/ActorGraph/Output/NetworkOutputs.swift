import Foundation

/// Writes a network to every output a user asked for: drawings through Graphviz (svg, png,
/// pdf, dot, Graphviz's layout JSON as `.gv.json`) and exports for other tools (node-link
/// `.json`, `.graphml`, `.gexf`, `.csv`, `.html`). Every directory is checked before anything
/// is written; drawings share one layout; the files are written atomically and together
/// (a failure leaves every previous output as it was).
public enum NetworkOutputs {
    public static func write(_ network: ActorNetwork, to paths: [String], format: OutputFormat?, options: RenderOptions) throws {
        let (drawings, exports) = try validate(paths, format: format)
        let renderer = NetworkRenderer(options: options)
        var svg: [UInt8]? = nil
        if exports.contains(where: { $0.1 == .html }) {
            svg = try renderer.render(network, formats: [.svg])[.svg]
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for (path, e) in exports {
            files += try NetworkExporter.export(network, format: e, path: path, svg: svg, title: options.title)
        }
        // Every output is complete on disk before any replaces its previous version.
        try AtomicFile.writeAll(renderer.files(network, to: drawings, format: format) + files)
    }

    /// Checks every output before any work is done: a known format for each path and an
    /// existing directory. Returns the drawings and the exports.
    @discardableResult
    public static func validate(_ paths: [String], format: OutputFormat?) throws -> (drawings: [String], exports: [(String, ExportFormat)]) {
        var drawings: [String] = []
        var exports: [(String, ExportFormat)] = []
        for path in paths {
            if format == nil, let e = ExportFormat.from(path: path) { exports.append((path, e)) } else { drawings.append(path) }
        }
        for path in drawings where format == nil {
            let ext = URL(fileURLWithPath: path).pathExtension
            if OutputFormat.from(fileExtension: ext) == nil {
                throw ActorGraphError.usage("cannot tell the output format of \(path): unknown extension \".\(ext)\"; available formats: svg, png, pdf, dot (.dot, .gv), Graphviz layout JSON (.gv.json), json, graphml, gexf, csv, html")
            }
        }
        for path in paths {
            let dir = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw ActorGraphError.output(path: path, reason: "directory \(dir) does not exist")
            }
        }
        return (drawings, exports)
    }
}

/// An output format GraphvizKit can produce.
public enum OutputFormat: String, CaseIterable, Sendable {
    case svg
    case png
    case pdf
    /// Canonical DOT of the graph as built, without layout positions.
    case dot
    /// Graphviz's JSON, with the layout.
    case json

    /// The Graphviz output format string: `svg`, `png:cairo:cairo`, `pdf:cairo:cairo`
    /// (cairo shapes and orders Arabic text), `canon` and `json`. For `canon` GraphvizKit
    /// writes the graph with `agwrite` before any layout (the very text `canon` prints, but
    /// without layout positions or the defaults a layout adds).
    public var renderer: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png:cairo:cairo"
        case .pdf: return "pdf:cairo:cairo"
        case .dot: return "canon"
        case .json: return "json"
        }
    }

    /// The Graphviz device (first part of ``renderer``) that must be installed.
    var device: String {
        switch self {
        case .svg: return "svg"
        case .png: return "png"
        case .pdf: return "pdf"
        case .dot: return "canon"
        case .json: return "json"
        }
    }

    /// True when the format shows positions and therefore needs a layout first.
    public var needsLayout: Bool { self != .dot }

    /// The usual file extension (without the dot).
    public var fileExtension: String {
        switch self {
        case .dot: return "dot"
        default: return rawValue
        }
    }

    /// The format for a file extension (`svg`, `.png`, `PDF`, `dot`, `gv`, `json`), or nil.
    public static func from(fileExtension: String) -> OutputFormat? {
        var ext = fileExtension.lowercased()
        if ext.hasPrefix(".") { ext.removeFirst() }
        switch ext {
        case "svg": return .svg
        case "png": return .png
        case "pdf": return .pdf
        case "dot", "gv": return .dot
        case "json": return .json
        default: return nil
        }
    }
}

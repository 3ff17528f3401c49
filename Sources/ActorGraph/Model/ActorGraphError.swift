/// Errors the engine reports to users. Each names the file (and line or offset where known)
/// and maps to a distinct process exit code.
public enum ActorGraphError: Error, CustomStringConvertible, Sendable, Equatable {
    /// An input could not be read or decoded.
    case input(path: String, reason: String)
    /// A dictionary or lexicon file is malformed.
    case dataFile(path: String, line: Int?, column: Int?, reason: String)
    /// An output could not be written (the previous file is left as it was).
    case output(path: String, reason: String)
    /// A rendering failure, with Graphviz's own message.
    case render(reason: String)
    /// A bad option value (unknown engine, format, type ...).
    case usage(String)

    public var description: String {
        switch self {
        case let .input(path, reason): return "\(path): \(reason)"
        case let .dataFile(path, line, column, reason):
            var loc = path
            if let line { loc += ":\(line)" }
            if let column { loc += ":\(column)" }
            return "\(loc): \(reason)"
        case let .output(path, reason): return "cannot write \(path): \(reason)"
        case let .render(reason): return "rendering failed: \(reason)"
        case let .usage(message): return message
        }
    }

    /// The process exit code for this error (documented in README).
    public var exitCode: Int32 {
        switch self {
        case .usage: return 64
        case .input: return 65
        case .dataFile: return 66
        case .render: return 70
        case .output: return 73
        }
    }
}

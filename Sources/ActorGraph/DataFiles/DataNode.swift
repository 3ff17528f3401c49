import Foundation
import Yams

/// A node of a hand-edited YAML (or JSON) data file, with its file and position, so every
/// error can say where it is: `FILE:LINE:COLUMN: message`.
struct DataNode {
    let node: Node
    let path: String

    /// Parses a whole file. Syntax errors carry Yams' line and column.
    static func load(path: String, text: String) throws -> DataNode {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ActorGraphError.dataFile(path: path, line: nil, column: nil, reason: "the file is empty")
            }
            return DataNode(node: node, path: path)
        } catch let error as YamlError {
            switch error {
            case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
                throw ActorGraphError.dataFile(path: path, line: mark.line, column: mark.column, reason: "malformed YAML/JSON: \(problem)")
            case let .reader(problem, offset, _, _):
                throw ActorGraphError.dataFile(path: path, line: nil, column: nil,
                                               reason: "unreadable text\(offset.map { " at byte \($0)" } ?? ""): \(problem)")
            default:
                throw ActorGraphError.dataFile(path: path, line: nil, column: nil, reason: "malformed YAML/JSON: \(error)")
            }
        }
    }

    /// Reads a file from disk and parses it.
    static func load(path: String) throws -> DataNode {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ActorGraphError.dataFile(path: path, line: nil, column: nil, reason: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ActorGraphError.dataFile(path: path, line: nil, column: nil, reason: "the file is not UTF-8")
        }
        return try load(path: path, text: text)
    }

    func error(_ reason: String) -> ActorGraphError {
        ActorGraphError.dataFile(path: path, line: node.mark?.line, column: node.mark?.column, reason: reason)
    }

    func child(_ n: Node) -> DataNode { DataNode(node: n, path: path) }

    /// The value under `key` in a mapping, if present.
    func optional(_ key: String) throws -> DataNode? {
        guard let mapping = node.mapping else { throw error("expected a mapping (key: value)") }
        for (k, v) in mapping where k.string == key { return child(v) }
        return nil
    }

    func required(_ key: String) throws -> DataNode {
        guard let v = try optional(key) else { throw error("missing required key '\(key)'") }
        return v
    }

    /// Keys of a mapping, with their nodes, in file order.
    func entries() throws -> [(key: String, value: DataNode, keyNode: DataNode)] {
        guard let mapping = node.mapping else { throw error("expected a mapping (key: value)") }
        return mapping.map { (k, v) in (k.string ?? "", child(v), child(k)) }
    }

    /// Rejects keys not in `allowed`, so a typo is an error rather than silently ignored.
    func checkKeys(_ allowed: Set<String>) throws {
        for (k, _, keyNode) in try entries() where !allowed.contains(k) {
            throw keyNode.error("unknown key '\(k)' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
        }
    }

    func string() throws -> String {
        guard let s = node.scalar?.string else { throw error("expected a text value") }
        return s
    }

    func bool() throws -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false")
        }
    }

    func int() throws -> Int {
        guard let v = Int(try string()) else { throw error("expected a whole number") }
        return v
    }

    /// A list of nodes; a single scalar counts as a list of one.
    func list() throws -> [DataNode] {
        if let seq = node.sequence { return seq.map { child($0) } }
        if node.scalar != nil { return [self] }
        throw error("expected a list")
    }

    func strings() throws -> [String] { try list().map { try $0.string() } }

    /// A date `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`: completed to the first day of the period,
    /// or to its last day when `endOfPeriod` is true, as for `until`).
    func date(endOfPeriod: Bool = false) throws -> String {
        let s = try string()
        guard let d = endOfPeriod ? DateText.normaliseEnd(s) : DateText.normalise(s) else {
            throw error("invalid date '\(s)' (expected YYYY-MM-DD)")
        }
        return d
    }

    /// Per-language strings: `{ar: [...], en: [...]}` (a single string per language is fine).
    func languageStrings() throws -> [Language: [String]] {
        var out: [Language: [String]] = [:]
        for (k, v, keyNode) in try entries() {
            guard let lang = Language(rawValue: k) else {
                throw keyNode.error("unknown language '\(k)' (expected one of: \(Language.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            out[lang, default: []].append(contentsOf: try v.strings())
        }
        return out
    }
}

/// Dates in data files and article metadata.
public enum DateText {
    /// Normalises `YYYY-MM-DD`, `YYYY-MM` or `YYYY` to `YYYY-MM-DD`; nil when invalid.
    public static func normalise(_ s: String) -> String? {
        let parts = s.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), let y = Int(parts[0]), parts[0].count == 4 else { return nil }
        let m = parts.count > 1 ? Int(parts[1]) : 1
        let d = parts.count > 2 ? Int(parts[2]) : 1
        guard let m, let d, (1...12).contains(m), (1...daysIn(month: m, year: y)).contains(d) else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }

    /// The number of days of a month (Gregorian leap years): "2017-02-31" is no date.
    static func daysIn(month m: Int, year y: Int) -> Int {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    }

    /// Like `normalise`, but `YYYY` and `YYYY-MM` complete to the last day of the period.
    public static func normaliseEnd(_ s: String) -> String? {
        let parts = s.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard let start = normalise(s) else { return nil }
        switch parts.count {
        case 1: return "\(parts[0])-12-31"
        case 2:
            let m = Int(parts[1]) ?? 1, y = Int(parts[0]) ?? 0
            return String(format: "%04d-%02d-%02d", y, m, daysIn(month: m, year: y))
        default: return start
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Keeps a run's outputs and its store apart from its inputs: `build news -o news/graph.html`
/// run twice must not read its own report as an article, and `build in -o in/article.json` must
/// not replace an article with a drawing.
public enum OutputsAsInputs {
    /// The resolved real path of `path`, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Whether a file is one ActorGraph wrote: its first 64 KB name the network
    /// (`actor_network`) or the program (`ActorGraph`).
    static func isOurOutput(_ path: String) -> Bool {
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        let head = String(decoding: (try? h.read(upToCount: 64 << 10)) ?? Data(), as: UTF8.self)
        return head.contains("actor_network") || head.contains("ActorGraph")
    }

    /// Checks `outputs` (and the store, if any) against `inputs` and returns the real paths a
    /// reader of this run must skip: the outputs and the store (with its `-wal`, `-shm` and
    /// `-journal` files) that exist now. Throws a usage error (exit 64) when an output is an
    /// input file given by name, is the store, is given twice, or would replace a file inside an
    /// input folder that ActorGraph did not write.
    public static func check(inputs: [String], outputs: [String], store: String?) throws -> Set<String> {
        let written = outputs.filter { $0 != "-" }
        var seen: [String: String] = [:]
        // An output that does not exist yet is known by its absolute path.
        func key(_ p: String) -> String { realPath(p) ?? URL(fileURLWithPath: p).standardizedFileURL.path }
        for o in written {
            if let first = seen[key(o)], first != o || written.filter({ $0 == o }).count > 1 {
                throw ActorGraphError.usage("outputs \(first) and \(o) are the same file; give each output once")
            }
            seen[key(o)] = o
        }
        if let store, let o = written.first(where: { key($0) == key(store) }) {
            throw ActorGraphError.usage("output \(o) is the store; give --store another path")
        }
        var folders: [String] = []
        for input in inputs where input != "-" {
            guard let real = realPath(input) else { continue }
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: real, isDirectory: &isDir)
            if isDir.boolValue {
                folders.append(real.hasSuffix("/") ? real : real + "/")
            } else if let o = written.first(where: { realPath($0) == real }) {
                throw ActorGraphError.usage("output \(o) is also an input; write it outside the articles")
            }
        }
        // Outputs that do not exist yet are excluded by their absolute path, for a `watch` that
        // writes them into the folder it watches.
        var excluded = Set(written.map(key))
        for o in written {
            guard let real = realPath(o) else { continue }
            if folders.contains(where: { real.hasPrefix($0) }) && !isOurOutput(real) {
                throw ActorGraphError.usage("output \(o) would replace \(real), which is read as an article; write it outside the input folders")
            }
            excluded.insert(real)
        }
        if let store {
            for file in CorpusStore.files(at: store) { excluded.insert(key(file)) }
        }
        return excluded
    }
}

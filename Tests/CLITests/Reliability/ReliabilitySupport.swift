import Foundation
import Testing

/// Helpers for the reliability tests: files on disk, and the CLI run under a file-size limit
/// or as an unprivileged user.
enum Reliability {
    /// Writes `bytes` to `name` in `dir` and returns the path.
    @discardableResult
    static func write(_ bytes: [UInt8], _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Writes UTF-8 `text` to `name` in `dir` and returns the path.
    @discardableResult
    static func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        try write(Array(text.utf8), name, in: dir)
    }

    /// An English article every dictionary knows: Haftar visits Egypt.
    static let article = "date: 2017-08-01\n\nKhalifa Haftar visited Cairo, where he met Abdel Fattah el-Sisi.\n"

    /// The `actorgraph: warning:` lines of a run.
    static func warnings(_ r: CLI.Result) -> [String] {
        r.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("actorgraph: warning: ") }
    }

    /// The node ids of a DOT file written by `build`.
    static func nodes(inDOT path: String) throws -> Set<String> {
        let dot = try String(contentsOfFile: path, encoding: .utf8)
        var ids: Set<String> = []
        for line in dot.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            guard !t.contains("->"), let r = t.range(of: #"^"?[a-z_0-9]+"?\s+\["#, options: .regularExpression) else { continue }
            let id = t[r].dropLast().trimmingCharacters(in: CharacterSet(charactersIn: "\"[").union(.whitespaces))
            if !["graph", "node", "edge"].contains(id) { ids.insert(id) }
        }
        return ids
    }

    /// True when the tests run as root, where permission bits do not stop reading.
    static var isRoot: Bool { getuid() == 0 }

    /// `setpriv`, to run the CLI as `nobody` when the tests run as root.
    static let setpriv: String? = ["/usr/bin/setpriv", "/bin/setpriv"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Can this process make a file unreadable to the CLI? Not root; or root with setpriv,
    /// when `nobody` can run the built CLI and read its dictionary (not so in a checkout
    /// under a private home directory).
    static let canDenyAccess: Bool = {
        guard isRoot else { return true }
        guard let setpriv else { return false }
        let probe = try? CLI.run(["actors", "--search", "Haftar"], launcher: [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"])
        return probe?.status == 0
    }()

    /// Runs the CLI as an unprivileged user: as is when the tests are not root, else as
    /// `nobody` through setpriv (so permission bits apply). `dir` is opened to everyone so
    /// that user can write there.
    static func runUnprivileged(_ args: [String], dir: URL) throws -> CLI.Result {
        guard isRoot, let setpriv else { return try CLI.run(args) }
        chmod(dir.path, 0o777)
        return try CLI.run(args, launcher: [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"])
    }

    /// Runs the CLI with a file-size limit of `blocks` 512-byte blocks and SIGXFSZ ignored,
    /// so a write past the limit fails with EFBIG as on a full disk.
    static func runWithFileSizeLimit(_ blocks: Int, _ args: [String]) throws -> CLI.Result {
        try CLI.run(args, launcher: ["/bin/sh", "-c", "trap '' XFSZ; ulimit -f \(blocks) && exec \"$0\" \"$@\""])
    }
}

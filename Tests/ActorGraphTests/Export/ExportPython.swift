import Foundation

/// Runs Python (with networkx, the real consumer of the data exports) from the tests.
enum ExportPython {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// True when `python3 -c "import networkx"` works; the networkx tests are skipped otherwise.
    static let hasNetworkx: Bool = (try? run("import networkx"))?.status == 0

    /// True when `python3` runs at all (the csv module is in its standard library).
    static let hasPython: Bool = (try? run("import csv"))?.status == 0

    /// Runs `python3 -c script args...`.
    static func run(_ script: String, _ args: [String] = []) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script] + args
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a script that prints one JSON object and returns it decoded.
    static func json(_ script: String, _ args: [String] = []) throws -> [String: Any] {
        let r = try run(script, args)
        guard r.status == 0 else { throw Failure(message: "python3 exited \(r.status): \(r.stderr)") }
        guard let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] else {
            throw Failure(message: "python3 did not print a JSON object: \(r.stdout)")
        }
        return object
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}

import Foundation
import Testing

/// Runs the `actorgraph` executable built next to the test bundle, as a user would.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
    }

    /// The package root (for Examples/ and ../shared).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shared folder beside the repository, when present.
    static var shared: URL? {
        let u = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: u.appendingPathComponent("seeds").path) ? u : nil
    }

    static let executable: URL = {
        // The test binary lives in the build products directory, next to `actorgraph`.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("actorgraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return root.appendingPathComponent(".build/debug/actorgraph")
    }()

    /// Runs `actorgraph args…`; with a `launcher` (a program and its arguments), runs
    /// `launcher… actorgraph-path args…` instead (a shell setting limits, setpriv …).
    @discardableResult
    static func run(_ args: [String], stdin: Data? = nil, cwd: URL = root, launcher: [String] = []) throws -> Result {
        guard let program = launcher.first else { return try run(program: executable, args, stdin: stdin, cwd: cwd) }
        return try run(program: URL(fileURLWithPath: program), Array(launcher.dropFirst()) + [executable.path] + args,
                       stdin: stdin, cwd: cwd)
    }

    /// Runs any program, collecting its output.
    static func run(program: URL, _ args: [String], stdin: Data? = nil, cwd: URL = root) throws -> Result {
        let p = Process()
        p.executableURL = program
        p.arguments = args
        p.currentDirectoryURL = cwd
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let inPipe = Pipe()
        p.standardInput = inPipe
        try p.run()
        if let stdin { inPipe.fileHandleForWriting.write(stdin) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes concurrently so a full pipe never blocks the child.
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
                      stderr: String(decoding: errData, as: UTF8.self), stdoutBytes: outData)
    }

    /// A fresh temporary directory.
    static func tempDir() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }
}

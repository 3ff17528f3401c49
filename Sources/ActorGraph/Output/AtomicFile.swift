import Foundation

/// Writes files so that a reader never sees half a file and a failed write leaves the
/// previous file untouched: the bytes go to a temporary file in the same directory, are
/// flushed, and the temporary file is renamed over the destination.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically. Throws `ActorGraphError.output` naming the path.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        try writeAll([(path, Array(bytes))])
    }

    /// Writes several files as one step, as far as a file system allows: every file is first
    /// written and flushed to its temporary file, and only when all of them are complete are
    /// they renamed into place. A failure while writing (a full disk, a file-size limit, a
    /// read-only directory) removes the temporary files and leaves every previous file as it
    /// was. Throws `ActorGraphError.output` naming the path that failed.
    public static func writeAll(_ files: [(path: String, bytes: [UInt8])]) throws {
        var staged: [(tmp: String, path: String)] = []
        var renamed = 0
        defer {
            for s in staged[renamed...] { unlink(s.tmp) }
        }
        for file in files {
            staged.append((try stage(file.bytes, for: file.path), file.path))
        }
        for s in staged {
            if rename(s.tmp, s.path) != 0 {
                throw ActorGraphError.output(path: s.path, reason: String(cString: strerror(errno)))
            }
            renamed += 1
        }
    }

    /// Writes and flushes `data` to a new temporary file beside `path`; returns its path.
    private static func stage(_ data: [UInt8], for path: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw ActorGraphError.output(path: path, reason: "directory \(dir) does not exist")
        }
        let tmp = "\(dir)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ActorGraphError.output(path: path, reason: String(cString: strerror(errno)))
        }
        var ok = false
        defer {
            close(fd)
            if !ok { unlink(tmp) }
        }
        var written = 0
        while written < data.count {
            let n = data.withUnsafeBytes { raw in
                Foundation.write(fd, raw.baseAddress! + written, data.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw ActorGraphError.output(path: path, reason: String(cString: strerror(errno)))
            }
            written += n
        }
        if fsync(fd) != 0 {
            throw ActorGraphError.output(path: path, reason: String(cString: strerror(errno)))
        }
        ok = true
        return tmp
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}

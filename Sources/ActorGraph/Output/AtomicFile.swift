import Foundation

/// Writes files so that a reader never sees half a file and a failed write leaves the
/// previous file untouched: the bytes go to a temporary file in the same directory, are
/// flushed, and the temporary file is renamed over the destination.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically. Throws `ActorGraphError.output` naming the path.
    public static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
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
            if !ok { unlink(tmp) }
        }
        let data = Array(bytes)
        var written = 0
        while written < data.count {
            let n = data.withUnsafeBytes { raw in
                Foundation.write(fd, raw.baseAddress! + written, data.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                close(fd)
                throw ActorGraphError.output(path: path, reason: reason)
            }
            written += n
        }
        if fsync(fd) != 0 {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw ActorGraphError.output(path: path, reason: reason)
        }
        close(fd)
        if rename(tmp, path) != 0 {
            throw ActorGraphError.output(path: path, reason: String(cString: strerror(errno)))
        }
        ok = true
    }

    /// Writes `text` as UTF-8 to `path` atomically.
    public static func write(_ text: String, to path: String) throws {
        try write(Array(text.utf8), to: path)
    }
}

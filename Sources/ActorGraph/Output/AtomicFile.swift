import Foundation

/// Writes files so that a reader never sees half a file and a failed write leaves the
/// previous file untouched: the bytes go to a temporary file in the same directory, are
/// flushed, and the temporary file is renamed over the destination.
///
/// A destination that is a symbolic link is written through: the file it points to is
/// replaced and the link stays a link. One that is not a regular file (a terminal, a pipe,
/// `/dev/stdout`, `/dev/null`) is written to directly, as nothing can be renamed over it. An
/// existing file keeps its permission bits.
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
        var direct: [(path: String, bytes: [UInt8])] = []
        for file in files {
            let target = destination(of: file.path)
            var info = stat()
            if stat(target, &info) == 0 && (info.st_mode & S_IFMT) != S_IFREG && (info.st_mode & S_IFMT) != S_IFDIR {
                direct.append((target, file.bytes))
                continue
            }
            staged.append((try stage(file.bytes, for: target, original: file.path), target))
        }
        for s in staged {
            if rename(s.tmp, s.path) != 0 {
                throw ActorGraphError.output(path: s.path, reason: String(cString: strerror(errno)))
            }
            renamed += 1
        }
        for d in direct { try writeDirectly(d.bytes, to: d.path) }
    }

    /// The file a write to `path` replaces: `path` itself, or the end of its chain of symbolic
    /// links (also when that end does not exist yet).
    static func destination(of path: String) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { return current }
            let link = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            // "/proc/self/fd/1 -> pipe:[123]": a kernel object, opened through the link itself.
            if link.contains(":[") { return current }
            current = link.hasPrefix("/") ? link : (current as NSString).deletingLastPathComponent + "/" + link
        }
        return current
    }

    /// Writes to a device or a pipe in place.
    private static func writeDirectly(_ data: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw ActorGraphError.output(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var written = 0
        while written < data.count {
            let n = data.withUnsafeBytes { raw in Foundation.write(fd, raw.baseAddress! + written, data.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ActorGraphError.output(path: path, reason: String(cString: strerror(errno)))
            }
            written += n
        }
    }

    /// Writes and flushes `data` to a new temporary file beside `path`; returns its path.
    private static func stage(_ data: [UInt8], for path: String, original: String) throws -> String {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
            throw ActorGraphError.output(path: path, reason: "directory \(dir) does not exist")
        }
        let tmp = "\(dir)/.\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ActorGraphError.output(path: original, reason: String(cString: strerror(errno)))
        }
        // The file replaced keeps its permission bits (a private 0600 output stays private).
        var existing = stat()
        if stat(path, &existing) == 0 { fchmod(fd, existing.st_mode & 0o7777) }
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

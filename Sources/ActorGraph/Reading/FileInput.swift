#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading inputs with plain POSIX calls, reporting failures as `ActorGraphError.input`
/// naming the path.
enum FileInput {
    /// Every byte of the file at `path`.
    static func readAll(path: String) throws -> [UInt8] {
        let fd = try openForReading(path)
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        return try readToEnd(fd, path: path, expectedSize: size)
    }

    /// Every byte of the article file at `path`, refusing, before reading them all, files
    /// larger than `limit` bytes and files whose first bytes are binary (see
    /// `BinaryContent`). The refusal is an input error naming the file and the reason.
    static func readArticle(path: String, limit: Int, encoding: TextEncoding?) throws -> [UInt8] {
        let fd = try openForReading(path)
        defer { close(fd) }
        var info = stat()
        let size = fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG ? Int(info.st_size) : 0
        if size > limit {
            throw ActorGraphError.input(path: path, reason: "\(byteCount(size)) is too large for an article (the limit is \(byteCount(limit)))")
        }
        var head: [UInt8] = []
        while head.count < BinaryContent.sampleSize,
              try append(from: fd, to: &head, count: BinaryContent.sampleSize - head.count, path: path) > 0 {}
        if let reason = head.withUnsafeBufferPointer({ BinaryContent.reason($0, encoding: encoding) }) {
            throw ActorGraphError.input(path: path, reason: reason)
        }
        var bytes = head
        bytes.reserveCapacity(max(size, head.count))
        while try append(from: fd, to: &bytes, count: 1 << 16, path: path) > 0 {
            if bytes.count > limit {
                throw ActorGraphError.input(path: path, reason: "more than \(byteCount(limit)) is too large for an article")
            }
        }
        return bytes
    }

    /// `512 bytes`, `50.0 MB`, `1.0 GB` (powers of 1024).
    static func byteCount(_ n: Int) -> String {
        if n < 1 << 10 { return "\(n) bytes" }
        let units = ["KB", "MB", "GB", "TB"]
        var value = Double(n) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }

    /// Every byte of standard input.
    static func readStandardInput() throws -> [UInt8] {
        try readToEnd(STDIN_FILENO, path: "-", expectedSize: 0)
    }

    /// Opens `path` read-only, refusing directories.
    static func openForReading(_ path: String) throws -> Int32 {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw error(path, errno) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            throw ActorGraphError.input(path: path, reason: "is a directory")
        }
        return fd
    }

    /// Reads up to `count` bytes into `destination`, retrying on EINTR; 0 means end of file.
    static func readSome(_ fd: Int32, into destination: UnsafeMutableRawPointer, count: Int, path: String) throws -> Int {
        while true {
            let got = read(fd, destination, count)
            if got >= 0 { return got }
            if errno != EINTR { throw error(path, errno) }
        }
    }

    /// Appends up to `count` more bytes to `buffer`; returns how many (0 at end of file).
    static func append(from fd: Int32, to buffer: inout [UInt8], count: Int, path: String) throws -> Int {
        let oldCount = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: count))
        var got = 0
        defer { buffer.removeLast(count - got) }
        got = try buffer.withUnsafeMutableBytes { raw in
            try readSome(fd, into: raw.baseAddress! + oldCount, count: count, path: path)
        }
        return got
    }

    /// Reads to end of file: first straight into a buffer of the expected size, then in
    /// chunks for whatever follows (pipes, growing files).
    private static func readToEnd(_ fd: Int32, path: String, expectedSize: Int) throws -> [UInt8] {
        var bytes = try [UInt8](unsafeUninitializedCapacity: expectedSize) { buffer, count in
            count = 0
            while count < expectedSize {
                let got = try readSome(fd, into: buffer.baseAddress! + count, count: expectedSize - count, path: path)
                if got == 0 { break }
                count += got
            }
        }
        while try append(from: fd, to: &bytes, count: 1 << 16, path: path) > 0 {}
        return bytes
    }

    /// An input error for `errno` value `code`, with the system's message in lower case.
    static func error(_ path: String, _ code: Int32) -> ActorGraphError {
        let message = String(cString: strerror(code))
        let reason = message.prefix(1).lowercased() + message.dropFirst()
        return .input(path: path, reason: reason)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file line by line in 1 MB chunks, so that a multi-gigabyte JSON Lines file is
/// processed in constant memory (apart from the longest line).
final class LineReader {
    let path: String
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts.
    private var start = 0
    /// How far past `start` is known to contain no LF.
    private var scanned = 0
    /// The file offset of `buffer[0]`.
    private var bufferOffset = 0
    private var atEnd = false
    private static let chunkSize = 1 << 20

    init(path: String) throws {
        self.path = path
        fd = try FileInput.openForReading(path)
    }

    deinit { close(fd) }

    /// The first bytes of the file (up to `limit`), cut after the last complete line unless
    /// the whole file fits, without consuming anything.
    func sample(limit: Int) throws -> ArraySlice<UInt8> {
        while buffer.count - start < limit, !atEnd { try fill() }
        let end = min(buffer.count, start + limit)
        if atEnd && end == buffer.count { return buffer[start..<end] }
        if let lastNewline = buffer[start..<end].lastIndex(of: 0x0A) { return buffer[start...lastNewline] }
        return buffer[start..<end]
    }

    /// The next line without its LF, and its byte offset in the file; nil at end of file.
    func nextLine() throws -> (bytes: ArraySlice<UInt8>, offset: Int)? {
        while true {
            if let newline = findNewline(from: start + scanned) {
                let line = buffer[start..<newline]
                let offset = bufferOffset + start
                start = newline + 1
                scanned = 0
                return (line, offset)
            }
            scanned = buffer.count - start
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                let offset = bufferOffset + start
                start = buffer.count
                scanned = 0
                return (line, offset)
            }
            if start > 0 {
                buffer.removeFirst(start)
                bufferOffset += start
                start = 0
            }
            try fill()
        }
    }

    private func fill() throws {
        if try FileInput.append(from: fd, to: &buffer, count: Self.chunkSize, path: path) == 0 { atEnd = true }
    }

    private func findNewline(from index: Int) -> Int? {
        guard index < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { b in
            guard let found = memchr(b.baseAddress! + index, 0x0A, b.count - index) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(b.baseAddress!)
        }
    }
}

import Dispatch
import Foundation
import SyntheticCorpus
#if canImport(Glibc)
import Glibc
#endif

/// Which articles to write and where: `perFolder` articles per shard folder (`0000/`, `0001/` …),
/// files named by their index, so a directory walk and `grep -r` see them in a fixed order.
struct CorpusPlan {
    let seed: UInt64
    /// Index of the first article (to write one more article for an existing corpus).
    let start: Int
    /// Number of articles, or nil to stop at `size`.
    let count: Int?
    /// Stop at the first article that brings the total to at least this many bytes.
    let size: Int?
    let perFolder: Int

    /// Writes the articles; returns how many and their total size. Shards are generated in
    /// parallel, but what is written depends only on the plan.
    func write(to root: URL) throws -> (count: Int, bytes: Int) {
        let writer = ArticleWriter()
        let batch = max(1, ProcessInfo.processInfo.activeProcessorCount) * 4
        let chunk = 250
        var next = start, written = 0, bytes = 0
        let end = count.map { start + $0 } ?? Int.max
        while next < end && bytes < (size ?? Int.max) {
            // Generate `batch` chunks in parallel, then keep them in order up to the target.
            let first = next
            let remaining = end - first
            let chunkCount = min(batch, remaining / chunk + (remaining % chunk == 0 ? 0 : 1))
            let last = min(end, first + chunkCount * chunk) - 1
            for folder in (first / perFolder)...(last / perFolder) {
                try FileManager.default.createDirectory(at: root.appendingPathComponent(pad(folder, 4)), withIntermediateDirectories: true)
            }
            var results = [[Int]](repeating: [], count: chunkCount)
            let errors = ErrorBox()
            results.withUnsafeMutableBufferPointer { slots in
                let slots = UncheckedSendable(value: slots)
                DispatchQueue.concurrentPerform(iterations: chunkCount) { c in
                    let lo = first + c * chunk, hi = min(end, lo + chunk)
                    var sizes: [Int] = []
                    for i in lo..<hi {
                        let bytes = writer.article(seed: seed, index: UInt64(i))
                        do { try store(bytes, index: i, root: root) } catch { errors.set(error) }
                        sizes.append(bytes.count)
                    }
                    slots.value[c] = sizes
                }
            }
            if let e = errors.error { throw e }
            let sizes = results.flatMap { $0 }
            var kept = 0
            for s in sizes where bytes < (size ?? Int.max) {
                bytes += s
                kept += 1
            }
            for i in (first + kept)..<(first + sizes.count) { try? FileManager.default.removeItem(at: url(index: i, root: root)) }
            written += kept
            next = first + sizes.count
        }
        return (written, bytes)
    }

    func url(index: Int, root: URL) -> URL {
        root.appendingPathComponent(pad(index / perFolder, 4)).appendingPathComponent(pad(index, 7) + ".txt")
    }

    private func store(_ bytes: [UInt8], index: Int, root: URL) throws {
        let file = url(index: index, root: root)
        // Plain open/write/close: Foundation's file writing is atomic (a temporary file and a
        // rename), several times slower for hundreds of thousands of small files.
        let fd = open(file.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path]) }
        defer { close(fd) }
        let done = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        guard done == bytes.count else { throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: file.path]) }
    }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}

/// The first error of parallel work.
final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var error: Error?
    func set(_ e: Error) { lock.lock(); if error == nil { error = e }; lock.unlock() }
}

/// A buffer each parallel iteration writes its own slot of.
struct UncheckedSendable<T>: @unchecked Sendable { let value: T }

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Waits for articles under some directories (or named files) to change: inotify on Linux,
/// polling elsewhere or when asked. A change is reported only once writes have settled (no
/// further change for `settle` seconds), so a file being copied in is read whole.
///
/// Only article files count (known article extensions, not hidden), plus directories
/// appearing or disappearing; the outputs and the store written next to the articles do not.
public final class DirectoryWatcher: @unchecked Sendable {
    public enum Mode: Sendable, Equatable {
        /// inotify (Linux); falls back to polling every second elsewhere.
        case native
        /// Look at the files every `seconds`.
        case poll(seconds: Double)
    }

    public let paths: [String]
    public let settle: Double
    public private(set) var mode: Mode
    private let wake: (read: Int32, write: Int32)
    private let stopped = WatcherFlag()
    #if os(Linux)
    private var inotify: Int32 = -1
    private var watches: [Int32: String] = [:]
    /// Basenames of explicitly watched files, per watched parent directory.
    private var namedFiles: [String: Set<String>] = [:]
    /// Watched directories that were removed or moved away: looked for again every half
    /// second, and watched anew (with a change reported) when they are back.
    private var lostRoots: Set<String> = []
    #endif
    /// Told once when inotify cannot watch (the watch limit is reached) and polling takes over.
    public var onWarning: (@Sendable (String) -> Void)?
    /// What was said so far (a warning during `init`, before `onWarning` could be set, is here).
    public private(set) var warnings: [String] = []
    private var snapshot: [String: FileStamp] = [:]

    struct FileStamp: Equatable {
        var size: Int64
        var mtime: Int64
        var inode: UInt64
    }

    public init(paths: [String], mode: Mode = .native, settle: Double = 0.3) throws {
        self.paths = paths
        self.settle = settle
        self.mode = mode
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw ActorGraphError.input(path: "watch", reason: "cannot create a pipe: \(String(cString: strerror(errno)))") }
        for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        wake = (fds[0], fds[1])
        #if os(Linux)
        if mode == .native { try startInotify() }
        #else
        if mode == .native { self.mode = .poll(seconds: 1) }
        #endif
        if case .poll = self.mode { snapshot = takeSnapshot() }
    }

    deinit {
        close(wake.read)
        close(wake.write)
        #if os(Linux)
        if inotify >= 0 { close(inotify) }
        #endif
    }

    /// Makes `waitForChange` return false. Safe from any thread or a signal handler queue.
    public func stop() {
        stopped.set()
        var b: UInt8 = 1
        _ = write(wake.write, &b, 1)
    }

    public var isStopped: Bool { stopped.value }

    /// Blocks until articles changed and writes settled (true), or `stop()` was called (false).
    public func waitForChange() -> Bool {
        switch mode {
        case .native:
            #if os(Linux)
            return waitInotify()
            #else
            return false
            #endif
        case .poll(let seconds):
            return waitPolling(interval: max(0.01, seconds))
        }
    }

    /// Waits up to `timeout` seconds (forever when nil) for `fd` to be readable or a stop.
    /// Returns true when `fd` is readable.
    private func wait(fd: Int32?, timeout: Double?) -> Bool {
        var fds = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
        if let fd { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }
        let ms = timeout.map { Int32(max(0, min($0 * 1000, Double(Int32.max)))) } ?? -1
        while true {
            let n = poll(&fds, nfds_t(fds.count), ms)
            if n < 0 && errno == EINTR {
                if stopped.value { return false }
                continue
            }
            return n > 0 && fds.count > 1 && fds[1].revents & Int16(POLLIN) != 0
        }
    }

    // MARK: - Polling

    private func takeSnapshot() -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        let files = (try? ArticleReader().inputFiles(paths.filter { Self.exists($0) })) ?? []
        for f in files {
            var info = stat()
            guard stat(f, &info) == 0 else { continue }
            #if os(Linux)
            let mtime = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            #else
            let mtime = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            #endif
            out[f] = FileStamp(size: Int64(info.st_size), mtime: mtime, inode: UInt64(info.st_ino))
        }
        return out
    }

    private func waitPolling(interval: Double) -> Bool {
        while !stopped.value {
            _ = wait(fd: nil, timeout: interval)
            if stopped.value { return false }
            var current = takeSnapshot()
            if current == snapshot { continue }
            // Settle: wait until two looks `settle` apart agree.
            while true {
                _ = wait(fd: nil, timeout: settle)
                if stopped.value { return false }
                let next = takeSnapshot()
                if next == current { break }
                current = next
            }
            snapshot = current
            return true
        }
        return false
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    // MARK: - inotify

    #if os(Linux)
    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CREATE | IN_MODIFY
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    private func startInotify() throws {
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else {
            throw ActorGraphError.input(path: "watch", reason: "inotify is not available: \(String(cString: strerror(errno))); use --poll")
        }
        for p in paths {
            var info = stat()
            guard stat(p, &info) == 0 else { throw ActorGraphError.input(path: p, reason: "no such file or directory") }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                addTree(p)
            } else {
                let url = URL(fileURLWithPath: p)
                let dir = (p as NSString).deletingLastPathComponent
                let parent = dir.isEmpty ? "." : dir
                namedFiles[parent, default: []].insert(url.lastPathComponent)
                addWatch(parent)
            }
        }
    }

    private func addWatch(_ dir: String) {
        let wd = inotify_add_watch(inotify, dir, Self.mask)
        if wd >= 0 {
            watches[wd] = dir
        } else if mode == .native {
            // Out of inotify watches (fs.inotify.max_user_watches) or another failure: say so,
            // and look at the files every second instead of missing changes.
            let reason = errno == ENOSPC ? "the inotify watch limit is reached (fs.inotify.max_user_watches)" : String(cString: strerror(errno))
            let message = "cannot watch \(dir) with inotify: \(reason); polling every second instead"
            warnings.append(message)
            onWarning?(message)
            mode = .poll(seconds: 1)
            snapshot = takeSnapshot()
        }
    }

    /// Watches again the roots that are back; true when one was.
    private func reattach() -> Bool {
        var back = false
        for root in lostRoots.sorted() where Self.exists(root) {
            lostRoots.remove(root)
            for (wd, dir) in watches where dir == root || dir.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
                inotify_rm_watch(inotify, wd)
                watches[wd] = nil
            }
            addTree(root)
            back = true
        }
        return back
    }

    /// Watches `dir` and every non-hidden directory below it.
    private func addTree(_ dir: String) {
        addWatch(dir)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            var info = stat()
            if stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR && !watches.values.contains(path) { addTree(path) }
        }
    }

    /// Reads pending events; true when one of them is about articles.
    private func drainEvents() -> Bool {
        var relevant = false
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= n {
                let (wd, mask, len) = buffer.withUnsafeBytes { raw -> (Int32, UInt32, Int) in
                    let e = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                    return (e.wd, e.mask, Int(e.len))
                }
                let nameBytes = buffer[(offset + header)..<min(n, offset + header + len)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += header + len
                if mask & UInt32(IN_Q_OVERFLOW) != 0 { relevant = true; continue }
                guard let dir = watches[wd] else { continue }
                if mask & UInt32(IN_IGNORED) != 0 {
                    watches[wd] = nil
                    if paths.contains(dir) { lostRoots.insert(dir) }
                    continue
                }
                if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                    // The watched folder itself went away (rm -r, replaced by mv): watch it
                    // again when it is back.
                    if paths.contains(dir) { lostRoots.insert(dir) }
                    relevant = true
                    continue
                }
                if name.isEmpty || name.hasPrefix(".") { continue }
                if let named = namedFiles[dir] {
                    if named.contains(name) { relevant = true }
                    if !paths.contains(where: { $0 == dir }) { continue }
                }
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                if mask & UInt32(IN_ISDIR) != 0 {
                    if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
                    relevant = true
                } else if InputFormat.known(for: name) != nil {
                    relevant = true
                }
            }
        }
        return relevant
    }

    private func waitInotify() -> Bool {
        while !stopped.value {
            if case .poll(let seconds) = mode { return waitPolling(interval: seconds) }
            guard wait(fd: inotify, timeout: lostRoots.isEmpty ? nil : 0.5) else {
                if stopped.value { return false }
                if !lostRoots.isEmpty && reattach() { return true }
                continue
            }
            guard drainEvents() else { continue }
            // Settle: keep reading until `settle` seconds pass without an event.
            while wait(fd: inotify, timeout: settle) {
                _ = drainEvents()
            }
            return !stopped.value
        }
        return false
    }
    #endif
}

/// A flag set from one thread and read from others.
final class WatcherFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false

    func set() {
        lock.lock()
        flag = true
        lock.unlock()
    }

    var value: Bool {
        lock.lock()
        defer { lock.unlock() }
        return flag
    }
}

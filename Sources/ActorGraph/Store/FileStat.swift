#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What `stat` says about a file, to skip hashing files that were not written since they
/// were last hashed.
///
/// A file counts as unchanged without reading it only when its size, inode, modification
/// and status-change times all equal what was recorded when it was hashed, and it had not
/// been written within two seconds before that (a write in the same clock tick as the
/// recording would leave the times unchanged; such "racily clean" files are hashed again).
/// The status-change time cannot be set by users (`touch -d` sets only the modification
/// time), so a rewritten file always shows. Anything else is decided by the content hash.
struct FileStat: Equatable, Sendable {
    var size: Int64
    var inode: Int64
    var mtime: Int64
    var ctime: Int64

    /// Nanoseconds since 1970 of a `timespec`.
    private static func ns(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }

    static func of(_ path: String) -> FileStat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        return FileStat(size: Int64(info.st_size), inode: Int64(bitPattern: UInt64(info.st_ino)),
                        mtime: ns(info.st_mtimespec), ctime: ns(info.st_ctimespec))
        #else
        return FileStat(size: Int64(info.st_size), inode: Int64(bitPattern: UInt64(info.st_ino)),
                        mtime: ns(info.st_mtim), ctime: ns(info.st_ctim))
        #endif
    }

    /// The wall clock in nanoseconds since 1970.
    static func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1_000_000_000) }

    /// Whether a file that now stats as `self` can be taken as unchanged since `recorded` was
    /// taken at `checked` (nanoseconds since 1970).
    func matches(_ recorded: FileStat?, checked: Int64?) -> Bool {
        guard let recorded, let checked, recorded == self else { return false }
        return max(mtime, ctime) < checked - 2_000_000_000
    }
}

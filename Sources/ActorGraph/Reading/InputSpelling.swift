#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension ArticleReader {
    /// One spelling for every way of naming the same input from the working directory, so
    /// that `c2k`, `./c2k`, `c2k/`, `/abs/path/c2k` and `../t/c2k` give the same article paths
    /// (and so the same store keys and the same output):
    /// - `.` components, repeated slashes and a trailing slash are dropped;
    /// - an absolute path, or one with a `..` component, that lies in the working directory
    ///   (spelled as is, or once symbolic links are resolved) becomes relative to it;
    /// - anything else (outside the working directory, missing, `-`) keeps its spelling.
    ///
    /// Names of files inside the working directory are not resolved further: a symbolic link
    /// named by a relative path stays the link's name.
    public static func canonicalInput(_ input: String) -> String {
        if input == "-" || input.isEmpty { return input }
        let cleaned = lexicallyCleaned(input)
        let parts = cleaned.split(separator: "/", omittingEmptySubsequences: true)
        guard cleaned.hasPrefix("/") || parts.contains("..") else { return cleaned }
        guard let cwd = workingDirectory() else { return cleaned }
        if cleaned.hasPrefix("/"), !parts.contains(".."), let inside = relative(cleaned, to: cwd) { return inside }
        guard let real = OutputsAsInputs.realPath(cleaned) else { return cleaned }
        let realCwd = OutputsAsInputs.realPath(cwd) ?? cwd
        return relative(real, to: realCwd) ?? cleaned
    }

    /// `path` without `.` components, repeated slashes or a trailing slash (`.` when nothing
    /// is left of a relative path, `/` of an absolute one). `..` components are kept: they
    /// cannot be removed without looking at the file system.
    static func lexicallyCleaned(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `path` relative to `directory` when it is the directory (`.`) or below it.
    private static func relative(_ path: String, to directory: String) -> String? {
        if path == directory { return "." }
        let prefix = directory == "/" ? "/" : directory + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    private static func workingDirectory() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return nil }
        return String(cString: buffer)
    }
}

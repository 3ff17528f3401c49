#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

extension ArticleReader {
    /// Expands inputs into the files to read, keeping the order of `inputs`:
    /// - a file is taken as is, whatever its extension (unknown ones are read as text);
    /// - a directory is searched recursively for files with a known extension (`txt`, `text`,
    ///   `md`, `markdown`, `html`, `htm`, `xhtml`, `json`, `jsonl`, `ndjson`, any case),
    ///   skipping hidden files and directories (names starting with `.`), and its files are
    ///   sorted by path in byte order; symbolic links are followed, each directory once;
    /// - `-` stands for standard input.
    ///
    /// Throws `ActorGraphError.input` naming the first input that does not exist or a
    /// directory that cannot be listed.
    public func inputFiles(_ inputs: [String]) throws -> [String] {
        var files: [String] = []
        for input in inputs {
            if input == "-" {
                files.append(input)
                continue
            }
            var info = stat()
            guard stat(input, &info) == 0 else { throw missing(input) }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var found: [String] = []
                var visited: Set<DirectoryIdentity> = []
                try collect(directory: input, identity: DirectoryIdentity(info), into: &found, visited: &visited)
                found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                files += found
            } else {
                files.append(input)
            }
        }
        return files
    }

    private struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64

        init(_ info: stat) {
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
        }
    }

    private func collect(directory: String, identity: DirectoryIdentity, into files: inout [String],
                         visited: inout Set<DirectoryIdentity>) throws {
        guard visited.insert(identity).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw ActorGraphError.input(path: directory, reason: "cannot list directory")
        }
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names where !name.hasPrefix(".") {
            let path = prefix + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }  // dangling link
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                try collect(directory: path, identity: DirectoryIdentity(info), into: &files, visited: &visited)
            case S_IFREG where InputFormat.known(for: name) != nil:
                files.append(path)
            default:
                break
            }
        }
    }

    private func missing(_ input: String) -> ActorGraphError {
        let code = errno
        return code == ENOENT || code == ENOTDIR
            ? .input(path: input, reason: "no such file or directory")
            : FileInput.error(input, code)
    }
}

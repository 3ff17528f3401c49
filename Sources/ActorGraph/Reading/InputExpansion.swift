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
    /// - `-` stands for standard input;
    /// - every input is first given one spelling (``canonicalInput(_:)``), so the same folder
    ///   named two ways gives the same paths.
    ///
    /// Throws `ActorGraphError.input` naming the first input that does not exist, cannot be
    /// read, or is a directory that cannot be listed. Inside directories, what cannot be
    /// followed or listed (a symbolic link loop, a dangling link, a subdirectory without
    /// permission) is skipped with a warning naming it.
    public func inputFiles(_ inputs: [String]) throws -> [String] {
        try inputFiles(inputs, warning: { _ in })
    }

    /// `inputFiles(_:)`, reporting what is skipped inside directories to `warning`.
    public func inputFiles(_ inputs: [String], warning: (ReadWarning) -> Void) throws -> [String] {
        var files: [String] = []
        for given in inputs {
            if given == "-" {
                files.append(given)
                continue
            }
            var info = stat()
            guard stat(given, &info) == 0 else { throw missing(given) }
            let input = Self.canonicalInput(given)
            if (info.st_mode & S_IFMT) == S_IFDIR {
                var found: [String] = []
                var walk = Walk()
                guard walk.canList(input) else { throw ActorGraphError.input(path: given, reason: "cannot list directory: \(Walk.reason(errno))") }
                walk.collect(directory: input, identity: DirectoryIdentity(info), into: &found, warning: warning)
                found.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                if !excluded.isEmpty { found.removeAll { OutputsAsInputs.realPath($0).map(excluded.contains) ?? false } }
                files += found
            } else {
                guard access(input, R_OK) == 0 else { throw FileInput.error(given, errno) }
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

    /// A recursive directory walk: each directory once, problems reported as warnings.
    private struct Walk {
        var visited: Set<DirectoryIdentity> = []
        /// The directories from the root down to the one being read, to tell a loop from a
        /// second link to a directory already read.
        var ancestors: [DirectoryIdentity] = []

        func canList(_ directory: String) -> Bool {
            guard let d = opendir(directory) else { return false }
            closedir(d)
            return true
        }

        /// The system's message for `code`, in lower case.
        static func reason(_ code: Int32) -> String {
            let message = String(cString: strerror(code))
            return message.prefix(1).lowercased() + message.dropFirst()
        }

        mutating func collect(directory: String, identity: DirectoryIdentity, into files: inout [String],
                              warning: (ReadWarning) -> Void) {
            if ancestors.contains(identity) {
                warning(ReadWarning(path: directory, message: "symbolic link loop back to a directory above it (skipped)"))
                return
            }
            guard visited.insert(identity).inserted else { return }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: directory)
            } catch {
                let code = canList(directory) ? EIO : errno
                warning(ReadWarning(path: directory, message: "cannot list directory: \(Self.reason(code)) (skipped)"))
                return
            }
            ancestors.append(identity)
            defer { ancestors.removeLast() }
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            for name in names.sorted() where !name.hasPrefix(".") {
                let path = prefix + name
                var info = stat()
                guard stat(path, &info) == 0 else {
                    let code = errno
                    // A name that is not UTF-8 comes back with U+FFFD in it, and that name does
                    // not exist: say so, not "dangling link".
                    var link = stat()
                    let notUTF8 = code == ENOENT && name.unicodeScalars.contains("\u{FFFD}") && lstat(path, &link) != 0
                    let message = code == ELOOP ? "symbolic link loop (skipped)"
                        : notUTF8 ? "file name is not valid UTF-8 (skipped; rename the file to read it)"
                        : code == ENOENT ? "dangling symbolic link or deleted during the run (skipped)"
                        : "\(Self.reason(code)) (skipped)"
                    warning(ReadWarning(path: path, message: message))
                    continue
                }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    collect(directory: path, identity: DirectoryIdentity(info), into: &files, warning: warning)
                case S_IFREG where InputFormat.known(for: name) != nil:
                    files.append(path)
                default:
                    break
                }
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

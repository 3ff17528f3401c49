/// Reads news articles from files, directories and standard input.
///
/// Formats, by extension: `.txt`/`.md` (plain text, optional front matter), `.html`/`.htm`
/// (tags stripped, title and date from the head), `.json` (one record object or an array of
/// records) and `.jsonl` (one record per line). A file named explicitly with any other
/// extension is read as text; standard input (`-`) is sniffed. See `TextDecoder` for
/// encodings: offsets into `Article.text` refer to the decoded text, after NUL bytes were
/// dropped and CRLF / CR line endings became LF.
///
/// Problems that affect only part of an input (replaced bytes, a malformed JSON Lines
/// record, an unrecognised date) are reported as `ReadWarning`s; inputs that cannot be read
/// at all throw `ActorGraphError.input` naming the path. When many inputs are read
/// (`forEachArticle`), a file that cannot be read (deleted during the run, unreadable, a
/// symbolic link loop, binary, larger than `maxFileBytes`) is skipped with a warning naming
/// it, and the run goes on.
public struct ArticleReader: Sendable {
    /// The encoding of every input, or nil to detect it per file.
    public var encoding: TextEncoding?
    /// The date (`YYYY-MM-DD`) given to articles that carry none.
    public var defaultDate: String?
    /// Files read whole (every format but JSON Lines, which is streamed) larger than this
    /// are refused without being read: no single article, nor a JSON array of them, is
    /// that large, and a mistaken disk image or log must not exhaust memory. 256 MB.
    public var maxFileBytes = 256 << 20
    /// The memory budget of one article: text longer than this (1 MB, far more than any news
    /// article) is read as consecutive parts `FILE#partN` of at most this size, cut at a line
    /// break (or a space), with a warning. Extraction needs up to about 150 bytes per byte of
    /// text, so one article never takes more than about 150 MB.
    public var maxArticleBytes = 1 << 20
    /// Real paths never read from a directory: the outputs and the store of the current run
    /// (``OutputsAsInputs/check(inputs:outputs:store:)``).
    public var excluded: Set<String> = []

    /// - Parameters:
    ///   - encoding: the encoding of all inputs (`--encoding`); nil detects it per file.
    ///   - defaultDate: the date for articles without one (`--date`, `YYYY-MM-DD`; other
    ///     accepted date forms are normalised).
    public init(encoding: TextEncoding? = nil, defaultDate: String? = nil) {
        self.encoding = encoding
        self.defaultDate = defaultDate.map { DateNormalizer.normalize($0) ?? $0 }
    }

    /// Reads every article of one input file (`-` reads standard input). A `.json` array or
    /// `.jsonl` file gives one article per record, with path `FILE#N` for the Nth record.
    public func read(path: String) throws -> (articles: [Article], warnings: [ReadWarning]) {
        var articles: [Article] = []
        var warnings: [ReadWarning] = []
        do {
            try readFile(path, emit: { articles.append($0) }, warn: { warnings.append($0) })
        } catch let skipped as SkippedFile {
            throw skipped.error
        }
        return (articles, warnings)
    }

    /// Reads an input already in memory (standard input, tests). `name` is the path reported
    /// in articles and warnings and picks the format by extension; `-` sniffs it (JSON when
    /// it starts with `{` or `[`, HTML when it looks like HTML, else text).
    public func read(bytes: [UInt8], name: String) throws -> (articles: [Article], warnings: [ReadWarning]) {
        var articles: [Article] = []
        var warnings: [ReadWarning] = []
        try readBytes(bytes, name: name, emit: { articles.append($0) }, warn: { warnings.append($0) })
        return (articles, warnings)
    }

    /// Reads all inputs (expanded as by `inputFiles(_:)`) one file at a time, calling `body`
    /// for each article and `warning` for each warning as it goes. JSON Lines files are
    /// streamed line by line, so memory stays flat however large the corpus; other files are
    /// read whole, one at a time. Errors thrown by `body` stop the reading and are rethrown.
    public func forEachArticle(in inputs: [String], _ body: (Article) throws -> Void,
                               warning: (ReadWarning) -> Void) throws {
        for file in try inputFiles(inputs, warning: warning) {
            do {
                try readFile(file, emit: body, warn: warning)
            } catch let skipped as SkippedFile {
                warning(skipped.warning)
            }
        }
    }

    /// Reads one file, streaming JSON Lines. A file that cannot be read throws `SkippedFile`.
    func readFile(_ path: String, emit: (Article) throws -> Void, warn: (ReadWarning) -> Void) throws {
        if path == "-" {
            try readBytes(FileInput.readStandardInput(), name: "-", emit: emit, warn: warn)
        } else if InputFormat.known(for: path) == .jsonLines {
            try streamJSONLines(path: path, emit: emit, warn: warn)
        } else {
            try readBytes(fileBytes(path), name: path, emit: emit, warn: warn)
        }
    }

    /// The bytes of an input file as the store hashes them: JSON Lines whole, any other file
    /// as `fileBytes` reads it. Throws `SkippedFile`.
    func bytesToStore(_ path: String) throws -> [UInt8] {
        guard InputFormat.known(for: path) == .jsonLines else { return try fileBytes(path) }
        return try SkippedFile.reading { try FileInput.readAll(path: path) }
    }

    /// The bytes of an article file (not JSON Lines), within `maxFileBytes` and not binary;
    /// else throws `SkippedFile`.
    func fileBytes(_ path: String) throws -> [UInt8] {
        try SkippedFile.reading { try FileInput.readArticle(path: path, limit: maxFileBytes, encoding: encoding) }
    }

    /// Decodes and parses one in-memory input.
    func readBytes(_ bytes: [UInt8], name: String, emit: (Article) throws -> Void,
                   warn: (ReadWarning) -> Void) throws {
        let known = name == "-" ? nil : InputFormat.known(for: name) ?? .text
        let hint = known == .html ? HTMLExtractor.declaredCharset(bytes) : nil
        let decoded = TextDecoder.decodeDetailed(bytes, encoding: encoding, hint: hint)
        decoded.warnings(path: name).forEach(warn)
        let format = known ?? InputFormat.sniff(decoded.text)
        switch format {
        case .text: try parseText(decoded.text, path: name, emit: emit, warn: warn)
        case .html: try parseHTML(decoded.text, path: name, emit: emit, warn: warn)
        case .json: try parseJSON(decoded.text, path: name, emit: emit, warn: warn)
        case .jsonLines: try parseJSONLines(decoded.text, path: name, emit: emit, warn: warn)
        }
    }
}

/// A file a multi-file read skips with a warning (gone, unreadable, binary, too large)
/// instead of failing: the run goes on with the other files.
struct SkippedFile: Error {
    let error: ActorGraphError

    /// `PATH: REASON (skipped)`.
    var warning: ReadWarning {
        guard case let .input(path, reason) = error else { return ReadWarning(path: "", message: error.description) }
        return ReadWarning(path: path, message: "\(reason) (skipped)")
    }

    /// Runs `body`, turning the input errors it throws (file system problems, refusals)
    /// into `SkippedFile`.
    static func reading<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ActorGraphError {
            guard case .input = error else { throw error }
            throw SkippedFile(error: error)
        }
    }

    /// `body`'s value, or the `SkippedFile` it threw; other errors are rethrown.
    static func outcome<T>(_ body: () throws -> T) throws -> Result<T, SkippedFile> {
        do {
            return .success(try body())
        } catch let skipped as SkippedFile {
            return .failure(skipped)
        }
    }
}

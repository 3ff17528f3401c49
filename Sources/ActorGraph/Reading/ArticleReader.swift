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
/// at all throw `ActorGraphError.input` naming the path.
public struct ArticleReader: Sendable {
    /// The encoding of every input, or nil to detect it per file.
    public var encoding: TextEncoding?
    /// The date (`YYYY-MM-DD`) given to articles that carry none.
    public var defaultDate: String?

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
        try readFile(path, emit: { articles.append($0) }, warn: { warnings.append($0) })
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
        for file in try inputFiles(inputs) {
            try readFile(file, emit: body, warn: warning)
        }
    }

    /// Reads one file, streaming JSON Lines.
    func readFile(_ path: String, emit: (Article) throws -> Void, warn: (ReadWarning) -> Void) throws {
        if path == "-" {
            try readBytes(FileInput.readStandardInput(), name: "-", emit: emit, warn: warn)
        } else if InputFormat.known(for: path) == .jsonLines {
            try streamJSONLines(path: path, emit: emit, warn: warn)
        } else {
            try readBytes(FileInput.readAll(path: path), name: path, emit: emit, warn: warn)
        }
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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turning decoded text into articles, per format.
extension ArticleReader {
    /// Plain text or Markdown: optional front matter, the rest is the text.
    func parseText(_ text: String, path: String, emit: (Article) throws -> Void, warn: (ReadWarning) -> Void) throws {
        if let frontMatter = FrontMatter.parse(text) {
            try finish(path: path, text: String(frontMatter.body), metadata: frontMatter.fields, emit: emit, warn: warn)
        } else {
            try finish(path: path, text: text, metadata: [:], emit: emit, warn: warn)
        }
    }

    /// An HTML page: text without markup, title and date from the head.
    func parseHTML(_ text: String, path: String, emit: (Article) throws -> Void, warn: (ReadWarning) -> Void) throws {
        let page = HTMLExtractor.extract(text)
        var metadata: [String: String] = [:]
        metadata["title"] = page.title
        metadata["date"] = page.date
        metadata["url"] = page.url
        metadata["source"] = page.source
        try finish(path: path, text: page.text, metadata: metadata, emit: emit, warn: warn)
    }

    /// A `.json` input: one record (path `FILE`) or an array of records (`FILE#N`).
    /// Unparseable JSON throws; unusable records are skipped with a warning.
    func parseJSON(_ text: String, path: String, emit: (Article) throws -> Void, warn: (ReadWarning) -> Void) throws {
        let value: Any
        do {
            value = try JSONRecords.parseOrThrow(Substring(text))
        } catch {
            throw ActorGraphError.input(path: path, reason: JSONRecords.reason(error))
        }
        if let array = value as? [Any] {
            for (index, element) in array.enumerated() {
                try record(element, path: "\(path)#\(index + 1)", emit: emit, warn: warn) { problem in
                    ReadWarning(path: "\(path)#\(index + 1)", message: "\(problem) (skipped)")
                }
            }
        } else if value is [String: Any] {
            try record(value, path: path, emit: emit, warn: warn) { problem in
                ReadWarning(path: path, message: "\(problem) (skipped)")
            }
        } else {
            throw ActorGraphError.input(path: path, reason: "expected a JSON object or an array of objects")
        }
    }

    /// JSON Lines already decoded in memory (standard input, UTF-16 files).
    func parseJSONLines(_ text: String, path: String, emit: (Article) throws -> Void, warn: (ReadWarning) -> Void) throws {
        var state = JSONLinesState()
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex {
            let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
            try jsonLine(text[start..<end], path: path, state: &state, emit: emit, warn: warn)
            start = end < utf8.endIndex ? utf8.index(after: end) : end
        }
    }

    /// Line and record counters while reading JSON Lines.
    struct JSONLinesState {
        var line = 0
        var record = 0
    }

    /// One JSON Lines line: blank lines are skipped; every other line is record N (so a bad
    /// line still takes its number), giving path `FILE#N`; bad lines become warnings naming
    /// the file and line.
    func jsonLine(_ line: Substring, path: String, state: inout JSONLinesState,
                  emit: (Article) throws -> Void, warn: (ReadWarning) -> Void) throws {
        state.line += 1
        guard line.utf8.contains(where: { !HTMLExtractor.isSpace($0) }) else { return }
        state.record += 1
        let lineNumber = state.line
        guard let value = JSONRecords.parse(line) else {
            warn(ReadWarning(path: path, message: "line \(lineNumber): invalid JSON (skipped)"))
            return
        }
        try record(value, path: "\(path)#\(state.record)", emit: emit, warn: warn) { problem in
            ReadWarning(path: path, message: "line \(lineNumber): \(problem) (skipped)")
        }
    }

    /// One parsed record: an article, or the warning `problemWarning` makes.
    private func record(_ value: Any, path: String, emit: (Article) throws -> Void, warn: (ReadWarning) -> Void,
                        problemWarning: (JSONRecords.RecordProblem) -> ReadWarning) throws {
        switch JSONRecords.fields(of: value) {
        case let .success((text, metadata)):
            try finish(path: path, text: normalizeLines(text), metadata: metadata, emit: emit, warn: warn)
        case let .failure(problem):
            warn(problemWarning(problem))
        }
    }

    /// Applies the decoder's NUL and line-ending rules to text that came from JSON escapes.
    private func normalizeLines(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            guard let start = bytes.baseAddress,
                  memchr(start, 0x0D, bytes.count) != nil || memchr(start, 0x00, bytes.count) != nil else { return text }
            var ignored: [Int] = []
            return String(decoding: TextDecoder.filterNULAndCR(bytes, base: 0, nulOffsets: &ignored), as: UTF8.self)
        }
    }

    /// Builds the article: normalises the date (an unrecognised one is a warning, and the
    /// default date applies), and skips articles without text.
    func finish(path: String, text: String, metadata: [String: String], emit: (Article) throws -> Void,
                warn: (ReadWarning) -> Void) throws {
        guard text.utf8.contains(where: { !HTMLExtractor.isSpace($0) }) else {
            warn(ReadWarning(path: path, message: "no text (skipped)"))
            return
        }
        var date: String?
        if let raw = metadata["date"] {
            date = DateNormalizer.normalize(raw)
            if date == nil { warn(ReadWarning(path: path, message: "unrecognised date \"\(raw)\" (using the default)")) }
        }
        let parts = Self.split(text, maxBytes: maxArticleBytes)
        if parts.count > 1 {
            let mb = { (n: Int) in String(format: "%.1f MB", Double(n) / 1_048_576) }
            warn(ReadWarning(path: path, message: "\(mb(text.utf8.count)) of text is read as \(parts.count) articles #part1 … #part\(parts.count) of at most \(mb(maxArticleBytes)) each (the memory budget per article)"))
        }
        for (k, part) in parts.enumerated() {
            try emit(Article(path: parts.count > 1 ? "\(path)#part\(k + 1)" : path, id: metadata["id"].map { parts.count > 1 ? "\($0)#part\(k + 1)" : $0 },
                             title: metadata["title"], date: date ?? defaultDate, url: metadata["url"], source: metadata["source"], text: part))
        }
    }

    /// `text` cut into parts of at most `maxBytes` UTF-8 bytes, each ending at the last line
    /// break (else space) before the bound, else at a character boundary.
    static func split(_ text: String, maxBytes: Int) -> [String] {
        let u = Array(text.utf8)
        guard u.count > maxBytes, maxBytes > 0 else { return [text] }
        var parts: [String] = []
        var start = 0
        while start < u.count {
            var end = min(u.count, start + maxBytes)
            if end < u.count {
                var cut = end
                while cut > start && u[cut - 1] != 10 { cut -= 1 }
                if cut == start { cut = end; while cut > start && u[cut - 1] != 32 { cut -= 1 } }
                if cut == start { cut = end; while cut > start && (u[cut] & 0xC0) == 0x80 { cut -= 1 } }
                end = cut
            }
            parts.append(String(decoding: u[start..<end], as: UTF8.self))
            start = end
        }
        return parts
    }
}

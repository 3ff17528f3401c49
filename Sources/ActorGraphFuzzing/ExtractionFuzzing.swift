import ActorGraph

/// Arbitrary bytes through the path of a real article: decoding (encoding detection, invalid
/// bytes), format parsing, normalisation, sentence splitting, actor matching and relation
/// extraction with the built-in dictionary and lexicon.
public enum ExtractionFuzzing {
    /// The built-in dictionary and lexicon, loaded once per process.
    static let extractor: Extractor = {
        do { return try Extractor.load() } catch { fatalError("cannot load the built-in data: \(error)") }
    }()

    /// Input names; the extension picks the format as for files, `-` sniffs it as for stdin.
    static let names = ["fuzz.txt", "fuzz.md", "fuzz.html", "fuzz.json", "fuzz.jsonl", "-"]
    /// Detection (nil) or each encoding forced as by `--encoding`.
    static let encodings: [TextEncoding?] = [nil] + TextEncoding.allCases

    /// Runs one input. Byte 0 chooses the input name (so the format), the encoding and the
    /// co-occurrence window; the other bytes are the file. Returns the broken invariants
    /// (offsets outside the text, evidence that is not the text it points at), empty when
    /// all is well; crashes and hangs are for the caller to notice.
    public static func run(_ data: [UInt8]) -> [String] {
        guard let control = data.first.map(Int.init) else { return [] }
        let name = names[control % names.count]
        let encoding = encodings[control / names.count % encodings.count]
        let window = CooccurrenceWindow.allCases[control / (names.count * encodings.count) % CooccurrenceWindow.allCases.count]
        let articles: [Article]
        do {
            articles = try ArticleReader(encoding: encoding).read(bytes: Array(data.dropFirst()), name: name).articles
        } catch is ActorGraphError {
            return []
        } catch {
            return ["reading threw a \(type(of: error)), not an ActorGraphError: \(error)"]
        }
        return articles.flatMap { check(extractor.extract($0, window: window)) }
    }

    /// Offsets of mentions and evidence lie inside the article, and evidence quotes it.
    static func check(_ x: ArticleExtraction) -> [String] {
        let scalars = Array(x.article.text.unicodeScalars)
        var problems: [String] = []
        func inside(_ start: Int, _ end: Int) -> Bool { 0 <= start && start <= end && end <= scalars.count }
        for m in x.mentions where !inside(m.start, m.end) {
            problems.append("mention \(m.actor) at \(m.start)..<\(m.end) outside a text of \(scalars.count) scalars")
        }
        for r in x.relations + x.cooccurrences {
            for e in r.evidence {
                guard inside(e.start, e.end) else {
                    problems.append("evidence \(e.start)..<\(e.end) outside a text of \(scalars.count) scalars")
                    continue
                }
                if let ts = e.triggerStart, let te = e.triggerEnd, !inside(ts, te) {
                    problems.append("trigger \(ts)..<\(te) outside a text of \(scalars.count) scalars")
                }
            }
        }
        return problems
    }
}

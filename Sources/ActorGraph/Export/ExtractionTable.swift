/// A readable plain-text table of one article's extraction, for `extract --format table`.
public enum ExtractionTable {
    public static func render(_ x: ArticleExtraction, cooccurrence: Bool = false) -> String {
        var out = "== \(x.article.path)\(x.article.date.map { " (\($0))" } ?? "")\n"
        out += "mentions:\n"
        for m in x.mentions {
            out += "  \(pad(m.actor, 18)) s\(pad(String(m.sentence), 3)) \(pad("\(m.start)-\(m.end)", 11)) \(m.role.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(m.text)\n"
        }
        out += "relations:\n"
        for r in x.relations + (cooccurrence ? x.cooccurrences : []) {
            let mark = r.negated ? "✗ \(r.modality.rawValue)" : "✓"
            out += "  \(r.source) -\(r.type.rawValue)-> \(r.target)  [\(mark)]  \(r.evidence.count) sentence(s)\n"
            if let e = r.evidence.first {
                out += "      \(e.trigger.map { "«\($0)» " } ?? "")\(oneLine(e.sentence, 160))\n"
            }
        }
        return out + "\n"
    }

    static func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }

    static func oneLine(_ s: String, _ limit: Int) -> String {
        let flat = s.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
        return flat.count > limit ? String(flat.prefix(limit)) + "…" : flat
    }
}

import Foundation

/// The JSON Lines records `actorgraph extract --format jsonl` prints: one `mention` record per
/// mention and one `relation` record per relation (see docs/formats.md).
public enum ExtractionRecords {
    struct MentionRecord: Encodable {
        let kind = "mention"
        let article: String
        let actor: String
        let start: Int
        let end: Int
        let sentence: Int
        let text: String
        let role: String
    }

    struct EvidenceRecord: Encodable {
        let sentence: Int
        let text: String
        let start: Int
        let end: Int
        let trigger: String?
        let trigger_start: Int?
        let trigger_end: Int?
        let date: String?
        let url: String?
        let attribution: String?
    }

    struct RelationRecord: Encodable {
        let kind = "relation"
        let article: String
        let source: String
        let target: String
        let type: String
        let negated: Bool
        let modality: String
        let cameo: [String]
        let evidence: String
        let trigger: String?
        let attribution: String?
        let sentences: [EvidenceRecord]
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    /// JSON Lines for one article's extraction (mentions, then relations; co-occurrences
    /// when `cooccurrence` is true). Each line ends with a newline. The bytes are those of the
    /// records above through `encoder`, written directly (the records document the schema).
    public static func jsonLines(_ x: ArticleExtraction, cooccurrence: Bool = false) -> String {
        var out: [UInt8] = []
        for m in x.mentions {
            var o = JSONObjectWriter()
            o.field("actor", m.actor)
            o.field("article", x.article.path)
            o.field("end", m.end)
            o.field("kind", "mention")
            o.field("role", m.role.rawValue)
            o.field("sentence", m.sentence)
            o.field("start", m.start)
            o.field("text", m.text)
            out.append(contentsOf: o.closed)
            out.append(0x0A)
        }
        for r in x.relations + (cooccurrence ? x.cooccurrences : []) {
            let sentences = r.evidence.map { e -> JSONObjectWriter in
                var o = JSONObjectWriter()
                o.field("attribution", e.attribution)
                o.field("date", e.date)
                o.field("end", e.end)
                o.field("sentence", e.sentenceIndex)
                o.field("start", e.start)
                o.field("text", e.sentence)
                o.field("trigger", e.trigger)
                o.field("trigger_end", e.triggerEnd)
                o.field("trigger_start", e.triggerStart)
                o.field("url", e.url)
                return o
            }
            var o = JSONObjectWriter()
            o.field("article", x.article.path)
            o.field("attribution", r.attribution)
            o.field("cameo", strings: r.type.cameo)
            o.field("evidence", r.evidence.first?.sentence ?? "")
            o.field("kind", "relation")
            o.field("modality", r.modality.rawValue)
            o.field("negated", r.negated)
            o.field("sentences", objects: sentences)
            o.field("source", r.source)
            o.field("target", r.target)
            o.field("trigger", r.evidence.first?.trigger)
            o.field("type", r.type.rawValue)
            out.append(contentsOf: o.closed)
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The same lines through `JSONEncoder` (the reference the direct writer must equal).
    static func encodedJSONLines(_ x: ArticleExtraction, cooccurrence: Bool = false) -> String {
        var out = ""
        for m in x.mentions {
            out += line(MentionRecord(article: x.article.path, actor: m.actor, start: m.start, end: m.end, sentence: m.sentence,
                                      text: m.text, role: m.role.rawValue))
        }
        for r in x.relations + (cooccurrence ? x.cooccurrences : []) {
            let ev = r.evidence.map {
                EvidenceRecord(sentence: $0.sentenceIndex, text: $0.sentence, start: $0.start, end: $0.end, trigger: $0.trigger,
                               trigger_start: $0.triggerStart, trigger_end: $0.triggerEnd, date: $0.date, url: $0.url,
                               attribution: $0.attribution)
            }
            out += line(RelationRecord(article: x.article.path, source: r.source, target: r.target, type: r.type.rawValue,
                                       negated: r.negated, modality: r.modality.rawValue, cameo: r.type.cameo,
                                       evidence: r.evidence.first?.sentence ?? "", trigger: r.evidence.first?.trigger,
                                       attribution: r.attribution, sentences: ev))
        }
        return out
    }

    private static func line<T: Encodable>(_ value: T) -> String {
        // Encoding plain records of strings and numbers cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

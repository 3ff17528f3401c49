import Dispatch
import Foundation

/// What a merge of `actorgraph extract --format jsonl` records did.
public struct MergeSummary: Sendable, Equatable, CustomStringConvertible {
    /// Articles the store did not have.
    public var new = 0
    /// Articles stored before with other records (or extracted from a file).
    public var changed = 0
    /// Articles whose records were already stored.
    public var unchanged = 0
    /// Records read.
    public var records = 0
    /// The units stored: one per source file of the articles (`FILE` for `FILE#N` records).
    public var units: Set<String> = []
    public var milliseconds = 0

    public init() {}

    public var description: String {
        "\(records) records: \(new) new, \(changed) changed, \(unchanged) unchanged articles in \(milliseconds) ms"
    }
}

extension IncrementalBuild {
    /// Merges the records that `actorgraph extract --format jsonl [--cooccurrence]` printed
    /// (mention and relation records, one JSON object a line) into the store, in one
    /// transaction. Records are grouped by article across all `files`, duplicates dropped, and
    /// each article's records replace what the store had for it, so the result does not
    /// depend on the order of the files or of the lines in them.
    ///
    /// Relation records give evidence from their `sentences`; a sentence's optional `date`,
    /// `url` and `attribution` fill the evidence's, and optional `{"kind": "article", ...}`
    /// records (`article`, `id`, `title`, `date`, `url`, `source`) give article metadata.
    /// Records of other kinds are ignored.
    public func merge(jsonl files: [String]) throws -> MergeSummary {
        let clock = DispatchTime.now()
        var summary = MergeSummary()
        var units: [String: JSONLUnit] = [:]
        for file in files {
            let reader = try LineReader(path: file)
            let decoder = JSONDecoder()
            var lineNumber = 0
            while let (line, _) = try reader.nextLine() {
                lineNumber += 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                let record: JSONLRecord
                do {
                    record = try decoder.decode(JSONLRecord.self, from: Data(line))
                } catch {
                    throw StoreError.record(path: file, line: lineNumber, reason: "not an extraction record: \(error)")
                }
                guard let article = record.article, ["mention", "relation", "article"].contains(record.kind) else { continue }
                summary.records += 1
                let unit = JSONLUnit.unitPath(of: article)
                units[unit, default: JSONLUnit(path: unit)].add(record, line: Array(line), article: article, origin: file)
            }
        }
        let built = try units.keys.sorted().map { try units[$0]!.extraction() }
        let now = ISO8601DateFormatter().string(from: Date())
        try store.write { db in
            let stored = try db.storedFiles()
            for file in built {
                let paths = file.extractions.map(\.article.path)
                if let old = stored[file.path] {
                    if old.kind == "jsonl" && old.hash == file.hash {
                        summary.unchanged += paths.count
                        continue
                    }
                    let oldPaths = Set(try db.articlePaths(file: file.path))
                    summary.changed += paths.filter { oldPaths.contains($0) }.count
                    summary.new += paths.filter { !oldPaths.contains($0) }.count
                } else {
                    summary.new += paths.count
                }
                try db.replace(file, storedAt: now)
            }
            if !built.isEmpty { try db.setMeta("updated_at", now) }
        }
        summary.units = Set(built.map(\.path))
        summary.milliseconds = Int((DispatchTime.now().uptimeNanoseconds - clock.uptimeNanoseconds) / 1_000_000)
        return summary
    }
}

/// One line of `actorgraph extract --format jsonl` (every field of every kind, all optional).
struct JSONLRecord: Decodable {
    struct Sentence: Decodable, Hashable {
        var sentence: Int
        var text: String
        var start: Int
        var end: Int
        var trigger: String?
        var trigger_start: Int?
        var trigger_end: Int?
        var date: String?
        var url: String?
        var attribution: String?
    }

    var kind: String
    var article: String?
    // mention
    var actor: String?
    var start: Int?
    var end: Int?
    var sentence: Int?
    var text: String?
    var role: String?
    // relation
    var source: String?
    var target: String?
    var type: String?
    var negated: Bool?
    var modality: String?
    var attribution: String?
    var sentences: [Sentence]?
    // article (and optional relation-level metadata)
    var id: String?
    var title: String?
    var date: String?
    var url: String?
}

/// The records of the articles of one source file.
struct JSONLUnit {
    let path: String
    private var lines = Set<[UInt8]>()
    private var origins = Set<String>()
    private var articles: [String: Entry] = [:]

    struct Entry {
        var meta: JSONLRecord?
        var mentions = Set<MentionKey>()
        var relations: [String: (JSONLRecord, Set<JSONLRecord.Sentence>)] = [:]
    }

    struct MentionKey: Hashable {
        var actor: String, start: Int, end: Int, sentence: Int, text: String, role: String
    }

    init(path: String) { self.path = path }

    /// `FILE` for a `FILE#N` record path, else the path itself.
    static func unitPath(of article: String) -> String {
        guard let hash = article.lastIndex(of: "#") else { return article }
        let n = article[article.index(after: hash)...]
        return !n.isEmpty && n.allSatisfy(\.isASCII) && n.allSatisfy(\.isNumber) ? String(article[..<hash]) : article
    }

    mutating func add(_ r: JSONLRecord, line: [UInt8], article: String, origin: String) {
        guard lines.insert(line).inserted else { return }
        origins.insert(origin)
        var e = articles[article] ?? Entry()
        switch r.kind {
        case "mention":
            if let actor = r.actor, let start = r.start, let end = r.end, let sentence = r.sentence {
                e.mentions.insert(MentionKey(actor: actor, start: start, end: end, sentence: sentence, text: r.text ?? "",
                                             role: r.role ?? NameRole.name.rawValue))
            }
        case "relation":
            if let source = r.source, let target = r.target, let type = r.type {
                let modality = r.modality ?? ((r.negated ?? false) ? Modality.negated.rawValue : Modality.asserted.rawValue)
                let key = "\(source)|\(target)|\(type)|\(modality)"
                var entry = e.relations[key] ?? (r, [])
                entry.1.formUnion(r.sentences ?? [])
                if entry.0.attribution == nil || (r.attribution != nil && r.attribution! < entry.0.attribution!) {
                    entry.0.attribution = r.attribution ?? entry.0.attribution
                }
                e.relations[key] = entry
            }
        default:
            e.meta = r
        }
        articles[article] = e
    }

    /// The unit as a stored file: its articles in record order, each with its mentions (text
    /// order) and relations (key order); the hash covers every distinct record line.
    func extraction() throws -> StoredFileExtraction {
        var h = SHA256()
        for line in lines.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
            h.update(line)
            h.update([0x0A])
        }
        let ordered = articles.keys.sorted { a, b in
            let (na, nb) = (Self.recordNumber(a), Self.recordNumber(b))
            return na != nb ? na < nb : a < b
        }
        var extractions: [ArticleExtraction] = []
        for path in ordered {
            let e = articles[path]!
            let m = e.meta
            let mentions = e.mentions.sorted { ($0.start, $0.end, $0.actor, $0.sentence, $0.text, $0.role) < ($1.start, $1.end, $1.actor, $1.sentence, $1.text, $1.role) }
                .map { Mention(actor: $0.actor, start: $0.start, end: $0.end, sentence: $0.sentence, tokenStart: -1, tokenEnd: -1,
                               role: NameRole(rawValue: $0.role) ?? .name, prefix: "", text: $0.text) }
            var relations: [Relation] = []
            var cooccurrences: [Relation] = []
            var date = m?.date, url = m?.url
            for key in e.relations.keys.sorted() {
                let (r, sentences) = e.relations[key]!
                guard let type = RelationType(rawValue: r.type ?? "") else {
                    throw StoreError.record(path: path, line: 0, reason: "unknown relation type '\(r.type ?? "")'")
                }
                let modality = Modality(rawValue: r.modality ?? "") ?? ((r.negated ?? false) ? .negated : .asserted)
                let sorted = sentences.sorted { ($0.start, $0.trigger_start ?? -1, $0.trigger_end ?? -1, $0.text, $0.attribution ?? "")
                    < ($1.start, $1.trigger_start ?? -1, $1.trigger_end ?? -1, $1.text, $1.attribution ?? "") }
                // Records from before sentences carried their attribution: the relation's
                // attribution belongs to its first sentence.
                let perSentence = sorted.contains { $0.attribution != nil }
                let evidence = sorted.enumerated().map { i, s in
                    Evidence(article: path, date: s.date ?? r.date ?? m?.date, url: s.url ?? r.url ?? m?.url, sentenceIndex: s.sentence,
                             sentence: s.text, trigger: s.trigger, start: s.start, end: s.end, triggerStart: s.trigger_start,
                             triggerEnd: s.trigger_end, attribution: perSentence ? s.attribution : (i == 0 ? r.attribution : nil))
                }
                if date == nil { date = evidence.lazy.compactMap(\.date).first }
                if url == nil { url = evidence.lazy.compactMap(\.url).first }
                let relation = Relation(article: path, source: r.source ?? "", target: r.target ?? "", type: type, modality: modality,
                                        attribution: r.attribution, evidence: evidence)
                if type == .coOccurs { cooccurrences.append(relation) } else { relations.append(relation) }
            }
            let article = Article(path: path, id: m?.id, title: m?.title, date: date, url: url, source: m?.source, text: "")
            extractions.append(ArticleExtraction(article: article, mentions: mentions, relations: relations, cooccurrences: cooccurrences))
        }
        return StoredFileExtraction(path: path, kind: "jsonl", hash: h.finalizeHex(), size: lines.reduce(0) { $0 + $1.count + 1 },
                              fingerprint: "external", origin: origins.sorted().joined(separator: "\n"),
                              extractions: extractions, warnings: [])
    }

    private static func recordNumber(_ path: String) -> Int {
        guard let hash = path.lastIndex(of: "#") else { return 0 }
        return Int(path[path.index(after: hash)...]) ?? 0
    }
}

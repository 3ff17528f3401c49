import Foundation

/// Scores extracted relations and actors against gold annotations, exactly as the project's
/// reference scorer does: per article (matched by file-name stem), a predicted asserted
/// (source, target, type) in `relations` is a true positive, one in `optional` is ignored,
/// any other a false positive (and a negation error if it is in `negatives`); `met` is
/// symmetric and `co_occurs` is not scored. Actors: predicted mentions and relation ends
/// against `actors`.
public struct Evaluation: Sendable {
    /// True positives, false positives and false negatives, with the scores they give.
    public struct Counts: Sendable, Equatable {
        public var tp = 0, fp = 0, fn = 0
        public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    /// Relation counts over all articles.
    public var relations = Counts()
    /// Actor counts over all articles (mentions and relation ends against the gold `actors`).
    public var actors = Counts()
    /// Predicted asserted relations that the gold lists under `negatives`.
    public var negationErrors = 0
    /// Gold articles scored (every gold file counts, whether or not it was among the inputs).
    public var articles = 0
    /// Relation counts per type; a type appears once it has a true positive, a false positive or a false negative.
    public var byType: [String: Counts] = [:]
    /// Every false positive and false negative, article by article in gold-file order (FPs, then FNs).
    public var errors: [Error] = []

    struct Gold {
        var id: String
        var stem: String
        var actors: Set<String>
        var relations: Set<Key>, optional: Set<Key>, negatives: Set<Key>
        /// The gold `evidence` strings of `relations` and of `negatives` (the first one given for a key).
        var evidence: [Key: String], negativeEvidence: [Key: String]
    }

    struct Key: Hashable, Comparable {
        var source: String, target: String, type: String
        init(_ s: String, _ t: String, _ ty: String) {
            if ty == "met" && s > t { source = t; target = s } else { source = s; target = t }
            type = ty
        }
        static func < (a: Key, b: Key) -> Bool { (a.source, a.target, a.type) < (b.source, b.target, b.type) }
    }

    static func stem(_ path: String) -> String {
        var name = (path as NSString).lastPathComponent
        if let hash = name.firstIndex(of: "#") { name = String(name[..<hash]) }
        return (name as NSString).deletingPathExtension
    }

    /// Scores `extractions` against the gold files (`*.json`) in `goldDirectory`; `errors`
    /// carries the evidence of each false positive and the gold evidence of each false negative.
    public static func score(goldDirectory: String, extractions: [ArticleExtraction]) throws -> Evaluation {
        let gold = try loadGold(goldDirectory)
        var predicted: [String: Predictions] = [:]
        for x in extractions {
            let art = stem(x.article.path)
            guard gold.contains(where: { $0.stem == art || $0.id == art }) else { continue }
            predicted[art, default: Predictions()].add(x)
        }
        var ev = Evaluation()
        ev.articles = gold.count
        for g in gold {
            var art = g.stem
            // As score.py: an article with no mention and no scored relation has no predictions.
            let found = { (a: String) in !(predicted[a]?.actors.isEmpty ?? true) }
            if !found(art) && found(g.id) { art = g.id }
            let pred = predicted[art]
            let p = pred.map { Set($0.asserted.keys) } ?? []
            for k in p.intersection(g.relations).sorted() { ev.relations.tp += 1; ev.byType[k.type, default: Counts()].tp += 1 }
            for k in p.subtracting(g.relations).subtracting(g.optional).sorted() {
                ev.relations.fp += 1; ev.byType[k.type, default: Counts()].fp += 1
                ev.errors.append(Error(falsePositive: k, gold: g, predicted: pred))
            }
            for k in g.relations.subtracting(p).sorted() {
                ev.relations.fn += 1; ev.byType[k.type, default: Counts()].fn += 1
                ev.errors.append(Error(falseNegative: k, gold: g, predicted: pred))
            }
            ev.negationErrors += p.intersection(g.negatives).count
            let pa = pred?.actors ?? []
            ev.actors.tp += pa.intersection(g.actors).count
            ev.actors.fp += pa.subtracting(g.actors).count
            ev.actors.fn += g.actors.subtracting(pa).count
        }
        return ev
    }

    static func loadGold(_ dir: String) throws -> [Gold] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            throw ActorGraphError.input(path: dir, reason: "cannot read the gold directory")
        }
        var out: [Gold] = []
        var seenIDs = Set<String>()
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = (dir as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path),
                  let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any], let id = obj["id"] as? String else {
                throw ActorGraphError.input(path: path, reason: "not a gold annotation file (JSON object with an id)")
            }
            guard seenIDs.insert(id).inserted else { continue }
            func entries(_ field: String) -> [(Key, String?)] {
                ((obj[field] as? [[String: Any]]) ?? []).compactMap { r in
                    guard let s = r["source"] as? String, let t = r["target"] as? String, let ty = r["type"] as? String else { return nil }
                    return (Key(s, t, ty), r["evidence"] as? String)
                }
            }
            func evidence(_ list: [(Key, String?)]) -> [Key: String] {
                var m: [Key: String] = [:]
                for case let (k, e?) in list where m[k] == nil { m[k] = e }
                return m
            }
            let rel = entries("relations"), neg = entries("negatives")
            out.append(Gold(id: id, stem: stem((obj["file"] as? String) ?? id), actors: Set((obj["actors"] as? [String]) ?? []),
                            relations: Set(rel.map(\.0)), optional: Set(entries("optional").map(\.0)), negatives: Set(neg.map(\.0)),
                            evidence: evidence(rel), negativeEvidence: evidence(neg)))
        }
        return out
    }

    /// The report in the reference scorer's format: with `errors`, one line per false positive
    /// and false negative (as `score.py --errors`), with `byType` the per-type table (as
    /// `--by-type`), then the `actors` and `relations` totals, which always equal score.py's.
    public func report(byType showByType: Bool = true, errors showErrors: Bool = true) -> String {
        var out = ""
        if showErrors { for e in errors { out += "\(e.article) \(e.kind) ('\(e.source)', '\(e.target)', '\(e.type)')\n" } }
        if showByType { out += byTypeTable() }
        out += "actors P=\(Self.f3(actors.precision)) R=\(Self.f3(actors.recall)) F1=\(Self.f3(actors.f1))\n"
        out += "relations P=\(Self.f3(relations.precision)) R=\(Self.f3(relations.recall)) F1=\(Self.f3(relations.f1)) (tp=\(relations.tp) fp=\(relations.fp) fn=\(relations.fn), negation errors=\(negationErrors), articles=\(articles))\n"
        return out
    }

    /// The per-type table of `score.py --by-type`: one line per type, in type-name order.
    public func byTypeTable() -> String {
        // The reference scorer rounds to three decimals before printing two.
        func f2(_ x: Double) -> String { String(format: "%.2f", (x * 1000).rounded() / 1000) }
        func pad(_ n: Int) -> String { let s = String(n); return String(repeating: " ", count: max(0, 3 - s.count)) + s }
        var out = ""
        for (t, c) in byType.sorted(by: { $0.key < $1.key }) {
            let name = t.padding(toLength: max(24, t.count), withPad: " ", startingAt: 0)
            out += "\(name) tp=\(pad(c.tp)) fp=\(pad(c.fp)) fn=\(pad(c.fn)) P=\(f2(c.precision)) R=\(f2(c.recall)) F1=\(f2(c.f1))\n"
        }
        return out
    }

    static func f3(_ x: Double) -> String { String(format: "%.3f", x) }
}

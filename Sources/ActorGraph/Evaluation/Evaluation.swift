import Foundation

/// Scores extracted relations and actors against gold annotations, exactly as the project's
/// reference scorer does: per article (matched by file-name stem), a predicted asserted
/// (source, target, type) in `relations` is a true positive, one in `optional` is ignored,
/// any other a false positive (and a negation error if it is in `negatives`); `met` is
/// symmetric and `co_occurs` is not scored. Actors: predicted mentions and relation ends
/// against `actors`.
public struct Evaluation: Sendable {
    public struct Counts: Sendable, Equatable {
        public var tp = 0, fp = 0, fn = 0
        public var precision: Double { tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp) }
        public var recall: Double { tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public struct Error: Sendable, Equatable {
        public var article: String
        public var kind: String   // "FP" or "FN"
        public var source: String, target: String, type: String
    }

    public var relations = Counts()
    public var actors = Counts()
    public var negationErrors = 0
    public var articles = 0
    public var byType: [String: Counts] = [:]
    public var errors: [Error] = []

    struct Gold {
        var id: String
        var stem: String
        var actors: Set<String>
        var relations: Set<Key>, optional: Set<Key>, negatives: Set<Key>
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

    /// Scores `extractions` against the gold files (`*.json`) in `goldDirectory`.
    public static func score(goldDirectory: String, extractions: [ArticleExtraction]) throws -> Evaluation {
        let gold = try loadGold(goldDirectory)
        var predRel: [String: Set<Key>] = [:]
        var predAct: [String: Set<String>] = [:]
        for x in extractions {
            let art = stem(x.article.path)
            guard gold.contains(where: { $0.stem == art || $0.id == art }) else { continue }
            for m in x.mentions { predAct[art, default: []].insert(m.actor) }
            for r in x.relations where r.type != .coOccurs && !r.negated {
                predRel[art, default: []].insert(Key(r.source, r.target, r.type.rawValue))
                predAct[art, default: []].formUnion([r.source, r.target])
            }
        }
        var ev = Evaluation()
        ev.articles = gold.count
        for g in gold {
            var art = g.stem
            if predAct[art] == nil && predAct[g.id] != nil { art = g.id }
            let p = predRel[art] ?? []
            for k in p.intersection(g.relations).sorted() { ev.relations.tp += 1; ev.byType[k.type, default: Counts()].tp += 1 }
            for k in p.subtracting(g.relations).subtracting(g.optional).sorted() {
                ev.relations.fp += 1; ev.byType[k.type, default: Counts()].fp += 1
                ev.errors.append(Error(article: g.id, kind: "FP", source: k.source, target: k.target, type: k.type))
            }
            for k in g.relations.subtracting(p).sorted() {
                ev.relations.fn += 1; ev.byType[k.type, default: Counts()].fn += 1
                ev.errors.append(Error(article: g.id, kind: "FN", source: k.source, target: k.target, type: k.type))
            }
            ev.negationErrors += p.intersection(g.negatives).count
            let pa = predAct[art] ?? []
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
            func keys(_ field: String) -> Set<Key> {
                Set(((obj[field] as? [[String: Any]]) ?? []).compactMap { r in
                    guard let s = r["source"] as? String, let t = r["target"] as? String, let ty = r["type"] as? String else { return nil }
                    return Key(s, t, ty)
                })
            }
            out.append(Gold(id: id, stem: stem((obj["file"] as? String) ?? id), actors: Set((obj["actors"] as? [String]) ?? []),
                            relations: keys("relations"), optional: keys("optional"), negatives: keys("negatives")))
        }
        return out
    }

    /// The report in the reference scorer's format (with `--by-type` and `--errors` parts).
    public func report(byType showByType: Bool = true, errors showErrors: Bool = true) -> String {
        func f(_ x: Double) -> String { String(format: "%.3f", x) }
        func f2(_ x: Double) -> String { String(format: "%.2f", x) }
        var out = ""
        if showErrors { for e in errors { out += "\(e.article) \(e.kind) ('\(e.source)', '\(e.target)', '\(e.type)')\n" } }
        if showByType {
            for (t, c) in byType.sorted(by: { $0.key < $1.key }) {
                let name = t.padding(toLength: max(24, t.count), withPad: " ", startingAt: 0)
                out += "\(name) tp=\(pad(c.tp)) fp=\(pad(c.fp)) fn=\(pad(c.fn)) P=\(f2(c.precision)) R=\(f2(c.recall)) F1=\(f2(c.f1))\n"
            }
        }
        out += "actors P=\(f(actors.precision)) R=\(f(actors.recall)) F1=\(f(actors.f1))\n"
        out += "relations P=\(f(relations.precision)) R=\(f(relations.recall)) F1=\(f(relations.f1)) (tp=\(relations.tp) fp=\(relations.fp) fn=\(relations.fn), negation errors=\(negationErrors), articles=\(articles))\n"
        return out
    }

    private func pad(_ n: Int) -> String { let s = String(n); return String(repeating: " ", count: max(0, 3 - s.count)) + s }
}

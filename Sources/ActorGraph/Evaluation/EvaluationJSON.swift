import Foundation

extension Evaluation {
    /// The scores as one JSON object with sorted keys: `articles`, `relations` (tp, fp, fn,
    /// precision, recall, f1, negation_errors), `actors` (precision, recall, f1) and `by_type`
    /// (type -> tp, fp, fn, precision, recall, f1), as `score.py --json` prints them (scores
    /// unrounded here, where score.py rounds to 3 decimals); with `includeErrors`, an `errors`
    /// array in `errors` order.
    public func json(includeErrors: Bool = false) throws -> Data {
        func scores(_ c: Counts) -> [String: Any] {
            ["tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall, "f1": c.f1]
        }
        var rel = scores(relations)
        rel["negation_errors"] = negationErrors
        var obj: [String: Any] = [
            "articles": articles,
            "relations": rel,
            "actors": ["precision": actors.precision, "recall": actors.recall, "f1": actors.f1],
            "by_type": byType.mapValues(scores),
        ]
        if includeErrors { obj["errors"] = errors.map(Self.jsonObject) }
        return try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    /// One error as JSON: `article`, `kind`, `source`, `target`, `type`, `paths`, `evidence`
    /// (sentence_index, sentence, trigger, attribution), `negation_error`, `gold_evidence`,
    /// `predicted_negated` and `missing_actors`; absent optionals are left out.
    static func jsonObject(_ e: Error) -> [String: Any] {
        var o: [String: Any] = [
            "article": e.article, "kind": e.kind, "source": e.source, "target": e.target, "type": e.type,
            "paths": e.paths, "negation_error": e.negationError,
            "predicted_negated": e.predictedNegated.map(\.rawValue), "missing_actors": e.missingActors,
            "evidence": e.evidence.map { x -> [String: Any] in
                var s: [String: Any] = ["sentence_index": x.sentenceIndex, "sentence": x.sentence]
                if let t = x.trigger { s["trigger"] = t }
                if let a = x.attribution { s["attribution"] = a }
                return s
            },
        ]
        if let g = e.goldEvidence { o["gold_evidence"] = g }
        return o
    }
}

extension Evaluation {
    /// One false positive or false negative, with what a reader needs to see why it happened.
    public struct Error: Sendable, Equatable {
        /// The gold article's id.
        public var article: String
        /// `"FP"` (predicted, not in the gold) or `"FN"` (in the gold, not predicted).
        public var kind: String
        public var source: String, target: String, type: String
        /// The input path(s) of the article; empty when it was not among the inputs.
        public var paths: [String] = []
        /// FP: the sentences that state the predicted relation, with their trigger words.
        public var evidence: [Evidence] = []
        /// FP: the gold lists the relation under `negatives`, so it also counts as a negation error.
        public var negationError = false
        /// FN: the gold relation's `evidence` string; for a negation error, the gold negative's.
        public var goldEvidence: String?
        /// The modalities under which the extractor found the same relation not asserted: for an
        /// FN, the likely cause ("predicted as negated (conditional)").
        public var predictedNegated: [Modality] = []
        /// FN: ends of the relation that the extractor found nowhere in the article.
        public var missingActors: [String] = []

        /// True for a false positive.
        public var isFalsePositive: Bool { kind == "FP" }

        init(falsePositive k: Key, gold g: Gold, predicted p: Predictions?) {
            self.init(k, kind: "FP", article: g.id, predicted: p)
            evidence = Array(Set((p?.asserted[k] ?? []).flatMap(\.evidence))).sorted()
            negationError = g.negatives.contains(k)
            if negationError { goldEvidence = g.negativeEvidence[k] }
        }

        init(falseNegative k: Key, gold g: Gold, predicted p: Predictions?) {
            self.init(k, kind: "FN", article: g.id, predicted: p)
            goldEvidence = g.evidence[k]
            let found = p?.actors ?? []
            missingActors = (k.source == k.target ? [k.source] : [k.source, k.target]).filter { !found.contains($0) }
        }

        private init(_ k: Key, kind: String, article: String, predicted p: Predictions?) {
            self.article = article
            self.kind = kind
            source = k.source; target = k.target; type = k.type
            paths = p?.paths ?? []
            predictedNegated = (p?.negated[k] ?? []).sorted()
        }
    }

    /// What the extractor predicted for one gold article (all inputs with its stem).
    struct Predictions {
        /// Asserted, scored relations by key, with the relations that carry their evidence.
        var asserted: [Key: [Relation]] = [:]
        /// Keys found only or also as not asserted, with the modalities found.
        var negated: [Key: Set<Modality>] = [:]
        /// Mentioned actors and the ends of asserted relations.
        var actors: Set<String> = []
        var paths: [String] = []

        mutating func add(_ x: ArticleExtraction) {
            paths.append(x.article.path)
            for m in x.mentions { actors.insert(m.actor) }
            for r in x.relations where r.type != .coOccurs {
                let k = Key(r.source, r.target, r.type.rawValue)
                if r.negated {
                    negated[k, default: []].insert(r.modality)
                } else {
                    asserted[k, default: []].append(r)
                    actors.formUnion([r.source, r.target])
                }
            }
        }
    }

    /// Every false positive and false negative, grouped by relation type (in type-name order).
    ///
    /// Each group opens with `TYPE (tp=… fp=… fn=…)`; its errors follow by article id, false
    /// positives first, as `ARTICLE FP|FN SOURCE -TYPE-> TARGET` and indented detail lines:
    /// the article path; for an FP each evidence sentence as `sN «trigger» sentence` (N is the
    /// zero-based sentence index, as in `extract --format table`), `NEGATION ERROR` and the
    /// gold negative's evidence when the gold lists it under `negatives`; for an FN the gold
    /// `evidence`, `predicted as negated (MODALITY)` when the extractor found the same relation
    /// not asserted, and the ends it found nowhere in the article.
    public func errorReport() -> String {
        var out = ""
        let groups = Dictionary(grouping: errors.enumerated(), by: { $0.element.type })
        for type in groups.keys.sorted() {
            let c = byType[type] ?? Counts()
            if !out.isEmpty { out += "\n" }
            out += "\(type) (tp=\(c.tp) fp=\(c.fp) fn=\(c.fn))\n"
            let sorted = groups[type]!.sorted {
                ($0.element.article, $0.element.isFalsePositive ? 0 : 1, $0.offset)
                    < ($1.element.article, $1.element.isFalsePositive ? 0 : 1, $1.offset)
            }
            for (_, e) in sorted { out += Self.describe(e) }
        }
        return out
    }

    /// Characters of a long sentence kept on each side of its trigger in `errorReport`.
    static let sentenceContext = 160

    /// The sentence, or for one much longer than its context, the part around the trigger
    /// between `…` (the JSON keeps the whole sentence).
    static func shortened(_ x: Evidence) -> String {
        let scalars = Array(x.sentence.unicodeScalars)
        guard scalars.count > 3 * sentenceContext, let ts = x.triggerStart, let te = x.triggerEnd,
              ts >= x.start, te >= ts, te - x.start <= scalars.count else { return x.sentence }
        let from = max(0, ts - x.start - sentenceContext), to = min(scalars.count, te - x.start + sentenceContext)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[from..<to])
        return (from > 0 ? "…" : "") + String(view) + (to < scalars.count ? "…" : "")
    }

    static func describe(_ e: Error) -> String {
        func oneLine(_ s: String) -> String { s.split(whereSeparator: \.isNewline).joined(separator: " ") }
        var out = "  \(e.article) \(e.kind) \(e.source) -\(e.type)-> \(e.target)\(e.negationError ? "  NEGATION ERROR (listed in the gold negatives)" : "")\n"
        out += e.paths.isEmpty ? "      article not among the inputs\n" : "      article: \(e.paths.joined(separator: ", "))\n"
        for x in e.evidence {
            let trigger = x.trigger.map { "«\($0)» " } ?? ""
            let by = x.attribution.map { "  (according to \($0))" } ?? ""
            out += "      s\(x.sentenceIndex) \(trigger)\(oneLine(shortened(x)))\(by)\n"
        }
        if let g = e.goldEvidence { out += "      gold \(e.negationError ? "negative" : "evidence"): «\(oneLine(g))»\n" }
        if !e.predictedNegated.isEmpty {
            out += "      \(e.isFalsePositive ? "also " : "")predicted as negated (\(e.predictedNegated.map(\.rawValue).joined(separator: ", ")))\n"
        }
        if !e.missingActors.isEmpty && !e.paths.isEmpty { out += "      not found in the article: \(e.missingActors.joined(separator: ", "))\n" }
        return out
    }
}

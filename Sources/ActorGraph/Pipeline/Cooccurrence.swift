/// Co-occurrence edges: every pair of distinct actors named in the same sentence (or
/// paragraph, or article), with the sentences as evidence.
enum Cooccurrence {
    static func relations(in doc: Document, mentions: [Mention], window: CooccurrenceWindow) -> [Relation] {
        var groups: [Int: [Mention]] = [:]
        for m in mentions {
            let key: Int
            switch window {
            case .sentence: key = m.sentence
            case .paragraph: key = doc.sentences[m.sentence].paragraph
            case .article: key = 0
            }
            groups[key, default: []].append(m)
        }
        var out: [String: Relation] = [:]
        // The sentences each pair already has: a linear search made long articles quadratic.
        var seen: [String: Set<Int>] = [:]
        for key in groups.keys.sorted() {
            let ms = groups[key]!
            let actors = Array(Set(ms.map(\.actor))).sorted()
            guard actors.count > 1 else { continue }
            let sentences = Array(Set(ms.map(\.sentence))).sorted()
            let evidence = sentences.map { si -> Evidence in
                let s = doc.sentences[si]
                return Evidence(article: doc.article.path, date: doc.article.date, url: doc.article.url, sentenceIndex: si,
                                sentence: doc.text(of: s), start: s.start, end: s.end)
            }
            for i in 0..<actors.count {
                for j in (i + 1)..<actors.count {
                    let r = Relation(article: doc.article.path, source: actors[i], target: actors[j], type: .coOccurs, modality: .asserted,
                                     attribution: nil, evidence: evidence)
                    if out[r.key] != nil {
                        for ev in evidence where seen[r.key, default: []].insert(ev.sentenceIndex).inserted { out[r.key]!.evidence.append(ev) }
                    } else {
                        out[r.key] = r
                        seen[r.key] = Set(sentences)
                    }
                }
            }
        }
        return out.keys.sorted().map { out[$0]! }
    }
}

/// Finds actor mentions in a document: longest dictionary matches over folded tokens with
/// Arabic proclitics, then resolution of short names, titles, kinship and leadership by
/// context and date.
public struct ActorMatcher: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// A longest match before resolution.
    struct RawMatch {
        var tokenStart: Int
        var tokenEnd: Int
        var prefix: String
        var entries: [Gazetteer.Entry]
        var sentence: Int
        var paragraph: Int
    }

    /// Every mention of the document, in text order.
    public func mentions(in doc: Document, date: String? = nil) -> [Mention] {
        let raw = rawMatches(in: doc)
        var resolver = MentionResolver(gazetteer: gazetteer, doc: doc, date: date ?? doc.article.date)
        return resolver.resolve(raw)
    }

    func rawMatches(in doc: Document) -> [RawMatch] {
        var out: [RawMatch] = []
        let tokens = doc.tokens
        for s in doc.sentences {
            var i = s.tokenStart
            while i < s.tokenEnd {
                guard tokens[i].kind == .word else { i += 1; continue }
                if let best = longestMatch(tokens, at: i, end: s.tokenEnd) {
                    out.append(RawMatch(tokenStart: i, tokenEnd: best.end, prefix: best.prefix, entries: best.entries,
                                        sentence: s.index, paragraph: s.paragraph))
                    i = best.end
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// The longest dictionary phrase starting at token `i` and ending by `end`.
    func longestMatch(_ tokens: [Token], at i: Int, end: Int) -> (end: Int, prefix: String, entries: [Gazetteer.Entry])? {
        var best: (end: Int, prefix: String, entries: [Gazetteer.Entry])? = nil
        ArabicClitics.forEachVariantKey(of: tokens[i]) { key, prefixIndex in
            guard let first = gazetteer.roots[key] else { return true }
            let prefix = prefixIndex < 0 ? "" : ArabicClitics.prefixBytes[prefixIndex].prefix
            var node = Int(first)
            var j = i + 1
            var lastEnd = -1
            var lastEntries: [Gazetteer.Entry] = []
            if let e = accepted(node, tokens[i], single: true) { lastEnd = j; lastEntries = e }
            while j < end, tokens[j].kind == .word, let next = gazetteer.child(node, tokens[j].norm) {
                node = next
                j += 1
                if let e = accepted(node, tokens[j - 1], single: false) { lastEnd = j; lastEntries = e }
            }
            if lastEnd > 0 && (best == nil || lastEnd > best!.end) {
                best = (lastEnd, prefix, lastEntries)
            }
            return true
        }
        return best
    }

    private func accepted(_ node: Int, _ token: Token, single: Bool) -> [Gazetteer.Entry]? {
        let entries = gazetteer.nodes[node].entries.filter { !$0.requiresCaps || (single && token.allCaps) }
        return entries.isEmpty ? nil : entries
    }
}

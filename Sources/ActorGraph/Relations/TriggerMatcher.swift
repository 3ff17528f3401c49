/// Finds trigger phrases of the lexicon in a sentence: a token trie with Arabic proclitics
/// stripped from the first word, longest match first.
struct TriggerMatcher: Sendable {
    struct Node: Sendable {
        var children: [WordKey: Int32] = [:]
        var rules: [Int] = []
    }

    /// A trigger occurrence: tokens `start..<end` and the candidate rules.
    struct Hit {
        var start: Int
        var end: Int
        var prefix: String
        var rules: [Int]
    }

    let nodes: [Node]

    init(lexicon: RelationLexicon) {
        var nodes = [Node()]
        for (ri, rule) in lexicon.rules.enumerated() {
            for phrase in rule.words {
                var cur = 0
                for t in phrase.map(WordKey.init) {
                    if let n = nodes[cur].children[t] { cur = Int(n) } else {
                        nodes.append(Node())
                        nodes[cur].children[t] = Int32(nodes.count - 1)
                        cur = nodes.count - 1
                    }
                }
                if !nodes[cur].rules.contains(ri) { nodes[cur].rules.append(ri) }
            }
        }
        self.nodes = nodes
    }

    /// The longest trigger starting at token `i`, if any.
    func match(_ tokens: [Token], at i: Int, end: Int) -> Hit? {
        guard tokens[i].kind == .word else { return nil }
        var best: Hit? = nil
        ArabicClitics.forEachVariant(of: tokens[i]) { v in
            // The word as written, else without a pronoun suffix ("مساندته", "طلبها").
            var root = nodes[0].children[v.key]
            if root == nil {
                ArabicSuffixes.forEachStemKey(head: v.head, rest: v.rest) { k in
                    root = nodes[0].children[k]
                    return root == nil
                }
            }
            guard let first = root else { return true }
            var node = Int(first)
            var j = i + 1
            var last: Hit? = nodes[node].rules.isEmpty ? nil : Hit(start: i, end: j, prefix: v.prefix, rules: nodes[node].rules)
            while j < end, tokens[j].kind == .word, let next = nodes[node].children[tokens[j].key] {
                node = Int(next)
                j += 1
                if !nodes[node].rules.isEmpty { last = Hit(start: i, end: j, prefix: v.prefix, rules: nodes[node].rules) }
            }
            if let last, best == nil || last.end > best!.end { best = last }
            return true
        }
        return best
    }
}

/// Finds a folded phrase (given by its words' keys) at a token position, allowing Arabic
/// proclitics on its first word (and, for a one-word phrase, a pronoun suffix: "مساندته"
/// matches "مساندة").
func phraseMatches(_ phrase: [WordKey], _ tokens: [Token], at i: Int, end: Int) -> Bool {
    guard i + phrase.count <= end, let head = phrase.first else { return false }
    let token = tokens[i]
    var matched = false
    ArabicClitics.forEachVariantKey(of: token) { key, _ in
        matched = key == head
        return !matched
    }
    if !matched {
        guard phrase.count == 1, token.key.count > head.count, ArabicSuffixes.couldCarry(token.norm) else { return false }
        ArabicClitics.forEachVariant(of: token) { v in
            ArabicSuffixes.forEachStemKey(head: v.head, rest: v.rest) { k in
                matched = k == head
                return !matched
            }
            return !matched
        }
        guard matched else { return false }
    }
    for k in 1..<max(phrase.count, 1) where k < phrase.count {
        if tokens[i + k].key != phrase[k] { return false }
    }
    return true
}

/// The actor dictionary compiled into a token trie over folded names, so one pass over a
/// sentence finds every longest name match.
public final class Gazetteer: Sendable {
    /// One way a phrase names an actor.
    public struct Entry: Sendable, Hashable {
        /// Index into `dictionary.entries`.
        public var actor: Int
        public var role: NameRole
        /// Index into the actor's titles, for `.title`.
        public var title: Int
        /// The phrase must be written in capitals (short Latin acronyms such as `US`).
        public var requiresCaps: Bool
        /// For short names: the phrase is an epithet of a shared short name ("حفتر الابن").
        public var isEpithet: Bool
    }

    struct Node: Sendable {
        var children: [String: Int32] = [:]
        var entries: [Entry] = []
    }

    public let dictionary: ActorDictionary
    let nodes: [Node]
    /// The first words of all phrases, by key: the one lookup most tokens need.
    let roots: [WordKey: Int32]
    /// Folded short names per actor, for the epithet test and kinship lookups.
    let sons: [Int: [Int]]

    public init(dictionary: ActorDictionary) {
        self.dictionary = dictionary
        var nodes = [Node()]
        let shortNameTokens: Set<String> = Set(dictionary.entries.flatMap { e in
            e.shortNames.values.flatMap { $0 }.flatMap { Gazetteer.phraseTokens($0) }
        } + dictionary.entries.flatMap { e in e.names.values.flatMap { Gazetteer.phraseTokens($0) } })

        func insert(_ phrase: String, _ entry: Entry) {
            let toks = Gazetteer.phraseTokens(phrase)
            guard !toks.isEmpty else { return }
            var e = entry
            if toks.count == 1, phrase.unicodeScalars.allSatisfy({ ($0.value >= 0x41 && $0.value <= 0x5A) || $0 == "." }),
               phrase.unicodeScalars.filter({ $0 != "." }).count <= 5 {
                e.requiresCaps = true
            }
            if entry.role == .name || entry.role == .title {
                // "حفتر الابن": a shared short name plus words that are nobody's name.
                let shared = toks.filter { shortNameTokens.contains($0) }
                e.isEpithet = shared.count == 1 && toks.count > 1
            }
            var cur = 0
            for t in toks {
                if let next = nodes[cur].children[t] {
                    cur = Int(next)
                } else {
                    nodes.append(Node())
                    nodes[cur].children[t] = Int32(nodes.count - 1)
                    cur = nodes.count - 1
                }
            }
            if !nodes[cur].entries.contains(e) { nodes[cur].entries.append(e) }
        }

        var sons: [Int: [Int]] = [:]
        var idIndex: [String: Int] = [:]
        for (i, e) in dictionary.entries.enumerated() { idIndex[e.id] = i }
        for (i, e) in dictionary.entries.enumerated() {
            func base(_ role: NameRole, title: Int = -1) -> Entry {
                Entry(actor: i, role: role, title: title, requiresCaps: false, isEpithet: false)
            }
            for name in Gazetteer.ordered(e.names) { insert(name, base(.name)) }
            for a in Gazetteer.ordered(e.aliases) { insert(a, base(.name)) }
            for a in Gazetteer.ordered(e.shortNames) { insert(a, base(.shortName)) }
            for (ti, t) in e.titles.enumerated() { for p in Gazetteer.ordered(t.phrases) { insert(p, base(.title, title: ti)) } }
            for lang in Language.allCases { for d in e.demonyms[lang] ?? [] { for form in Gazetteer.inflections(of: d, lang) { insert(form, base(.demonym)) } } }
            for p in Gazetteer.ordered(e.places) { insert(p, base(.place)) }
            for p in Gazetteer.ordered(e.exclusions) { insert(p, base(.exclusion)) }
            if let f = e.father, let fi = idIndex[f] { sons[fi, default: []].append(i) }
        }
        self.nodes = nodes
        self.roots = Dictionary(uniqueKeysWithValues: nodes[0].children.map { (WordKey($0.key), $0.value) })
        self.sons = sons
    }

    /// Phrases in language order (dictionary order changes from process to process).
    static func ordered(_ byLanguage: [Language: [String]]) -> [String] {
        Language.allCases.flatMap { byLanguage[$0] ?? [] }
    }

    static func ordered(_ byLanguage: [Language: String]) -> [String] {
        Language.allCases.compactMap { byLanguage[$0] }
    }

    /// Folded tokens of a dictionary phrase, tokenised exactly like article text.
    static func phraseTokens(_ phrase: String) -> [String] {
        Tokenizer.tokenize(Array(phrase.unicodeScalars)).filter { $0.kind != .punctuation }.map(\.norm)
    }

    /// Inflected forms of a demonym's base form.
    static func inflections(of base: String, _ lang: Language) -> [String] {
        switch lang {
        case .en:
            return [base, base + "s"]
        case .ar:
            let b = foldForMatching(base)
            return [b, b + "ه", b + "ون", b + "ين", b + "ان", b + "تان", b + "تين", b + "ات"]
        }
    }

    func child(_ node: Int, _ token: String) -> Int? {
        nodes[node].children[token].map(Int.init)
    }
}

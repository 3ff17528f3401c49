import Foundation

/// The relation lexicon: trigger rules, modality cues, attribution and agent words, loaded
/// from YAML or JSON files (see docs/lexicon.md). User files add rules to the built-in ones.
public struct RelationLexicon: Sendable {
    public private(set) var rules: [TriggerRule] = []
    /// Folded cue phrases per modality.
    public private(set) var modalityCues: [Modality: [[String]]] = [:]
    public private(set) var agents: Set<String> = []
    public private(set) var attribution: [[String]] = []
    public private(set) var complementisers: Set<String> = []
    /// Reporting verbs whose speaker precedes them ("... said").
    public private(set) var reporting: [[String]] = []
    /// Subject pronouns that refer to the actor the text is about.
    public private(set) var pronouns: Set<String> = []
    public private(set) var parentheticals: Set<String> = []
    /// Every single-word trigger and needed word: such a word is a verb or an event noun,
    /// never a noun a preposition reaches over.
    public private(set) var triggerWords: Set<String> = []
    /// Acting-body nouns that are not themselves triggers ("مسؤولين", not "دعم").
    public private(set) var agentNouns: Set<String> = []
    /// Attribution and reporting cues by their first word, for one lookup per token.
    private(set) var attributionIndex = CueIndex()
    private(set) var reportingIndex = CueIndex()
    /// Modality cues by modality, then by first word.
    private(set) var modalityIndex: [Modality: CueIndex] = [:]
    /// Word sets by key, for the hot loops.
    private(set) var agentKeys: Set<WordKey> = []
    private(set) var agentNounKeys: Set<WordKey> = []
    private(set) var triggerWordKeys: Set<WordKey> = []
    private(set) var complementiserKeys: Set<WordKey> = []
    private(set) var parentheticalKeys: Set<WordKey> = []
    /// For each first word of a cue (by key): which indexes have cues starting with it, as
    /// `CueIndex.attributionBit`, `reportingBit` and `modalityBit(_:)`. One lookup per form
    /// of a token tells which cue lookups can succeed there.
    private(set) var cueFirstWords: [WordKey: UInt32] = [:]
    /// One-word attribution cues by key.
    private(set) var attributionWordKeys: Set<WordKey> = []

    public init() {}

    /// The cue indexes (`CueIndex` bits) with a cue whose first word is a form of `token`.
    func cueMask(of token: Token) -> UInt32 {
        guard token.kind == .word else { return 0 }
        var mask: UInt32 = 0
        ArabicClitics.forEachVariantKey(of: token) { key, _ in
            mask |= cueFirstWords[key] ?? 0
            return true
        }
        return mask
    }

    /// The cue of `index` that starts at token `i` (proclitics allowed on its first word).
    static func cue(in index: CueIndex, _ tokens: [Token], at i: Int, end: Int) -> [String]? {
        guard tokens[i].kind == .word, !index.isEmpty else { return nil }
        var found: [String]? = nil
        ArabicClitics.forEachVariantKey(of: tokens[i]) { key, _ in
            guard let candidates = index.phrases[key] else { return true }
            // The first word matched (as written or after proclitics); compare the rest.
            found = candidates.first { c in
                i + c.keys.count <= end && (1..<c.keys.count).allSatisfy { tokens[i + $0].key == c.keys[$0] }
            }?.words
            return found == nil
        }
        return found
    }

    /// The lexicon that ships with ActorGraph.
    public static func builtIn() throws -> RelationLexicon {
        guard let url = Bundle.module.url(forResource: "relations", withExtension: "yaml") else {
            throw ActorGraphError.dataFile(path: "relations.yaml", line: nil, column: nil, reason: "the built-in lexicon is missing from the package")
        }
        var l = RelationLexicon()
        try l.load(path: url.path)
        return l
    }

    /// The built-in lexicon (unless `includeDefault` is false) plus each user file.
    public static func load(userFiles: [String], includeDefault: Bool = true) throws -> RelationLexicon {
        var l = includeDefault ? try builtIn() : RelationLexicon()
        for f in userFiles { try l.load(path: f) }
        return l
    }

    public mutating func load(path: String) throws { try load(DataNode.load(path: path)) }

    public mutating func load(text: String, path: String) throws { try load(DataNode.load(path: path, text: text)) }

    private mutating func load(_ root: DataNode) throws {
        try root.checkKeys(["version", "triggers", "agents", "attribution", "reporting", "pronouns", "complementisers", "parentheticals", "modality"])
        if let v = try root.optional("version"), try v.int() != 1 {
            throw v.error("unsupported lexicon version (this ActorGraph reads version 1)")
        }
        func phrases(_ n: DataNode) throws -> [[String]] {
            let byLanguage = try n.languageStrings()
            // Language order, not dictionary order: the same lexicon always loads the same way.
            return Language.allCases.flatMap { byLanguage[$0] ?? [] }.map(Gazetteer.phraseTokens).filter { !$0.isEmpty }
        }
        func words(_ n: DataNode) throws -> Set<String> { Set(try phrases(n).compactMap(\.first)) }
        if let t = try root.optional("triggers") {
            for item in try t.list() {
                var rule = try TriggerRuleParser.parse(item, phrases: phrases, words: words)
                rule.order = rules.count
                rules.append(rule)
            }
        }
        for r in rules {
            for p in r.words + r.needs { if let f = p.first { triggerWords.insert(f) } }
        }
        if let a = try root.optional("agents") { agents.formUnion(try words(a)) }
        defer {
            agentNouns = agents.subtracting(triggerWords)
            attributionIndex = CueIndex(attribution)
            reportingIndex = CueIndex(reporting)
            modalityIndex = modalityCues.mapValues(CueIndex.init)
            agentKeys = Set(agents.map(WordKey.init))
            agentNounKeys = Set(agentNouns.map(WordKey.init))
            triggerWordKeys = Set(triggerWords.map(WordKey.init))
            complementiserKeys = Set(complementisers.map(WordKey.init))
            parentheticalKeys = Set(parentheticals.map(WordKey.init))
            var first: [WordKey: UInt32] = [:]
            for key in attributionIndex.phrases.keys { first[key, default: 0] |= CueIndex.attributionBit }
            for key in reportingIndex.phrases.keys { first[key, default: 0] |= CueIndex.reportingBit }
            for (m, index) in modalityIndex { for key in index.phrases.keys { first[key, default: 0] |= CueIndex.modalityBit(m) } }
            cueFirstWords = first
            attributionWordKeys = Set(attribution.filter { $0.count == 1 }.map { WordKey($0[0]) })
        }
        if let a = try root.optional("attribution") { attribution += try phrases(a) }
        if let a = try root.optional("reporting") { reporting += try phrases(a) }
        if let a = try root.optional("pronouns") { pronouns.formUnion(try words(a)) }
        if let a = try root.optional("complementisers") { complementisers.formUnion(try words(a)) }
        if let a = try root.optional("parentheticals") { parentheticals.formUnion(try words(a)) }
        if let m = try root.optional("modality") {
            for (k, v, keyNode) in try m.entries() {
                guard let modality = Modality(rawValue: k), modality != .asserted else {
                    throw keyNode.error("unknown modality '\(k)' (expected one of: \(Modality.allCases.filter { $0 != .asserted }.map(\.rawValue).joined(separator: ", ")))")
                }
                modalityCues[modality, default: []] += try phrases(v)
            }
        }
    }
}

/// Cue phrases by the key of their first word.
struct CueIndex: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        var keys: [WordKey]
    }
    private(set) var phrases: [WordKey: [Phrase]] = [:]

    init(_ cues: [[String]] = []) {
        for c in cues where !c.isEmpty {
            phrases[WordKey(c[0]), default: []].append(Phrase(words: c, keys: c.map(WordKey.init)))
        }
    }

    var isEmpty: Bool { phrases.isEmpty }

    static let attributionBit: UInt32 = 1
    static let reportingBit: UInt32 = 2
    static func modalityBit(_ m: Modality) -> UInt32 { 4 << UInt32(Modality.allCases.firstIndex(of: m)!) }
}

enum TriggerRuleParser {
    static let keys: Set<String> = ["type", "words", "needs", "needs_window", "markers", "object", "between", "reverse",
                                    "embeds", "not_before", "target_kinds", "gap_words", "genitive"]

    static func parse(_ item: DataNode, phrases: (DataNode) throws -> [[String]], words: (DataNode) throws -> Set<String>) throws -> TriggerRule {
        try item.checkKeys(keys)
        let typeNode = try item.required("type")
        let raw = try typeNode.string()
        guard let type = RelationType(rawValue: raw), type != .coOccurs else {
            throw typeNode.error("unknown relation type '\(raw)' (expected one of: \(RelationType.extracted.map(\.rawValue).joined(separator: ", ")))")
        }
        let wordsNode = try item.required("words")
        var rule = TriggerRule(type: type, words: try phrases(wordsNode))
        if rule.words.isEmpty { throw wordsNode.error("a trigger needs at least one word") }
        if let n = try item.optional("needs") { rule.needs = try phrases(n) }
        if let n = try item.optional("needs_window") { rule.needsWindow = try n.int() }
        if let n = try item.optional("markers") { rule.markers = try words(n) }
        if let n = try item.optional("object") { rule.object = try n.bool() }
        if let n = try item.optional("between") { rule.between = try n.bool() }
        if let n = try item.optional("reverse") { rule.reverse = try n.bool() }
        if let n = try item.optional("embeds") { rule.embeds = try n.bool() }
        if let n = try item.optional("genitive") {
            switch try n.string() {
            case "source": rule.genitiveIsTarget = false
            case "target": rule.genitiveIsTarget = true
            default: throw n.error("genitive must be source or target")
            }
        }
        if let n = try item.optional("not_before") { rule.notBefore = try words(n) }
        if let n = try item.optional("gap_words") { rule.gapWords = try words(n) }
        if let n = try item.optional("target_kinds") {
            var kinds = Set<ActorKind>()
            for k in try n.list() {
                let s = try k.string()
                guard let kind = ActorKind(rawValue: s == "organization" ? "organisation" : s) else {
                    throw k.error("unknown actor kind '\(s)' (expected person, state or organisation)")
                }
                kinds.insert(kind)
            }
            rule.targetKinds = kinds
        }
        return rule
    }
}

/// What the extractor knows about one sentence before it reads its triggers: the mentions
/// in it, the preposition that marks each, and the spans whose mentions cannot be the
/// subject of what follows (a speaker's attribution, relative clauses, appositions).
struct SentenceFrame {
    let doc: Document
    let sentence: Sentence
    let lexicon: RelationLexicon
    /// Mentions of this sentence in token order (one per token span; the first wins).
    let mentions: [Mention]
    /// Marker (preposition) of each mention, and how many words stand between it and the mention.
    let markers: [(prep: String, gap: [String])?]
    /// For each token of the sentence (offset from `sentence.tokenStart`): the id of the
    /// parenthetical span it is in, or -1.
    let spanOf: [Int]
    /// Token ranges of attributions (cue to complementiser) and their text.
    let attributions: [(range: Range<Int>, text: String)]
    /// Mentions (by index) that depend on a head noun: the father in "نجل حفتر".
    let dependent: Set<Int>
    /// For each token of the sentence (offset from `sentence.tokenStart`): the cue indexes
    /// a cue could start from there (`RelationLexicon.cueMask`).
    let cueMasks: [UInt32]

    /// Whether a cue of the indexes in `bits` could start at `token`.
    func mayStartCue(_ token: Int, _ bits: UInt32) -> Bool { cueMasks[token - sentence.tokenStart] & bits != 0 }

    init(doc: Document, sentence: Sentence, mentions all: [Mention], lexicon: RelationLexicon,
         isPerson: (String) -> Bool = { _ in false }, isState: (String) -> Bool = { _ in false },
         ledBody: (String) -> String? = { _ in nil }) {
        self.doc = doc
        self.sentence = sentence
        self.lexicon = lexicon
        var ms: [Mention] = []
        var lastEnd = -1
        for m in all where m.sentence == sentence.index && m.tokenStart >= lastEnd {
            // A title and the name that follows it are one mention: "وزير الدفاع الروسي سيرغي شويغو".
            if var last = ms.last, last.actor == m.actor, m.role != .kinship, last.role != .kinship,
               doc.tokens[last.tokenEnd..<m.tokenStart].allSatisfy({ $0.norm == "\"" }) {
                last.tokenEnd = m.tokenEnd
                last.end = m.end
                ms[ms.count - 1] = last
            } else {
                ms.append(m)
            }
            lastEnd = m.tokenEnd
        }
        ms = SentenceFrame.withTitles(ms, doc: doc, sentence: sentence, lexicon: lexicon,
                                      isPerson: isPerson, isState: isState, ledBody: ledBody)
        // A kinship mention "نجل حفتر" covers its father: the father depends on it.
        var dependent = Set<Int>()
        for (i, m) in ms.enumerated() where i > 0 && m.role != .kinship {
            let prev = ms[i - 1]
            if prev.role == .kinship && prev.tokenEnd <= m.tokenStart && m.tokenStart - prev.tokenEnd <= 3 {
                if !KinshipWords.classes(of: doc.tokens[prev.tokenStart].key).isDisjoint(with: [.sonOf, .leader]) {
                    dependent.insert(i)
                }
            }
        }
        // "قوات الدعم السريع بقيادة حميدتي", "the RSF led by Hemedti": the leader named after
        // a body qualifies it; the body is the argument.
        for (i, m) in ms.enumerated() where i > 0 && m.role != .kinship && !isPerson(ms[i - 1].actor) && !isState(ms[i - 1].actor) {
            var k = m.tokenStart - 1
            var words: [String] = []
            while k > ms[i - 1].tokenEnd - 1 && words.count < 3 && doc.tokens[k].kind == .word { words.insert(doc.tokens[k].norm, at: 0); k -= 1 }
            guard k == ms[i - 1].tokenEnd - 1, let joined = Optional(words.joined(separator: " ")) else { continue }
            if SentenceFrame.ledBy.contains(joined) { dependent.insert(i) }
        }
        // "صدام نجل خليفة حفتر": the father named after a kinship word in an apposition
        // depends on it (the kinship matcher gives the son_of link, not a mention).
        for (i, m) in ms.enumerated() where i > 0 && m.tokenStart > 0 && isPerson(ms[i - 1].actor) {
            let k = m.tokenStart - 1
            guard k >= ms[i - 1].tokenEnd, k - ms[i - 1].tokenEnd <= 2, doc.tokens[k].kind == .word else { continue }
            if KinshipWords.classes(of: doc.tokens[k].key).contains(.sonOf) || (k > 0 && doc.tokens[k].norm == "of" && doc.tokens[k - 1].norm == "son") {
                dependent.insert(i)
            }
        }
        // "Saddam Haftar, commander of the LNA ground forces, met ...": a title set off by a
        // comma after another person describes that person; it names nobody else.
        for (i, m) in ms.enumerated() where i > 0 && m.role == .title && ms[i - 1].actor != m.actor && isPerson(ms[i - 1].actor) {
            let between = doc.tokens[ms[i - 1].tokenEnd..<m.tokenStart]
            if between.count == 1 && Prepositions.isList(between.first!) || between.count == 2 && Prepositions.isList(between.first!) && between.last!.norm == "the" {
                dependent.insert(i)
            }
        }
        self.mentions = ms
        self.dependent = dependent
        let tokens = doc.tokens
        let s0 = sentence.tokenStart, s1 = sentence.tokenEnd
        let cueMasks = (s0..<s1).map { lexicon.cueMask(of: tokens[$0]) }
        self.cueMasks = cueMasks
        var inMention = Set<Int>()
        for m in ms { for k in m.tokenStart..<m.tokenEnd { inMention.insert(k) } }
        self.markers = ms.map { m in
            SentenceFrame.marker(of: m, tokens: tokens, start: s0, inMention: inMention, agentWords: lexicon.agentNounKeys, triggerWords: lexicon.triggerWordKeys)
        }
        // Parenthetical spans: "، الذي ... ،", "، نجل ... ،", "( ... )".
        var spanOf = [Int](repeating: -1, count: s1 - s0)
        var spanID = 0
        var t = s0
        while t < s1 {
            let tok = tokens[t]
            var opens = false
            var closeAt: Set<String> = []
            if Prepositions.isList(tok), t + 1 < s1 {
                let next = tokens[t + 1]
                if next.kind == .word, lexicon.parentheticalKeys.contains(next.key) { opens = true; closeAt = Prepositions.listPunctuation }
            } else if tok.norm == "(" {
                opens = true
                closeAt = [")"]
            } else if tok.norm == "–" || tok.norm == "—", t > s0, (t + 1..<s1).contains(where: { tokens[$0].norm == tok.norm }) {
                // "Turkey and Qatar – where Sarraj met ... – have long backed the GNA": a pair of dashes.
                opens = true
                closeAt = [tok.norm]
            }
            if opens {
                var u = t + 1
                while u < s1 && !closeAt.contains(tokens[u].norm) && !Prepositions.isStrong(tokens[u]) { u += 1 }
                for k in t..<min(u + 1, s1) { spanOf[k - s0] = spanID }
                spanID += 1
                t = u
                continue
            }
            t += 1
        }
        self.spanOf = spanOf
        // Attributions: a cue, then up to a complementiser (or a short noun phrase).
        var attributions: [(Range<Int>, String)] = []
        t = s0
        while t < s1 {
            guard cueMasks[t - s0] & CueIndex.attributionBit != 0,
                  let cue = RelationLexicon.cue(in: lexicon.attributionIndex, tokens, at: t, end: s1) else { t += 1; continue }
            var u = t + cue.count
            var found = false
            while u < s1 && u < t + cue.count + 8 {
                if let c = ArabicClitics.firstForm(of: tokens[u], in: lexicon.complementiserKeys),
                   c < 0 || ["ب", "و", "ف"].contains(ArabicClitics.prefixBytes[c].prefix) {
                    found = true
                    break
                }
                if Prepositions.isStrong(tokens[u]) { break }
                u += 1
            }
            // Without "أن/that" a reporting verb is an ordinary verb ("أعلنت مصر دعمها ...");
            // only a prepositional cue ("بحسب صحيفة ...", "according to X,") spans its noun phrase.
            if !found && !SentenceFrame.prepositionalCues.contains(cue.first ?? "") {
                t += cue.count
                continue
            }
            let end = found ? u + 1 : SentenceFrame.phraseEnd(tokens, from: t + cue.count, limit: s1)
            let textStart = t + cue.count < end ? tokens[t + cue.count].start : tokens[t].end
            let textEnd = found ? tokens[max(u - 1, t)].end : tokens[end - 1].end
            attributions.append((t..<end, doc.text(textStart, max(textStart, textEnd))))
            t = end
        }
        // Reporting verbs: the speaker is the few words before the verb, in its clause.
        t = s0
        while t < s1 {
            guard cueMasks[t - s0] & CueIndex.reportingBit != 0,
                  let cue = RelationLexicon.cue(in: lexicon.reportingIndex, tokens, at: t, end: s1) else { t += 1; continue }
            var b = t
            while b > s0 && t - b < 6 && tokens[b - 1].kind != .punctuation { b -= 1 }
            var end = t + cue.count
            if end < s1, lexicon.complementiserKeys.contains(tokens[end].key) { end += 1 }
            if b < t { attributions.append((b..<end, doc.text(tokens[b].start, tokens[t - 1].end))) }
            t = end
        }
        // A dateline ("القاهرة - وكالات:", "CAIRO (Reuters) -") names where the story was
        // filed, not who acts: its place is nobody's subject.
        if sentence.index == 0, let first = ms.first, first.tokenStart == s0, first.role == .place || first.role == .name {
            var u = first.tokenEnd
            while u < min(s1, first.tokenEnd + 5) {
                if tokens[u].norm == "-" || tokens[u].norm == ":" || tokens[u].norm == "–" || tokens[u].norm == "—" {
                    attributions.append((s0..<(u + 1), ""))
                    break
                }
                u += 1
            }
        }
        self.attributions = attributions
    }

    /// Words between a body and its leader: "بقيادة", "led by".
    static let ledBy: Set<String> = ["بقياده", "برئاسه", "بزعامه", "led by", "headed by", "under the command of", "commanded by"]

    /// Attribution cues that are prepositions: their span is the noun phrase that follows.
    static let prepositionalCues: Set<String> = ["بحسب", "حسب", "وفقا", "وفق", "according", "as"]

    /// The end of the noun phrase starting at `from`: the next punctuation, at most 6 tokens on.
    static func phraseEnd(_ tokens: [Token], from: Int, limit: Int) -> Int {
        var u = from
        while u < limit && u < from + 6 && !(tokens[u].kind == .punctuation && tokens[u].norm != "\"") { u += 1 }
        return u
    }

    /// The preposition before a mention: its own proclitic (ب ل ك), or a preposition up to
    /// three words before it (with the words between).
    static func marker(of m: Mention, tokens: [Token], start: Int, inMention: Set<Int>, agentWords: Set<WordKey>, triggerWords: Set<WordKey>) -> (prep: String, gap: [String])? {
        if let p = ArabicClitics.preposition(in: m.prefix) { return (p, []) }
        var k = m.tokenStart - 1
        var gap: [String] = []
        while k >= start {
            let t = tokens[k]
            if t.kind == .punctuation {
                if t.norm == "\"" || t.norm == "'" || t.norm == "ـ" || t.norm == "#" { k -= 1; continue }
                return nil
            }
            if let p = Prepositions.preposition(t) {
                // Only prepositions that head a noun phrase reach past a word to their noun
                // ("إلى مطار بن غوريون", "مع مسؤولين إسرائيليين"); "من أقنعت طبرق" is no marker.
                if !gap.isEmpty && !Prepositions.reaching.contains(p) { return nil }
                return (p, gap.reversed())
            }
            if gap.count >= 2 || inMention.contains(k) { return nil }
            // "to meet Putin": a verb between a preposition and the actor ends the phrase.
            if ArabicClitics.anyForm(of: t, in: triggerWords) { return nil }
            // A proclitic preposition on an acting-body noun: "بمسؤولين عسكريين مصريين".
            var agentForm: Int? = nil
            ArabicClitics.forEachVariantKey(of: t) { key, index in
                if index >= 0 && agentWords.contains(key) { agentForm = index }
                return agentForm == nil
            }
            if let v = agentForm, let p = ArabicClitics.preposition(in: ArabicClitics.prefixBytes[v].prefix) {
                return (p, [ArabicClitics.form(of: t, prefixIndex: v)] + gap.reversed())
            }
            gap.append(t.norm)
            k -= 1
        }
        return nil
    }

    /// For a mention marked by في / in: the preposition of the noun phrase it qualifies
    /// ("مع قيادة الانقلاب في مصر" -> مع), if one stands up to three words before.
    func outerMarker(_ i: Int) -> String? {
        guard let mk = markers[i], mk.prep == "في" || mk.prep == "in", mk.gap.isEmpty else { return nil }
        let tokens = doc.tokens
        guard ArabicClitics.preposition(in: mentions[i].prefix) == nil else { return nil }
        var k = mentions[i].tokenStart - 2  // the word before the preposition
        var words = 0
        while k >= sentence.tokenStart {
            let t = tokens[k]
            if t.kind == .punctuation { return nil }
            if let p = Prepositions.preposition(t) { return p }
            words += 1
            if words > 3 { return nil }
            k -= 1
        }
        return nil
    }

    func span(_ token: Int) -> Int { spanOf[token - sentence.tokenStart] }

    func inAttribution(_ token: Int) -> Bool { attributions.contains { $0.range.contains(token) } }

    /// The attribution that covers the sentence before `token`, if any.
    func attribution(before token: Int) -> String? {
        attributions.last { $0.range.upperBound <= token && !$0.text.isEmpty }.map(\.text)
    }

    /// A demonym names an acting state only next to an acting body ("طائرات عسكرية مصرية",
    /// "Egyptian aircraft") or as a plural people noun ("عسكريون مصريون").
    /// A demonym that describes a named person ("the Egyptian president Sisi", "Libyan
    /// military leader Khalifa Haftar") or qualifies a body named just before it ("مجموعة
    /// فاغنر الروسية") or owned by an actor ("طائرة حفتر الفرنسية") names nobody acting.
    func demonymActs(_ i: Int) -> Bool {
        let m = mentions[i]
        guard m.role == .demonym else { return true }
        let tokens = doc.tokens
        if i > 0, m.tokenEnd - m.tokenStart == 1, mentions[i - 1].tokenEnd == m.tokenStart, mentions[i - 1].role != .demonym { return false }
        // The office it took in ("رئيس هيئة الأركان الأردني") acts.
        if m.tokenEnd - m.tokenStart > 1, tokens[m.tokenStart..<(m.tokenEnd - 1)].contains(where: { ArabicClitics.anyForm(of: $0, in: lexicon.agentKeys) }) { return true }
        for k in stride(from: m.tokenStart - 1, through: max(sentence.tokenStart, m.tokenStart - 3), by: -1) {
            if tokens[k].kind != .word { break }
            if mentions.contains(where: { $0.tokenStart <= k && k < $0.tokenEnd }) { break }
            if ArabicClitics.anyForm(of: tokens[k], in: lexicon.agentKeys) { return true }
        }
        for k in m.tokenEnd..<min(sentence.tokenEnd, m.tokenEnd + 3) {
            if tokens[k].kind != .word { break }
            if ArabicClitics.anyForm(of: tokens[k], in: lexicon.agentKeys) { return true }
        }
        return false
    }
}

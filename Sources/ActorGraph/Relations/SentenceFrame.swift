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
        // A demonym in the title of the person named right after it is part of that mention:
        // "Libyan military leader Khalifa Haftar", "الرئيس المصري عبد الفتاح السيسي".
        // So is a body or state that qualifies an office before the name: "Libyan National Army
        // (LNA) Commander-in-Chief Field Marshal Khalifa Haftar", "Russia's Security Council
        // Secretary Sergey Shoigu", "ولي عهد أبوظبي محمد بن زايد".
        var collapsed: [Mention] = []
        for m in ms {
            // "Libyan National Army (LNA)": the acronym in brackets repeats the name.
            if var last = collapsed.last, last.actor == m.actor, m.tokenStart == last.tokenEnd + 1, doc.tokens[last.tokenEnd].norm == "(",
               m.tokenEnd < doc.tokens.count, doc.tokens[m.tokenEnd].norm == ")" {
                last.tokenEnd = m.tokenEnd + 1
                last.end = doc.tokens[m.tokenEnd].end
                collapsed[collapsed.count - 1] = last
            } else {
                collapsed.append(m)
            }
        }
        ms = collapsed
        var merged: [Mention] = []
        for m in ms {
            if var last = merged.last, isPerson(m.actor), !isPerson(last.actor), last.role != .kinship,
               SentenceFrame.titleWords(doc.tokens, from: last.tokenEnd, to: m.tokenStart, lexicon: lexicon),
               last.role == .demonym ? !SentenceFrame.isPlural(doc.tokens[last.tokenEnd - 1].norm)
                   : SentenceFrame.qualifiesOffice(doc.tokens, last, before: m, lexicon: lexicon) {
                last.actor = m.actor
                last.role = m.role
                last.tokenEnd = m.tokenEnd
                last.end = m.end
                last.text = m.text
                // The office before the demonym is part of the title too: "وزير الدفاع الروسي".
                let floor = merged.count >= 2 ? merged[merged.count - 2].tokenEnd : sentence.tokenStart
                var k = last.tokenStart - 1
                while k >= floor && last.tokenStart - k <= 4 && doc.tokens[k].kind == .word
                        && (ArabicClitics.anyForm(of: doc.tokens[k], in: lexicon.agentKeys) || SentenceFrame.rankWords.contains(doc.tokens[k].norm))
                        && Prepositions.preposition(doc.tokens[k]) == nil {
                    k -= 1
                }
                if k + 1 < last.tokenStart, ArabicClitics.preposition(in: last.prefix) == nil {
                    last.tokenStart = k + 1
                    last.start = doc.tokens[k + 1].start
                    last.prefix = SentenceFrame.conjunctionPrefix(doc.tokens[k + 1], lexicon)
                }
                merged[merged.count - 1] = last
            } else {
                merged.append(m)
            }
        }
        // An office before a person's name that the dictionary did not match (a title out of its
        // dates, "وزير الدفاع الروسي سيرغي شويغو") belongs to the name's mention.
        for i in merged.indices where isPerson(merged[i].actor) && merged[i].role == .name {
            let floor = i > 0 ? merged[i - 1].tokenEnd : sentence.tokenStart
            var k = merged[i].tokenStart - 1
            var first = -1
            while k >= floor && merged[i].tokenStart - k <= 4 && doc.tokens[k].kind == .word && Prepositions.preposition(doc.tokens[k]) == nil {
                let t = doc.tokens[k]
                if SentenceFrame.forcesWords.contains(t.norm) || ArabicClitics.variants(of: t.norm).contains(where: { SentenceFrame.forcesWords.contains($0.form) }) { break }
                let office = ArabicClitics.anyForm(of: t, in: lexicon.agentKeys) || SentenceFrame.officeWords.contains(t.norm)
                let adjective = t.norm.hasPrefix("ال") && t.norm.hasSuffix("ي") && t.norm.count >= 5
                guard office || adjective || SentenceFrame.rankWords.contains(t.norm) else { break }
                if office { first = k }
                k -= 1
            }
            if first >= 0, ArabicClitics.preposition(in: merged[i].prefix) == nil, !ArabicClitics.anyForm(of: doc.tokens[first], in: lexicon.triggerWordKeys) {
                merged[i].tokenStart = first
                merged[i].start = doc.tokens[first].start
                merged[i].prefix = SentenceFrame.conjunctionPrefix(doc.tokens[first], lexicon)
            }
        }
        // "التقى حفتر رئيس هيئة الأركان الأردني": the office a demonym qualifies is part of its mention.
        for i in merged.indices where merged[i].role == .demonym && ArabicClitics.preposition(in: merged[i].prefix) == nil {
            let floor = i > 0 ? merged[i - 1].tokenEnd : sentence.tokenStart
            var k = merged[i].tokenStart - 1
            var first = -1
            while k >= floor && merged[i].tokenStart - k <= 4 && doc.tokens[k].kind == .word && Prepositions.preposition(doc.tokens[k]) == nil {
                let t = doc.tokens[k]
                let office = SentenceFrame.officeWords.contains(t.norm) || ArabicClitics.variants(of: t.norm).contains { SentenceFrame.officeWords.contains($0.form) }
                guard office || SentenceFrame.rankWords.contains(t.norm) || ArabicClitics.anyForm(of: t, in: lexicon.agentKeys) else { break }
                if office { first = k }
                k -= 1
            }
            if first >= 0, !ArabicClitics.anyForm(of: doc.tokens[first], in: lexicon.triggerWordKeys) {
                merged[i].tokenStart = first
                merged[i].start = doc.tokens[first].start
                merged[i].prefix = SentenceFrame.conjunctionPrefix(doc.tokens[first], lexicon)
            }
        }
        // "قوات اللواء المتقاعد خليفة حفتر", "the forces of eastern-based military leader Khalifa
        // Haftar": the forces a leader commands are the body he leads.
        for i in merged.indices where isPerson(merged[i].actor) {
            guard let body = ledBody(merged[i].actor) else { continue }
            let floor = i > 0 ? merged[i - 1].tokenEnd : sentence.tokenStart
            var k = merged[i].tokenStart - 1
            while k >= floor && merged[i].tokenStart - k <= 5 && doc.tokens[k].kind == .word
                    && !SentenceFrame.forcesWords.contains(doc.tokens[k].norm) && doc.tokens[k].norm != "of"
                    && (ArabicClitics.anyForm(of: doc.tokens[k], in: lexicon.agentKeys) || SentenceFrame.rankWords.contains(doc.tokens[k].norm)
                        || ["the", "eastern", "western", "east", "libyan", "libya"].contains(doc.tokens[k].norm)) {
                k -= 1
            }
            guard k >= floor else { continue }
            var head = k
            if doc.tokens[k].norm == "of", k - 1 >= floor { head = k - 1; if doc.tokens[head].norm == "the" && head - 1 >= floor { head -= 0 } }
            let word = doc.tokens[head]
            let forces = SentenceFrame.forcesWords.contains(word.norm) || ArabicClitics.variants(of: word.norm).contains { SentenceFrame.forcesWords.contains($0.form) }
            guard forces, head == k || doc.tokens[k].norm == "of" else { continue }
            merged[i].actor = body
            merged[i].role = .name
            merged[i].tokenStart = head
            merged[i].start = word.start
            merged[i].prefix = ArabicClitics.variants(of: word.norm).first { SentenceFrame.forcesWords.contains($0.form) }?.prefix ?? ""
        }
        // "زيارة إلى تونس ... مع رئيسها": an office with the feminine pronoun is the office of the
        // state named last before it.
        var t0 = sentence.tokenStart
        var added: [Mention] = []
        while t0 < sentence.tokenEnd {
            let t = doc.tokens[t0]
            if t.kind == .word, SentenceFrame.endsWithHa(t), !merged.contains(where: { $0.tokenStart <= t0 && t0 < $0.tokenEnd }),
               let v = ArabicClitics.variants(of: t.norm).first(where: { SentenceFrame.officesOfHers.contains($0.form) }),
               let state = merged.last(where: { $0.tokenEnd <= t0 && t0 - $0.tokenEnd <= 30 && isState($0.actor) && $0.role != .demonym }) {
                added.append(Mention(actor: state.actor, start: t.start, end: t.end, sentence: sentence.index, tokenStart: t0, tokenEnd: t0 + 1,
                                     role: .title, prefix: v.prefix, text: doc.text(t.start, t.end)))
            }
            t0 += 1
        }
        if !added.isEmpty { merged = (merged + added).sorted { $0.tokenStart < $1.tokenStart } }
        ms = merged
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

    /// Whether the tokens `from..<to` can be title words between a demonym and a name: at
    /// most three words (quotes allowed), each a noun of office or body ("military",
    /// "leader", "الجيش") or a rank ("الفريق").
    static func titleWords(_ tokens: [Token], from: Int, to: Int, lexicon: RelationLexicon) -> Bool {
        guard from <= to, to - from <= 5 else { return false }
        for k in from..<to {
            let t = tokens[k]
            if t.kind == .punctuation { if t.norm == "\"" || t.norm == "'" { continue }; return false }
            // "Commander-in-Chief", "Chief of Staff": a preposition inside the title.
            if k > from && k < to - 1 && (t.norm == "in" || t.norm == "of") { continue }
            if !ArabicClitics.anyForm(of: t, in: lexicon.agentKeys) && !rankWords.contains(t.norm) { return false }
        }
        return true
    }

    /// "و" when an office word that now opens a mention carries the conjunction ("ووزير
    /// الخارجية لافروف"), so that lists still see it.
    static func conjunctionPrefix(_ t: Token, _ lexicon: RelationLexicon) -> String {
        t.norm.hasPrefix("و") && !lexicon.agentKeys.contains(t.key) ? "و" : ""
    }

    /// Whether a (non-demonym) body or state mention is part of the office of the person after
    /// it: an office noun stands between them ("Russia's Security Council Secretary"), or the
    /// mention follows an office noun ("ولي عهد أبوظبي", "أمير قطر").
    static func qualifiesOffice(_ tokens: [Token], _ m: Mention, before person: Mention, lexicon: RelationLexicon) -> Bool {
        let between = tokens[m.tokenEnd..<person.tokenStart].filter { $0.kind == .word }
        if between.contains(where: { officeWords.contains($0.norm) }) {
            return true
        }
        guard between.isEmpty, m.tokenStart > 0 else { return false }
        return officeWords.contains(tokens[m.tokenStart - 1].norm)
    }

    /// Whether a token ends in "ها" (D9 87 D8 A7), tested on bytes: this runs on every token.
    static func endsWithHa(_ t: Token) -> Bool {
        var norm = t.norm
        return norm.withUTF8 { u in u.count >= 6 && u[u.count - 4] == 0xD9 && u[u.count - 3] == 0x87 && u[u.count - 2] == 0xD8 && u[u.count - 1] == 0xA7 }
    }

    /// Offices with the feminine pronoun ("رئيسها": her president), which refer to a state.
    static let officesOfHers: Set<String> = ["رئيسها", "ملكها", "اميرها", "حكومتها", "وزيرها", "جيشها", "قواتها", "سلطاتها", "مسؤوليها",
                                             "رئيس وزرائها", "وزير خارجيتها", "خارجيتها", "سفيرها"]

    /// Nouns for the armed forces of a leader.
    static let forcesWords: Set<String> = ["قوات", "القوات", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "forces", "militia", "militias", "troops", "army"]

    /// Nouns of office that a state or body qualifies.
    static let officeWords: Set<String> = ["عهد", "رئيس", "رئيسه", "ملك", "امير", "زعيم", "قائد", "حاكم", "وزير", "سفير", "مبعوث",
                                           "king", "president", "emir", "prince", "leader", "ruler", "commander", "minister", "secretary",
                                           "chief", "envoy", "ambassador", "premier", "head"]

    /// Ranks and honorifics that stand between an office and a name ("الفريق", "Field Marshal").
    static let rankWords: Set<String> = ["الفريق", "اللواء", "المشير", "العقيد", "العميد", "الشيخ", "السيد", "المستشار", "الركن", "اول",
                                         "field", "marshal", "general", "gen", "maj", "sheikh", "mr", "dr", "deputy", "foreign", "defence", "defense", "prime",
                                         "based", "security", "national", "armed", "land", "ground", "naval", "air", "staff", "affairs", "interior", "state",
                                         "supreme", "former", "senior", "top", "الدفاع", "الداخليه", "الاركان", "اركان", "حرب", "العامه"]

    /// A plural ("مصريون", "Egyptians") or feminine ("المصرية") demonym qualifies a group or a
    /// body, not a man's title.
    static func isPlural(_ w: String) -> Bool {
        w.hasSuffix("ون") || w.hasSuffix("ين") || w.hasSuffix("ات") || w.hasSuffix("يه") || w.hasSuffix("s")
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

import Foundation

/// How the mentions of a sentence take in the words of their titles before the extractor reads
/// the sentence: demonyms and states in a person's title, offices before a name or a demonym,
/// bracketed acronyms, the forces of a leader, and offices with the feminine pronoun
/// (docs/lexicon.md, "How arguments are assigned").
extension SentenceFrame {
    /// The mentions `ms` of `sentence` with their titles merged.
    static func withTitles(_ ms: [Mention], doc: Document, sentence: Sentence, lexicon: RelationLexicon,
                           isPerson: (String) -> Bool, isState: (String) -> Bool, ledBody: (String) -> String?) -> [Mention] {
        var ms = ms
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
        return merged
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
}

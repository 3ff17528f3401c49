/// Turns raw dictionary matches into mentions, reading the article left to right:
///
/// - names and aliases name their actor; exclusions ("إسرائيل اليوم") name nobody;
/// - titles name whoever held the role on the article's date;
/// - a short name ("حفتر") shared by several actors resolves, in order, to: the father when
///   "ونجله / and his son" follows; the candidate last referred to in the same paragraph; the
///   candidate a later epithet in the paragraph names ("حفتر الابن"); the dictionary's default;
/// - kinship: "نجله / ابنه / his son" is the son of the last person named, "والده / his father"
///   their father, "نجل X / son of X" the son of X (or, after an apposition "Y، نجل X", links Y
///   to X); each stated kinship is kept for `son_of` edges;
/// - "قائد / commander of" an organisation is its leader on the article's date.
struct MentionResolver {
    let gazetteer: Gazetteer
    let doc: Document
    let date: String?

    private var mentions: [Mention] = []
    private var kinship: [KinshipLink] = []
    /// Person mentions of the current paragraph, latest last (actor index).
    private var paragraphRefs: [Int] = []
    private var currentParagraph = -1
    private var lastPerson: Int? = nil
    /// Token where the father of a "نجل X" phrase starts: naming him there does not make him
    /// the antecedent of later pronouns (the phrase is about the son).
    private var fatherAt: Int? = nil

    init(gazetteer: Gazetteer, doc: Document, date: String?) {
        self.gazetteer = gazetteer
        self.doc = doc
        self.date = date
    }

    private var entries: [ActorEntry] { gazetteer.dictionary.entries }

    mutating func resolve(_ raw: [ActorMatcher.RawMatch]) -> [Mention] {
        resolveAll(raw).mentions
    }

    mutating func resolveAll(_ raw: [ActorMatcher.RawMatch]) -> MentionSet {
        var byStart: [Int: Int] = [:]
        for (i, m) in raw.enumerated() { byStart[m.tokenStart] = i }
        let tokens = doc.tokens
        for s in doc.sentences {
            if s.paragraph != currentParagraph {
                currentParagraph = s.paragraph
                paragraphRefs = []
            }
            var t = s.tokenStart
            while t < s.tokenEnd {
                if let ri = byStart[t] {
                    let m = raw[ri]
                    if let actor = resolveMatch(m, rawIndex: ri, raw: raw) {
                        add(actor, m.tokenStart, m.tokenEnd, s.index, role: role(of: m, actor: actor), prefix: m.prefix)
                        // "رئيس المجلس الرئاسي لحكومة الوفاق فايز السراج": the body named inside a
                        // person's title is mentioned too.
                        if entries[actor].kind == .person && m.tokenEnd - m.tokenStart > 1 {
                            let matcher = ActorMatcher(gazetteer: gazetteer)
                            var k = m.tokenStart + 1
                            while k < m.tokenEnd {
                                guard tokens[k].kind == .word, let inner = matcher.longestMatch(tokens, at: k, end: m.tokenEnd) else { k += 1; continue }
                                // "secretary of Russia's Security Council": an exclusion covers what it spans.
                                if !inner.entries.contains(where: { $0.role == .exclusion }),
                                   let org = inner.entries.first(where: { $0.role == .name && entries[$0.actor].kind == .organisation })?.actor {
                                    add(org, k, inner.end, s.index, role: .name, prefix: inner.prefix)
                                    break
                                }
                                k = inner.end
                            }
                        }
                    } else if m.tokenEnd - m.tokenStart > 1, !m.entries.contains(where: { $0.role == .exclusion }) {
                        // A title that names nobody here ("former Libyan leader", "رئيس حكومة الوفاق
                        // السابق"): the names inside it still count ("Libyan", "حكومة الوفاق").
                        let matcher = ActorMatcher(gazetteer: gazetteer)
                        var k = m.tokenStart
                        while k < m.tokenEnd {
                            guard tokens[k].kind == .word, let inner = matcher.longestMatch(tokens, at: k, end: m.tokenEnd),
                                  inner.end - k < m.tokenEnd - m.tokenStart else { k += 1; continue }
                            let sub = ActorMatcher.RawMatch(tokenStart: k, tokenEnd: inner.end, prefix: inner.prefix, entries: inner.entries.filter { $0.role != .title },
                                                            sentence: m.sentence, paragraph: m.paragraph)
                            if !sub.entries.isEmpty, let actor = resolveMatch(sub, rawIndex: ri, raw: raw) {
                                add(actor, k, inner.end, s.index, role: role(of: sub, actor: actor), prefix: inner.prefix)
                            }
                            k = inner.end
                        }
                    }
                    t = m.tokenEnd
                    continue
                }
                let tok = tokens[t]
                if tok.kind == .word { handleKinship(at: t, sentence: s, raw: raw, byStart: byStart) }
                t += 1
            }
        }
        return MentionSet(mentions: mentions, kinship: kinship)
    }

    // MARK: - Matches

    private mutating func resolveMatch(_ m: ActorMatcher.RawMatch, rawIndex: Int, raw: [ActorMatcher.RawMatch]) -> Int? {
        // An exclusion rules out its own actor only: "Saif al-Islam Gaddafi" is no mention of
        // Muammar Gaddafi, but it is Saif's name.
        let excluded = Set(m.entries.filter { $0.role == .exclusion }.map(\.actor))
        if !excluded.isEmpty && !m.entries.contains(where: { $0.role == .name && !excluded.contains($0.actor) }) { return nil }
        func actors(_ role: NameRole) -> [Int] {
            var seen: [Int] = []
            for e in m.entries where e.role == role && !seen.contains(e.actor) && !excluded.contains(e.actor) {
                if role == .title && !entries[e.actor].titles[e.title].range.contains(date) { continue }
                seen.append(e.actor)
            }
            return seen
        }
        let names = actors(.name)
        if names.count == 1 { return names[0] }
        if names.count > 1 { return resolveShortName(names, m, rawIndex: rawIndex, raw: raw) }
        // "نائب وزير الدفاع الروسي", "deputy defence minister", "former president": not the holder.
        let deputy = m.tokenStart > 0 && Self.notTheHolder.contains(doc.tokens[m.tokenStart - 1].norm)
            || m.tokenEnd < doc.tokens.count && ["السابق", "السابقه"].contains(doc.tokens[m.tokenEnd].norm)
        let titles = deputy ? [] : actors(.title)
        if titles.count == 1 { return titles[0] }
        if titles.count > 1 { return nil }
        let places = actors(.place)
        if places.count == 1 { return places[0] }
        let demonyms = actors(.demonym)
        if demonyms.count == 1 { return demonyms[0] }
        let shorts = actors(.shortName)
        if !shorts.isEmpty { return resolveShortName(shorts, m, rawIndex: rawIndex, raw: raw) }
        return nil
    }

    /// "قائد ما يعرف بـ...", "leader of the so-called ...": words that only introduce a name.
    static let calledWords: Set<String> = ["ما", "يعرف", "يسمي", "بما", "ب", "ل", "العام", "الاعلي", "المسمي", "so", "called", "the", "of", "self", "styled",
                                           "proclaimed", "general", "supreme"]

    /// Words before a title that make it someone else's office.
    static let notTheHolder: Set<String> = ["نائب", "مساعد", "مستشار", "deputy", "vice", "assistant", "former", "ex", "adviser", "advisor"]

    private func role(of m: ActorMatcher.RawMatch, actor: Int) -> NameRole {
        for r in [NameRole.name, .title, .place, .demonym, .shortName] where m.entries.contains(where: { $0.role == r && $0.actor == actor }) {
            return r
        }
        return .name
    }

    private func resolveShortName(_ candidates: [Int], _ m: ActorMatcher.RawMatch, rawIndex: Int, raw: [ActorMatcher.RawMatch]) -> Int? {
        if candidates.count == 1 { return candidates[0] }
        // "حفتر ونجله", "Haftar and his son": the father.
        let tokens = doc.tokens
        let after = m.tokenEnd
        if after < tokens.count {
            let next = tokens[after].norm
            let isHisSon = (next.hasPrefix("و") && KinshipWords.hisSon.contains(String(next.dropFirst())))
                || (next == "and" && after + 2 < tokens.count && tokens[after + 1].norm == "his" && tokens[after + 2].norm == "son")
            if isHisSon, let father = candidates.first(where: { gazetteer.sons[$0].map { s in s.contains(where: candidates.contains) } ?? false }) {
                return father
            }
        }
        // The candidate last referred to in this paragraph.
        if let recent = paragraphRefs.last(where: candidates.contains) { return recent }
        // A later epithet in the same paragraph ("حفتر الابن").
        var j = rawIndex + 1
        while j < raw.count, raw[j].paragraph == m.paragraph {
            if let e = raw[j].entries.first(where: { $0.isEpithet && candidates.contains($0.actor) }) { return e.actor }
            j += 1
        }
        if let d = candidates.first(where: { entries[$0].isDefault }) { return d }
        return nil
    }

    // MARK: - Kinship and leadership

    private mutating func handleKinship(at t: Int, sentence s: Sentence, raw: [ActorMatcher.RawMatch], byStart: [Int: Int]) {
        let tokens = doc.tokens
        let classes = KinshipWords.classes(of: tokens[t].key)
        guard !classes.isEmpty else { return }  // the common case: not a kinship word
        let w = tokens[t].norm
        let english = t > s.tokenStart && KinshipWords.classes(of: tokens[t - 1].key).contains(.possessive)
        // "Haftar's son": the person named right before, with a possessive.
        var owner: Int? = nil
        if t > s.tokenStart, tokens[t - 1].possessive, let m = mentions.last, m.tokenEnd == t, let i = gazetteer.dictionary.index(of: m.actor),
           entries[i].kind == .person {
            owner = i
        }
        if w == "son", let father = owner, let son = uniqueSon(of: father) {
            kinship.append(KinshipLink(son: entries[son].id, father: entries[father].id, sentence: s.index, tokenStart: t - 1, tokenEnd: t + 1))
            add(son, t, t + 1, s.index, role: .kinship, prefix: "")
            return
        }
        if classes.contains(.hisSon) || (english && w == "son") {
            // "ابنه صدام", "his son": the son of the last person named.
            guard let father = lastPerson, let son = uniqueSon(of: father) else { return }
            kinship.append(KinshipLink(son: entries[son].id, father: entries[father].id, sentence: s.index, tokenStart: t, tokenEnd: t + 1))
            add(son, english ? t - 1 : t, t + 1, s.index, role: .kinship, prefix: "")
            return
        }
        if classes.contains(.hisForces) || (english && classes.contains(.forces)) {
            // "his forces", "قواته": the organisation the last person named leads.
            guard let person = lastPerson, let org = ledOrganisation(by: entries[person].id) else { return }
            add(org, english ? t - 1 : t, t + 1, s.index, role: .kinship, prefix: "")
            return
        }
        if classes.contains(.hisFather) || (english && w == "father") {
            guard let child = lastPerson, let f = entries[child].father, let father = gazetteer.dictionary.index(of: f) else { return }
            kinship.append(KinshipLink(son: entries[child].id, father: f, sentence: s.index, tokenStart: t, tokenEnd: t + 1))
            add(father, english ? t - 1 : t, t + 1, s.index, role: .kinship, prefix: "")
            return
        }
        let isSonOf = classes.contains(.sonOf) && !(w == "son" && (t + 1 >= s.tokenEnd || tokens[t + 1].norm != "of"))
        let isLeader = classes.contains(.leader)
        guard isSonOf || isLeader else { return }
        // The next match within a few tokens names the father / the organisation.
        var k = t + 1
        var steps = 0
        while k < s.tokenEnd && steps < 4 && byStart[k] == nil {
            let n = tokens[k].norm
            if tokens[k].kind == .punctuation && n != "\"" { return }
            k += 1
            steps += 1
        }
        guard k < s.tokenEnd, let ri = byStart[k] else { return }
        // "قائد القوات الموالية لحكومة طبرق" commands forces loyal to the body; he does not lead it.
        let named = tokens[(t + 1)..<k].filter { $0.kind == .word && !Self.calledWords.contains($0.norm) }.count
        if isLeader && !isSonOf && named > 1 { return }
        var probe = self
        guard let target = probe.resolveMatch(raw[ri], rawIndex: ri, raw: raw) else { return }
        if isSonOf {
            guard entries[target].kind == .person else { return }
            fatherAt = k
            // Apposition: "صدام، نجل خليفة حفتر" / "Saddam, son of Khalifa Haftar".
            var b = t - 1
            while b >= s.tokenStart && tokens[b].kind == .punctuation && (tokens[b].norm == "," || tokens[b].norm == "،") { b -= 1 }
            if b >= s.tokenStart, let prev = mentions.last, prev.tokenEnd == b + 1, prev.sentence == s.index,
               let pi = gazetteer.dictionary.index(of: prev.actor), entries[pi].kind == .person, pi != target {
                kinship.append(KinshipLink(son: prev.actor, father: entries[target].id, sentence: s.index, tokenStart: t, tokenEnd: k))
                return
            }
            // "Haftar, son of Khalifa Haftar": a surname read as the father is his son.
            if b >= s.tokenStart, let prev = mentions.last, prev.tokenEnd == b + 1, prev.sentence == s.index, prev.role == .shortName,
               prev.actor == entries[target].id, let son = uniqueSon(of: target) {
                mentions[mentions.count - 1].actor = entries[son].id
                kinship.append(KinshipLink(son: entries[son].id, father: entries[target].id, sentence: s.index, tokenStart: t, tokenEnd: k))
                return
            }
            guard let son = uniqueSon(of: target) else { return }
            kinship.append(KinshipLink(son: entries[son].id, father: entries[target].id, sentence: s.index, tokenStart: t, tokenEnd: k))
            add(son, t, t + 1, s.index, role: .kinship, prefix: "")
        } else {
            guard entries[target].kind == .organisation, let leader = leader(of: entries[target].id) else { return }
            add(leader, t, t + 1, s.index, role: .kinship, prefix: "")
        }
    }

    /// The one organisation `person` leads on the article's date.
    private func ledOrganisation(by person: String) -> Int? {
        guard let i = gazetteer.dictionary.index(of: person) else { return nil }
        let led = entries[i].affiliations.filter { $0.relation == .leaderOf && $0.range.contains(date) }
        guard led.count == 1 else { return nil }
        return gazetteer.dictionary.index(of: led[0].target)
    }

    private func uniqueSon(of father: Int) -> Int? {
        guard let sons = gazetteer.sons[father], sons.count == 1 else { return nil }
        return sons[0]
    }

    private func leader(of org: String) -> Int? {
        var found: [Int] = []
        for (i, e) in entries.enumerated() {
            if e.affiliations.contains(where: { $0.relation == .leaderOf && $0.target == org && $0.range.contains(date) }) { found.append(i) }
        }
        return found.count == 1 ? found[0] : nil
    }

    // MARK: - Output

    private mutating func add(_ actor: Int, _ tokenStart: Int, _ tokenEnd: Int, _ sentence: Int, role: NameRole, prefix: String) {
        let tokens = doc.tokens
        var start = tokens[tokenStart].start
        if !prefix.isEmpty && prefix != "ال" {
            // Skip the proclitic letters in the original (marks and tatweel don't count).
            // Keep the article: "الروسي" is the mention, "و" of "والروسي" is not.
            var letters = prefix.unicodeScalars.count
            if prefix.hasSuffix("ال") { letters -= 2 } else if prefix.hasSuffix("لل") { letters -= 1 }
            var p = start
            while p < tokens[tokenStart].end && letters > 0 {
                if !isArabicMark(doc.scalars[p].value) { letters -= 1 }
                p += 1
            }
            while p < tokens[tokenStart].end && isArabicMark(doc.scalars[p].value) { p += 1 }
            start = p
        }
        let end = tokens[tokenEnd - 1].end
        let e = entries[actor]
        mentions.append(Mention(actor: e.id, start: start, end: end, sentence: sentence, tokenStart: tokenStart, tokenEnd: tokenEnd,
                                role: role, prefix: prefix, text: doc.text(start, end)))
        if e.kind == .person {
            if fatherAt != tokenStart { lastPerson = actor }
            paragraphRefs.append(actor)
        }
    }
}

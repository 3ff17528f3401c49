/// Finds typed relations in a document: trigger words from the lexicon, their source and
/// target from the argument frame (word order, prepositions, lists, genitives), and their
/// modality; then fills implicit arguments from the rest of the sentence.
import Foundation
let debugEnabled = ProcessInfo.processInfo.environment["ACTORGRAPH_DEBUG"] != nil

public struct RelationExtractor: Sendable {
    public let lexicon: RelationLexicon
    let matcher: TriggerMatcher

    public init(lexicon: RelationLexicon) {
        self.lexicon = lexicon
        self.matcher = TriggerMatcher(lexicon: lexicon)
        self.triggerWords = lexicon.triggerWords
        self.needKeys = lexicon.rules.map { $0.needs.map { $0.map(WordKey.init) } }
        self.notBeforeKeys = lexicon.rules.map { Set($0.notBefore.map(WordKey.init)) }
    }

    /// A trigger found in a sentence with its chosen rule.
    struct Found {
        var rule: TriggerRule
        var start: Int
        var end: Int
        /// End of the needed word ("أسلحة" after "أرسل"), or `end`.
        var fullEnd: Int
        var sources: [Int] = []
        var targets: [Int] = []
        /// The source when it is not named in the sentence (a pronoun or a dropped subject):
        /// the actor the text is about.
        var implicitSource: String? = nil
        var modality: Modality = .asserted
        /// Its subject is a noun that names no actor ("the government, which is backed by"):
        /// no other trigger or topic lends it one.
        var sourceless = false
        /// Its sources were lent by another trigger of the sentence.
        var sharedSources = false
    }

    /// Relations of one document, merged per (source, target, type, modality).
    public func relations(in doc: Document, mentions: MentionSet) -> [Relation] {
        analyse(doc, mentions: mentions).relations
    }

    /// Relations of one document, and the indices (into `mentions.mentions`) of the mentions
    /// that name nobody acting and are left out of the mention output: demonyms that only
    /// describe something ("صحيفة الوطن الليبية", "Libyan airspace") or belong to a person's
    /// title, a body's city used as a location ("the offensive on Tripoli"), a place in an
    /// "X-based" compound, and datelines ("دبي، الإمارات (CNN)--", "TUNIS, May 8").
    public func analyse(_ doc: Document, mentions: MentionSet) -> (relations: [Relation], quiet: Set<Int>) {
        var quiet = Set<Int>()
        var out: [String: Relation] = [:]
        var order: [String] = []
        // The evidence each relation already has, hashed: a linear search made an article
        // that states one relation many times quadratic.
        var known: [String: Set<Evidence>] = [:]
        func emit(_ relation: Relation) {
            var r = relation
            if r.type.isSymmetric && r.target < r.source { swap(&r.source, &r.target) }
            if var existing = out[r.key] {
                for e in r.evidence where known[r.key, default: []].insert(e).inserted { existing.evidence.append(e) }
                if existing.attribution == nil { existing.attribution = r.attribution }
                out[r.key] = existing
            } else {
                out[r.key] = r
                known[r.key] = Set(r.evidence)
                order.append(r.key)
            }
        }
        var topic: String? = nil
        var bySentence: [Int: [Int]] = [:]
        for (i, m) in mentions.mentions.enumerated() { bySentence[m.sentence, default: []].append(i) }
        for s in doc.sentences {
            guard let indices = bySentence[s.index] else { continue }
            let inSentence = indices.map { mentions.mentions[$0] }
            let kinds = self.kinds, led = self.ledBodies
            let frame = SentenceFrame(doc: doc, sentence: s, mentions: inSentence, lexicon: lexicon,
                                      isPerson: { kinds[$0] == .person }, isState: { kinds[$0] == .state }, ledBody: { led[$0] })
            let found = relations(in: frame, topic: &topic)
            for r in found { emit(r) }
            let ends = Set(found.flatMap { [$0.source, $0.target] })
            for i in indices where !ends.contains(mentions.mentions[i].actor) && isQuiet(mentions.mentions[i], frame) { quiet.insert(i) }
        }
        for link in mentions.kinship where link.son != link.father {
            let s = doc.sentences[link.sentence]
            let ev = evidence(doc, s, triggerStart: link.tokenStart, triggerEnd: link.tokenEnd, attribution: nil)
            emit(Relation(article: doc.article.path, source: link.son, target: link.father, type: .sonOf, modality: .asserted,
                          attribution: nil, evidence: [ev]))
        }
        return (order.map { out[$0]! }, quiet)
    }

    /// Whether a mention that is no relation's end names nobody acting (see `analyse`).
    func isQuiet(_ m: Mention, _ frame: SentenceFrame) -> Bool {
        let tokens = frame.doc.tokens
        switch m.role {
        case .demonym:
            let w = tokens[m.tokenEnd - 1].norm
            if w.hasSuffix("ون") || w.hasSuffix("يين") || (!isArabic(tokens[m.tokenEnd - 1]) && w.hasSuffix("s")) { return false }  // "the Emiratis", "المصريون"
            // In a person's title ("former Libyan leader Gaddafi") it still names the state.
            guard let j = frame.mentions.firstIndex(where: { $0.tokenStart == m.tokenStart && $0.role == .demonym }) else { return false }
            return !frame.demonymActs(j)
        case .place:
            // "the offensive on Tripoli" is a place; "the government in Tripoli" is the GNA.
            if kind(of: m.actor, frame) == .organisation {
                let near = tokens[max(frame.sentence.tokenStart, m.tokenStart - 5)..<m.tokenStart] + tokens[m.tokenEnd..<min(frame.sentence.tokenEnd, m.tokenEnd + 3)]
                return !near.contains { $0.kind == .word && ArabicClitics.anyForm(of: $0, in: lexicon.agentKeys) }
            }
        default:
            break
        }
        if m.tokenEnd < frame.sentence.tokenEnd && tokens[m.tokenEnd].norm == "based" { return true }
        return isDateline(m, frame)
    }

    /// A dateline: the paragraph opens with places (and commas), then an agency in brackets or
    /// a dash, slash or colon ("دبي، الإمارات العربية المتحدة (CNN)--", "CAIRO (Reuters) -"),
    /// or with a capitalised place and a comma ("TUNIS, May 8").
    func isDateline(_ m: Mention, _ frame: SentenceFrame) -> Bool {
        let tokens = frame.doc.tokens
        let s = frame.sentence
        guard s.index == 0 || frame.doc.sentences[s.index - 1].paragraph != s.paragraph || tokens[s.tokenStart].newlinesBefore > 0 else { return false }
        var k = s.tokenStart
        while k < s.tokenEnd && k < s.tokenStart + 12 {
            if let mi = frame.mentions.firstIndex(where: { $0.tokenStart == k }) {
                k = frame.mentions[mi].tokenEnd
                if k <= m.tokenStart { continue }
                if m.tokenStart >= s.tokenStart + 12 { return false }
                if k < s.tokenEnd && Prepositions.isList(tokens[k]) && tokens[k - 1].allCaps && k - 1 == m.tokenStart { return true }
                continue
            }
            let t = tokens[k]
            if Prepositions.isList(t) { k += 1; continue }
            if ["(", "-", "–", "—", "/", ":"].contains(t.norm) { return m.tokenEnd <= k }
            return false
        }
        return false
    }

    // MARK: - One sentence

    func relations(in frame: SentenceFrame, topic: inout String?) -> [Relation] {
        guard !frame.mentions.isEmpty else { return [] }
        let tokens = frame.doc.tokens
        let s = frame.sentence
        // 1. Triggers, longest first, with the rule whose needs are met.
        var found: [Found] = []
        var inMention = Set<Int>()
        for m in frame.mentions { for k in m.tokenStart..<m.tokenEnd { inMention.insert(k) } }
        var t = s.tokenStart
        while t < s.tokenEnd {
            // Words of a name are not triggers ("قوات الدعم السريع").
            if inMention.contains(t) { t += 1; continue }
            guard let hit = matcher.match(tokens, at: t, end: s.tokenEnd) else { t += 1; continue }
            // "وزارة" is not "زار" + "ه": a taa marbuta is no pronoun suffix.
            if hit.end == t + 1, tokens[t].end > tokens[t].start, frame.doc.text(tokens[t].end - 1, tokens[t].end) == "ة",
               !lexicon.triggerWords.contains(String(tokens[t].norm.dropFirst(hit.prefix.count))) { t += 1; continue }
            let chosen = choose(hit, tokens, s, inMention: inMention)
            guard let first = chosen.first else { t += 1; continue }
            found.append(contentsOf: chosen)
            t = first.fullEnd
        }
        guard !found.isEmpty else { return [] }
        if debugEnabled { debugPrint("frame", frame.mentions.map { "\($0.actor)@\($0.tokenStart)-\($0.tokenEnd)/\($0.role)" }) }
        var detector = ModalityDetector(lexicon: lexicon, frame: frame)
        detector.mentionTokens = inMention
        var usedTargets = Set<Int>()
        // 2. Arguments and modality, in text order.
        for i in found.indices {
            var f = found[i]
            let nextTrigger = found[(i + 1)...].first { $0.start > f.start }?.start ?? s.tokenEnd
            // What is refused is an act: an Arabic verbal noun, or an English infinitive or
            // gerund ("refused to supply"); "rejected the memorandum signed between A and B"
            // does not undo the memorandum.
            let refusal = found[..<i].last { $0.rule.embeds && f.start - $0.fullEnd <= 8 && !crossesClause(tokens, $0.fullEnd, f.start) }
                .flatMap { isArabic(tokens[f.start]) || refusedAct(tokens, f) ? $0 : nil }
            f.modality = detector.modality(triggerStart: f.start, triggerEnd: f.fullEnd, type: f.rule.type, refusedBy: refusal?.start)
            if f.rule.between, let (a, b) = between(frame, after: f.fullEnd) {
                f.sources = [a]
                f.targets = [b]
            } else {
                // "the aircraft flew back to Libya": an English subject that names no actor.
                // "Sisi has been a key backer of Haftar" is a predicate noun: its subject stands before the copula.
                let predicate = f.start - 3 >= s.tokenStart && Self.copulas.contains(tokens[f.start - 3].norm)
                let namelessSubject = !isArabic(tokens[f.start]) && f.start - 2 >= s.tokenStart && Self.articles.contains(tokens[f.start - 2].norm)
                    && tokens[f.start - 1].kind == .word && !inMention.contains(f.start - 1) && !predicate && f.rule.object
                    && Self.isEnglishVerb(tokens[f.start].norm)
                let adjacent = genitiveWithTarget(frame, f) ? nil : adjacentLeft(frame, f, usedTargets: usedTargets)
                let relative = genitiveWithTarget(frame, f) ? nil : relativeAntecedent(frame, f)
                // "وكان حفتر زار أبوظبي والتقى ولي عهدها": a verb joined by و shares the subject
                // of the verb before it; the name after it is its object.
                let coordinated = adjacent == nil && relative == nil ? coordinatedSubject(frame, f, found[..<i]) : nil
                let feminine = adjacent == nil && relative == nil ? feminineAntecedent(frame, f) : nil
                let subjectRight = adjacent == nil && relative == nil && coordinated == nil && feminine == nil
                    ? rightSubject(frame, f, usedTargets: usedTargets) ?? englishNounAgent(frame, f, usedTargets: usedTargets) : nil
                let subjectList = subjectRight.map { expandForward(frame, $0) } ?? []
                f.targets = targets(frame, f, excluding: Set(subjectList), limit: f.rule.embeds ? s.tokenEnd : nextTrigger)
                if f.targets.isEmpty, f.rule.object, subjectList.count > 0, let object = objectAfterSubjects(frame, subjectList) {
                    f.targets = [object]
                }
                let exclude = usedTargets.union(f.targets)
                if let adjacent, !f.targets.contains(adjacent) {
                    f.sources = expandBackwards(frame, adjacent)
                } else if let coordinated, !coordinated.isEmpty {
                    f.sources = coordinated.filter { !f.targets.contains($0) }
                } else if namelessSubject {
                    f.implicitSource = nil
                    f.sourceless = true
                    f.targets = f.rule.reverse ? f.targets : []
                } else if let sender = messageSender(frame, f) {
                    f.sources = [sender]  // "برسالة من والده يطلب فيها دعما": the father asks
                } else if let rel = relative {
                    f.sources = [rel]
                } else if let state = feminine {
                    f.sources = [state]  // "أعلنت تركيا أنها ستواصل ...": she = the state
                } else if pronounBefore(frame, f) {
                    f.implicitSource = topic
                } else if relativeWithoutAntecedent(frame, f) || namelessEnglishSubject(frame, f) || namelessArabicHead(frame, f) {
                    f.implicitSource = nil  // "the government, which is backed by Turkey"
                    f.sources = []
                    f.sourceless = true
                    f.targets = f.rule.reverse ? f.targets : []
                } else if subjectRight != nil {
                    f.sources = subjectList
                } else if isArabic(tokens[f.start]), f.start > s.tokenStart, Prepositions.preposition(tokens[f.start - 1]) != nil,
                          let right = fallbackRight(frame, f, excluding: Set(f.targets)), frame.markers[right] != nil {
                    f.sources = [right]  // "بشأن توقيع مذكرة الموقعة من السراج مع أردوغان": the agent after a noun in a phrase
                } else if let left = leftSubject(frame, f, usedTargets: exclude) {
                    f.sources = expandBackwards(frame, left)
                    // "والإمارات إلى جانب مصر، حليفتان لحفتر": members joined after it, before the trigger.
                    var cur = left
                    while cur + 1 < frame.mentions.count, frame.mentions[cur + 1].tokenEnd <= f.start, !exclude.contains(cur + 1),
                          joinsList(frame, cur, cur + 1) {
                        f.sources.append(cur + 1)
                        cur += 1
                    }
                } else if isArabic(tokens[f.start]), let right = fallbackRight(frame, f, excluding: Set(f.targets)) {
                    f.sources = [right]
                } else if let person = antecedent(frame, f, excluding: Set(f.targets)) {
                    f.sources = [person]
                }
            }
            if f.rule.reverse {
                // "supplied by the UAE to Haftar's forces": a passive names its own recipient.
                if let agent = f.targets.last, let to = frame.mentions.indices.first(where: { j in
                    j > agent && frame.mentions[j].tokenStart - frame.mentions[agent].tokenEnd <= 2
                        && ["to", "الي", "ل"].contains(frame.markers[j]?.prep ?? "") && frame.markers[j]?.gap.isEmpty == true
                }) {
                    f.sources = [to]
                }
                swap(&f.sources, &f.targets)
                // "Sisi hosted Haftar in Cairo": the visit is to the place, when one is named.
                if f.rule.type == .visited, let guest = f.sources.last, let place = frame.mentions.indices.first(where: { j in
                    j > guest && frame.mentions[j].tokenStart - frame.mentions[guest].tokenEnd <= 2
                        && Prepositions.locative.contains(frame.markers[j]?.prep ?? "") && frame.markers[j]?.gap.isEmpty == true
                        && (kind(of: frame.mentions[j].actor, frame) == .state || frame.mentions[j].role == .place)
                }) {
                    f.targets = [place]
                }
            }
            usedTargets.formUnion(f.rule.reverse ? f.sources : f.targets)
            found[i] = f
        }
        if debugEnabled {
            for f in found {
                debugPrint(f.rule.type, frame.doc.text(tokens[f.start].start, tokens[f.fullEnd - 1].end), f.sources.map { frame.mentions[$0].actor }, f.targets.map { frame.mentions[$0].actor }, f.modality)
            }
        }
        // 3. Implicit arguments from the rest of the sentence.
        shareSubjects(&found)
        for i in found.indices where found[i].sources.isEmpty && found[i].implicitSource == nil && !found[i].rule.reverse && !found[i].targets.isEmpty
            && !found[i].sourceless && subjectDropped(frame, found[i]) {
            found[i].implicitSource = topic
        }
        objectPronouns(&found, frame, topic: topic)
        fillImplicit(&found, frame)
        offerByOwnStatePerson(&found, frame)
        updateTopic(&topic, found, frame)
        // 4. Records.
        var out: [Relation] = []
        for f in found {
            let attribution = frame.attribution(before: f.start)
            let ev = evidence(frame.doc, s, triggerStart: f.start, triggerEnd: f.fullEnd, attribution: attribution)
            var f = f
            // "اجتماع بوتين وأردوغان": a noun whose genitive list names every party.
            if f.sources.isEmpty, f.implicitSource == nil, f.targets.count >= 2, [.met, .contracted].contains(f.rule.type),
               frame.mentions[f.targets[0]].tokenStart - f.fullEnd <= 1, frame.markers[f.targets[0]] == nil {
                f.sources = f.targets
                f.targets = []
            }
            let sourceActors = f.sources.isEmpty ? (f.implicitSource.map { [$0] } ?? []) : f.sources.map { frame.mentions[$0].actor }
            for a in sourceActors {
                for ti in f.targets {
                    let b = frame.mentions[ti].actor
                    guard a != b else { continue }
                    out.append(Relation(article: frame.doc.article.path, source: a, target: b, type: f.rule.type, modality: f.modality,
                                        attribution: attribution, evidence: [ev]))
                }
            }
            // "Turkey and the GNA entered into an agreement", "Haftar and Sarraj met": with no
            // target, the first listed subject deals with the others.
            let reciprocal = f.targets.isEmpty && f.sources.count >= 2 && [.met, .contracted].contains(f.rule.type) && !f.sharedSources
                && reciprocalList(frame, f)
            if reciprocal {
                let a = frame.mentions[f.sources[0]].actor
                for si in f.sources.dropFirst() where frame.mentions[si].actor != a {
                    out.append(Relation(article: frame.doc.article.path, source: a, target: frame.mentions[si].actor, type: f.rule.type,
                                        modality: f.modality, attribution: attribution, evidence: [ev]))
                }
            }
            // "Haftar held talks with Lavrov in Moscow": whoever is not from the place visited it.
            if f.rule.type == .met, !f.rule.reverse, !f.targets.isEmpty || reciprocal, let place = meetingPlace(frame, f) {
                let participants = sourceActors + f.targets.map { frame.mentions[$0].actor }
                for a in participants where a != place {
                    guard let home = homeStates[a], home != place else { continue }
                    out.append(Relation(article: frame.doc.article.path, source: a, target: place, type: .visited, modality: f.modality,
                                        attribution: attribution, evidence: [ev]))
                }
            }
        }
        return out
    }

    /// Picks the rules of a trigger hit whose conditions hold (needs, not_before): the one
    /// with the longest needed phrase; without needs, one rule per relation type.
    func choose(_ hit: TriggerMatcher.Hit, _ tokens: [Token], _ s: Sentence, inMention: Set<Int> = []) -> [Found] {
        var best: [Found] = []
        var bestKey = (need: -1, distance: Int.max)
        // The best rule with a needed word per relation type, and where its needed word starts.
        var byType: [RelationType: (found: Found, key: Int, needStart: Int)] = [:]
        for ri in hit.rules {
            let rule = lexicon.rules[ri]
            var fullEnd = hit.end
            var needLength = 0
            var distance = 0
            if !rule.needs.isEmpty {
                // The nearest needed word outside any name ("قوات حفتر" is the LNA, not troops).
                var matched: (end: Int, length: Int)? = nil
                var k = hit.end
                while k < min(s.tokenEnd, hit.end + rule.needsWindow + 1), matched == nil {
                    if Prepositions.isStrong(tokens[k]) { break }
                    if !inMention.contains(k) {
                        for phrase in needKeys[ri] where phraseMatches(phrase, tokens, at: k, end: s.tokenEnd) {
                            if matched == nil || phrase.count > matched!.length { matched = (k + phrase.count, phrase.count) }
                        }
                    }
                    if matched == nil { k += 1 }
                }
                guard let matched else { continue }
                fullEnd = matched.end
                needLength = matched.length
                distance = k - hit.end
            }
            if blockedAfter(rule, tokens, fullEnd, s, inMention) { continue }
            if fullEnd != hit.end, blockedAfter(rule, tokens, hit.end, s, inMention) { continue }
            let f = Found(rule: rule, start: hit.start, end: hit.end, fullEnd: fullEnd)
            if needLength > 0 {
                let k = distance * 10 - needLength
                if byType[rule.type].map({ k < $0.key }) ?? true { byType[rule.type] = (f, k, fullEnd - needLength) }
            }
            // Rules with a needed word beat rules without; then the nearest needed word, then
            // the longest; rules without needs may all apply, one per relation type.
            let key = (need: needLength > 0 ? 1 : 0, distance: needLength > 0 ? distance * 10 - needLength : 0)
            if key.need > bestKey.need || (key.need == bestKey.need && key.need == 1 && key.distance < bestKey.distance) {
                best = [f]
                bestKey = key
            } else if key.need == 0 && bestKey.need == 0 && !best.contains(where: { $0.rule.type == rule.type }) {
                best.append(f)  // "استقبل", "received": a meeting and a visit
            }
        }
        // "funnelled fuel, weapons and fighters to the RSF": arms and fighters are two relations
        // when their needed words are different words.
        if bestKey.need == 1, let first = best.first, let chosen = byType[first.rule.type] {
            for (type, other) in byType.sorted(by: { $0.value.needStart < $1.value.needStart }) where type != first.rule.type {
                if other.found.fullEnd <= chosen.needStart || other.needStart >= chosen.found.fullEnd { best.append(other.found) }
            }
        }
        return best
    }

    /// Whether the noun the trigger governs is one of the rule's `not_before` words: the
    /// next word, or the first after prepositions, articles and names
    /// ("support for a ceasefire", "وصل السيسي إلى الحكم").
    private func blockedAfter(_ rule: TriggerRule, _ tokens: [Token], _ from: Int, _ s: Sentence, _ inMention: Set<Int>) -> Bool {
        guard !rule.notBefore.isEmpty else { return false }
        var k = from
        var skipped = 0
        while k < s.tokenEnd && skipped <= 6 {
            let t = tokens[k]
            if t.kind != .word { if t.norm == "\"" { k += 1; continue }; return false }
            if inMention.contains(k) { k += 1; continue }  // "support the Government of National Accord"
            if ArabicClitics.anyForm(of: t, in: notBeforeKeys[rule.order]) {
                return true
            }
            if Prepositions.preposition(t) == nil && !Self.articles.contains(t.norm) { return false }
            skipped += 1
            k += 1
        }
        return false
    }



    /// An English trigger that names an act: after "to" (with up to two words between) or an "-ing" form.
    private func refusedAct(_ tokens: [Token], _ f: Found) -> Bool {
        if tokens[f.start].norm.hasSuffix("ing") { return true }
        var k = f.start - 1
        while k >= 0 && f.start - k <= 3 {
            if tokens[k].norm == "to" { return true }
            if tokens[k].kind == .punctuation { return false }
            k -= 1
        }
        return false
    }

    private func crossesClause(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        return tokens[from..<to].contains { Prepositions.isStrong($0) }
    }

    // MARK: - Arguments

    /// Whether mention `i` may be the source of trigger `f`.
    func eligibleSource(_ frame: SentenceFrame, _ i: Int, _ f: Found, usedTargets: Set<Int>) -> Bool {
        let m = frame.mentions[i]
        if usedTargets.contains(i) || frame.dependent.contains(i) || frame.inAttribution(m.tokenStart) { return false }
        if let mk = frame.markers[i], !Prepositions.subjectCompatible.contains(mk.prep) && !bodyFrom(frame, i) { return false }
        if !frame.demonymActs(i) { return false }
        let span = frame.span(m.tokenStart)
        if span != -1 && span != frame.span(f.start) { return false }
        return true
    }

    /// "ضباط من أبوظبي", "a delegation from Egypt": a body "from" a state or organisation acts for it.
    func bodyFrom(_ frame: SentenceFrame, _ i: Int) -> Bool {
        guard let mk = frame.markers[i], mk.prep == "من" || mk.prep == "from", mk.gap.isEmpty else { return false }
        let p = frame.mentions[i].tokenStart - 1
        guard ArabicClitics.preposition(in: frame.mentions[i].prefix) == nil, p > frame.sentence.tokenStart else { return false }
        let noun = frame.doc.tokens[p - 1]
        return noun.kind == .word && ArabicClitics.anyForm(of: noun, in: lexicon.agentKeys)
    }

    /// The subject right after an Arabic verb or the genitive after a noun ("ترسل فيها مصر",
    /// "رفض موسكو", "زيارة حفتر", "الزيارة السرية لصدام").
    func rightSubject(_ frame: SentenceFrame, _ f: Found, usedTargets: Set<Int>) -> Int? {
        let tokens = frame.doc.tokens
        let head = tokens[f.start].norm
        guard let first = head.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return nil }
        // "دعم موسكو لحفتر": a genitive followed by the ل-marked target is the source.
        if let g = frame.mentions.firstIndex(where: { $0.tokenStart >= f.end }), frame.mentions[g].tokenStart - f.end <= 1,
           frame.markers[g] == nil, g + 1 < frame.mentions.count, frame.markers[g + 1]?.prep == "ل", frame.markers[g + 1]?.gap.isEmpty == true,
           f.rule.markers.contains("ل"), frame.mentions[g + 1].tokenStart - frame.mentions[g].tokenEnd <= 1 {
            return g
        }
        // "دعم حفتر", "لقاء بوتين": after a masdar whose genitive is its object.
        if f.rule.genitiveIsTarget && isMasdar(frame, f) { return nil }
        // After "أن / حيث / كي" a verb shares the subject named before it (a noun such as
        // "زيارة" or "الزيارة" still takes its genitive).
        // A feminine verb with a state right after it is verb-subject order all the same
        // ("إذ رفضت موسكو", "أن تعترف ليبيا"): Arabic treats states as feminine.
        let feminineStateSubject = (head.hasSuffix("ت") || head.hasPrefix("ت")) && frame.mentions.first(where: { $0.tokenStart >= f.end }).map {
            $0.tokenStart - f.end <= 1 && (kind(of: $0.actor, frame) == .state || $0.role == .place)
        } == true
        if followsSubordinator(frame, f) && !(head.hasSuffix("ه") || isMasdar(frame, f)) && !feminineStateSubject { return nil }
        if head.hasSuffix("وا") || head.hasSuffix("ون") || head.hasSuffix("ان") { return nil }
        // A subject right before the verb wins (SVO).
        if adjacentLeft(frame, f, usedTargets: usedTargets) != nil && !genitiveWithTarget(frame, f) { return nil }
        let definite = ArabicClitics.variants(of: head).contains { $0.prefix.hasSuffix("ال") || $0.prefix.hasSuffix("لل") } || head.hasPrefix("ال")
        // "وصل في وقت لاحق ظهر الاثنين القائد العام": a time phrase may come first.
        var from = f.end
        while from < frame.sentence.tokenEnd, Self.timeWords.contains(tokens[from].norm) || tokens[from].kind == .number { from += 1 }
        for (i, m) in frame.mentions.enumerated() where m.tokenStart >= from {
            var words = 0
            for k in from..<m.tokenStart where tokens[k].kind == .word { words += 1 }
            if words > 2 || crossesClause(tokens, from, m.tokenStart) || tokens[from..<m.tokenStart].contains(where: { Prepositions.isList($0) }) { return nil }
            if tokens[from..<m.tokenStart].contains(where: { Prepositions.preposition($0) != nil && $0.norm != "ب" }) { return nil }
            // "الزيارة السرية لصدام", "زيارة سرية لصدام حفتر إلى إسرائيل": a ل-genitive.
            let laterMarked = frame.mentions.indices.contains { j in j > i && frame.markers[j].map { $0.prep != "ل" && f.rule.markers.contains($0.prep) } ?? false }
            let genitiveL = (definite || laterMarked) && frame.markers[i]?.prep == "ل" && frame.markers[i]?.gap.isEmpty == true
            if m.role == .demonym && !frame.demonymActs(i) { continue }
            // "طلب المساعدة الروسية": the demonym on the needed noun is who is asked.
            if m.role == .demonym && !f.rule.needs.isEmpty && m.tokenStart == f.fullEnd { return nil }
            guard eligibleSource(frame, i, f, usedTargets: usedTargets) || (genitiveL && !frame.inAttribution(m.tokenStart)) else { return nil }
            if frame.markers[i] != nil && !genitiveL { return nil }
            return i
        }
        return nil
    }

    /// Words of a time phrase between a verb and its subject.
    static let timeWords: Set<String> = ["في", "وقت", "لاحق", "سابق", "ظهر", "صباح", "مساء", "ليل", "يوم", "اليوم", "امس", "غدا", "اول",
                                         "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "الماضي", "المقبل", "مطلع"]

    static let subordinators: Set<String> = ["ان", "حيث", "عندما", "حين", "كي", "لكي", "بعدما", "ريثما", "حتي", "اذ"]
    static let auxiliaries: Set<String> = ["قد", "لقد", "يكون", "تكون", "كان", "كانت", "سوف", "لم", "لن", "لا"]

    /// Whether an Arabic verb stands right after a subordinator ("أن زار", "حيث التقى"),
    /// auxiliaries aside ("أن يكون قد التقى").
    func followsSubordinator(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        var k = f.start - 1
        while k >= frame.sentence.tokenStart {
            let w = tokens[k].norm
            if Self.auxiliaries.contains(w) { k -= 1; continue }
            return Self.subordinators.contains(w) || ArabicClitics.variants(of: w).contains { Self.subordinators.contains($0.form) && $0.prefix.count == 1 }
        }
        return false
    }

    /// Whether an Arabic trigger is a masdar (verbal noun): it carries the article or a
    /// preposition ("لدعم", "الدعم"), ends in tanween alef ("دعما"), or follows a preposition
    /// or a noun phrase ("من أجل لقاء", "انتقد السراج دعم").
    func isMasdar(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        let head = tokens[f.start].norm
        let words = triggerWords
        if ArabicClitics.variants(of: head).contains(where: { !$0.prefix.isEmpty && $0.prefix != "و" && $0.prefix != "ف" && words.contains($0.form) }) {
            return true
        }
        if head.hasSuffix("ا") { return true }
        guard f.start > frame.sentence.tokenStart else { return false }
        let prev = tokens[f.start - 1]
        if Prepositions.preposition(prev) != nil || prev.norm == "اجل" { return true }
        return false
    }

    /// "دعم موسكو لحفتر": a genitive right after the trigger, then a ل-marked mention.
    func genitiveWithTarget(_ frame: SentenceFrame, _ f: Found) -> Bool {
        guard f.rule.markers.contains("ل"), let g = frame.mentions.firstIndex(where: { $0.tokenStart >= f.end }),
              frame.mentions[g].tokenStart - f.end <= 1, frame.markers[g] == nil, g + 1 < frame.mentions.count else { return false }
        return frame.markers[g + 1]?.prep == "ل" && frame.mentions[g + 1].tokenStart - frame.mentions[g].tokenEnd <= 1
    }

    func adjacentLeft(_ frame: SentenceFrame, _ f: Found, usedTargets: Set<Int>) -> Int? {
        let tokens = frame.doc.tokens
        if let antecedent = antecedentOfClause(frame, before: f.start), eligibleSource(frame, antecedent, f, usedTargets: usedTargets) {
            return antecedent
        }
        for i in frame.mentions.indices.reversed() where frame.mentions[i].tokenEnd <= f.start {
            let m = frame.mentions[i]
            let between = tokens[m.tokenEnd..<f.start]
            if between.contains(where: { Prepositions.isStrong($0) }) { return nil }
            // "زعيم مجموعة فاغنر الروسية يفغيني بريغوجين، التقى ...": the leader of a body, named
            // by words the dictionary does not know, stands for the body.
            if let leader = unnamedLeader(frame, i, before: f.start), eligibleSource(frame, leader, f, usedTargets: usedTargets) { return leader }
            if between.filter({ $0.kind == .word }).count > 1 || between.count > 3 { return nil }
            // "عن العاصمة طرابلس، تعاقد ...": a marked place before a comma closes the clause before.
            if (frame.markers[i] != nil || m.role == .place) && between.contains(where: { Prepositions.isList($0) }) { return nil }
            if eligibleSource(frame, i, f, usedTargets: usedTargets) { return i }
            // "صدام نجل خليفة حفتر، زار ...": the father depends on the son, who is the subject.
            if frame.dependent.contains(i), i > 0, frame.mentions[i].tokenStart - frame.mentions[i - 1].tokenEnd <= 2,
               eligibleSource(frame, i - 1, f, usedTargets: usedTargets) { return i - 1 }
            return nil
        }
        return nil
    }

    func leftSubject(_ frame: SentenceFrame, _ f: Found, usedTargets: Set<Int>) -> Int? {
        for i in frame.mentions.indices.reversed() where frame.mentions[i].tokenEnd <= f.start {
            if crossesClause(frame.doc.tokens, frame.mentions[i].tokenEnd, f.start) { return nil }
            if frame.doc.tokens[frame.mentions[i].tokenEnd..<f.start].contains(where: { Self.clauseOpeners.contains($0.norm) }) { return nil }
            // «استقبلته مرتين ...»: a quotation opened after the mention speaks in its own voice.
            if frame.doc.tokens[frame.mentions[i].tokenEnd..<f.start].filter({ $0.norm == "\"" }).count % 2 == 1 { return nil }
            if eligibleSource(frame, i, f, usedTargets: usedTargets) { return i }
        }
        return nil
    }

    /// A subject after the trigger when none stands before it: the agent of a masdar marked
    /// "من" right after it ("التواصل من حفتر مع إسرائيل"), else the first eligible unmarked
    /// mention, which must come before the target (a subject precedes its object).
    func fallbackRight(_ frame: SentenceFrame, _ f: Found, excluding: Set<Int>) -> Int? {
        let firstTarget = excluding.min() ?? Int.max
        for (i, m) in frame.mentions.enumerated() where m.tokenStart >= f.fullEnd && !excluding.contains(i) {
            // A subject follows its object only after a prepositional target ("وصل إلى الرياض
            // اليوم رئيس مجلس النواب").
            if m.tokenStart - f.fullEnd > 12 || (i > firstTarget && frame.markers[firstTarget] == nil) { return nil }
            if frame.markers[i]?.prep == "من", frame.markers[i]?.gap.isEmpty == true, m.tokenStart - f.fullEnd <= 2, !excluding.isEmpty {
                return i
            }
            if frame.markers[i] == nil && eligibleSource(frame, i, f, usedTargets: excluding) { return i }
        }
        return nil
    }

    func isArabic(_ t: Token) -> Bool {
        guard let first = t.norm.unicodeScalars.first else { return false }
        return (0x0600...0x06FF).contains(first.value)
    }

    static let relativePronouns: Set<String> = ["who", "which", "الذي", "التي", "الذين"]
    /// English words that open a clause of their own: a subject before them is not the
    /// subject after them ("X is backed by Egypt, while the government is backed by Turkey").
    static let clauseOpeners: Set<String> = ["while", "whereas", "although", "though", "but"]

    /// "Haftar, who is backed by Russia": the mention right before the relative pronoun.
    func relativeAntecedent(_ frame: SentenceFrame, _ f: Found) -> Int? {
        let tokens = frame.doc.tokens
        var k = f.start - 1
        var words = 0
        while k > frame.sentence.tokenStart && words < 3 {
            if Self.relativePronouns.contains(tokens[k].norm) {
                var b = k - 1
                while b >= frame.sentence.tokenStart && Prepositions.isList(tokens[b]) { b -= 1 }
                return frame.mentions.lastIndex { $0.tokenEnd == b + 1 }
            }
            if tokens[k].kind == .punctuation { return nil }
            words += 1
            k -= 1
        }
        return nil
    }

    /// A body or state right after an office noun, then at most four unknown words and a comma
    /// before `start`: its unnamed leader is the subject, and he stands for it.
    func unnamedLeader(_ frame: SentenceFrame, _ i: Int, before start: Int) -> Int? {
        let tokens = frame.doc.tokens
        var j = i
        // Skip a demonym qualifying the body ("مجموعة فاغنر الروسية").
        if frame.mentions[j].role == .demonym, j > 0, frame.mentions[j - 1].tokenEnd == frame.mentions[j].tokenStart { j -= 1 }
        let m = frame.mentions[j]
        guard kind(of: m.actor, frame) != .person, m.tokenStart > frame.sentence.tokenStart,
              SentenceFrame.officeWords.contains(tokens[m.tokenStart - 1].norm) else { return nil }
        guard start - 1 > frame.mentions[i].tokenEnd, Prepositions.isList(tokens[start - 1]) else { return nil }
        let name = tokens[frame.mentions[i].tokenEnd..<(start - 1)]
        guard name.count <= 4, name.allSatisfy({ $0.kind == .word && Prepositions.preposition($0) == nil
            && !ArabicClitics.anyForm(of: $0, in: lexicon.triggerWordKeys) }) else { return nil }
        return j
    }

    /// "حفتر الذي بدأ زيارة للقاهرة أمس، التقى ...", "Haftar, who controls the east, met ...":
    /// when a relative clause closed by a comma stands right before the trigger, the actor it
    /// describes is the subject.
    func antecedentOfClause(_ frame: SentenceFrame, before start: Int) -> Int? {
        let tokens = frame.doc.tokens
        var close = start - 1
        while close > frame.sentence.tokenStart && Self.auxiliaryWords.contains(tokens[close].norm) { close -= 1 }
        guard close > frame.sentence.tokenStart, Prepositions.isList(tokens[close]) else { return nil }
        var k = close - 1
        while k > frame.sentence.tokenStart && close - k <= 20 {
            let t = tokens[k]
            if Prepositions.isStrong(t) { return nil }
            if Self.relativePronouns.contains(t.norm) {
                var b = k - 1
                while b >= frame.sentence.tokenStart && Prepositions.isList(tokens[b]) { b -= 1 }
                return frame.mentions.lastIndex { $0.tokenEnd == b + 1 }
            }
            if Prepositions.isList(t) {
                // "Haftar, the commander of the LNA, has dispatched ...": an apposition after a person.
                guard let j = frame.mentions.lastIndex(where: { $0.tokenEnd == k }), kind(of: frame.mentions[j].actor, frame) == .person else { return nil }
                let inside = tokens[(k + 1)..<close]
                guard !inside.contains(where: { ArabicClitics.anyForm(of: $0, in: lexicon.triggerWordKeys) && !ArabicClitics.anyForm(of: $0, in: lexicon.agentKeys) }) else { return nil }
                return j
            }
            k -= 1
        }
        return nil
    }

    /// "رسالة من والده يطلب فيها ...", "a message from his father asking for ...": what a
    /// message asks or offers, its sender does. The sender is marked من / from after the
    /// message noun, at most six words before the trigger.
    func messageSender(_ frame: SentenceFrame, _ f: Found) -> Int? {
        guard [.soughtSupport, .offeredNormalization].contains(f.rule.type) else { return nil }
        let tokens = frame.doc.tokens
        for j in frame.mentions.indices.reversed() where frame.mentions[j].tokenEnd <= f.start {
            let m = frame.mentions[j]
            if f.start - m.tokenEnd > 6 || crossesClause(tokens, m.tokenEnd, f.start) { return nil }
            guard let mk = frame.markers[j], mk.prep == "من" || mk.prep == "from" else { continue }
            let p = m.tokenStart - mk.gap.count - 1
            guard p > frame.sentence.tokenStart else { return nil }
            let noun = tokens[p - 1].norm
            if Self.messageNouns.contains(where: { noun == $0 || noun.hasSuffix($0) && noun.count <= $0.count + 2 }) { return j }
            return nil
        }
        return nil
    }

    static let messageNouns: Set<String> = ["رساله", "رسائل", "خطاب", "message", "letter", "messages"]

    /// "أنها / إنها" right before an Arabic trigger: the nearest state named before it.
    func feminineAntecedent(_ frame: SentenceFrame, _ f: Found) -> Int? {
        let tokens = frame.doc.tokens
        var k = f.start - 1
        var words = 0
        while k >= frame.sentence.tokenStart && words < 3 {
            if tokens[k].kind == .punctuation { return nil }
            if ["انها", "بانها"].contains(tokens[k].norm) {
                return frame.mentions.indices.last { j in
                    frame.mentions[j].tokenEnd <= k && kind(of: frame.mentions[j].actor, frame) == .state && frame.markers[j] == nil
                }
            }
            words += 1
            k -= 1
        }
        return nil
    }

    /// A subject pronoun right before the trigger ("he met", "they later visited").
    func pronounBefore(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        var k = f.start - 1
        var words = 0
        while k >= frame.sentence.tokenStart && words < 3 {
            if tokens[k].kind == .punctuation { return false }
            if lexicon.pronouns.contains(tokens[k].norm) { return true }
            if frame.mentions.contains(where: { $0.tokenStart <= k && k < $0.tokenEnd }) { return false }
            words += 1
            k -= 1
        }
        return false
    }

    /// The actor the text is about, for later pronouns: the person source of this sentence's
    /// first relation, else its first person named outside a prepositional phrase.
    func updateTopic(_ topic: inout String?, _ found: [Found], _ frame: SentenceFrame) {
        for f in found where !f.rule.reverse {
            if let si = f.sources.first, kind(of: frame.mentions[si].actor, frame) == .person {
                topic = frame.mentions[si].actor
                return
            }
        }
        for (i, m) in frame.mentions.enumerated() where kind(of: m.actor, frame) == .person && frame.markers[i] == nil
            && !frame.inAttribution(m.tokenStart) && !frame.dependent.contains(i) {
            topic = m.actor
            return
        }
        // "جدد وزير الخارجية القطري ... ، جاء ذلك خلال لقائه ...": an official the dictionary does
        // not name stands for his state, also as what the next sentences are about.
        for (i, m) in frame.mentions.enumerated() where m.role == .demonym && frame.markers[i] == nil && m.tokenEnd - m.tokenStart > 1
            && frame.doc.tokens[m.tokenStart..<m.tokenEnd].contains(where: { SentenceFrame.officeWords.contains($0.norm) })
            && !frame.inAttribution(m.tokenStart) {
            topic = m.actor
            return
        }
    }

    /// A dropped pronoun subject ("إنهم التقوا", "he met") refers to the last person named
    /// before the trigger, whatever role that mention has.
    func antecedent(_ frame: SentenceFrame, _ f: Found, excluding: Set<Int>) -> Int? {
        for i in frame.mentions.indices.reversed() where frame.mentions[i].tokenEnd <= f.start && !excluding.contains(i) {
            if kind(of: frame.mentions[i].actor, frame) == .person && !frame.inAttribution(frame.mentions[i].tokenStart) { return i }
        }
        return nil
    }

    /// "استقبل الرئيس الروسي، فلاديمير بوتين، ووزير دفاعه، سيرغي شويغو، ...": a verb-first
    /// subject takes its apposition (the same actor again) and the members listed after it.
    func expandForward(_ frame: SentenceFrame, _ i: Int) -> [Int] {
        var out = [i]
        var cur = i
        while cur + 1 < frame.mentions.count {
            let next = cur + 1
            let m = frame.mentions[next]
            guard frame.markers[next] == nil, !frame.dependent.contains(next) else { break }
            let between = frame.doc.tokens[frame.mentions[cur].tokenEnd..<m.tokenStart]
            let apposition = m.actor == frame.mentions[cur].actor && between.allSatisfy { $0.kind == .punctuation && !Prepositions.isStrong($0) }
            let conjoined = m.prefix.hasPrefix("و") || between.contains { $0.kind == .word && $0.norm.hasPrefix("و") }
            guard apposition || (conjoined && joinsList(frame, cur, next)) else { break }
            out.append(next)
            cur = next
        }
        return out
    }

    /// The subject of an Arabic verb joined by و to an earlier verb of the sentence that has
    /// one, when nothing but words of its clause stand between them.
    func coordinatedSubject(_ frame: SentenceFrame, _ f: Found, _ earlier: ArraySlice<Found>) -> [Int]? {
        let tokens = frame.doc.tokens
        let head = tokens[f.start].norm
        guard isArabic(tokens[f.start]), head.hasPrefix("و"), !lexicon.triggerWords.contains(head), !isMasdar(frame, f),
              let prev = earlier.last(where: { !$0.sources.isEmpty && !$0.rule.reverse }),
              prev.sources.allSatisfy({ frame.mentions[$0].tokenEnd <= prev.start || frame.mentions[$0].tokenStart < f.start }),
              !crossesClause(tokens, prev.fullEnd, f.start),
              !tokens[prev.fullEnd..<f.start].contains(where: { Prepositions.isList($0) }),
              kind(of: frame.mentions[prev.sources[0]].actor, frame) == .person else { return nil }
        return prev.sources
    }

    /// "استقبل بوتين، ووزير دفاعه شويغو، في موسكو، المشير حفتر": after a verb-first subject
    /// list, the object may follow a place and commas.
    func objectAfterSubjects(_ frame: SentenceFrame, _ subjects: [Int]) -> Int? {
        guard let last = subjects.max() else { return nil }
        let tokens = frame.doc.tokens
        var k = frame.mentions[last].tokenEnd
        var j = last + 1
        while j < frame.mentions.count {
            let m = frame.mentions[j]
            // Only commas, light words and places stand between.
            while k < m.tokenStart {
                let t = tokens[k]
                if t.kind == .punctuation { if Prepositions.isStrong(t) { return nil }; k += 1; continue }
                if Self.lightWords.contains(t.norm) || Prepositions.locative.contains(Prepositions.preposition(t) ?? "") { k += 1; continue }
                return nil
            }
            if let mk = frame.markers[j] {
                guard Prepositions.locative.contains(mk.prep), frame.mentions[j].role == .place || kind(of: m.actor, frame) == .state else { return nil }
                k = m.tokenEnd
                j += 1
                continue
            }
            if frame.dependent.contains(j) || frame.inAttribution(m.tokenStart) || m.role == .demonym && !frame.demonymActs(j) { return nil }
            return j
        }
        return nil
    }

    /// "the recent visit of the US Navy's flagship to Libya", "a visit by Egypt's army chief to
    /// Benghazi": the agent of an English noun trigger, after "of" / "by".
    func englishNounAgent(_ frame: SentenceFrame, _ f: Found, usedTargets: Set<Int>) -> Int? {
        let tokens = frame.doc.tokens
        guard !isArabic(tokens[f.start]), !f.rule.reverse, [.visited, .met].contains(f.rule.type), f.fullEnd < frame.sentence.tokenEnd,
              !Self.isEnglishVerb(tokens[f.start].norm),
              tokens[f.end].norm == "of" || tokens[f.end].norm == "by" else { return nil }
        guard let i = frame.mentions.firstIndex(where: { $0.tokenStart > f.end && $0.tokenStart <= f.end + 4 }),
              let mk = frame.markers[i], mk.prep == tokens[f.end].norm, !frame.dependent.contains(i) else { return nil }
        return i
    }

    /// "the government, which is backed by Turkey": a relative pronoun right before the
    /// trigger whose antecedent names no actor. The trigger has no source then.
    func relativeWithoutAntecedent(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        func inMention(_ x: Int) -> Bool { frame.mentions.contains { $0.tokenStart <= x && x < $0.tokenEnd } }
        var k = f.start - 1
        var words = 0
        while k > frame.sentence.tokenStart && words < 4 {
            if tokens[k].norm == "who" || tokens[k].norm == "which" {
                var b = k - 1
                while b >= frame.sentence.tokenStart && Prepositions.isList(tokens[b]) { b -= 1 }
                return b >= frame.sentence.tokenStart && tokens[b].kind == .word && !inMention(b)
            }
            if tokens[k].kind == .punctuation || inMention(k) { return false }
            words += 1
            k -= 1
        }
        return false
    }

    /// Whether the trigger's subject is left out, so that it is the actor the text is about:
    /// the trigger opens its sentence or clause, or follows a conjunction, a complementiser or
    /// an auxiliary ("وكان قد التقى", "and met", "that he met"). A noun right before it is
    /// its subject instead ("رئيس أركان جيش الاحتلال يبدأ زيارة": nobody the text names).
    func subjectDropped(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        let head = tokens[f.start].norm
        if isArabic(tokens[f.start]) && (head.hasPrefix("و") || head.hasPrefix("ف")) && !lexicon.triggerWords.contains(head) { return true }
        var k = f.start - 1
        while k >= frame.sentence.tokenStart {
            let t = tokens[k]
            if t.kind == .punctuation { return t.norm != "\"" || k == frame.sentence.tokenStart }
            let w = t.norm
            if Self.auxiliaries.contains(w) || Self.auxiliaryWords.contains(w) || Self.lightWords.contains(w) { k -= 1; continue }
            if Prepositions.conjunctions.contains(w) || Self.subordinators.contains(w) || lexicon.complementiserKeys.contains(t.key)
                || Self.droppedSubjectOpeners.contains(w) || lexicon.pronouns.contains(w) { return true }
            if isArabic(t) && (w.hasPrefix("و") || w.hasPrefix("ف")) && Self.auxiliaries.contains(String(w.dropFirst())) { return true }
            return false
        }
        return true
    }

    static let droppedSubjectOpeners: Set<String> = ["ثم", "كما", "and", "then", "also", "later", "where", "when", "after", "before", "to", "وقد", "فقد", "ولقد", "وكان", "وكانت"]

    /// "while the government is backed by Turkey": an English subject that is a common noun
    /// ("the", "its", "his" + noun), then auxiliaries and adverbs, right before the trigger.
    func namelessEnglishSubject(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        guard !isArabic(tokens[f.start]) else { return false }
        var k = f.start - 1
        while k > frame.sentence.tokenStart && Self.auxiliaryWords.contains(tokens[k].norm) { k -= 1 }
        guard k > frame.sentence.tokenStart, k < f.start - 1 else { return false }
        let noun = tokens[k], det = tokens[k - 1]
        func inMention(_ x: Int) -> Bool { frame.mentions.contains { $0.tokenStart <= x && x < $0.tokenEnd } }
        return noun.kind == .word && !inMention(k) && !inMention(k - 1) && Self.determiners.contains(det.norm) && !lexicon.pronouns.contains(noun.norm)
    }

    /// "القوات المدعومة من مجلس النواب": a definite participle after a definite noun that names
    /// no actor describes that noun, which is its subject.
    func namelessArabicHead(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        let head = tokens[f.start].norm
        guard isArabic(tokens[f.start]), head.hasPrefix("ال"), f.start > frame.sentence.tokenStart else { return false }
        let prev = tokens[f.start - 1]
        return prev.kind == .word && prev.norm.hasPrefix("ال") && Prepositions.preposition(prev) == nil
            && !frame.mentions.contains { $0.tokenStart <= f.start - 1 && f.start - 1 < $0.tokenEnd }
            && !isTriggerWord(prev)
    }

    /// Whether a token starts a trigger phrase of the lexicon (needed words aside).
    func isTriggerWord(_ t: Token) -> Bool {
        var found = false
        ArabicClitics.forEachVariantKey(of: t) { key, _ in
            if let n = matcher.nodes[0].children[key], !matcher.nodes[Int(n)].rules.isEmpty { found = true }
            return !found
        }
        return found
    }

    static let auxiliaryWords: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "also", "firmly",
                                              "long", "reportedly", "allegedly", "widely", "strongly", "still", "openly", "not"]
    static let determiners: Set<String> = ["the", "its", "his", "her", "their", "this", "these", "those"]

    /// "سيف الإسلام القذافي، والجنرال ... خليفة حفتر، تعاقدا": every listed subject.
    func expandBackwards(_ frame: SentenceFrame, _ i: Int) -> [Int] {
        var out = [i]
        var cur = i
        while cur > 0, let prev = listNeighbour(frame, before: cur) {
            out.insert(prev, at: 0)
            cur = prev
        }
        return out
    }

    /// The list member right before mention `i`, if the words between join a list.
    func listNeighbour(_ frame: SentenceFrame, before i: Int) -> Int? {
        let j = i - 1
        guard j >= 0, frame.markers[j] == nil || frame.markers[j]?.prep == frame.markers[i]?.prep else { return nil }
        return joinsList(frame, j, i) ? j : nil
    }

    /// Whether the tokens between mentions `a` and `b` join them as a list ("، و", "and").
    func joinsList(_ frame: SentenceFrame, _ a: Int, _ b: Int) -> Bool {
        let tokens = frame.doc.tokens
        let ma = frame.mentions[a], mb = frame.mentions[b]
        guard ma.tokenEnd <= mb.tokenStart, ma.actor != mb.actor || true else { return false }
        let between = tokens[ma.tokenEnd..<mb.tokenStart]
        if between.count > 5 { return false }
        // Joined by "و"/"and" (on the mention or the first word after a comma), or by a
        // bare comma with nothing else between.
        var joined = mb.prefix.hasPrefix("و")
        var comma = false
        var words = 0
        for t in between {
            if t.kind == .punctuation {
                if Prepositions.isList(t) { comma = true; continue }
                if t.norm == "\"" { continue }
                return false
            }
            if Prepositions.conjunctions.contains(t.norm) || Prepositions.listWords.contains(t.norm) { joined = true; continue }
            if Self.articles.contains(t.norm) { continue }
            // "الإمارات إلى جانب مصر": "alongside" joins a list.
            if let p = Prepositions.preposition(t), p != "بين", p != frame.markers[b]?.prep,
               !(p == "الي" && between.last(where: { $0.kind == .word })?.norm == "جانب") { return false }
            if lexicon.parentheticalKeys.contains(t.key) || isClauseWord(t) { return false }
            // "..., وكان رئيس المجلس السراج": a new clause, not a list member.
            let bare = t.norm.hasPrefix("و") ? String(t.norm.dropFirst()) : t.norm
            if Self.auxiliaries.contains(bare) || Self.subordinators.contains(bare) { return false }
            if words == 0 && !joined {
                guard t.norm.hasPrefix("و") || Prepositions.preposition(t) != nil else { return false }
                joined = t.norm.hasPrefix("و")
            }
            words += 1
            if words > 4 { return false }
        }
        if !joined && comma && words == 0 {
            // "Italy, Libya's former ruler": a possessive opens an apposition, not a list.
            if tokens[mb.tokenEnd - 1].possessive { return false }
            // A list of bare commas ends with "and" / "و": "the UAE, Egypt and Russia".
            return closesWithConjunction(frame, after: b)
        }
        return joined
    }

    /// Whether the list that reaches mention `b` by a bare comma goes on to a member joined by
    /// "and" / "و" (so "Moscow, Libyan National Army commander Haftar" is no list).
    func closesWithConjunction(_ frame: SentenceFrame, after b: Int) -> Bool {
        var cur = b
        while cur + 1 < frame.mentions.count {
            let next = cur + 1
            let between = frame.doc.tokens[frame.mentions[cur].tokenEnd..<frame.mentions[next].tokenStart]
            if between.count > 5 { return false }
            let conj = frame.mentions[next].prefix.hasPrefix("و")
                || between.contains { Prepositions.conjunctions.contains($0.norm) || ($0.kind == .word && $0.norm.hasPrefix("و")) }
            let commaOnly = !between.isEmpty && between.allSatisfy { Prepositions.isList($0) || Self.articles.contains($0.norm) }
            if conj { return true }
            if !commaOnly { return false }
            cur = next
        }
        return false
    }

    /// A word that starts a clause of its own (a reporting verb or a trigger): lists stop there.
    func isClauseWord(_ t: Token) -> Bool {
        var clause = false
        ArabicClitics.forEachVariantKey(of: t) { key, _ in
            if lexicon.attributionWordKeys.contains(key) { clause = true }
            if let n = matcher.nodes[0].children[key], !matcher.nodes[Int(n)].rules.isEmpty { clause = true }
            return !clause
        }
        return clause
    }

    /// "بين A و(بين) B", "between A and B".
    func between(_ frame: SentenceFrame, after end: Int) -> (Int, Int)? {
        let tokens = frame.doc.tokens
        var k = end
        // Up to four words may qualify the trigger first: "مذكرة تعاون أمني وعسكري بين A و B".
        while k < min(end + 5, frame.sentence.tokenEnd) {
            if tokens[k].norm == "بين" || tokens[k].norm == "between" { break }
            if tokens[k].kind == .punctuation && tokens[k].norm != "\"" { return nil }
            k += 1
        }
        guard k < min(end + 5, frame.sentence.tokenEnd) else { return nil }
        guard let a = frame.mentions.firstIndex(where: { $0.tokenStart > k && $0.tokenStart <= k + 3 }) else { return nil }
        guard a + 1 < frame.mentions.count else { return nil }
        let b = a + 1
        let tokensBetween = tokens[frame.mentions[a].tokenEnd..<frame.mentions[b].tokenStart]
        let joined = frame.mentions[b].prefix.hasPrefix("و") || tokensBetween.contains { $0.norm == "and" || $0.norm == "و" || $0.norm == "وبين" || $0.norm.hasPrefix("و") }
        guard joined, tokensBetween.filter({ $0.kind == .word }).count <= 4 else { return nil }
        return (a, b)
    }

    /// Targets after the trigger: the first mention the frame's markers or object slot accept,
    /// plus the members of a list it heads.
    func targets(_ frame: SentenceFrame, _ f: Found, excluding subjects: Set<Int>, limit: Int) -> [Int] {
        let tokens = frame.doc.tokens
        let rule = f.rule
        // After a verb-first subject the window starts where the subject ends.
        let window = max(f.fullEnd, subjects.map { frame.mentions[$0].tokenEnd }.max() ?? 0) + 12
        let subjectActors = Set(subjects.map { frame.mentions[$0].actor })
        for (i, m) in frame.mentions.enumerated() where m.tokenStart >= f.end && !subjects.contains(i) && !subjectActors.contains(m.actor) {
            // Mentions between a trigger and its needed word are targets only for "زوّد X بـ",
            // "supplied X with", "asked X for".
            if m.tokenStart >= f.end && m.tokenStart < f.fullEnd && !rule.needs.isEmpty
                && ![.soughtSupport, .suppliedArms, .offeredNormalization, .supported].contains(f.rule.type) { continue }
            if m.tokenStart >= f.end && m.tokenStart < f.fullEnd && rule.type == .soughtSupport && m.role == .demonym {
                return [i]  // "a request for Egyptian military aid"
            }
            if m.tokenStart >= min(window, max(limit, f.fullEnd + 1)) { break }
            if crossesClause(tokens, f.end, m.tokenStart) { break }
            if frame.dependent.contains(i) || frame.inAttribution(m.tokenStart) { continue }
            if let kinds = rule.targetKinds, !kinds.contains(kind(of: m.actor, frame)) { continue }
            if m.role == .demonym && !frame.demonymActs(i) { continue }
            var accepted = false
            // A preposition inside the trigger ("يقاتلون إلى جانب قوات حفتر") marks nothing.
            var marker = frame.markers[i]
            if let mk = marker, m.tokenStart - mk.gap.count - 1 < f.fullEnd, ArabicClitics.preposition(in: m.prefix) == nil { marker = nil }
            if let mk = marker {
                if !rule.markers.contains(mk.prep), let outer = frame.outerMarker(i), rule.markers.contains(outer) {
                    accepted = true  // "مع قيادة الانقلاب في مصر": the place of the marked noun
                } else if rule.markers.contains(mk.prep) && !isDistantClitic(frame, i, f) && !isDistantPlace(frame, i, f) {
                    if let allowed = rule.gapWords {
                        accepted = mk.gap.allSatisfy { g in allowed.contains(g) || ArabicClitics.variants(of: g).contains { allowed.contains($0.form) } }
                    } else {
                        accepted = mk.gap.count <= 3
                    }
                }
            } else if rule.object {
                // Only light words may stand between the trigger and its object, never another mention.
                var between: [String] = []
                var blocked = false
                for k in f.fullEnd..<max(f.fullEnd, m.tokenStart) where tokens[k].kind == .word {
                    if let o = frame.mentions.firstIndex(where: { $0.tokenStart <= k && k < $0.tokenEnd }) {
                        if subjects.contains(o) || frame.markers[o] != nil { continue }
                        blocked = true
                    }
                    if let p = Prepositions.preposition(tokens[k]), !(Prepositions.locative.contains(p) && frame.mentions.contains(where: { $0.tokenStart == k + 1 })) {
                        blocked = true  // "backing before Libya's election"; but "التقى في موسكو وزير ..." passes
                    }
                    between.append(tokens[k].norm)
                }
                if m.tokenStart < f.fullEnd && rule.type == .soughtSupport && m.role == .demonym {
                    // "a request for Israeli assistance": the demonym on the needed noun.
                    blocked = false
                    between = []
                }
                // "Sisi's envoy", "مبعوث السيسي": the actor owns a noun; it is not the object.
                if frame.doc.tokens[m.tokenEnd - 1].possessive && !rule.embeds { blocked = true }
                let allowed = rule.gapWords ?? []
                let heavy = between.filter { w in
                    !Self.lightWords.contains(w) && !allowed.contains(w) && !ArabicClitics.variants(of: w).contains(where: { allowed.contains($0.form) })
                        && !Prepositions.locative.contains(w)
                        && !(m.role == .demonym && lexicon.agents.contains(w))  // "التقى مسؤولين إسرائيليين"
                }
                accepted = !blocked && between.count <= 2 && heavy.isEmpty
            }
            guard accepted else { continue }
            return withList(frame, i, rule)
        }
        // "زياراته الخارجية، شملت تركيا وواشنطن والقاهرة", "a tour that included Egypt and Jordan".
        if rule.type == .visited, let inc = (f.fullEnd..<min(frame.sentence.tokenEnd, f.fullEnd + 6)).first(where: { Self.inclusionWords.contains(tokens[$0].norm) }),
           !crossesClause(tokens, f.fullEnd, inc), let i = frame.mentions.firstIndex(where: { $0.tokenStart > inc && $0.tokenStart <= inc + 2 }),
           frame.markers[i] == nil {
            return withList(frame, i, rule)
        }
        return []
    }

    static let inclusionWords: Set<String> = ["شملت", "شمل", "تشمل", "يشمل", "شملتا", "included", "include", "includes", "including"]

    /// Mention `i` and the members of the list it heads.
    func withList(_ frame: SentenceFrame, _ i: Int, _ rule: TriggerRule) -> [Int] {
        do {
            var out = [i]
            var cur = i
            while cur + 1 < frame.mentions.count, joinsList(frame, cur, cur + 1),
                  frame.markers[cur + 1] == nil || frame.markers[cur + 1]?.prep == frame.markers[i]?.prep
                    || rule.markers.contains(frame.markers[cur + 1]?.prep ?? "") {
                if let kinds = rule.targetKinds, !kinds.contains(kind(of: frame.mentions[cur + 1].actor, frame)) { break }
                out.append(cur + 1)
                cur += 1
            }
            return out
        }
    }

    /// A proclitic preposition (لحفتر، بموسكو) marks the target only close to the trigger:
    /// "مطار الخروبة التابع لحفتر" several words on belongs to the airport, not the trigger.
    private func isDistantClitic(_ frame: SentenceFrame, _ i: Int, _ f: Found) -> Bool {
        let m = frame.mentions[i]
        guard ArabicClitics.preposition(in: m.prefix) != nil, m.tokenStart > f.fullEnd else { return false }
        var words = 0
        for k in f.fullEnd..<m.tokenStart where frame.doc.tokens[k].kind == .word && !Self.lightWords.contains(frame.doc.tokens[k].norm) {
            if !frame.mentions.contains(where: { $0.tokenStart <= k && k < $0.tokenEnd }) { words += 1 }
        }
        return words > 2
    }

    /// Whether a trigger's sources are one list right before it ("Haftar and Sarraj met") or
    /// right after it as the genitive of a noun ("اجتماع بوتين وأردوغان"): they deal with
    /// each other.
    func reciprocalList(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        guard let first = f.sources.min(), let last = f.sources.max() else { return false }
        if frame.mentions[last].tokenEnd <= f.start {
            return f.start - frame.mentions[last].tokenEnd <= 4 && !tokens[frame.mentions[last].tokenEnd..<f.start].contains { $0.kind == .punctuation }
        }
        return frame.mentions[first].tokenStart >= f.fullEnd && frame.mentions[first].tokenStart - f.fullEnd <= 1
    }

    /// A place marked في / in / at far from the trigger belongs to another noun: "زيارة نجل
    /// حفتر مرتبطة ارتباطا وثيقا بانتخابات ديسمبر في ليبيا" is no visit to Libya.
    private func isDistantPlace(_ frame: SentenceFrame, _ i: Int, _ f: Found) -> Bool {
        guard let mk = frame.markers[i], ["في", "in", "at"].contains(mk.prep) else { return false }
        let p = frame.mentions[i].tokenStart - mk.gap.count - 1
        guard p > f.fullEnd else { return false }
        var words = 0
        for k in f.fullEnd..<p where frame.doc.tokens[k].kind == .word && !Self.lightWords.contains(frame.doc.tokens[k].norm) {
            if !frame.mentions.contains(where: { $0.tokenStart <= k && k < $0.tokenEnd }) { words += 1 }
        }
        return words > 3
    }

    /// Words that may stand between a verb and its object: articles and adverbs.
    static let lightWords: Set<String> = ["the", "a", "an", "also", "again", "later", "secretly", "reportedly", "yesterday", "today",
                                          "recently", "twice", "then", "officially", "separately", "both",
                                          "امس", "اليوم", "مجددا", "سرا", "ايضا", "رسميا", "مرتين", "كذلك", "بدوره", "بدورها", "مؤخرا", "\"",
                                          "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "هاتفيا",
                                          // regions of a state: "زار شرق ليبيا", "visited eastern Libya"
                                          "شرق", "غرب", "جنوب", "شمال", "شرقي", "غربي", "جنوبي", "شمالي", "وسط",
                                          "east", "west", "south", "north", "eastern", "western", "southern", "northern", "central",
                                          "southeastern", "northeastern", "southwestern", "northwestern"]
    static let articles: Set<String> = ["the", "a", "an"]
    /// An English past or present verb form ("flew", "visited", "arrives"), not a noun
    /// ("a secret meeting", "the recent visit").
    static func isEnglishVerb(_ w: String) -> Bool {
        w.hasSuffix("ed") || irregularVerbs.contains(w)
    }
    static let irregularVerbs: Set<String> = ["flew", "met", "sent", "went", "gave", "sold", "held", "took", "left", "meets", "visits", "arrives",
                                              "lands", "flies", "sends", "gives", "sells", "holds", "backs", "supports", "arms"]
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "remains", "remained", "became", "becomes"]

    private func kind(of actor: String, _ frame: SentenceFrame) -> ActorKind {
        kinds[actor] ?? .organisation
    }

    /// The state where a meeting took place: a state or place named with في / in / at in the
    /// meeting's clause ("met Lavrov in Moscow", "في موسكو التقى"), or the place a "where" /
    /// "حيث" clause hangs on ("Qatar, where Sarraj met ...").
    func meetingPlace(_ frame: SentenceFrame, _ f: Found) -> String? {
        let tokens = frame.doc.tokens
        let used = Set(f.sources + f.targets)
        func state(_ j: Int) -> String? {
            let m = frame.mentions[j]
            if kind(of: m.actor, frame) == .state { return m.role == .demonym ? nil : m.actor }
            return m.role == .place ? homeStates[m.actor] : nil
        }
        func locative(_ j: Int) -> Bool {
            guard let mk = frame.markers[j], Prepositions.locative.contains(mk.prep) else { return false }
            return mk.gap.count <= 2 && mk.gap.allSatisfy { Self.placeGapWords.contains($0) }
        }
        // After the trigger, in its clause.
        for (j, m) in frame.mentions.enumerated() where m.tokenStart >= f.fullEnd && !used.contains(j) {
            if m.tokenStart - f.fullEnd > 40 || crossesClause(tokens, f.fullEnd, m.tokenStart) { break }
            if tokens[f.fullEnd..<m.tokenStart].contains(where: { Prepositions.isList($0) || Self.relativePronouns.contains($0.norm) || $0.norm == "—" || $0.norm == "–" }) { break }
            if frame.span(m.tokenStart) != frame.span(f.start) { break }
            // The place follows the trigger or one of its targets closely ("met Lavrov in
            // Moscow"); one further on belongs to another noun ("talks on the situation in Libya").
            let anchors = [f.fullEnd] + (f.targets + f.sources).map { frame.mentions[$0].tokenEnd }
            let markerAt = m.tokenStart - (frame.markers[j]?.gap.count ?? 0) - (ArabicClitics.preposition(in: m.prefix) == nil ? 1 : 0)
            let close = anchors.contains { a in
                a <= markerAt && tokens[a..<markerAt].allSatisfy { $0.kind != .word || Self.lightWords.contains($0.norm) || Self.timeWords.contains($0.norm)
                    || ArabicClitics.anyForm(of: $0, in: lexicon.agentKeys) || SentenceFrame.rankWords.contains($0.norm) }
                    && tokens[a..<markerAt].filter { $0.kind == .word }.count <= 3
            }
            if locative(j), close, let st = state(j) { return st }
        }
        // Before it: "In Moscow, Haftar met ...", "Qatar – where Sarraj met ...".
        var k = f.start - 1
        var words = 0
        while k >= frame.sentence.tokenStart && words <= 8 {
            let t = tokens[k]
            if Prepositions.isStrong(t) { break }
            if t.norm == "where" || t.norm == "حيث" {
                var b = k - 1
                while b >= frame.sentence.tokenStart && tokens[b].kind == .punctuation && !Prepositions.isStrong(tokens[b]) { b -= 1 }
                if let j = frame.mentions.lastIndex(where: { $0.tokenEnd == b + 1 }), !used.contains(j), let st = state(j) { return st }
                return nil
            }
            if t.kind == .word { words += 1 }
            k -= 1
        }
        for (j, m) in frame.mentions.enumerated().reversed() where m.tokenEnd <= f.start && !used.contains(j) {
            if crossesClause(tokens, m.tokenEnd, f.start) || f.start - m.tokenEnd > 10 { break }
            if locative(j), let st = state(j) { return st }
        }
        return nil
    }

    /// Words that may stand between a place preposition and the place: "في العاصمة موسكو".
    static let placeGapWords: Set<String> = ["the", "capital", "city", "العاصمه", "عاصمه", "مدينه", "مطار", "airport"]

    // MARK: - Implicit arguments

    /// A trigger with no subject of its own shares the subject of the nearest trigger of the
    /// sentence that has one ("... التواصل مع قيادة مصر ..., وطلب الدعم ... حفتر").
    func shareSubjects(_ found: inout [Found]) {
        let withSources = found.indices.filter { !found[$0].sources.isEmpty && !found[$0].rule.reverse }
        for i in found.indices where found[i].sources.isEmpty && found[i].implicitSource == nil && !found[i].rule.reverse && !found[i].sourceless {
            guard let j = withSources.min(by: { abs($0 - i) < abs($1 - i) }) else { continue }
            found[i].sources = found[j].sources.filter { !found[i].targets.contains($0) }
            found[i].sharedSources = true
        }
    }

    /// A request for support with no named target asks the party the sentence deals with: a
    /// conditional supporter ("...لو وفرت لوالده الدعم"), else the target of another relation of
    /// the same source, else of any. A meeting with unnamed officials during a visit meets the
    /// host. An offer made in exchange for conditional support seeks that support.
    func fillImplicit(_ found: inout [Found], _ frame: SentenceFrame) {
        for i in found.indices where found[i].targets.isEmpty && !found[i].sources.isEmpty {
            let f = found[i]
            switch f.rule.type {
            case .soughtSupport:
                let sourceActors = Set(f.sources.map { frame.mentions[$0].actor })
                if let cond = found.first(where: { $0.rule.type == .supported && $0.modality == .conditional && !$0.sources.isEmpty
                    && !sourceActors.contains(frame.mentions[$0.sources[0]].actor) }) {
                    found[i].targets = [cond.sources[0]]
                } else if let other = found.first(where: { [.offeredNormalization, .met, .visited].contains($0.rule.type) && !$0.targets.isEmpty
                    && !$0.rule.reverse && Set($0.sources.map { frame.mentions[$0].actor }) == sourceActors }) {
                    found[i].targets = other.targets
                } else if let other = found.first(where: { [.offeredNormalization, .met, .visited].contains($0.rule.type) && !$0.targets.isEmpty && !$0.rule.reverse }) {
                    found[i].targets = other.targets
                } else if let place = frame.mentions.indices.last(where: { j in
                    frame.mentions[j].tokenEnd <= f.start && Prepositions.locative.contains(frame.markers[j]?.prep ?? "")
                        && kind(of: frame.mentions[j].actor, frame) == .state && !sourceActors.contains(frame.mentions[j].actor)
                }) {
                    found[i].targets = [place]  // "In Moscow, Haftar has sought military backing"
                }
            case .refused:
                // "Sisi declined to meet Haftar": the party of what was refused.
                if let inner = found.first(where: { $0.start >= f.fullEnd && $0.start - f.fullEnd <= 8 && !$0.targets.isEmpty }) {
                    found[i].targets = inner.targets.filter { !f.sources.contains($0) }
                }
            case .visited:
                // "وصل السراج القاهرة، فيما وصل حفتر في وقت لاحق": the same place.
                if let earlier = found[..<i].last(where: { $0.rule.type == .visited && !$0.targets.isEmpty && !$0.rule.reverse && $0.modality == f.modality }) {
                    found[i].targets = earlier.targets.filter { !f.sources.contains($0) }
                }
            case .met where f.rule.object:
                let who = Set(f.sources.map { frame.mentions[$0].actor })
                if let visit = found.first(where: { $0.rule.type == .visited && !$0.rule.reverse && !$0.targets.isEmpty && $0.modality == f.modality
                    && ($0.sources.isEmpty || Set($0.sources.map { frame.mentions[$0].actor }) == who || metUnnamedBody(frame, f)) }) {
                    found[i].targets = visit.targets
                }
            default:
                break
            }
        }
        // "أرسل 200 مليون دولار لزعيم فاغنر مقابل المساعدة": money paid in exchange for a
        // service is a contract.
        for i in found.indices where found[i].rule.type == .supported && found[i].fullEnd > found[i].end
            && Self.moneyWords.contains(frame.doc.tokens[found[i].fullEnd - 1].norm) && exchangeFollows(frame, found[i]) {
            found[i].rule.type = .contracted
        }
        // "asking for help in return for the normalisation of ties": the offer is the asker's, to the one asked.
        if let ask = found.first(where: { $0.rule.type == .soughtSupport && !$0.sources.isEmpty && !$0.targets.isEmpty }) {
            for i in found.indices where found[i].rule.type == .offeredNormalization && found[i].start > ask.start && exchangeBefore(frame, found[i]) {
                found[i].sources = ask.sources
                if found[i].targets.isEmpty { found[i].targets = ask.targets }
            }
        }
        // An offer of normalization made for support that is only conditional seeks that support.
        for offer in found where offer.rule.type == .offeredNormalization && offer.modality == .asserted && !offer.sources.isEmpty && !offer.targets.isEmpty {
            if found.contains(where: { $0.rule.type == .supported && $0.modality == .conditional && $0.start > offer.start }) {
                var f = offer
                f.rule.type = .soughtSupport
                found.append(f)
            }
        }
    }

    /// "استقبله رئيس الأركان": an Arabic verb carrying an object pronoun (ه، ها، هم) with no
    /// named object has the person the text is about as its object: the last person source
    /// before it in the sentence, else the topic.
    func objectPronouns(_ found: inout [Found], _ frame: SentenceFrame, topic: String?) {
        let tokens = frame.doc.tokens
        for i in found.indices where found[i].end == found[i].start + 1 {
            let f = found[i]
            // The named party: the subject, or the host of a reversed rule.
            let named = f.rule.reverse ? f.targets : f.sources
            let open = f.rule.reverse ? f.sources : f.targets
            guard !named.isEmpty, open.isEmpty, isArabic(tokens[f.start]), !isMasdar(frame, f) else { continue }
            var w = Substring(tokens[f.start].norm)
            guard !lexicon.triggerWords.contains(String(w)), let suffix = ["هم", "ها", "ه"].first(where: { w.hasSuffix($0) }) else { continue }
            w = w.dropLast(suffix.count)
            if (w.hasPrefix("و") || w.hasPrefix("ف")) && !lexicon.triggerWords.contains(String(w)) { w = w.dropFirst() }
            guard lexicon.triggerWords.contains(String(w)) else { continue }
            let namedActors = Set(named.map { frame.mentions[$0].actor })
            let person = found[..<i].flatMap { $0.rule.reverse ? $0.targets : $0.sources }
                .last { kind(of: frame.mentions[$0].actor, frame) == .person && !namedActors.contains(frame.mentions[$0].actor) }
                ?? topic.flatMap { t in namedActors.contains(t) ? nil : frame.mentions.indices.last { frame.mentions[$0].actor == t && frame.mentions[$0].tokenEnd <= f.start } }
            guard let person else { continue }
            if f.rule.reverse { found[i].sources = [person] } else { found[i].targets = [person] }
        }
    }

    /// "وعد ... بإقامة علاقات بين ليبيا وإسرائيل": an offer of ties "between" the state of a
    /// person acting in the sentence and another state is that person's offer.
    func offerByOwnStatePerson(_ found: inout [Found], _ frame: SentenceFrame) {
        for i in found.indices where found[i].rule.type == .offeredNormalization && found[i].sources.count == 1 {
            let state = frame.mentions[found[i].sources[0]].actor
            guard kind(of: state, frame) == .state else { continue }
            let before = found[..<i].reversed() + found[(i + 1)...]
            let persons = before.flatMap { $0.sources }.filter { kind(of: frame.mentions[$0].actor, frame) == .person && homeStates[frame.mentions[$0].actor] == state }
            if let p = persons.first { found[i].sources = [p] }
        }
    }

    static let moneyWords: Set<String> = ["ملايين", "مليون", "مليار", "مليارات", "دولار", "اموال", "الاموال", "millions", "million", "billions",
                                          "billion", "dollars", "funds", "money", "cash"]
    static let exchangeWords: [[String]] = [["مقابل"], ["نظير"], ["in", "exchange", "for"], ["in", "return", "for"]]

    /// Whether "مقابل" / "in exchange for" follows the trigger in its clause (within 8 words).
    func exchangeFollows(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        var k = f.fullEnd
        while k < min(frame.sentence.tokenEnd, f.fullEnd + 10) {
            if Prepositions.isStrong(tokens[k]) { return false }
            if Self.exchangeWords.contains(where: { w in k + w.count <= frame.sentence.tokenEnd && (0..<w.count).allSatisfy { tokens[k + $0].norm == w[$0] } }) { return true }
            k += 1
        }
        return false
    }

    /// Whether "in return for" / "مقابل" stands at most four words before the trigger.
    func exchangeBefore(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        for w in Self.exchangeWords {
            for back in 0...4 {
                let k = f.start - back - w.count
                guard k >= frame.sentence.tokenStart else { continue }
                if (0..<w.count).allSatisfy({ tokens[k + $0].norm == w[$0] }) { return true }
            }
        }
        return false
    }

    /// "التقى بمسؤولين أمنيين", "met with officials": the meeting's object is a body the text
    /// does not name (the host's people during a visit).
    func metUnnamedBody(_ frame: SentenceFrame, _ f: Found) -> Bool {
        let tokens = frame.doc.tokens
        var k = f.fullEnd
        while k < min(frame.sentence.tokenEnd, f.fullEnd + 3) {
            let t = tokens[k]
            if t.kind != .word { return false }
            if ArabicClitics.anyForm(of: t, in: lexicon.agentKeys) { return true }
            if Prepositions.preposition(t) == nil && !Self.lightWords.contains(t.norm) { return false }
            k += 1
        }
        return false
    }

    // MARK: - Evidence

    func evidence(_ doc: Document, _ s: Sentence, triggerStart: Int, triggerEnd: Int, attribution: String?) -> Evidence {
        let ts = doc.tokens[triggerStart].start, te = doc.tokens[max(triggerStart, triggerEnd - 1)].end
        return Evidence(article: doc.article.path, date: doc.article.date, url: doc.article.url, sentenceIndex: s.index,
                        sentence: doc.text(of: s), trigger: doc.text(ts, te), start: s.start, end: s.end,
                        triggerStart: ts, triggerEnd: te, attribution: attribution)
    }

    /// Actor kinds by id, for target constraints (set by the pipeline).
    var kinds: [String: ActorKind] = [:]
    /// Single-word triggers and needed words of the lexicon.
    let triggerWords: Set<String>
    /// Each rule's needed phrases and `not_before` words by key, by rule index.
    let needKeys: [[[WordKey]]]
    let notBeforeKeys: [Set<WordKey>]

    /// The state each actor belongs to, by id: a state is its own; a person or body takes the
    /// state of its affiliations, followed through organisations (Saddam Haftar -> lna -> libya).
    var homeStates: [String: String] = [:]
    /// The body each person leads (an organisation of their `leader_of` affiliations): "the
    /// forces of" that person are that body.
    var ledBodies: [String: String] = [:]

    /// A copy that knows the kinds and home states of the dictionary's actors.
    public func with(dictionary: ActorDictionary) -> RelationExtractor {
        var c = self
        c.kinds = Dictionary(uniqueKeysWithValues: dictionary.entries.map { ($0.id, $0.kind) })
        let byID = Dictionary(uniqueKeysWithValues: dictionary.entries.map { ($0.id, $0) })
        func home(_ id: String, _ depth: Int) -> String? {
            guard let e = byID[id], depth < 4 else { return nil }
            if e.kind == .state { return id }
            for a in e.affiliations { if let h = home(a.target, depth + 1) { return h } }
            return nil
        }
        for e in dictionary.entries { if let h = home(e.id, 0) { c.homeStates[e.id] = h } }
        for e in dictionary.entries where e.kind == .person {
            if let body = e.affiliations.first(where: { $0.relation == .leaderOf && byID[$0.target]?.kind == .organisation }) {
                c.ledBodies[e.id] = body.target
            }
        }
        return c
    }
}

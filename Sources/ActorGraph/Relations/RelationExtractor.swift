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
            if out[r.key] != nil {
                // Appended in place: copying the relation out and back made an article that
                // repeats one sentence quadratic in its length.
                for e in r.evidence where known[r.key, default: []].insert(e).inserted { out[r.key]!.evidence.append(e) }
                if out[r.key]!.attribution == nil { out[r.key]!.attribution = r.attribution }
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

    func crossesClause(_ tokens: [Token], _ from: Int, _ to: Int) -> Bool {
        guard from < to else { return false }
        return tokens[from..<to].contains { Prepositions.isStrong($0) }
    }

    func isArabic(_ t: Token) -> Bool {
        guard let first = t.norm.unicodeScalars.first else { return false }
        return (0x0600...0x06FF).contains(first.value)
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

    func kind(of actor: String, _ frame: SentenceFrame) -> ActorKind {
        kinds[actor] ?? .organisation
    }

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

import Foundation

/// Arguments the sentence leaves implicit: shared subjects and the topic, object pronouns,
/// requests and offers filled from other triggers, exchanges, reciprocal lists and the visits
/// a meeting place implies.
extension RelationExtractor {
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
}

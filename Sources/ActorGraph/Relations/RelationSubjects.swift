import Foundation

/// Finding the source of a trigger: subjects before and after the verb, relative clauses,
/// appositions, coordinated verbs, pronouns, message senders, and subjects that name no actor
/// (docs/lexicon.md, "How arguments are assigned").
extension RelationExtractor {
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

    /// An English past or present verb form ("flew", "visited", "arrives"), not a noun
    /// ("a secret meeting", "the recent visit").
    static func isEnglishVerb(_ w: String) -> Bool {
        w.hasSuffix("ed") || irregularVerbs.contains(w)
    }

    static let irregularVerbs: Set<String> = ["flew", "met", "sent", "went", "gave", "sold", "held", "took", "left", "meets", "visits", "arrives",
                                              "lands", "flies", "sends", "gives", "sells", "holds", "backs", "supports", "arms"]

    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "remains", "remained", "became", "becomes"]
}

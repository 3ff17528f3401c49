import Foundation

/// Finding the targets of a trigger: marked and object mentions, lists, "between A and B",
/// objects after a verb-first subject, and places that belong to another noun.
extension RelationExtractor {
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
    func isDistantClitic(_ frame: SentenceFrame, _ i: Int, _ f: Found) -> Bool {
        let m = frame.mentions[i]
        guard ArabicClitics.preposition(in: m.prefix) != nil, m.tokenStart > f.fullEnd else { return false }
        var words = 0
        for k in f.fullEnd..<m.tokenStart where frame.doc.tokens[k].kind == .word && !Self.lightWords.contains(frame.doc.tokens[k].norm) {
            if !frame.mentions.contains(where: { $0.tokenStart <= k && k < $0.tokenEnd }) { words += 1 }
        }
        return words > 2
    }

    /// A place marked في / in / at far from the trigger belongs to another noun: "زيارة نجل
    /// حفتر مرتبطة ارتباطا وثيقا بانتخابات ديسمبر في ليبيا" is no visit to Libya.
    func isDistantPlace(_ frame: SentenceFrame, _ i: Int, _ f: Found) -> Bool {
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
}

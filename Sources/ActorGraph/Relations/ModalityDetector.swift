/// Decides whether a trigger is asserted or, if not, why: questions, conditions, denials,
/// refusals, negation particles, prohibitions, purposes and things only discussed.
struct ModalityDetector {
    let lexicon: RelationLexicon
    let frame: SentenceFrame
    var doc: Document { frame.doc }
    var sentence: Sentence { frame.sentence }
    /// Token indices inside actor mentions: they do not count in a cue's window.
    var mentionTokens: Set<Int> = []

    static let englishQuestionOpeners: Set<String> = ["did", "does", "do", "is", "are", "was", "were", "will", "would", "can", "could",
                                                      "has", "have", "had", "should", "who", "what", "why", "how", "when", "where"]

    /// Relation types an "if" clause after them makes conditional ("will visit Cairo next week
    /// if security allows"). Offers and requests are speech acts: "offered normalisation if
    /// Israel helped" is a real offer, so they stay asserted.
    static let conditionalAfter: Set<RelationType> = [.visited, .met, .supported, .suppliedArms, .contracted]

    /// Words that end the clause of a trigger when looking forward for its condition.
    static let clauseJoiners: Set<String> = ["and", "but", "then", "while", "و", "لكن", "ثم", "بينما"]

    /// Whether a conditional cue stands in the trigger's own clause after it (`end`: the
    /// trigger's last token + 1): mentions do not count, up to five other words, and no
    /// punctuation, conjunction or other trigger in between.
    func conditionAfter(_ end: Int) -> Bool {
        guard let index = lexicon.modalityIndex[.conditional] else { return false }
        let tokens = doc.tokens
        let bit = CueIndex.modalityBit(.conditional)
        var k = end
        var words = 0
        while k < sentence.tokenEnd && words <= 5 {
            let t = tokens[k]
            if t.kind == .punctuation { return false }
            if mentionTokens.contains(k) { k += 1; continue }
            if frame.mayStartCue(k, bit), let c = RelationLexicon.cue(in: index, tokens, at: k, end: sentence.tokenEnd), c != ["حال"] {
                return true
            }
            if Self.clauseJoiners.contains(t.norm) || ArabicClitics.anyForm(of: t, in: lexicon.triggerWordKeys) { return false }
            words += 1
            k += 1
        }
        return false
    }

    /// An Arabic imperfect verb with the future prefix س ("سيزور", "ستلتقي", "وسيجتمع"): the
    /// lexicon lists these forms as triggers; the prefix makes them plans.
    func isFutureVerb(_ a: Int) -> Bool {
        var w = Substring(doc.tokens[a].norm)
        if w.hasPrefix("و") || w.hasPrefix("ف") { w = w.dropFirst() }
        guard w.count >= 4, w.hasPrefix("س"), let second = w.dropFirst().first else { return false }
        return "يتنا".contains(second) && lexicon.triggerWords.contains(String(w))
    }

    /// `refusedBy`: the start token of a refusal trigger that governs this one, if any;
    /// `triggerEnd`: the token after the trigger (and its needed word).
    func modality(triggerStart a: Int, triggerEnd: Int? = nil, type: RelationType, refusedBy: Int?) -> Modality {
        let tokens = doc.tokens
        let s0 = sentence.tokenStart, s1 = sentence.tokenEnd
        func cue(_ m: Modality, within: Int, clause: Bool, stopAtTrigger: Bool = false) -> Bool {
            guard let index = lexicon.modalityIndex[m] else { return false }
            let bit = CueIndex.modalityBit(m)
            var k = a - 1
            var words = 0
            while k >= s0 && words < within + 2 {
                let t = tokens[k]
                if t.kind == .punctuation {
                    if Prepositions.isStrong(t) { return false }
                    if clause && Prepositions.isList(t) { return false }
                    k -= 1
                    continue
                }
                if frame.mayStartCue(k, bit), RelationLexicon.cue(in: index, tokens, at: k, end: a) != nil {
                    return true
                }
                if mentionTokens.contains(k) || lexicon.agentKeys.contains(t.key) { k -= 1; continue }
                // "لا تعترف بمذكرة التفاهم": the particle negates the verb next to it, not a noun after that verb.
                if stopAtTrigger && ArabicClitics.anyForm(of: t, in: lexicon.triggerWordKeys) && !ArabicClitics.anyForm(of: t, in: lexicon.agentKeys) { return false }
                words += 1
                if words >= within { break }
                k -= 1
            }
            return false
        }
        // Questions: هل / whether before it, or a question sentence.
        let last = tokens[s1 - 1].norm
        let firstWord = tokens[s0..<s1].first { $0.kind == .word }?.norm ?? ""
        if cue(.question, within: 40, clause: false) { return .question }
        if (last == "?" || last == "؟") && (Self.englishQuestionOpeners.contains(firstWord) || firstWord == "هل") { return .question }
        if cue(.conditional, within: 6, clause: true) { return .conditional }
        if let end = triggerEnd, Self.conditionalAfter.contains(type), conditionAfter(end) { return .conditional }
        if cue(.denied, within: 12, clause: false) { return .denied }
        if refusedBy != nil { return .refused }
        if cue(.negated, within: 3, clause: true, stopAtTrigger: true) { return .negated }
        if cue(.prohibited, within: 2, clause: true) { return .prohibited }
        if cue(.planned, within: 3, clause: true) || isFutureVerb(a) { return .planned }
        if type != .soughtSupport && cue(.purpose, within: 4, clause: true) { return .purpose }
        if type != .soughtSupport && type != .met && type != .visited && cue(.discussed, within: 3, clause: true) { return .discussed }
        return .asserted
    }
}

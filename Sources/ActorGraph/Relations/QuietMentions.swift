import Foundation

/// Mentions that name nobody acting and stay out of the mention output: demonyms that only
/// describe, a body's city used as a location, "X-based" places and datelines.
extension RelationExtractor {
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
}

/// Splits a token stream into sentences and paragraphs.
///
/// A sentence ends at `.`, `!`, `?`, `؟`, `…` (with any closing quotes and brackets that
/// follow) and at a paragraph break. A paragraph break is a blank line, or a line break right
/// after a sentence end; a single line break inside a sentence is not a boundary (articles
/// wrap lines mid-name). A dot does not end a sentence after an initial, a common
/// abbreviation or inside a number. A sentence has at most `maxTokens` tokens.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "st", "no", "vs", "jr", "sr",
        "gov", "sen", "rep", "inc", "ltd", "co", "corp", "dept", "approx", "est", "fig", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "etc", "i.e", "e.g", "al", "pres", "adm", "brig",
        "د", "م", "ص", "ج", "ق",
    ]

    static let terminators: Set<String> = [".", "!", "?", "؟", "…", "۔"]
    static let closers: Set<String> = ["\"", "'", ")", "]", "}", "»", "›"]

    /// Longer runs without a sentence end (text stripped of punctuation, a page on one line)
    /// are cut every `maxTokens` tokens, so that work and evidence per sentence stay bounded.
    static let maxTokens = 1000

    public static func split(_ tokens: [Token]) -> [Sentence] {
        var sentences: [Sentence] = []
        var paragraph = 0
        var begin = 0
        var i = 0
        func close(_ end: Int) {
            guard end > begin else { return }
            // Skip sentences made only of punctuation (stray "..", quotes).
            if tokens[begin..<end].contains(where: { $0.kind != .punctuation }) {
                sentences.append(Sentence(index: sentences.count, paragraph: paragraph, tokenStart: begin, tokenEnd: end,
                                          start: tokens[begin].start, end: tokens[end - 1].end))
            }
            begin = end
        }
        while i < tokens.count {
            let t = tokens[i]
            if i - begin >= maxTokens {
                close(i)
                continue
            }
            if i > begin && t.newlinesBefore >= 2 {
                close(i)
                paragraph += 1
                continue
            }
            // A line ending in a colon is a label ("كلمات دلالية:", "اقرأ أيضا:"): what follows
            // the line break is not part of its sentence.
            if i > begin && t.newlinesBefore == 1 && tokens[i - 1].norm == ":" {
                close(i)
                continue
            }
            if t.kind == .punctuation && terminators.contains(t.norm) && !isAbbreviationDot(tokens, i) {
                var j = i + 1
                while j < tokens.count && tokens[j].kind == .punctuation && tokens[j].newlinesBefore == 0
                        && (terminators.contains(tokens[j].norm) || closers.contains(tokens[j].norm)) {
                    j += 1
                }
                close(j)
                if j < tokens.count && tokens[j].newlinesBefore >= 1 { paragraph += 1 }
                i = j
                continue
            }
            i += 1
        }
        close(tokens.count)
        return sentences
    }

    private static func isAbbreviationDot(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].norm == ".", i > 0 else { return false }
        let prev = tokens[i - 1]
        guard prev.kind == .word, prev.end == tokens[i].start else { return false }
        // An initial: a single capital Latin letter ("J. Smith").
        if prev.norm.unicodeScalars.count == 1, let c = prev.norm.unicodeScalars.first, c.value >= 0x61, c.value <= 0x7A,
           i + 1 < tokens.count, tokens[i + 1].kind == .word {
            return true
        }
        if abbreviations.contains(prev.norm) && i + 1 < tokens.count && tokens[i + 1].newlinesBefore < 2 {
            return true
        }
        return false
    }
}

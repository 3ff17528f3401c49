/// Arabic proclitics that attach to names: a conjunction (و ف), a preposition (ب ل ك) and
/// the article (ال), in that order, with ل + ال written لل.
enum ArabicClitics {
    /// Every proclitic combination with what remains to be put back (`ال` after `لل`),
    /// longest first.
    static let prefixes: [(prefix: String, restore: String)] = {
        var out: [(String, String)] = []
        for conj in ["", "و", "ف"] {
            for prep in ["", "ب", "ل", "ك"] {
                for art in ["", "ال"] {
                    if conj.isEmpty && prep.isEmpty && art.isEmpty { continue }
                    if prep == "ل" && art == "ال" {
                        out.append((conj + "لل", "ال"))  // للقاهرة = ل + القاهرة
                        out.append((conj + "لل", ""))    // للجيش... also bare
                    } else {
                        out.append((conj + prep + art, ""))
                    }
                }
            }
        }
        return out.sorted { $0.0.unicodeScalars.count > $1.0.unicodeScalars.count }
    }()

    /// Single-letter prepositions a proclitic may carry, for argument frames.
    static func preposition(in prefix: String) -> String? {
        for p in ["ب", "ل", "ك"] where prefix.contains(p) { return p }
        return nil
    }

    /// The forms of `token` with proclitics removed (the token itself first), each with the
    /// prefix that was removed. Only remainders of two letters or more are kept.
    static func variants(of token: String) -> [(form: String, prefix: String)] {
        var out: [(String, String)] = [(token, "")]
        guard let first = token.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return out }
        let scalars = Array(token.unicodeScalars)
        for (p, restore) in prefixes {
            let ps = Array(p.unicodeScalars)
            guard scalars.count - ps.count >= 2, scalars.starts(with: ps) else { continue }
            var rest = String.UnicodeScalarView()
            rest.append(contentsOf: restore.unicodeScalars)
            rest.append(contentsOf: scalars[ps.count...])
            out.append((String(rest), p))
        }
        return out
    }
}

/// Arabic pronoun suffixes on nouns and verbs ("مساندته", "زيارتهم", "طلبها").
enum ArabicSuffixes {
    static let pronouns = ["هما", "هم", "ها", "ه", "كم", "نا"]

    /// The forms of `word` with one pronoun suffix removed; a "ت" left before the suffix is
    /// the taa marbuta of the bare noun, folded to "ه" ("مساندته" -> "مسانده").
    static func stems(of word: String) -> [String] {
        guard let first = word.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return [] }
        var out: [String] = []
        let scalars = Array(word.unicodeScalars)
        for suffix in pronouns {
            let ss = Array(suffix.unicodeScalars)
            guard scalars.count - ss.count >= 3, scalars.suffix(ss.count).elementsEqual(ss) else { continue }
            var rest = String.UnicodeScalarView(scalars[..<(scalars.count - ss.count)])
            out.append(String(rest))
            if rest.last == "ت" {
                rest.removeLast()
                rest.append("ه")
                out.append(String(rest))
            }
        }
        return out
    }
}

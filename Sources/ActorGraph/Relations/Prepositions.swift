/// Folded prepositions that mark an argument in Arabic and English.
enum Prepositions {
    static let words: Set<String> = [
        "الي", "مع", "في", "علي", "عن", "من", "ب", "ل", "ك", "بين", "حول", "ضد", "لدي", "عبر", "نحو", "باتجاه", "تجاه", "قبل",
        "بعد", "خلال", "منذ", "حتي", "عند", "بقياده", "بزعامه", "برئاسه", "بحضور", "خارج", "داخل", "بشان", "بخصوص", "ازاء",
        "to", "with", "in", "at", "from", "by", "on", "for", "of", "between", "against", "into", "toward", "towards", "about", "via",
        "before", "after", "during", "since", "until", "over", "under", "among", "amid", "near", "across", "through", "within", "despite",
        "outside", "inside",
    ]
    /// Prepositions whose noun phrase may put words before the actor ("مع عدد من ...").
    static let reaching: Set<String> = ["الي", "مع", "في", "بين", "لدي", "to", "with", "in", "at", "between", "into", "for", "from", "of", "by"]
    /// Place prepositions: a place they mark may stand between a verb and its object.
    static let locative: Set<String> = ["في", "ب", "in", "at"]
    /// Words that join list members besides conjunctions ("together with", "as well as").
    static let listWords: Set<String> = ["together", "along", "alongside", "as", "well", "plus", "including", "بالإضافة", "فضلا", "جانب"]
    /// Markers that still let a mention be the subject ("نقل عن والده رسالة يطلب ...").
    static let subjectCompatible: Set<String> = ["عن"]
    /// Conjunctions joining list members.
    static let conjunctions: Set<String> = ["و", "and", "&"]
    static let strongPunctuation: Set<String> = [".", ";", "؛", "!", "?", "؟"]
    static let listPunctuation: Set<String> = [",", "،"]

    /// `words` by key.
    static let byKey: [WordKey: String] = Dictionary(uniqueKeysWithValues: words.map { (WordKey($0), $0) })
    static let strongKeys = Set(strongPunctuation.map(WordKey.init))
    static let listKeys = Set(listPunctuation.map(WordKey.init))

    /// Whether a token is sentence-internal strong punctuation (`strongPunctuation`).
    @inline(__always) static func isStrong(_ t: Token) -> Bool { t.kind == .punctuation && strongKeys.contains(t.key) }
    /// Whether a token is a list comma (`listPunctuation`).
    @inline(__always) static func isList(_ t: Token) -> Bool { t.kind == .punctuation && listKeys.contains(t.key) }

    /// The preposition a standalone token is, with proclitic و/ف removed ("ومع" -> "مع").
    static func preposition(_ token: Token) -> String? {
        guard token.kind == .word else { return nil }
        if let p = byKey[token.key] { return p }
        var norm = token.norm
        return norm.withUTF8 { u -> String? in
            // و and ف are two bytes each: D9 88 and D9 81.
            guard u.count > 2, u[0] == 0xD9, u[1] == 0x88 || u[1] == 0x81 else { return nil }
            return byKey[WordKey(bytes: UnsafeBufferPointer(rebasing: u[2...]))]
        }
    }
}

/// Folded kinship and leadership words the resolver understands.
enum KinshipWords {
    /// "son (of)": نجل، ابن; followed by the father.
    static let sonOf: Set<String> = ["نجل", "ابن", "son"]
    /// "his son": نجله، ابنه.
    static let hisSon: Set<String> = ["نجله", "ابنه", "نجلها", "ابنها"]
    /// "his father": والده، أبيه، أبوه.
    static let hisFather: Set<String> = ["والده", "ابيه", "ابوه", "والدها"]
    /// English possessive determiners before son/father.
    static let possessives: Set<String> = ["his", "her", "their"]
    /// "commander (of)": the next organisation's leader.
    static let leader: Set<String> = ["قائد", "زعيم", "commander", "leader", "chief"]
    /// "his forces", "قواته": the organisation the last person named leads.
    static let hisForces: Set<String> = ["قواته", "جيشه", "ميليشياته", "مقاتليه"]
    static let forces: Set<String> = ["forces", "troops", "army", "militia", "fighters"]

    /// The kinship classes a word belongs to.
    struct Classes: OptionSet, Sendable {
        let rawValue: UInt8
        /// In `sonOf`, proclitics allowed.
        static let sonOf = Classes(rawValue: 1)
        static let hisSon = Classes(rawValue: 2)
        static let hisFather = Classes(rawValue: 4)
        static let leader = Classes(rawValue: 8)
        static let hisForces = Classes(rawValue: 16)
        /// Exactly one of `possessives`.
        static let possessive = Classes(rawValue: 32)
        /// Exactly one of `forces`.
        static let forces = Classes(rawValue: 64)
        /// Exactly "father".
        static let father = Classes(rawValue: 128)
    }

    /// Every written form of the kinship words (with proclitics where `match` allows them),
    /// by key: one lookup classifies a token.
    static let table: [WordKey: Classes] = {
        var table: [WordKey: Classes] = [:]
        func add(_ word: String, _ c: Classes) { table[WordKey(word), default: []].insert(c) }
        for (set, c) in [(sonOf, Classes.sonOf), (hisSon, .hisSon), (hisFather, .hisFather), (leader, .leader), (hisForces, .hisForces)] {
            for w in set {
                add(w, c)
                if w.unicodeScalars.count >= 2 { for p in ArabicClitics.prefixSet { add(p + w, c) } }
                if w.hasPrefix("ال") { for p in ArabicClitics.restoringPrefixes { add(p + w.dropFirst(2), c) } }
            }
        }
        for w in possessives { add(w, .possessive) }
        for w in forces { add(w, .forces) }
        add("father", .father)
        return table
    }()

    /// The classes of a token.
    static func classes(of key: WordKey) -> Classes { table[key] ?? [] }
}

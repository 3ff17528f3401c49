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

    /// The word with Arabic proclitics removed, if it is in `set`.
    static func match(_ token: String, in set: Set<String>) -> Bool {
        set.contains { ArabicClitics.matches(token, $0) }
    }
}

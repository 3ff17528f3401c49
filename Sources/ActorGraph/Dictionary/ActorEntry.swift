/// A role description (title) that names an actor while the actor holds it:
/// "the Russian defence minister" is Shoigu from 2012-11-06 to 2024-05-12.
public struct TitleRole: Sendable, Hashable {
    public var phrases: [Language: [String]]
    public var range: DateRange
}

/// A tie between an actor and an organisation or state, in a date range.
public struct Affiliation: Sendable, Hashable {
    public enum Relation: String, Sendable, CaseIterable { case memberOf = "member_of", leaderOf = "leader_of" }
    public var relation: Relation
    public var target: String
    public var range: DateRange
}

/// One actor of the dictionary with every way news text names it.
public struct ActorEntry: Sendable, Hashable {
    public var id: String
    public var kind: ActorKind
    /// Display names per language.
    public var names: [Language: String]
    /// Other unambiguous names and spellings.
    public var aliases: [Language: [String]] = [:]
    /// Bare surnames and given names that several actors may share; resolved by context.
    public var shortNames: [Language: [String]] = [:]
    /// What the short names mean when the context says nothing.
    public var isDefault: Bool = false
    /// Role descriptions with date ranges.
    public var titles: [TitleRole] = []
    /// Adjectives naming the state (base forms; inflections are generated).
    public var demonyms: [Language: [String]] = [:]
    /// Cities, airports, seats of government standing for the actor.
    public var places: [Language: [String]] = [:]
    public var affiliations: [Affiliation] = []
    /// The actor's father, for "his son", "نجل حفتر" and `son_of` edges.
    public var father: String?
    /// Phrases in which this actor's names are not a mention (a newspaper named after a state).
    public var exclusions: [Language: [String]] = [:]
    /// Where the entry was defined (file:line), for messages.
    public var origin: String = ""

    public init(id: String, kind: ActorKind, names: [Language: String]) {
        self.id = id
        self.kind = kind
        self.names = names
    }

    /// The graph node for this entry.
    public var actor: Actor { Actor(id: id, kind: kind, names: names) }

    /// Adds what `other` (an entry with the same id from a later file) says: lists are
    /// extended, single values replaced.
    mutating func merge(_ other: ActorEntry, explicitKind: Bool) {
        if explicitKind { kind = other.kind }
        for (l, n) in other.names { names[l] = n }
        func add(_ a: inout [Language: [String]], _ b: [Language: [String]]) {
            for (l, v) in b { a[l, default: []].append(contentsOf: v) }
        }
        add(&aliases, other.aliases)
        add(&shortNames, other.shortNames)
        add(&demonyms, other.demonyms)
        add(&places, other.places)
        add(&exclusions, other.exclusions)
        if other.isDefault { isDefault = true }
        titles += other.titles
        affiliations += other.affiliations
        if let f = other.father { father = f }
        origin = other.origin
    }
}

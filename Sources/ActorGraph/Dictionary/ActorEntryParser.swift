/// Reads one actor block of a dictionary file.
enum ActorEntryParser {
    static let keys: Set<String> = ["id", "kind", "names", "aliases", "short_names", "default", "titles", "demonyms",
                                    "places", "affiliations", "father", "exclusions"]

    /// Returns the entry and whether it named its kind (an entry that only adds aliases to an
    /// existing id may leave the kind out).
    static func parse(_ item: DataNode, knownKind: (String) -> Bool) throws -> (ActorEntry, Bool) {
        try item.checkKeys(keys)
        let idNode = try item.required("id")
        let id = try idNode.string()
        guard isSnakeCase(id) else { throw idNode.error("invalid id '\(id)': use snake_case letters, digits and underscores") }
        let kindNode = try item.optional("kind")
        var kind = ActorKind.organisation
        if let kindNode {
            let raw = try kindNode.string()
            guard let k = ActorKind(rawValue: raw == "organization" ? "organisation" : raw) else {
                throw kindNode.error("unknown kind '\(raw)' (expected person, state or organisation)")
            }
            kind = k
        } else if !knownKind(id) {
            throw item.error("actor '\(id)' needs a kind (person, state or organisation)")
        }
        var names: [Language: String] = [:]
        if let n = try item.optional("names") {
            for (l, v) in try n.languageStrings() { if let first = v.first { names[l] = first } }
        } else if !knownKind(id) {
            throw item.error("actor '\(id)' needs names (at least one of ar, en)")
        }
        var e = ActorEntry(id: id, kind: kind, names: names)
        e.origin = "\(item.path):\(item.node.mark?.line ?? 0)"
        if let a = try item.optional("aliases") { e.aliases = try a.languageStrings() }
        if let a = try item.optional("short_names") { e.shortNames = try a.languageStrings() }
        if let a = try item.optional("default") { e.isDefault = try a.bool() }
        if let a = try item.optional("demonyms") { e.demonyms = try a.languageStrings() }
        if let a = try item.optional("places") { e.places = try a.languageStrings() }
        if let a = try item.optional("exclusions") { e.exclusions = try a.languageStrings() }
        if let f = try item.optional("father") { e.father = try f.string() }
        if let t = try item.optional("titles") {
            for tn in try t.list() {
                try tn.checkKeys(["ar", "en", "from", "until"])
                var phrases: [Language: [String]] = [:]
                for l in Language.allCases { if let p = try tn.optional(l.rawValue) { phrases[l] = try p.strings() } }
                let range = try parseRange(tn)
                e.titles.append(TitleRole(phrases: phrases, range: range))
            }
        }
        if let a = try item.optional("affiliations") {
            for an in try a.list() {
                try an.checkKeys(["relation", "target", "from", "until"])
                let relNode = try an.required("relation")
                guard let rel = Affiliation.Relation(rawValue: try relNode.string()) else {
                    throw relNode.error("unknown affiliation '\(try relNode.string())' (expected member_of or leader_of)")
                }
                e.affiliations.append(Affiliation(relation: rel, target: try an.required("target").string(), range: try parseRange(an)))
            }
        }
        return (e, kindNode != nil)
    }

    static func parseRange(_ n: DataNode) throws -> DateRange {
        let from = try n.optional("from")?.date()
        let until = try n.optional("until")?.date(endOfPeriod: true)
        if let from, let until, until < from {
            throw n.error("invalid date range: until \(until) is before from \(from)")
        }
        return DateRange(from: from, until: until)
    }

    static func isSnakeCase(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) || $0 == "_" }
            && !(s.unicodeScalars.first!.value >= 0x30 && s.unicodeScalars.first!.value <= 0x39)
    }
}

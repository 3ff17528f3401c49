/// A person, state or organisation as a node of the network.
public struct Actor: Codable, Hashable, Sendable, Identifiable {
    /// Stable snake_case id, e.g. `khalifa_haftar`.
    public var id: String
    public var kind: ActorKind
    /// Display name per language.
    public var names: [Language: String]

    public init(id: String, kind: ActorKind, names: [Language: String]) {
        self.id = id
        self.kind = kind
        self.names = names
    }

    /// The display name in `language`, falling back to the other language, then the id.
    public func name(in language: Language) -> String {
        if let n = names[language], !n.isEmpty { return n }
        for l in Language.allCases { if let n = names[l], !n.isEmpty { return n } }
        return id
    }

    enum CodingKeys: String, CodingKey { case id, kind, names }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        kind = try c.decode(ActorKind.self, forKey: .kind)
        let raw = try c.decodeIfPresent([String: String].self, forKey: .names) ?? [:]
        var names: [Language: String] = [:]
        for (k, v) in raw { if let l = Language(rawValue: k) { names[l] = v } }
        self.names = names
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        var raw: [String: String] = [:]
        for (k, v) in names { raw[k.rawValue] = v }
        try c.encode(raw, forKey: .names)
    }
}

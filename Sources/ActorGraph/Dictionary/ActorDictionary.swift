import Foundation

/// The actor dictionary: every actor ActorGraph can recognise, loaded from YAML or JSON
/// files (see docs/dictionary.md). Later files add to or override earlier ones by id.
public struct ActorDictionary: Sendable {
    /// Entries sorted by id.
    public private(set) var entries: [ActorEntry] = []
    private var index: [String: Int] = [:]

    public init(entries: [ActorEntry] = []) {
        for e in entries { merge(e, explicitKind: true) }
    }

    public func entry(_ id: String) -> ActorEntry? { index[id].map { entries[$0] } }

    /// The dictionary that ships with ActorGraph.
    public static func builtIn() throws -> ActorDictionary {
        guard let url = Bundle.module.url(forResource: "actors", withExtension: "yaml") else {
            throw ActorGraphError.dataFile(path: "actors.yaml", line: nil, column: nil, reason: "the built-in dictionary is missing from the package")
        }
        var d = ActorDictionary()
        try d.load(path: url.path)
        return d
    }

    /// Loads the built-in dictionary (unless `includeDefault` is false) and then each user file.
    public static func load(userFiles: [String], includeDefault: Bool = true) throws -> ActorDictionary {
        var d = includeDefault ? try builtIn() : ActorDictionary()
        for f in userFiles { try d.load(path: f) }
        return d
    }

    /// Adds the entries of one file. Throws with file, line and column on any error.
    public mutating func load(path: String) throws {
        let root = try DataNode.load(path: path)
        try load(root)
    }

    /// Adds the entries of a YAML/JSON text (`path` is used in messages).
    public mutating func load(text: String, path: String) throws {
        try load(DataNode.load(path: path, text: text))
    }

    private mutating func load(_ root: DataNode) throws {
        try root.checkKeys(["version", "actors"])
        if let v = try root.optional("version"), try v.int() != 1 {
            throw v.error("unsupported dictionary version (this ActorGraph reads version 1)")
        }
        guard let list = try root.optional("actors") else { return }
        var seen: [String: DataNode] = [:]
        for item in try list.list() {
            let (entry, explicitKind) = try ActorEntryParser.parse(item, knownKind: { index[$0] != nil })
            if let first = seen[entry.id] {
                throw item.error("duplicate id '\(entry.id)' (first defined at line \(first.node.mark?.line ?? 0))")
            }
            seen[entry.id] = item
            merge(entry, explicitKind: explicitKind)
        }
        try validateReferences(root)
    }

    private mutating func merge(_ e: ActorEntry, explicitKind: Bool) {
        if let i = index[e.id] {
            entries[i].merge(e, explicitKind: explicitKind)
            return
        }
        var lo = 0, hi = entries.count
        while lo < hi { let m = (lo + hi) / 2; if entries[m].id < e.id { lo = m + 1 } else { hi = m } }
        entries.insert(e, at: lo)
        index = [:]
        for (i, x) in entries.enumerated() { index[x.id] = i }
    }

    private func validateReferences(_ root: DataNode) throws {
        for e in entries {
            if let f = e.father, index[f] == nil {
                throw ActorGraphError.dataFile(path: e.origin, line: nil, column: nil, reason: "actor '\(e.id)': father '\(f)' is not in the dictionary")
            }
            for a in e.affiliations where index[a.target] == nil {
                throw ActorGraphError.dataFile(path: e.origin, line: nil, column: nil, reason: "actor '\(e.id)': affiliation target '\(a.target)' is not in the dictionary")
            }
        }
    }
}

extension ActorDictionary {
    /// Position of the entry with `id` in `entries`.
    public func index(of id: String) -> Int? { index[id] }
}

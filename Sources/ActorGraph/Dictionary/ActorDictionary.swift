import Foundation

/// The actor dictionary: every actor ActorGraph can recognise, loaded from YAML or JSON
/// files (see docs/dictionary.md). Later files add to or override earlier ones by id.
public struct ActorDictionary: Sendable {
    /// Entries sorted by id.
    public private(set) var entries: [ActorEntry] = []
    private var index: [String: Int] = [:]

    public init(entries: [ActorEntry] = []) {
        var added: [ActorEntry] = []
        var addedIndex: [String: Int] = [:]
        for e in entries {
            if let j = addedIndex[e.id] { added[j].merge(e, explicitKind: true); continue }
            if index[e.id] == nil { addedIndex[e.id] = added.count }
            merge(e, explicitKind: true, into: &added)
        }
        insert(added)
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
        var added: [ActorEntry] = []
        for item in try list.list() {
            let (entry, explicitKind) = try ActorEntryParser.parse(item, knownKind: { index[$0] != nil })
            if let first = seen[entry.id] {
                throw item.error("duplicate id '\(entry.id)' (first defined at line \(first.node.mark?.line ?? 0))")
            }
            seen[entry.id] = item
            merge(entry, explicitKind: explicitKind, into: &added)
        }
        insert(added)
        try validateReferences(root)
    }

    /// Merges `e` into the entry with its id, or keeps it in `added` as a new actor (ids are
    /// unique within one file, so a new id is never merged twice).
    private mutating func merge(_ e: ActorEntry, explicitKind: Bool, into added: inout [ActorEntry]) {
        if let i = index[e.id] {
            entries[i].merge(e, explicitKind: explicitKind)
        } else {
            added.append(e)
        }
    }

    /// Adds new entries in one sort and one index rebuild: loading is linear in the number of
    /// entries (up to the sort), where inserting one by one and re-indexing was quadratic.
    private mutating func insert(_ added: [ActorEntry]) {
        guard !added.isEmpty else { return }
        entries += added
        entries.sort { $0.id < $1.id }
        index = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($0.element.id, $0.offset) })
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

import Foundation

/// A summary of what a corpus store holds (`actorgraph stats`).
public struct StoreStats: Sendable, Equatable, Codable {
    public var path: String
    public var schemaVersion: Int
    /// Input files (and JSON Lines units) stored.
    public var files: Int
    public var articles: Int
    public var datedArticles: Int
    public var mentions: Int
    /// Relation rows (typed and co-occurrence), before merging into edges.
    public var relations: Int
    public var evidence: Int
    /// Actors of the store's network.
    public var actors: Int
    /// Edges of the store's network by relation type (`co_occurs` included).
    public var edgesByType: [String: Int]
    public var edges: Int
    public var oldestArticle: String?
    public var newestArticle: String?
    public var extractorVersion: String?
    public var fingerprint: String?
    public var updatedAt: String?
    /// Size of the database file (plus its write-ahead log) in bytes.
    public var bytes: Int

    /// Human-readable lines.
    public var text: String {
        var lines = ["store: \(path)",
                     "articles: \(articles) in \(files) files (\(datedArticles) dated)",
                     "newest article: \(newestArticle ?? "none")",
                     "oldest article: \(oldestArticle ?? "none")",
                     "actors: \(actors)",
                     "edges: \(edges)"]
        for (type, n) in edgesByType.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
            lines.append("  \(type): \(n)")
        }
        lines += ["mentions: \(mentions)",
                  "relations: \(relations) with \(evidence) evidence sentences",
                  "extractor: \(extractorVersion ?? "none"), fingerprint \(fingerprint.map { String($0.prefix(12)) } ?? "none")",
                  "updated: \(updatedAt ?? "never")",
                  "size: \(bytes) bytes"]
        return lines.joined(separator: "\n") + "\n"
    }
}

extension CorpusStore {
    /// Counts, the network's actors and edges by type, and the article date range.
    public func stats() throws -> StoreStats {
        let (counts, relations, meta) = try read { db -> ([Int], [Relation], [String: String]) in
            var counts: [Int] = []
            for sql in ["SELECT count(*) FROM files", "SELECT count(*) FROM articles", "SELECT count(*) FROM articles WHERE date IS NOT NULL",
                        "SELECT count(*) FROM mentions", "SELECT count(*) FROM relations", "SELECT count(*) FROM evidence"] {
                counts.append(try db.scalar(sql).int ?? 0)
            }
            var meta: [String: String] = [:]
            try db.query("SELECT key, value FROM meta") { meta[$0.text(0) ?? ""] = $0.text(1) }
            if let d = try db.scalar("SELECT max(date) FROM articles").string { meta["newest"] = d }
            if let d = try db.scalar("SELECT min(date) FROM articles").string { meta["oldest"] = d }
            return (counts, try db.mergedRelations(scope: nil), meta)
        }
        var builder = NetworkBuilder(dictionary: ActorDictionary())
        builder.add(relations: relations)
        let network = builder.result
        var byType: [String: Int] = [:]
        for e in network.edges { byType[e.type.rawValue, default: 0] += 1 }
        var bytes = 0
        for suffix in ["", "-wal"] {
            if let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix))?[.size] as? Int { bytes += size }
        }
        return StoreStats(path: path, schemaVersion: Self.schemaVersion, files: counts[0], articles: counts[1], datedArticles: counts[2],
                          mentions: counts[3], relations: counts[4], evidence: counts[5], actors: network.actors.count,
                          edgesByType: byType, edges: network.edges.count, oldestArticle: meta["oldest"], newestArticle: meta["newest"],
                          extractorVersion: meta["extractor_version"], fingerprint: meta["fingerprint"], updatedAt: meta["updated_at"],
                          bytes: bytes)
    }
}

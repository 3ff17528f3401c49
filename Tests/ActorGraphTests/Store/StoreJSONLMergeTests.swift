import Foundation
import Testing
@testable import ActorGraph

@Suite("Store: merging extraction records")
struct StoreJSONLMergeTests {
    /// `actorgraph extract --format jsonl --cooccurrence` output, one string per article.
    static func records(_ inputs: [String]) throws -> [String] {
        var out: [String] = []
        try ArticleReader().forEachArticle(in: inputs, { article in
            out.append(ExtractionRecords.jsonLines(StoreFixtures.extractor.extract(article), cooccurrence: true))
        }, warning: { _ in })
        return out
    }

    static func merged(_ shards: [[String]], in dir: URL, name: String) throws -> (IncrementalBuild, MergeSummary) {
        var files: [String] = []
        for (i, shard) in shards.enumerated() {
            let f = dir.appendingPathComponent("\(name)-\(i).jsonl")
            try shard.joined().write(to: f, atomically: true, encoding: .utf8)
            files.append(f.path)
        }
        let build = StoreFixtures.build(try CorpusStore(path: dir.appendingPathComponent("\(name).sqlite").path))
        return (build, try build.merge(jsonl: files))
    }

    @Test("sharded records merge to the same network as one shard, in any order")
    func orderIndependent() throws {
        let dir = try StoreFixtures.tempDir()
        let recs = try Self.records([StoreFixtures.examples.path])
        #expect(recs.count == 9)
        let (one, s1) = try Self.merged([recs], in: dir, name: "one")
        #expect(s1.new == 9 && s1.units.count == 7)
        let (ab, _) = try Self.merged([Array(recs[..<4]), Array(recs[4...])], in: dir, name: "ab")
        let (ba, _) = try Self.merged([Array(recs[4...]), Array(recs[..<4])], in: dir, name: "ba")
        // Lines shuffled and one shard repeated: duplicates drop out.
        let lines = recs.joined().split(separator: "\n").map { String($0) + "\n" }
        let shuffled = lines.enumerated().sorted { ($0.offset * 7919) % lines.count < ($1.offset * 7919) % lines.count }.map(\.element)
        let (mixed, _) = try Self.merged([Array(shuffled[..<(lines.count / 2)]), Array(shuffled[(lines.count / 2)...]), Array(recs[..<2])],
                                         in: dir, name: "mixed")
        let reference = try one.network()
        #expect(!reference.edges.isEmpty)
        try StoreFixtures.expectSame(try ab.network(), reference)
        try StoreFixtures.expectSame(try ba.network(), reference)
        try StoreFixtures.expectSame(try mixed.network(), reference)
        // Merging the same records again changes nothing.
        let again = try ab.merge(jsonl: [dir.appendingPathComponent("ab-1.jsonl").path, dir.appendingPathComponent("ab-0.jsonl").path])
        #expect(again.unchanged == 9 && again.new == 0 && again.changed == 0)
        try StoreFixtures.expectSame(try ab.network(), reference)
    }

    @Test("merged records give the edges, evidence sentences and offsets of a direct build")
    func matchesDirectBuild() throws {
        let dir = try StoreFixtures.tempDir()
        let recs = try Self.records([StoreFixtures.examples.path])
        let (merged, _) = try Self.merged([Array(recs[..<5]), Array(recs[5...])], in: dir, name: "m")
        let direct = try StoreFixtures.direct([StoreFixtures.examples.path])
        let network = try merged.network()
        // Everything but the evidence's article metadata comes through every record format.
        func shape(_ n: ActorNetwork) -> [String] {
            n.edges.map { e in e.key + ":" + e.evidence.map { "\($0.article)@\($0.start)-\($0.end)/\($0.triggerStart ?? -1)/\($0.trigger ?? "")/\($0.sentence)" }.joined(separator: ";") }
        }
        #expect(shape(network) == shape(direct))
        #expect(network.actors == direct.actors)
        // Full equality needs the evidence's date, URL and attribution in the records.
        let complete = recs.joined().contains("\"url\":")
        if complete {
            try StoreFixtures.expectSame(network, direct)
        } else {
            let same = network == direct
            withKnownIssue("extract --format jsonl does not print the evidence's date, url and attribution yet") {
                #expect(same)
            }
        }
    }

    @Test("records with evidence date, url and attribution rebuild the direct network exactly")
    func completeRecords() throws {
        // Records as `extract` prints them once sentences carry date, url and attribution.
        var lines: [String] = []
        try ArticleReader().forEachArticle(in: [StoreFixtures.examples.path], { article in
            let x = StoreFixtures.extractor.extract(article)
            for r in x.relations + x.cooccurrences {
                let sentences: [[String: Any]] = r.evidence.map { e in
                    var s: [String: Any] = ["sentence": e.sentenceIndex, "text": e.sentence, "start": e.start, "end": e.end]
                    s["trigger"] = e.trigger
                    s["trigger_start"] = e.triggerStart
                    s["trigger_end"] = e.triggerEnd
                    s["date"] = e.date
                    s["url"] = e.url
                    s["attribution"] = e.attribution
                    return s
                }
                var rec: [String: Any] = ["kind": "relation", "article": r.article, "source": r.source, "target": r.target,
                                          "type": r.type.rawValue, "negated": r.negated, "modality": r.modality.rawValue,
                                          "sentences": sentences]
                rec["attribution"] = r.attribution
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: rec, options: [.sortedKeys]), as: UTF8.self))
            }
        }, warning: { _ in })
        let dir = try StoreFixtures.tempDir()
        let (merged, _) = try Self.merged([[lines.joined(separator: "\n") + "\n"]], in: dir, name: "c")
        try StoreFixtures.expectSame(try merged.network(), try StoreFixtures.direct([StoreFixtures.examples.path]))
    }

    @Test("a malformed line names the file and line")
    func badLine() throws {
        let dir = try StoreFixtures.tempDir()
        let f = dir.appendingPathComponent("bad.jsonl")
        try "{\"kind\":\"mention\",\"article\":\"a.txt\",\"actor\":\"x\",\"start\":0,\"end\":1,\"sentence\":0,\"text\":\"X\",\"role\":\"name\"}\n{oops\n"
            .write(to: f, atomically: true, encoding: .utf8)
        let build = StoreFixtures.build(try CorpusStore(path: dir.appendingPathComponent("s.sqlite").path))
        do {
            _ = try build.merge(jsonl: [f.path])
            Issue.record("expected an error")
        } catch let StoreError.record(path, line, _) {
            #expect(path == f.path && line == 2)
        }
    }
}

import Foundation
import Testing
@testable import ActorGraph

@Suite("Store: incremental builds")
struct StoreIncrementalBuildTests {
    @Test("a first build stores every article and its network equals a direct build, byte for byte")
    func firstBuild() throws {
        let corpus = try StoreFixtures.corpus()
        let store = try CorpusStore(path: corpus.deletingLastPathComponent().appendingPathComponent("s.sqlite").path)
        let build = StoreFixtures.build(store)
        let s = try build.update(inputs: [corpus.path], threads: 2)
        #expect(s.new == 9 && s.changed == 0 && s.deleted == 0 && s.unchanged == 0)
        #expect(s.files == 7)
        let direct = try StoreFixtures.direct([corpus.path])
        #expect(!direct.edges.isEmpty)
        try StoreFixtures.expectSame(try build.network(), direct)
        try StoreFixtures.expectSame(try build.network(inputs: [corpus.path]), direct)

        // Nothing changed: nothing is read again, and the network is the same.
        let again = try build.update(inputs: [corpus.path], threads: 2)
        #expect(again.changes == 0 && again.unchanged == 9 && !again.fingerprintChanged)
        try StoreFixtures.expectSame(try build.network(), direct)
    }

    @Test("adding, changing and deleting articles updates the network exactly")
    func addChangeDelete() throws {
        let corpus = try StoreFixtures.corpus()
        let store = try CorpusStore(path: corpus.deletingLastPathComponent().appendingPathComponent("s.sqlite").path)
        let build = StoreFixtures.build(store)
        _ = try build.update(inputs: [corpus.path], threads: 2)

        // Add one article in a new subdirectory.
        let sub = corpus.appendingPathComponent("new")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try StoreFixtures.article(1).write(to: sub.appendingPathComponent("one.md"), atomically: true, encoding: .utf8)
        var s = try build.update(inputs: [corpus.path], threads: 2)
        #expect(s.new == 1 && s.changed == 0 && s.deleted == 0 && s.unchanged == 9)
        try StoreFixtures.expectSame(try build.network(), try StoreFixtures.direct([corpus.path]))

        // Change an article: Egypt's visit becomes a visit to Amman.
        let changed = corpus.appendingPathComponent("en/2017-08-haftar-cairo-moscow.txt")
        var text = try String(contentsOf: changed, encoding: .utf8)
        text = text.replacingOccurrences(of: "Cairo", with: "Amman")
        try text.write(to: changed, atomically: true, encoding: .utf8)
        s = try build.update(inputs: [corpus.path], threads: 1)
        #expect(s.new == 0 && s.changed == 1 && s.deleted == 0 && s.unchanged == 9)
        try StoreFixtures.expectSame(try build.network(), try StoreFixtures.direct([corpus.path]))

        // Change a JSON Lines file: drop its last record.
        let briefs = corpus.appendingPathComponent("en/briefs.jsonl")
        var lines = try String(contentsOf: briefs, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
        let before = lines.count
        lines.removeLast()
        try (lines.joined(separator: "\n") + "\n").write(to: briefs, atomically: true, encoding: .utf8)
        s = try build.update(inputs: [corpus.path], threads: 2)
        #expect(s.changes > 0 && before > 1)
        try StoreFixtures.expectSame(try build.network(), try StoreFixtures.direct([corpus.path]))

        // Delete two articles.
        try FileManager.default.removeItem(at: sub.appendingPathComponent("one.md"))
        try FileManager.default.removeItem(at: corpus.appendingPathComponent("ar/2017-08-haftar-cairo-jordan.txt"))
        s = try build.update(inputs: [corpus.path], threads: 2)
        #expect(s.deleted == 2 && s.new == 0 && s.changed == 0)
        try StoreFixtures.expectSame(try build.network(), try StoreFixtures.direct([corpus.path]))
        #expect(try store.integrityCheck() == "ok")
    }

    @Test("articles stored outside the inputs are kept but not drawn; deleted means gone from disk")
    func scope() throws {
        let corpus = try StoreFixtures.corpus()
        let store = try CorpusStore(path: corpus.deletingLastPathComponent().appendingPathComponent("s.sqlite").path)
        let build = StoreFixtures.build(store)
        let en = corpus.appendingPathComponent("en").path, ar = corpus.appendingPathComponent("ar").path
        _ = try build.update(inputs: [en, ar], threads: 2)
        let s = try build.update(inputs: [en], threads: 2)
        #expect(s.deleted == 0 && s.unchanged == 6)
        try StoreFixtures.expectSame(try build.network(inputs: [en]), try StoreFixtures.direct([en]))
        try StoreFixtures.expectSame(try build.network(inputs: [ar]), try StoreFixtures.direct([ar]))
        try StoreFixtures.expectSame(try build.network(), try StoreFixtures.direct([en, ar]))
        // A file named on its own.
        let one = corpus.appendingPathComponent("en/2017-08-haftar-cairo-moscow.txt").path
        try StoreFixtures.expectSame(try build.network(inputs: [one]), try StoreFixtures.direct([one]))
    }

    @Test("a changed dictionary triggers re-extraction of every article")
    func dictionaryChange() throws {
        let corpus = try StoreFixtures.corpus()
        let dir = corpus.deletingLastPathComponent()
        let store = try CorpusStore(path: dir.appendingPathComponent("s.sqlite").path)
        _ = try StoreFixtures.build(store).update(inputs: [corpus.path], threads: 2)

        // A user dictionary that adds an actor named in the articles.
        let dict = dir.appendingPathComponent("extra.yaml")
        try """
        version: 1
        actors:
          - id: sada_el_balad
            kind: organisation
            names: {en: Sada El Balad, ar: صدى البلد}
        """.write(to: dict, atomically: true, encoding: .utf8)
        let custom = try Extractor.load(actorFiles: [dict.path])
        let build = StoreFixtures.build(store, extractor: custom)
        #expect(build.fingerprint != StoreFixtures.build(store).fingerprint)
        let s = try build.update(inputs: [corpus.path], threads: 2)
        #expect(s.fingerprintChanged)
        #expect(s.reextracted == 9 && s.new == 0 && s.changed == 0 && s.unchanged == 0)
        let direct = try StoreFixtures.direct([corpus.path], extractor: custom)
        try StoreFixtures.expectSame(try build.network(), direct)
        #expect(try build.update(inputs: [corpus.path], threads: 2).changes == 0)

        // Back to the built-in dictionary: extracted again.
        let back = StoreFixtures.build(store)
        #expect(try back.update(inputs: [corpus.path], threads: 2).reextracted == 9)
        try StoreFixtures.expectSame(try back.network(), try StoreFixtures.direct([corpus.path]))
    }

    @Test("the window and reader settings are part of the fingerprint")
    func windowChange() throws {
        let corpus = try StoreFixtures.corpus()
        let store = try CorpusStore(path: corpus.deletingLastPathComponent().appendingPathComponent("s.sqlite").path)
        _ = try StoreFixtures.build(store).update(inputs: [corpus.path], threads: 2)
        let para = StoreFixtures.build(store, window: .paragraph)
        #expect(try para.update(inputs: [corpus.path], threads: 2).reextracted == 9)
        var corpusExtraction = CorpusExtraction(extractor: StoreFixtures.extractor, reader: ArticleReader())
        corpusExtraction.window = .paragraph
        var builder = NetworkBuilder(dictionary: StoreFixtures.extractor.dictionary)
        try corpusExtraction.run([corpus.path], warning: { _ in }) { builder.add($0) }
        try StoreFixtures.expectSame(try para.network(), builder.result)
    }

    @Test("the fingerprint is the same for the same dictionary and lexicon loaded twice")
    func fingerprintStable() throws {
        let a = ExtractionFingerprint(extractor: try Extractor.load(), reader: ArticleReader(), window: .sentence)
        let b = ExtractionFingerprint(extractor: try Extractor.load(), reader: ArticleReader(), window: .sentence)
        #expect(a == b)
        #expect(a != ExtractionFingerprint(extractor: try Extractor.load(), reader: ArticleReader(defaultDate: "2020-01-01"), window: .sentence))
        // Another build of ActorGraph extracts again.
        #expect(ExtractionFingerprint.currentBuild != "unknown")
        #expect(a != ExtractionFingerprint(extractor: try Extractor.load(), reader: ArticleReader(), window: .sentence, build: "another build"))
        // The same user dictionary in two places: the same fingerprint; other content: another.
        let dir = try StoreFixtures.tempDir()
        let text = "version: 1\nactors:\n  - id: sada_el_balad\n    kind: organisation\n    names: {en: Sada El Balad}\n"
        for name in ["one.yaml", "two.yaml"] { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try text.replacingOccurrences(of: "Sada El Balad", with: "Sada al-Balad")
            .write(to: dir.appendingPathComponent("three.yaml"), atomically: true, encoding: .utf8)
        func fp(_ name: String) throws -> ExtractionFingerprint {
            ExtractionFingerprint(extractor: try Extractor.load(actorFiles: [dir.appendingPathComponent(name).path]), reader: ArticleReader(), window: .sentence)
        }
        #expect(try fp("one.yaml") == fp("two.yaml"))
        #expect(try fp("one.yaml") != fp("three.yaml"))
        #expect(try fp("one.yaml") != a)
    }

    @Test("read warnings are reported again for files served from the store")
    func warningsReplayed() throws {
        let dir = try StoreFixtures.tempDir()
        let file = dir.appendingPathComponent("bad.jsonl")
        try "{\"text\": \"Haftar met Sisi in Cairo.\", \"date\": \"2019-01-01\"}\nnot json\n".write(to: file, atomically: true, encoding: .utf8)
        let store = try CorpusStore(path: dir.appendingPathComponent("s.sqlite").path)
        let build = StoreFixtures.build(store)
        var first: [ReadWarning] = [], second: [ReadWarning] = []
        _ = try build.update(inputs: [dir.path], threads: 1, warning: { first.append($0) })
        _ = try build.update(inputs: [dir.path], threads: 1, warning: { second.append($0) })
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    struct Boom: Error {}

    @Test("an update that fails half-way leaves the store as it was")
    func failureRollsBack() throws {
        let corpus = try StoreFixtures.corpus()
        let store = try CorpusStore(path: corpus.deletingLastPathComponent().appendingPathComponent("s.sqlite").path)
        let build = StoreFixtures.build(store)
        _ = try build.update(inputs: [corpus.path], threads: 2)
        let before = try store.stats()
        let network = try build.network()
        #expect(throws: Boom.self) {
            try store.write { db in
                for path in try db.storedFiles().keys { try db.deleteFile(path) }
                throw Boom()
            }
        }
        var after = try store.stats()
        after.bytes = before.bytes
        #expect(before == after)
        #expect(try build.network() == network)
        #expect(try store.integrityCheck() == "ok")
    }
}

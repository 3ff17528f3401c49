import Foundation
import Testing
@testable import ActorGraph

/// Shared helpers for the store tests: temporary corpora made from Examples/articles, the
/// built-in extractor (loaded once), and byte renderings to compare networks by.
enum StoreFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("Examples/articles")

    /// The built-in dictionary and lexicon.
    static let extractor: Extractor = try! Extractor.load()

    static func tempDir() throws -> URL {
        let u = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    /// A copy of Examples/articles (en/ and ar/) under a fresh directory; returns the corpus dir.
    static func corpus() throws -> URL {
        let dir = try tempDir().appendingPathComponent("articles")
        try FileManager.default.copyItem(at: examples, to: dir)
        return dir
    }

    static func build(_ store: CorpusStore, extractor: Extractor = extractor, window: CooccurrenceWindow = .sentence) -> IncrementalBuild {
        IncrementalBuild(store: store, extractor: extractor, reader: ArticleReader(), window: window)
    }

    /// The network read directly from the articles, the reference the store must match.
    static func direct(_ inputs: [String], extractor: Extractor = extractor) throws -> ActorNetwork {
        var corpus = CorpusExtraction(extractor: extractor, reader: ArticleReader())
        corpus.threads = 2
        var builder = NetworkBuilder(dictionary: extractor.dictionary)
        try corpus.run(inputs, warning: { _ in }) { builder.add($0) }
        return builder.result
    }

    /// Network JSON bytes and DOT bytes.
    static func bytes(_ n: ActorNetwork) throws -> (json: [UInt8], dot: [UInt8]) {
        let dot = try NetworkRenderer(options: RenderOptions()).render(n, formats: [.dot])[.dot] ?? []
        return (try NetworkFile.encode(n), dot)
    }

    /// Expects two networks to be equal and to render to the same JSON and DOT bytes.
    static func expectSame(_ a: ActorNetwork, _ b: ActorNetwork, _ comment: Comment? = nil,
                           sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(a == b, comment, sourceLocation: sourceLocation)
        let (ba, bb) = (try bytes(a), try bytes(b))
        #expect(ba.json == bb.json, comment, sourceLocation: sourceLocation)
        #expect(ba.dot == bb.dot, comment, sourceLocation: sourceLocation)
    }

    /// A new English article naming actors of the built-in dictionary.
    static func article(_ n: Int, date: String = "2019-04-01") -> String {
        """
        ---
        title: Test article \(n)
        date: \(date)
        url: https://example.org/test/\(n)
        ---

        Khalifa Haftar met Egyptian President Abdel Fattah el-Sisi in Cairo on day \(n). Russia supplied arms to Haftar's forces, officials said.

        Haftar later visited Moscow, where he met Sergei Lavrov.
        """
    }
}

import ActorGraph
import Foundation
import Testing

/// Parallel extraction inside the test process (where ThreadSanitizer watches the worker
/// threads): small batches on 4 threads give exactly what one thread gives.
@Suite("Reliability: parallel extraction")
struct ParallelExtractionTests {
    @Test("CorpusExtraction on 4 threads in batches of 3 equals one thread, record for record")
    func fourThreadsEqualOne() throws {
        let extractor = try Extractor.load()
        func records(threads: Int) throws -> [String] {
            var corpus = CorpusExtraction(extractor: extractor, reader: ArticleReader())
            corpus.threads = threads
            corpus.batchSize = 3
            var out: [String] = []
            try corpus.run([CLI.root.appendingPathComponent("Examples/articles").path], warning: { _ in }) { x in
                out.append(ExtractionRecords.jsonLines(x, cooccurrence: true))
            }
            return out
        }
        let one = try records(threads: 1)
        #expect(one.count >= 9)
        #expect(try records(threads: 4) == one)
    }
}

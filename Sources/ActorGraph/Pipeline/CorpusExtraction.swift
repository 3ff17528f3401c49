import Dispatch
import Foundation

/// Extracts a whole corpus: articles are read in sorted input order, extracted in parallel
/// batches, and delivered in input order, so the result is the same whatever the thread count.
/// Memory stays bounded by one batch.
public struct CorpusExtraction: Sendable {
    public let extractor: Extractor
    public let reader: ArticleReader
    public var window: CooccurrenceWindow = .sentence
    /// Whether co-occurrences are computed (`extract` without `--cooccurrence` prints none).
    public var cooccurrence = true
    /// Worker threads (1 = no parallelism).
    public var threads: Int = ProcessInfo.processInfo.activeProcessorCount
    /// Articles per parallel batch.
    public var batchSize: Int = 64

    public init(extractor: Extractor, reader: ArticleReader) {
        self.extractor = extractor
        self.reader = reader
    }

    /// Calls `body` with each article's extraction, in input order.
    public func run(_ inputs: [String], warning: (ReadWarning) -> Void, _ body: (ArticleExtraction) throws -> Void) throws {
        try run(inputs, warning: warning, transform: { $0 }, body)
    }

    /// Calls `body` with `transform` of each article's extraction, in input order.
    /// `transform` runs on the worker threads with the extraction (formatting output there
    /// keeps the ordered, single-threaded part small).
    public func run<T: Sendable>(_ inputs: [String], warning: (ReadWarning) -> Void,
                                 transform: @escaping @Sendable (ArticleExtraction) -> T, _ body: (T) throws -> Void) throws {
        var batch: [Article] = []
        func flush() throws {
            for x in extractBatch(batch, transform: transform) { try body(x) }
            batch.removeAll(keepingCapacity: true)
        }
        try reader.forEachArticle(in: inputs, { article in
            batch.append(article)
            if batch.count >= batchSize { try flush() }
        }, warning: warning)
        try flush()
    }

    /// Extracts articles in parallel; results keep the articles' order.
    public func extractBatch(_ articles: [Article]) -> [ArticleExtraction] {
        extractBatch(articles, transform: { $0 })
    }

    /// Extracts articles in parallel and applies `transform`; results keep the articles' order.
    public func extractBatch<T: Sendable>(_ articles: [Article], transform: @escaping @Sendable (ArticleExtraction) -> T) -> [T] {
        let extractor = self.extractor
        let (window, cooccurrence) = (self.window, self.cooccurrence)
        guard threads > 1 && articles.count > 1 else { return articles.map { transform(extractor.extract($0, window: window, cooccurrence: cooccurrence)) } }
        let results = ResultSlots<T>(count: articles.count)
        let workers = min(threads, articles.count)
        // Workers take the next article as they finish one, so a slow article or a worker the
        // system preempts does not leave the others idle until the batch ends.
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let i = results.claim() {
                results.set(i, transform(extractor.extract(articles[i], window: window, cooccurrence: cooccurrence)))
            }
        }
        return results.values()
    }
}

/// Fixed slots written by parallel workers, each slot by exactly one worker (the one that
/// claimed it).
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private var claimed = 0
    private let lock = NSLock()

    /// The next unclaimed slot, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard claimed < slots.count else { return nil }
        claimed += 1
        return claimed - 1
    }

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}

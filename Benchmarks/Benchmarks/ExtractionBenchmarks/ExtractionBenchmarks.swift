import ActorGraph
import Benchmark
import Foundation
import SyntheticCorpus

/// The first Arabic article of the synthetic corpus (seed 7), read as `actorgraph` reads it.
private func arabicArticle() throws -> Article {
    let writer = ArticleWriter()
    var index: UInt64 = 0
    var bytes = writer.article(seed: 7, index: index)
    while bytes[7] < 0x80 { // "title: " followed by an ASCII letter: an English article
        index += 1
        bytes = writer.article(seed: 7, index: index)
    }
    return try read(bytes, name: "article.txt").articles[0]
}

private func read(_ bytes: [UInt8], name: String) throws -> (articles: [Article], warnings: [ReadWarning]) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-bench-\(getpid())-\(name)").path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try ArticleReader().read(path: path)
}

private func syntheticNetwork(nodes: Int) throws -> ActorNetwork {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-bench-\(getpid())-net.json").path
    try Data(SyntheticNetwork(nodes: nodes, seed: 7).json().utf8).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try NetworkFile.read(path: path)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(3), maxIterations: 10_000)

    let article = try! arabicArticle()
    let extractor = try! Extractor.load()
    let matcher = ActorMatcher(gazetteer: extractor.gazetteer)
    let document = Document(article: article)

    Benchmark("Tokenise and normalise one article (\(article.text.utf8.count) bytes)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Document(article: article)) }
    }

    Benchmark("Actor matching of one article") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(matcher.mentions(in: document, date: article.date)) }
    }

    Benchmark("Full extraction of one article") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(extractor.extract(article)) }
    }

    let network = try! syntheticNetwork(nodes: 100)
    Benchmark("Render a 100-node network to SVG",
              configuration: .init(metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 20)) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try NetworkRenderer().render(network, formats: [.svg]))
        }
    }
}

// swift-tools-version:6.1
// The benchmark package of ActorGraph: kept apart from the root package so that neither the
// main build nor CI compiles it. See Benchmarks/README.md; `Benchmarks/run` drives it.
import PackageDescription

let package = Package(
    name: "ActorGraphBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "ActorGraph", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Synthetic news articles and networks, the same bytes for the same seed.
        .target(name: "SyntheticCorpus", path: "SyntheticCorpus"),
        // Writes a synthetic corpus (or network) to disk.
        .executableTarget(name: "corpusgen", dependencies: ["SyntheticCorpus"], path: "CorpusGenerator"),
        // Micro-benchmarks of the extraction hot path and of rendering (ordo-one/benchmark).
        .executableTarget(
            name: "ExtractionBenchmarks",
            dependencies: [
                "SyntheticCorpus",
                .product(name: "ActorGraph", package: "ActorGraph"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ExtractionBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)

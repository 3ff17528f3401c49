// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ActorGraph",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ActorGraph", targets: ["ActorGraph"]),
        .library(name: "GraphvizKit", targets: ["GraphvizKit"]),
        .executable(name: "actorgraph", targets: ["actorgraph"]),
        .library(name: "ActorGraphFuzzing", targets: ["ActorGraphFuzzing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Graphviz's C libraries (libgvc, libcgraph, libcdt) with a small shim header.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // The system SQLite library behind the corpus store, with a small shim header.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        // The only module that calls into Graphviz: one context, every call behind one lock.
        .target(name: "GraphvizKit", dependencies: ["CGraphviz"]),
        // The engine: reading, normalising, matching, relations, graph, rendering, export.
        .target(
            name: "ActorGraph",
            dependencies: ["GraphvizKit", "CSQLite", .product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/actors.yaml"), .copy("Resources/relations.yaml")]
        ),
        // The thin command-line layer.
        .executableTarget(
            name: "actorgraph",
            dependencies: ["ActorGraph", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // The fuzz entry points, shared by the libFuzzer executables (Fuzz/) and their regression tests.
        .target(name: "ActorGraphFuzzing", dependencies: ["ActorGraph"]),
        .executableTarget(name: "LibraryUsageExample", dependencies: ["ActorGraph"], path: "Examples/LibraryUsage"),
        .testTarget(name: "GraphvizKitTests", dependencies: ["GraphvizKit"]),
        .testTarget(name: "ActorGraphTests", dependencies: ["ActorGraph", "ActorGraphFuzzing"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CLITests", dependencies: ["ActorGraph", "actorgraph"], exclude: ["Golden"]),
    ]
)

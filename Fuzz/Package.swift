// swift-tools-version:6.0
// libFuzzer executables for ActorGraph, kept apart from the main package so that its build
// and CI never need the fuzzer runtime. Build and run them with Fuzz/run (see docs/fuzzing.md).
import PackageDescription

let fuzzTargets = ["FuzzExtraction", "FuzzDataFiles", "FuzzDotRender"]

let package = Package(
    name: "ActorGraphFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "ActorGraph", path: "..")],
    targets: [
        // Declares libFuzzer's driver entry point for the executables' `main`.
        .target(name: "CFuzzerDriver"),
    ] + fuzzTargets.map { name in
        .executableTarget(name: name, dependencies: ["CFuzzerDriver", .product(name: "ActorGraphFuzzing", package: "ActorGraph")])
    }
)

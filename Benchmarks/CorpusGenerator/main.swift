import Dispatch
import Foundation
import SyntheticCorpus

/// corpusgen: synthetic inputs for the ActorGraph benchmarks, the same bytes for the same seed.
///
///   corpusgen articles --out DIR (--size 10MB | --count N) [--seed S] [--start K] [--per-folder 1000]
///   corpusgen network --nodes N --out FILE.json [--seed S]
let usage = """
    usage: corpusgen articles --out DIR (--size 10MB|100MB|1GB | --count N) [--seed S] [--start K] [--per-folder N]
           corpusgen network --nodes N --out FILE.json [--seed S]
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("corpusgen: \(message)\n\(usage)\n".utf8))
    exit(64)
}

/// "10MB", "1GB", "500KB" or a plain byte count (decimal units).
func parseSize(_ text: String) -> Int? {
    let units: [(String, Int)] = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)]
    let upper = text.uppercased()
    for (suffix, factor) in units where upper.hasSuffix(suffix) {
        return Int(upper.dropLast(suffix.count)).map { $0 * factor }
    }
    return Int(text)
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else { fail("missing command") }
arguments.removeFirst()
let options: [String: String] = {
    var options: [String: String] = [:]
    while !arguments.isEmpty {
        let key = arguments.removeFirst()
        guard key.hasPrefix("--"), !arguments.isEmpty else { fail("expected --option VALUE, got '\(key)'") }
        options[String(key.dropFirst(2))] = arguments.removeFirst()
    }
    return options
}()
@MainActor func option<T>(_ name: String, _ parse: (String) -> T?) -> T? {
    guard let text = options[name] else { return nil }
    guard let value = parse(text) else { fail("invalid --\(name) '\(text)'") }
    return value
}
let seed = option("seed") { UInt64($0) } ?? 7
guard let out = options["out"] else { fail("missing --out") }

switch command {
case "articles":
    let plan = CorpusPlan(
        seed: seed, start: option("start") { Int($0) } ?? 0,
        count: option("count") { Int($0) }, size: option("size", parseSize),
        perFolder: option("per-folder") { Int($0) } ?? 1_000)
    guard plan.count != nil || plan.size != nil else { fail("give --size or --count") }
    let started = Date()
    let (count, bytes) = try plan.write(to: URL(fileURLWithPath: out))
    let seconds = Date().timeIntervalSince(started)
    FileHandle.standardError.write(Data(String(format: "corpusgen: %d articles, %d bytes in %.1f s (%.1f MB/s) in %@\n",
                                               count, bytes, seconds, Double(bytes) / 1e6 / seconds, out).utf8))
case "network":
    guard let nodes = option("nodes", { Int($0) }), nodes > 1 else { fail("give --nodes N (N > 1)") }
    try Data(SyntheticNetwork(nodes: nodes, seed: seed).json().utf8).write(to: URL(fileURLWithPath: out))
default:
    fail("unknown command '\(command)'")
}

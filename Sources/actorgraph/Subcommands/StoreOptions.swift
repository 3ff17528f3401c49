import ActorGraph
import ArgumentParser
import Foundation

/// The corpus store and the build-time slices (`build`, `watch`): where the store is, JSON
/// Lines records to merge into it, and which part of the network to keep.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The corpus store (SQLite). Default: .actorgraph/corpus.sqlite beside the first output (Output/.actorgraph/corpus.sqlite).", valueName: "PATH"))
    var store: String?

    @Flag(name: .customLong("no-store"), help: "Read and extract every article without keeping a store.")
    var noStore = false

    @Flag(name: .customLong("rebuild-store"), help: "Build a new store from the inputs and put it in place of the old one (for a damaged store); the old one stays until the new one is complete.")
    var rebuildStore = false

    @Option(name: .customLong("from-jsonl"), parsing: .upToNextOption,
            help: ArgumentHelp("Merge records printed by 'actorgraph extract --format jsonl --cooccurrence' into the store and draw them (with any article inputs).", valueName: "FILE"))
    var fromJSONL: [String] = []

    @Option(help: ArgumentHelp("Only evidence from articles dated on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "DATE"))
    var since: String?

    @Option(help: ArgumentHelp("Only evidence from articles dated on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "DATE"))
    var until: String?

    @Option(help: ArgumentHelp("Only the actors within --depth edges of this actor (id or name).", valueName: "ACTOR"))
    var focus: String?

    @Option(help: "How many edges away from --focus to go.")
    var depth: Int = 1

    @Option(help: ArgumentHelp("Only the N actors with the highest weighted degree (articles behind their edges).", valueName: "N"))
    var top: Int?

    @Option(name: .customLong("store-wait"), help: ArgumentHelp("Seconds to wait while another run updates the store before giving up (exit 75).", valueName: "SECONDS"))
    var storeWait: Double = 600

    /// The store used when there are no outputs to put it beside.
    static let defaultStore = "Output/.actorgraph/corpus.sqlite"

    /// The network for `build`: from the store (updated from `inputs` and `--from-jsonl`
    /// first), or read directly with `--no-store` or standard input; then sliced by
    /// `--since/--until/--focus/--top`. `outputs` places the default store beside the first
    /// output. Empty `inputs` mean Examples/articles unless `--from-jsonl` is given.
    func network(inputs: [String], extraction: ExtractionOptions, threads: Int?, outputs: [String] = []) throws -> ActorNetwork {
        try reportingStoreErrors {
            let slice = try self.slice()
            if noStore && rebuildStore { throw ActorGraphError.usage("--rebuild-store needs the store; leave out --no-store") }
            if noStore && !fromJSONL.isEmpty { throw ActorGraphError.usage("--from-jsonl needs the store; leave out --no-store") }
            if let threads, threads < 1 { throw ActorGraphError.usage("--threads must be at least 1") }
            let files = inputs.isEmpty && fromJSONL.isEmpty ? ["Examples/articles"] : inputs
            let extractor = try extraction.extractor()
            var reader = try extraction.reader()
            let storeFile = noStore || files.contains("-") ? nil : try storePath(outputs: outputs)
            reader.excluded = try OutputsAsInputs.check(inputs: files, outputs: outputs, store: storeFile)
            let window = try extraction.cooccurrenceWindow()
            let workers = threads ?? ProcessInfo.processInfo.activeProcessorCount
            let network: ActorNetwork
            if noStore || files.contains("-") {
                network = try Self.direct(files, extractor: extractor, reader: reader, window: window, threads: workers)
            } else if let final = storeFile {
                // --rebuild-store builds beside the old store and replaces it only at the end.
                let path = rebuildStore ? final + ".rebuild" : final
                if rebuildStore { CorpusStore.remove(at: path) }
                // A store this run creates is removed again if the run fails (a full disk must not
                // keep a half-made store and its -wal file taking the space the next run needs).
                let fresh = !FileManager.default.fileExists(atPath: path)
                var done = false
                defer {
                    if fresh && !done {
                        CorpusStore.remove(at: path)
                    }
                }
                let build = IncrementalBuild(store: try open(path), extractor: extractor, reader: reader, window: window)
                var merged: Set<String> = []
                if !fromJSONL.isEmpty {
                    let m = try build.merge(jsonl: fromJSONL)
                    merged = m.units
                    note("store \(path): merged \(m)")
                }
                if !files.isEmpty {
                    let progress = StoreProgress()
                    let s = try build.update(inputs: files, threads: workers, progress: progress.show, warning: { warn($0.description) })
                    progress.finish()
                    note("store \(path): \(s)")
                }
                network = try build.network(inputs: files, merged: merged)
                if rebuildStore {
                    build.store.close()
                    for file in CorpusStore.files(at: final).dropFirst() { unlink(file) }
                    guard rename(path, final) == 0 else {
                        throw ActorGraphError.output(path: final, reason: "cannot replace the store: \(String(cString: strerror(errno)))")
                    }
                    note("store \(final): rebuilt")
                }
                done = true
            } else {
                network = try Self.direct(files, extractor: extractor, reader: reader, window: window, threads: workers)
            }
            return try apply(slice, to: network, dictionary: extractor.dictionary)
        }
    }

    /// Validated slices.
    func slice() throws -> NetworkSlice {
        guard depth >= 0 else { throw ActorGraphError.usage("--depth must be 0 or more") }
        if let top, top < 1 { throw ActorGraphError.usage("--top must be at least 1") }
        let from = try since.map { try Self.date($0, option: "--since", end: false) }
        let to = try until.map { try Self.date($0, option: "--until", end: true) }
        if let from, let to, from > to { throw ActorGraphError.usage("--since \(from) is after --until \(to)") }
        return NetworkSlice(since: from, until: to, focus: focus, depth: depth, top: top)
    }

    /// `YYYY-MM-DD`; a bare year or month stands for its first day (`--since`) or last day (`--until`).
    static func date(_ text: String, option: String, end: Bool) throws -> String {
        guard let d = DateText.normalise(text) else {
            throw ActorGraphError.usage("invalid \(option) '\(text)' (expected YYYY-MM-DD, YYYY-MM or YYYY)")
        }
        guard end else { return d }
        switch text.trimmingCharacters(in: .whitespaces).split(separator: "-").count {
        case 1: return String(d.prefix(4)) + "-12-31"
        case 2: return String(d.prefix(7)) + "-31"
        default: return d
        }
    }

    /// Applies the slice, resolving `--focus` by id or by name (any language, any case).
    func apply(_ slice: NetworkSlice, to network: ActorNetwork, dictionary: ActorDictionary) throws -> ActorNetwork {
        var slice = slice
        if let focus = slice.focus {
            slice.focus = try Self.resolve(focus, in: network, dictionary: dictionary)
        }
        return slice.isEmpty ? network : slice.apply(network)
    }

    static func resolve(_ name: String, in network: ActorNetwork, dictionary: ActorDictionary) throws -> String {
        if network.actor(name) != nil || dictionary.entry(name) != nil { return name }
        let folded = name.lowercased()
        if let a = network.actors.first(where: { $0.names.values.contains { $0.lowercased() == folded } }) { return a.id }
        if let e = dictionary.entries.first(where: { $0.names.values.contains { $0.lowercased() == folded } }) { return e.id }
        throw ActorGraphError.usage("unknown actor '\(name)' for --focus (give an actor id or name; see 'actorgraph actors')")
    }

    /// `--store`, or `.actorgraph/corpus.sqlite` beside the first output; nil when that
    /// output's directory does not exist (the write will report it).
    func storePath(outputs: [String]) throws -> String? {
        if let store {
            let dir = (store as NSString).deletingLastPathComponent
            if !dir.isEmpty {
                do {
                    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                } catch {
                    throw ActorGraphError.output(path: store, reason: "cannot create directory \(dir)")
                }
            }
            return store
        }
        guard let first = outputs.first(where: { $0 != "-" }) else { return try Self.ensure(Self.defaultStore) }
        let parent = (first as NSString).deletingLastPathComponent
        let dir = parent.isEmpty ? "." : parent
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { return nil }
        return try Self.ensure(dir + "/.actorgraph/corpus.sqlite")
    }

    /// Creates the store's directory (not its parents, unless it is the default store).
    private static func ensure(_ path: String) throws -> String? {
        let dir = (path as NSString).deletingLastPathComponent
        if path == defaultStore {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } else {
            try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false)
        }
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: dir, isDirectory: &isDir) && isDir.boolValue ? path : nil
    }

    /// Opens the store, telling the user when it has to wait for another run.
    func open(_ path: String) throws -> CorpusStore {
        try CorpusStore(path: path, lockWait: storeWait, onWait: { message in
            FileHandle.standardError.write(Data("actorgraph: \(message)\n".utf8))
        })
    }

    /// The network read and extracted directly from the articles.
    static func direct(_ inputs: [String], extractor: Extractor, reader: ArticleReader, window: CooccurrenceWindow,
                       threads: Int) throws -> ActorNetwork {
        var corpus = CorpusExtraction(extractor: extractor, reader: reader)
        corpus.window = window
        corpus.threads = threads
        var builder = NetworkBuilder(dictionary: extractor.dictionary)
        let progress = StoreProgress()
        var n = 0
        try corpus.run(inputs, warning: { warn($0.description) }) { x in
            builder.add(x)
            n += 1
            progress.show(IncrementalBuild.Progress(extracted: n, total: 0))
        }
        progress.finish()
        return builder.result
    }

    private func note(_ message: String) {
        FileHandle.standardError.write(Data("actorgraph: \(message)\n".utf8))
    }
}

/// Turns store errors into a message on stderr and their exit code (75 when the store stayed
/// busy); other errors pass through.
func reportingStoreErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        FileHandle.standardError.write(Data("actorgraph: error: \(error.description)\n".utf8))
        throw ExitCode(error.exitCode)
    }
}

/// Extraction counts on stderr while a long update goes on, only when stderr is a terminal.
final class StoreProgress: @unchecked Sendable {
    private let enabled = isatty(2) == 1
    private var last = Date.distantPast
    private var shown = false

    func show(_ p: IncrementalBuild.Progress) {
        guard enabled, Date().timeIntervalSince(last) > 0.2 else { return }
        last = Date()
        shown = true
        let text = p.total > 0 ? "\r\(p.extracted)/\(p.total) files extracted…" : "\r\(p.extracted) articles read…"
        FileHandle.standardError.write(Data(text.utf8))
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

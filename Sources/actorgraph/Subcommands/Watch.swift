import ActorGraph
import ArgumentParser
import Dispatch
import Foundation

extension ActorGraphCommand {
    /// `actorgraph watch`: keeps the outputs in step with article directories.
    struct Watch: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Watch article directories and redraw every output whenever articles are added, changed or deleted (Ctrl-C stops).")

        @Argument(help: "Directories (or files) of articles to watch.")
        var inputs: [String]

        @Option(help: ArgumentHelp("Look for changes every SECONDS instead of using inotify.", valueName: "SECONDS"))
        var poll: Double?

        @Option(help: ArgumentHelp("Milliseconds without further changes before the articles are read.", valueName: "MS"))
        var settle: Int = 300

        @OptionGroup var filtering: FilterOptions

        @OptionGroup var rendering: RenderingOptions
        @OptionGroup var options: ExtractionOptions
        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            try runReportingErrors {
                try reportingStoreErrors { try watch() }
            }
        }

        private func watch() throws {
            guard !inputs.isEmpty, !inputs.contains("-") else { throw ActorGraphError.usage("watch needs directories or files (not '-')") }
            guard !storeOptions.rebuildStore else { throw ActorGraphError.usage("--rebuild-store is for 'build'; rebuild once with build, then watch") }
            guard storeOptions.fromJSONL.isEmpty else { throw ActorGraphError.usage("--from-jsonl is for 'build'; watch reads articles") }
            if let poll, poll <= 0 { throw ActorGraphError.usage("--poll must be more than 0 seconds") }
            guard settle >= 0 else { throw ActorGraphError.usage("--settle must be 0 or more") }
            if let threads = options.threads, threads < 1 { throw ActorGraphError.usage("--threads must be at least 1") }
            for input in inputs where !FileManager.default.fileExists(atPath: input) {
                throw ActorGraphError.input(path: input, reason: "no such file or directory")
            }
            let outputs = rendering.output.isEmpty ? ["Output/graph.svg"] : rendering.output
            let renderOptions = try rendering.renderOptions()
            let format = try rendering.outputFormat()
            let filter = try filtering.filter(showNegated: renderOptions.showNegated)
            let slice = try storeOptions.slice()
            let extractor = try options.extractor()
            let path = storeOptions.noStore ? ":memory:" : (try storeOptions.storePath(outputs: outputs) ?? ":memory:")
            var reader = try options.reader()
            reader.excluded = try OutputsAsInputs.check(inputs: inputs, outputs: outputs, store: path == ":memory:" ? nil : path)
            let build = IncrementalBuild(store: try storeOptions.open(path), extractor: extractor, reader: reader,
                                         window: try options.cooccurrenceWindow())
            let workers = options.threads ?? ProcessInfo.processInfo.activeProcessorCount

            // Watch first, so nothing written during the first drawing is missed.
            let watcher = try DirectoryWatcher(paths: inputs, mode: poll.map { .poll(seconds: $0) } ?? .native,
                                               settle: Double(settle) / 1000)
            for w in watcher.warnings { warn(w) }
            watcher.onWarning = { warn($0) }
            signal(SIGINT, SIG_IGN)
            signal(SIGTERM, SIG_IGN)
            let sources = [SIGINT, SIGTERM].map { sig -> DispatchSourceSignal in
                let s = DispatchSource.makeSignalSource(signal: sig, queue: .global())
                s.setEventHandler {
                    // A second Ctrl-C while a drawing is under way stops at once (the store
                    // rolls back an unfinished update).
                    if watcher.isStopped { _exit(130) }
                    watcher.stop()
                }
                s.resume()
                return s
            }
            defer { sources.forEach { $0.cancel() } }

            var previous: Set<String> = []
            var first = true
            FileHandle.standardError.write(Data("actorgraph: watching \(inputs.joined(separator: ", ")) -> \(outputs.joined(separator: ", ")) (\(poll.map { "polling every \($0) s" } ?? "inotify"); Ctrl-C stops)\n".utf8))
            repeat {
                if watcher.isStopped { break }
                let clock = DispatchTime.now()
                do {
                    let summary = try build.update(inputs: inputs, threads: workers, warning: { warn($0.description) })
                    guard first || summary.changes > 0 else { continue }
                    let network = try storeOptions.apply(slice, to: build.network(inputs: inputs), dictionary: extractor.dictionary)
                    let drawn = filter.apply(network)
                    try NetworkOutputs.write(drawn, to: outputs, format: format, options: renderOptions)
                    let keys = Set(drawn.edges.map(\.key))
                    let ms = Int((DispatchTime.now().uptimeNanoseconds - clock.uptimeNanoseconds) / 1_000_000)
                    FileHandle.standardError.write(Data(("actorgraph: \(summary.new) new, \(summary.changed) changed, \(summary.deleted) deleted articles; "
                        + "\(keys.subtracting(previous).count) edges added, \(previous.subtracting(keys).count) removed; "
                        + "\(drawn.actors.count) actors, \(drawn.edges.count) edges; \(ms) ms\n").utf8))
                    previous = keys
                    first = false
                } catch let error as ActorGraphError {
                    FileHandle.standardError.write(Data("actorgraph: error: \(error.description) (still watching)\n".utf8))
                } catch let error as StoreError {
                    if case .busy = error { throw error }
                    FileHandle.standardError.write(Data("actorgraph: error: \(error.description) (still watching)\n".utf8))
                }
            } while watcher.waitForChange()
            FileHandle.standardError.write(Data("actorgraph: watch stopped\n".utf8))
        }
    }
}

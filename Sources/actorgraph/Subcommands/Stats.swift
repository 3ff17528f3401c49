import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    /// `actorgraph stats`: what the corpus store holds.
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Summarise the corpus store: articles, actors, edges by type, newest article.")

        @Option(help: ArgumentHelp("The corpus store.", valueName: "PATH"))
        var store: String = StoreOptions.defaultStore

        @Flag(help: "Print the summary as JSON.")
        var json = false

        func run() throws {
            try runReportingErrors {
                try reportingStoreErrors {
                    guard FileManager.default.fileExists(atPath: store) else {
                        throw ActorGraphError.input(path: store, reason: "no store here (run 'actorgraph build' first, or give --store)")
                    }
                    let s = try CorpusStore(path: store, lockWait: 60, readOnly: true).stats()
                    if json {
                        let e = JSONEncoder()
                        e.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                        FileHandle.standardOutput.write(try e.encode(s) + Data("\n".utf8))
                    } else {
                        FileHandle.standardOutput.write(Data(s.text.utf8))
                    }
                }
            }
        }
    }
}

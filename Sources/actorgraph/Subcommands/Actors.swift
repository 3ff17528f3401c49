import ActorGraph
import ArgumentParser
import Foundation

extension ActorGraphCommand {
    /// `actorgraph actors`: list the dictionary, or check a dictionary file.
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the actor dictionary, or validate a dictionary file with --check.")

        @Option(help: ArgumentHelp("Validate this dictionary file and exit (0 when valid).", valueName: "FILE"))
        var check: String?

        @Option(help: "Only actors of this kind (person, state, organisation).")
        var kind: String?

        @Option(help: "Only actors whose id or a name contains this text.")
        var search: String?

        @Option(name: .customLong("actors"), help: ArgumentHelp("Add actors from a dictionary file (repeatable).", valueName: "FILE"))
        var actorFiles: [String] = []

        @Flag(name: .customLong("no-default-actors"), help: "Do not load the built-in dictionary.")
        var noDefaultActors = false

        @Flag(help: "Print every phrase that names a listed actor (names, aliases, short names, titles, demonyms, places), one per line, sorted and without repeats: a pattern file for grep -F -f.")
        var aliases = false

        func run() throws {
            try runReportingErrors {
                if let check {
                    // Checked on top of the built-in dictionary, as `--actors` would load it.
                    let base = noDefaultActors ? ActorDictionary() : try ActorDictionary.builtIn()
                    var d = base
                    try d.load(path: check)
                    print("\(check): OK (\(d.entries.count - base.entries.count) new actor(s), \(d.entries.count) in all)")
                    return
                }
                var kindFilter: ActorKind? = nil
                if let kind {
                    guard let k = ActorKind(rawValue: kind) else {
                        throw ActorGraphError.usage("unknown kind '\(kind)' (available: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                    }
                    kindFilter = k
                }
                let d = try ActorDictionary.load(userFiles: actorFiles, includeDefault: !noDefaultActors)
                let needle = search.map(foldForMatching)
                let selected = d.entries.filter { e in
                    if let kindFilter, e.kind != kindFilter { return false }
                    if let needle {
                        let hay = ([e.id] + e.names.values + e.aliases.values.flatMap { $0 }).map(foldForMatching)
                        if !hay.contains(where: { $0.contains(needle) }) { return false }
                    }
                    return true
                }
                if aliases {
                    for phrase in Set(selected.flatMap(Self.phrases)).sorted() { print(phrase) }
                    return
                }
                for e in selected {
                    let en = e.names[.en] ?? "", ar = e.names[.ar] ?? ""
                    let aliases = Language.allCases.flatMap { e.aliases[$0] ?? [] }.count
                    print("\(e.id.padding(toLength: 18, withPad: " ", startingAt: 0)) \(e.kind.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(en.padding(toLength: 28, withPad: " ", startingAt: 0)) \(ar)  (\(aliases) aliases, \(e.titles.count) titles)")
                }
            }
        }

        /// Every phrase that names `e`, as written in the dictionary (demonyms in their base form).
        static func phrases(_ e: ActorEntry) -> [String] {
            let perLanguage = [e.aliases, e.shortNames, e.demonyms, e.places] + e.titles.map(\.phrases)
            let all = Array(e.names.values) + perLanguage.flatMap { $0.values.flatMap { $0 } }
            return all.filter { !$0.isEmpty }
        }
    }
}

import ActorGraph
import ArgumentParser

/// Options shared by every command that reads articles.
struct ExtractionOptions: ParsableArguments {
    @Option(name: .customLong("actors"), help: ArgumentHelp("Add or override actors from a dictionary file (YAML or JSON; repeatable).", valueName: "FILE"))
    var actorFiles: [String] = []

    @Flag(name: .customLong("no-default-actors"), help: "Do not load the built-in actor dictionary.")
    var noDefaultActors = false

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Add relation triggers from a lexicon file (repeatable).", valueName: "FILE"))
    var lexiconFiles: [String] = []

    @Option(help: ArgumentHelp("Text encoding of the inputs (utf-8, utf-16le, utf-16be, windows-1256, iso-8859-6); detected when omitted.", valueName: "NAME"))
    var encoding: String?

    @Option(help: ArgumentHelp("Date (YYYY-MM-DD) for articles that carry none; titles resolve by it.", valueName: "DATE"))
    var date: String?

    @Option(help: "Co-occurrence window: sentence, paragraph or article.")
    var window: String = "sentence"

    @Option(help: "Extraction threads (default: all cores); the output is the same for any number.")
    var threads: Int?

    func extractor() throws -> Extractor {
        try Extractor.load(actorFiles: actorFiles, includeDefaultActors: !noDefaultActors, lexiconFiles: lexiconFiles)
    }

    func reader() throws -> ArticleReader {
        var enc: TextEncoding? = nil
        if let encoding {
            guard let e = TextEncoding.named(encoding) else {
                throw ActorGraphError.usage("unknown encoding '\(encoding)' (available: \(TextEncoding.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            enc = e
        }
        if let date, DateText.normalise(date) == nil {
            throw ActorGraphError.usage("invalid --date '\(date)' (expected YYYY-MM-DD)")
        }
        return ArticleReader(encoding: enc, defaultDate: date.flatMap(DateText.normalise))
    }

    /// The corpus pipeline these options describe.
    func corpus() throws -> CorpusExtraction {
        var c = CorpusExtraction(extractor: try extractor(), reader: try reader())
        c.window = try cooccurrenceWindow()
        if let threads {
            guard threads >= 1 else { throw ActorGraphError.usage("--threads must be at least 1") }
            c.threads = threads
        }
        return c
    }

    func cooccurrenceWindow() throws -> CooccurrenceWindow {
        guard let w = CooccurrenceWindow(rawValue: window) else {
            throw ActorGraphError.usage("unknown --window '\(window)' (available: \(CooccurrenceWindow.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return w
    }
}

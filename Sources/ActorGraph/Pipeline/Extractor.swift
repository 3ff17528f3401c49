/// The extraction pipeline for one article: text -> tokens and sentences -> actor mentions ->
/// typed relations and co-occurrences. A pure function of the article, the dictionary and the
/// lexicon, so articles can be processed in any order, on any number of threads or machines.
public struct Extractor: Sendable {
    public let dictionary: ActorDictionary
    public let lexicon: RelationLexicon
    public let gazetteer: Gazetteer
    let matcher: ActorMatcher
    let relationExtractor: RelationExtractor

    public init(dictionary: ActorDictionary, lexicon: RelationLexicon) {
        self.dictionary = dictionary
        self.lexicon = lexicon
        self.gazetteer = Gazetteer(dictionary: dictionary)
        self.matcher = ActorMatcher(gazetteer: gazetteer)
        self.relationExtractor = RelationExtractor(lexicon: lexicon).with(dictionary: dictionary)
    }

    /// The built-in dictionary and lexicon plus the user's files.
    public static func load(actorFiles: [String] = [], includeDefaultActors: Bool = true,
                            lexiconFiles: [String] = [], includeDefaultLexicon: Bool = true) throws -> Extractor {
        Extractor(dictionary: try ActorDictionary.load(userFiles: actorFiles, includeDefault: includeDefaultActors),
                  lexicon: try RelationLexicon.load(userFiles: lexiconFiles, includeDefault: includeDefaultLexicon))
    }

    /// Extracts mentions, typed relations and (unless `cooccurrence` is false) co-occurrences
    /// from one article.
    public func extract(_ article: Article, window: CooccurrenceWindow = .sentence, cooccurrence: Bool = true) -> ArticleExtraction {
        let doc = Document(article: article)
        let date = article.date ?? ArticleDate.infer(from: doc)
        var resolver = MentionResolver(gazetteer: gazetteer, doc: doc, date: date)
        let set = resolver.resolveAll(matcher.rawMatches(in: doc))
        let (relations, quiet) = relationExtractor.analyse(doc, mentions: set)
        let mentions = quiet.isEmpty ? set.mentions : set.mentions.enumerated().filter { !quiet.contains($0.offset) }.map(\.element)
        let co = cooccurrence ? Cooccurrence.relations(in: doc, mentions: mentions, window: window) : []
        return ArticleExtraction(article: article, mentions: mentions, relations: relations, cooccurrences: co)
    }
}

/// How far apart two mentions may be to co-occur.
public enum CooccurrenceWindow: String, CaseIterable, Sendable {
    case sentence, paragraph, article
}

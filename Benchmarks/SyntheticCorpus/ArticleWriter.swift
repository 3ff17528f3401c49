/// Builds one synthetic article as UTF-8 bytes from its own random stream.
public struct ArticleWriter: Sendable {
    /// A template split into literal text and slots.
    struct Template: Sendable {
        enum Part: Sendable {
            case text([UInt8])
            case slot(clitic: String, name: String)
        }
        let parts: [Part]

        init(_ source: String) {
            var parts: [Part] = []
            var rest = Substring(source)
            while let open = rest.firstIndex(of: "{") {
                if open > rest.startIndex { parts.append(.text(Array(rest[..<open].utf8))) }
                guard let close = rest[open...].firstIndex(of: "}") else { break }
                let body = rest[rest.index(after: open)..<close]
                if let colon = body.firstIndex(of: ":") {
                    parts.append(.slot(clitic: String(body[..<colon]), name: String(body[body.index(after: colon)...])))
                } else {
                    parts.append(.slot(clitic: "", name: String(body)))
                }
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty { parts.append(.text(Array(rest.utf8))) }
            self.parts = parts
        }
    }

    /// The templates of one language, parsed once.
    struct Language: Sendable {
        let arabic: Bool
        let titles: [Template]
        let actorSentences: [Template]
        let noise: [Template]
        let weekdays: [String]
        let months: [String]

        static let arabicTemplates = Language(
            arabic: true, titles: Templates.arabicTitles.map(Template.init),
            actorSentences: Templates.arabicActorSentences.map(Template.init),
            noise: Templates.arabicNoise.map(Template.init),
            weekdays: Templates.arabicWeekdays, months: Templates.arabicMonths)
        static let englishTemplates = Language(
            arabic: false, titles: Templates.englishTitles.map(Template.init),
            actorSentences: Templates.englishActorSentences.map(Template.init),
            noise: Templates.englishNoise.map(Template.init),
            weekdays: Templates.englishWeekdays, months: Templates.englishMonths)
    }

    /// Share of Arabic articles.
    public var arabicShare = 0.7
    /// Share of sentences that name actors (the rest is noise).
    public var actorSentenceShare = 0.45

    public init() {}

    /// The article `index` of the corpus made from `seed`.
    public func article(seed: UInt64, index: UInt64) -> [UInt8] {
        var rng = SplitMix64(seed: seed, stream: index)
        let lang = rng.chance(arabicShare) ? Language.arabicTemplates : Language.englishTemplates
        var state = ArticleState(rng: rng, lang: lang)
        var out: [UInt8] = []
        out.reserveCapacity(6_000)
        let year = state.rng.within(2018...2024), month = state.rng.within(1...12), day = state.rng.within(1...28)
        out += Array("title: ".utf8)
        state.fill(state.rng.pick(lang.titles), into: &out)
        out += Array("\ndate: \(year)-\(twoDigits(month))-\(twoDigits(day))\nsource: ActorGraph synthetic corpus\n".utf8)
        // English sentences are about half as many bytes as Arabic ones: more of them.
        let sentences = state.rng.within(lang.arabic ? 14...32 : 22...48)
        var inParagraph = 0, paragraphLength = state.rng.within(2...4)
        for s in 0..<sentences {
            if inParagraph == 0 { out += s == 0 ? [10] : [10, 10] } else { out.append(32) }
            let t = state.rng.chance(actorSentenceShare) ? state.rng.pick(lang.actorSentences) : state.rng.pick(lang.noise)
            state.fill(t, into: &out)
            inParagraph += 1
            if inParagraph == paragraphLength { inParagraph = 0; paragraphLength = state.rng.within(2...4) }
        }
        out.append(10)
        return out
    }

    private func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}

/// What one article has drawn so far: its stream and its cast (the actors it is about).
private struct ArticleState {
    var rng: SplitMix64
    let lang: ArticleWriter.Language
    let cast: [Int]

    init(rng: SplitMix64, lang: ArticleWriter.Language) {
        var r = rng
        var cast: [Int] = []
        for pool in [Cast.people, Cast.people, Cast.states, Cast.states, Cast.organisations] where r.chance(0.9) {
            cast.append(r.pick(pool))
        }
        self.rng = r
        self.lang = lang
        self.cast = cast
    }

    mutating func fill(_ t: ArticleWriter.Template, into out: inout [UInt8]) {
        var chosen: [String: Int] = [:]
        for part in t.parts {
            switch part {
            case .text(let bytes):
                out += bytes
            case .slot(let clitic, let name):
                let word = value(of: name, chosen: &chosen)
                out += Array(attach(clitic, to: word).utf8)
            }
        }
    }

    private mutating func value(of name: String, chosen: inout [String: Int]) -> String {
        switch name {
        case "N": return String(rng.within(2...60))
        case "F": return "\(rng.within(0...9)).\(rng.within(1...9))"
        case "Y": return String(rng.within(2011...2023))
        case "W": return rng.pick(lang.weekdays)
        case "M": return rng.pick(lang.months)
        case "C":
            let s = Cast.all[actor(Cast.states)]
            let places = lang.arabic ? s.placesAr : s.placesEn
            return places.isEmpty ? form(of: s) : rng.pick(places)
        case "D", "DM":
            var s = Cast.all[actor(Cast.states)]
            while (lang.arabic ? s.demonymAr : s.demonymEn).isEmpty { s = Cast.all[rng.pick(Cast.states)] }
            if !lang.arabic { return s.demonymEn[0] }
            return name == "D" ? s.demonymAr[0] : s.demonymAr[s.demonymAr.count - 1]
        default:
            let pool: [Int]
            switch name.first {
            case "P": pool = Cast.people
            case "S": pool = Cast.states
            case "O": pool = Cast.organisations
            default: pool = Cast.everyone
            }
            var a = actor(pool)
            for _ in 0..<6 where chosen.values.contains(a) { a = rng.pick(pool) }
            chosen[name] = a
            return form(of: Cast.all[a])
        }
    }

    /// An actor of `pool`: mostly one of the article's cast, sometimes anyone.
    private mutating func actor(_ pool: [Int]) -> Int {
        let mine = cast.filter { pool.contains($0) }
        return !mine.isEmpty && rng.chance(0.8) ? rng.pick(mine) : rng.pick(pool)
    }

    /// A surface form: the full name about half of the time, another form otherwise.
    private mutating func form(of a: CastMember) -> String {
        let forms = lang.arabic ? a.ar : a.en
        return rng.chance(0.45) ? forms[0] : rng.pick(forms)
    }

    /// Writes an Arabic proclitic before a word: و + مصر = ومصر, ل + السيسي = للسيسي,
    /// ال + روسية = الروسية (and a word with its article keeps it).
    private func attach(_ clitic: String, to word: String) -> String {
        if clitic.isEmpty { return word }
        if clitic == "ال" { return word.hasPrefix("ال") ? word : "ال" + word }
        if clitic.hasSuffix("ل") && word.hasPrefix("ال") { return clitic + word.dropFirst() }
        return clitic + word
    }
}

import Testing
@testable import ActorGraph

@Suite("Actor dictionary files")
struct DictionaryLoadingTests {
    func load(_ yaml: String) throws -> ActorDictionary {
        var d = ActorDictionary()
        try d.load(text: yaml, path: "test.yaml")
        return d
    }

    func error(_ yaml: String) -> ActorGraphError? {
        do { _ = try load(yaml); return nil } catch let e as ActorGraphError { return e } catch { return nil }
    }

    @Test("the built-in dictionary covers every canonical id, each with Arabic and English names")
    func builtInCoversCanonicalIDs() throws {
        let d = try ActorDictionary.builtIn()
        let canonical = ["khalifa_haftar", "saddam_haftar", "sisi", "shoigu", "lavrov", "patrushev", "putin", "saif_gaddafi",
                         "muammar_gaddafi", "sarraj", "dbeibah", "aguila_saleh", "erdogan", "mbz", "netanyahu", "hemedti",
                         "mahmoud_hegazy", "abdelmegid_saqr", "libya", "egypt", "uae", "russia", "israel", "jordan", "turkey", "qatar",
                         "usa", "france", "italy", "sudan", "algeria", "tunisia", "chad", "niger", "saudi_arabia", "uk", "germany",
                         "lna", "gna", "hor", "isis", "wagner", "unsc", "rsf"]
        for id in canonical {
            let e = try #require(d.entry(id), "missing \(id)")
            #expect(e.names[.ar] != nil && e.names[.en] != nil, "\(id) lacks a name")
        }
        #expect(d.entries.count == canonical.count)
    }

    @Test("malformed YAML names the file, line and column")
    func malformed() {
        let e = error("version: 1\nactors:\n  - id: x\n    names: {en: [unclosed\n")
        guard case let .dataFile(path, line, column, _)? = e else { Issue.record("expected a data file error, got \(String(describing: e))"); return }
        #expect(path == "test.yaml")
        #expect(line != nil && column != nil)
    }

    @Test("a duplicate id is an error naming both places")
    func duplicate() {
        let e = error("actors:\n  - {id: a_b, kind: person, names: {en: A}}\n  - {id: a_b, kind: person, names: {en: B}}\n")
        #expect(e?.description.contains("duplicate id 'a_b'") == true)
        #expect(e?.description.contains("test.yaml:3") == true)
    }

    @Test("an until before the from is rejected")
    func invalidRange() {
        let e = error("actors:\n  - id: a\n    kind: person\n    names: {en: A}\n    titles:\n      - {en: [the chief], from: 2020-01-01, until: 2019-01-01}\n")
        #expect(e?.description.contains("invalid date range") == true)
    }

    @Test("an unknown key or kind is an error, not ignored")
    func unknownKey() {
        #expect(error("actors:\n  - {id: a, kind: person, names: {en: A}, nickname: x}\n")?.description.contains("unknown key 'nickname'") == true)
        #expect(error("actors:\n  - {id: a, kind: planet, names: {en: A}}\n")?.description.contains("unknown kind 'planet'") == true)
    }

    @Test("a year-only until covers the whole year")
    func untilYear() throws {
        let d = try load("actors:\n  - id: a\n    kind: person\n    names: {en: A}\n    titles:\n      - {en: [the chief], from: 2014, until: 2014}\n")
        let range = try #require(d.entry("a")?.titles.first?.range)
        #expect(range.from == "2014-01-01" && range.until == "2014-12-31")
        #expect(range.contains("2014-06-30"))
        #expect(!range.contains("2015-01-01"))
    }

    @Test("a later file adds aliases to an existing id")
    func merge() throws {
        var d = try ActorDictionary.builtIn()
        try d.load(text: "actors:\n  - id: shoigu\n    aliases: {en: [Sergueï Choïgou]}\n", path: "user.yaml")
        #expect(d.entry("shoigu")?.aliases[.en]?.contains("Sergueï Choïgou") == true)
        #expect(d.entry("shoigu")?.kind == .person)
    }
}

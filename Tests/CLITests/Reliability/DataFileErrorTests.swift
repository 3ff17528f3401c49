import Foundation
import Testing

/// Broken dictionaries and lexicons given to `build`: exit 66 with `FILE:LINE:COLUMN` and
/// what is wrong, before any article is read or any output written.
@Suite("Reliability: malformed dictionaries and lexicons")
struct DataFileErrorTests {
    /// Runs `build` on the English examples with `options`, over a previous output; checks
    /// exit 66, the message and that the previous output is untouched. Returns stderr.
    static func failingBuild(_ options: [String], in dir: URL) throws -> String {
        let out = try Reliability.write("previous", "g.svg", in: dir)
        let r = try CLI.run(["build", "Examples/articles/en", "--no-store", "-o", out] + options)
        #expect(r.status == 66, "\(r.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "previous")
        return r.stderr
    }

    @Test("malformed YAML in --actors names the file, line and column")
    func malformedYAML() throws {
        let dir = try CLI.tempDir()
        let file = try Reliability.write("version: 1\nactors:\n  - id: x\n    kind: person\n    names: {en: [unclosed\n", "bad.yaml", in: dir)
        let err = try Self.failingBuild(["--actors", file], in: dir)
        #expect(err.range(of: #"bad\.yaml:\d+:\d+: malformed YAML/JSON"#, options: .regularExpression) != nil, "\(err)")
    }

    @Test("malformed JSON in --actors names the file, line and column")
    func malformedJSON() throws {
        let dir = try CLI.tempDir()
        let json = "{\n  \"version\": 1,\n  \"actors\": [\n    {\"id\": \"x\", \"kind\": \"person\", \"names\": {\"en\": \"X\"}},,\n  ]\n}\n"
        let file = try Reliability.write(json, "bad.json", in: dir)
        let err = try Self.failingBuild(["--actors", file], in: dir)
        #expect(err.range(of: #"bad\.json:4:\d+: "#, options: .regularExpression) != nil, "\(err)")
    }

    @Test("a duplicate id in one file names both lines")
    func duplicateID() throws {
        let dir = try CLI.tempDir()
        let file = try Reliability.write("actors:\n  - {id: a_b, kind: person, names: {en: A}}\n  - {id: a_b, kind: person, names: {en: B}}\n",
                                         "dup.yaml", in: dir)
        let err = try Self.failingBuild(["--actors", file], in: dir)
        #expect(err.contains("dup.yaml:3:") && err.contains("duplicate id 'a_b'"), "\(err)")
    }

    @Test("an unknown relation type in a lexicon names the type, its position and the valid types")
    func unknownRelationType() throws {
        let dir = try CLI.tempDir()
        let file = try Reliability.write("version: 1\ntriggers:\n  - type: invaded\n    words: {en: [invaded]}\n", "lex.yaml", in: dir)
        let err = try Self.failingBuild(["--lexicon", file], in: dir)
        #expect(err.contains("lex.yaml:3:11: unknown relation type 'invaded'"), "\(err)")
        #expect(err.contains("visited") && err.contains("supplied_arms"), "\(err)")
    }
}

import Foundation
import Testing

@Suite("actorgraph render and actors")
struct RenderAndActorsCommandTests {
    @Test("render draws a DOT file made elsewhere")
    func renderDot() throws {
        let dir = try CLI.tempDir()
        let dot = dir.appendingPathComponent("in.dot")
        try Data("digraph G { a -> b; b -> \"مصر\"; }".utf8).write(to: dot)
        let svg = dir.appendingPathComponent("out.svg").path
        let r = try CLI.run(["render", dot.path, "-o", svg, "--engine", "neato"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("مصر"))
    }

    @Test("malformed DOT is an input error naming the file; the previous output survives")
    func malformedDot() throws {
        let dir = try CLI.tempDir()
        let dot = dir.appendingPathComponent("bad.dot")
        try Data("digraph G { a -> ; ".utf8).write(to: dot)
        let svg = dir.appendingPathComponent("out.svg")
        try Data("old".utf8).write(to: svg)
        let r = try CLI.run(["render", dot.path, "-o", svg.path])
        #expect(r.status == 65)
        #expect(r.stderr.contains("bad.dot"))
        #expect(try String(contentsOf: svg, encoding: .utf8) == "old")
    }

    @Test("actors --check accepts the example dictionary and rejects a malformed one with line and column")
    func checkDictionary() throws {
        let ok = try CLI.run(["actors", "--check", "Examples/dictionaries/custom-actors.yaml"])
        #expect(ok.status == 0, "\(ok.stderr)")
        let dir = try CLI.tempDir()
        let bad = dir.appendingPathComponent("bad.yaml")
        try Data("version: 1\nactors:\n  - id: x\n    kind: person\n    names: {en: [unclosed\n".utf8).write(to: bad)
        let r = try CLI.run(["actors", "--check", bad.path])
        #expect(r.status == 66)
        #expect(r.stderr.contains("bad.yaml:"))
        let dup = dir.appendingPathComponent("dup.yaml")
        try Data("actors:\n  - {id: a_b, kind: person, names: {en: A}}\n  - {id: a_b, kind: person, names: {en: B}}\n".utf8).write(to: dup)
        let d = try CLI.run(["actors", "--check", dup.path])
        #expect(d.status == 66)
        #expect(d.stderr.contains("duplicate id 'a_b'"))
        #expect(d.stderr.contains("dup.yaml:3"))
    }

    @Test("actors --aliases prints every phrase of the selected actors once, one per line, sorted")
    func aliasesPatternFile() throws {
        let r = try CLI.run(["actors", "--aliases"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(lines == Array(Set(lines)).sorted())
        // a name, an alias, a short name, a title, a demonym and a place
        for phrase in ["خليفة حفتر", "Khalifa Hifter", "حفتر", "الرئيس الروسي", "مصري", "Kremlin"] {
            #expect(lines.contains(phrase), "\(phrase)")
        }
        let haftar = try CLI.run(["actors", "--aliases", "--search", "khalifa_haftar"])
        #expect(haftar.stdout.contains("المشير خليفة حفتر\n"))
        #expect(!haftar.stdout.contains("Kremlin"))
    }

    @Test("a user dictionary adds an actor the build then finds")
    func customDictionary() throws {
        let dir = try CLI.tempDir()
        let article = dir.appendingPathComponent("a.txt")
        try Data("date: 2024-06-01\n\nThe Russian defence minister met Khalifa Haftar in Benghazi.\n".utf8).write(to: article)
        let without = try CLI.run(["extract", article.path])
        #expect(!without.stdout.contains("belousov"))
        let with = try CLI.run(["extract", article.path, "--actors", "Examples/dictionaries/custom-actors.yaml"])
        #expect(with.stdout.contains("\"actor\":\"belousov\""))
    }
}

import Foundation
import Testing

/// Control characters (form feed, U+0001, escape, backspace, vertical tab, U+FFFE) in article
/// text and in dictionary names never reach an output where they are invalid (GraphvizKit drops
/// them from everything it hands to Graphviz): every drawing and export of the build opens in its real reader
/// (Python's XML and JSON parsers, Graphviz's own DOT reader). Graphviz copied them into SVG
/// and its layout JSON as they were, so one form feed made an SVG no parser or browser opens.
@Suite("Reliability: control characters in text, names and ids", .serialized)
struct ControlCharacterTests {
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let dot = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Parses each file with the reader its format has; returns the failures.
    static func unreadable(_ files: [String]) throws -> [String] {
        guard let python else { return [] }
        let script = """
            import sys, json, xml.dom.minidom
            bad = []
            for f in sys.argv[1:]:
                try:
                    if f.endswith('.json'): json.load(open(f, encoding='utf-8'))
                    else: xml.dom.minidom.parse(f)
                except Exception as e: bad.append(f + ': ' + str(e))
            print('\\n'.join(bad))
            """
        let r = try CLI.run(program: URL(fileURLWithPath: python), ["-c", script] + files)
        return r.stdout.split(separator: "\n").map(String.init)
    }

    @Test("article text and dictionary names with control characters: SVG, layout JSON, GraphML, GEXF, JSON and DOT all read back",
          .enabled(if: python != nil && dot != nil, "needs python3 and Graphviz's dot"))
    func articleAndDictionary() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let text = "date: 2017-08-01\n\nHaftar met Sisi\u{0C} in Cairo and Putin visited Cairo.\nErdogan met\u{01} Sarraj\u{1B} in Ankara \u{FFFE} today\u{08}\u{0B}.\nZorg Evilson met Haftar.\n"
        try Data(text.utf8).write(to: input.appendingPathComponent("a.txt"))
        let actors = dir.appendingPathComponent("actors.yaml")
        try Data("version: 1\nactors:\n  - id: zorg\n    kind: person\n    names: {en: \"Zorg\\f Evil\\u0001son\", ar: \"زورغ\\e\"}\n    aliases: {en: [Zorg Evilson]}\n".utf8)
            .write(to: actors)
        let outputs = ["x.svg", "x.gv.json", "x.json", "x.graphml", "x.gexf", "x.dot"].map { dir.appendingPathComponent($0).path }
        let r = try CLI.run(["build", input.path, "--no-store", "--actors", actors.path] + outputs.flatMap { ["-o", $0] })
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(try Self.unreadable(outputs.filter { !$0.hasSuffix(".dot") }) == [])
        let canon = try CLI.run(program: URL(fileURLWithPath: Self.dot!), ["-Tcanon", outputs.last!])
        #expect(canon.status == 0, Comment(rawValue: canon.stderr))
        let svg = try String(contentsOfFile: outputs[0], encoding: .utf8)
        #expect(svg.contains("Zorg") && svg.contains("Sisi"))
    }
}

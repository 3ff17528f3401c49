import ActorGraph
import Foundation
import Testing

@Suite("Export formats and paths")
struct ExportFormatTests {
    @Test("the format comes from the extension; Graphviz's layout JSON is not an export")
    func formatFromPath() {
        #expect(ExportFormat.from(path: "out/net.json") == .json)
        #expect(ExportFormat.from(path: "out/NET.JSON") == .json)
        #expect(ExportFormat.from(path: "out/net.gv.json") == nil)
        #expect(ExportFormat.from(path: "out/net.layout.json") == nil)
        #expect(ExportFormat.from(path: "net.graphml") == .graphml)
        #expect(ExportFormat.from(path: "net.gexf") == .gexf)
        #expect(ExportFormat.from(path: "net.csv") == .csv)
        #expect(ExportFormat.from(path: "report.html") == .html)
        #expect(ExportFormat.from(path: "report.HTM") == .html)
        #expect(ExportFormat.from(path: "net.svg") == nil)
        #expect(ExportFormat.from(path: "net") == nil)
        #expect(ExportFormat.from(path: "dir.json/net") == nil)
        #expect(ExportFormat.from(path: ".json") == nil)
    }

    @Test("csv writes three files next to the path, with or without .csv")
    func csvPaths() throws {
        for given in ["/tmp/x/net.csv", "/tmp/x/net", "/tmp/x/net.CSV", "/tmp/x/net.nodes.csv"] {
            let files = try NetworkExporter.export(ExportFixtures.network, format: .csv, path: given, svg: nil)
            #expect(files.map(\.path) == ["/tmp/x/net.nodes.csv", "/tmp/x/net.edges.csv", "/tmp/x/net.evidence.csv"], "\(given)")
        }
    }

    @Test("every single-file format writes exactly the given path")
    func singlePath() throws {
        for format in [ExportFormat.json, .graphml, .gexf] {
            let files = try NetworkExporter.export(ExportFixtures.network, format: format, path: "/tmp/x/n.\(format.rawValue)", svg: nil)
            #expect(files.map(\.path) == ["/tmp/x/n.\(format.rawValue)"])
        }
    }

    @Test("the same network gives the same bytes whatever the insertion order")
    func deterministic() throws {
        var shuffled = ActorNetwork()
        for e in ExportFixtures.edges.reversed() { shuffled.add(e) }
        for a in ExportFixtures.actors.reversed() { shuffled.add(a) }
        let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"><g id=\"node_egypt\" class=\"node\"></g></svg>".utf8)
        for format in ExportFormat.allCases {
            let a = try NetworkExporter.export(ExportFixtures.network, format: format, path: "/tmp/x/n", svg: svg)
            let b = try NetworkExporter.export(shuffled, format: format, path: "/tmp/x/n", svg: svg)
            #expect(a.map(\.bytes) == b.map(\.bytes), "\(format)")
        }
    }

    @Test("write goes through AtomicFile and a missing directory is an output error")
    func writeFiles() throws {
        let dir = try ExportFixtures.temporaryDirectory()
        let written = try NetworkExporter.write(ExportFixtures.network, format: .csv, path: "\(dir)/n.csv", svg: nil)
        #expect(written.count == 3)
        for p in written { #expect(FileManager.default.fileExists(atPath: p)) }
        #expect(throws: ActorGraphError.self) {
            try NetworkExporter.write(ExportFixtures.network, format: .graphml, path: "\(dir)/missing/n.graphml", svg: nil)
        }
    }

    @Test("an empty network exports in every format")
    func emptyNetwork() throws {
        let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>".utf8)
        for format in ExportFormat.allCases {
            let files = try NetworkExporter.export(ActorNetwork(), format: format, path: "/tmp/x/n.\(format.rawValue)", svg: svg)
            #expect(!files.isEmpty && files.allSatisfy { !$0.bytes.isEmpty }, "\(format)")
        }
    }

    @Test("html without a drawing given draws the network itself")
    func htmlDrawsItself() throws {
        let files = try NetworkExporter.export(ExportFixtures.network, format: .html, path: "/tmp/x/r.html", svg: nil)
        let text = String(decoding: files[0].bytes, as: UTF8.self)
        #expect(text.contains("<svg") && text.contains("node_khalifa_haftar"))
    }

    @Test("html refuses a drawing that is not SVG")
    func htmlNeedsSVG() {
        #expect(throws: ActorGraphError.self) {
            try NetworkExporter.export(ExportFixtures.network, format: .html, path: "/tmp/x/r.html", svg: Array("%PDF-1.4".utf8))
        }
    }
}

import Foundation
import Testing
@testable import ActorGraph

@Suite struct RenderingWriteTests {
    typealias F = RenderingFixtures
    let renderer = NetworkRenderer(options: RenderOptions(showNegated: true))

    private func read(_ path: String) -> [UInt8] {
        (FileManager.default.contents(atPath: path)).map { [UInt8]($0) } ?? []
    }

    @Test func writesEveryFormatFromItsExtension() throws {
        let dir = try F.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = ["net.svg", "net.png", "net.pdf", "net.dot", "net.gv", "net.json"].map { "\(dir)/\($0)" }
        try renderer.write(F.network, to: paths, format: nil)
        #expect(String(decoding: read(paths[0]), as: UTF8.self).contains("node_khalifa_haftar"))
        #expect(read(paths[1]).starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(read(paths[2]).starts(with: Array("%PDF".utf8)))
        #expect(String(decoding: read(paths[3]), as: UTF8.self).hasPrefix("digraph actor_network {"))
        #expect(read(paths[3]) == read(paths[4]))
        #expect(read(paths[5]).first == UInt8(ascii: "{"))
        // Only the outputs: no temporary files left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["net.dot", "net.gv", "net.json", "net.pdf", "net.png", "net.svg"])
    }

    @Test func explicitFormatOverridesTheExtension() throws {
        let dir = try F.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try renderer.write(F.network, to: ["\(dir)/graph.txt", "\(dir)/noext"], format: .svg)
        #expect(String(decoding: read("\(dir)/graph.txt"), as: UTF8.self).contains("<svg"))
        #expect(read("\(dir)/graph.txt") == read("\(dir)/noext"))
    }

    @Test func unknownExtensionListsTheFormats() throws {
        let dir = try F.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for name in ["graph.bmp", "graph"] {
            do {
                try renderer.write(F.network, to: ["\(dir)/ok.svg", "\(dir)/\(name)"], format: nil)
                Issue.record("expected a usage error for \(name)")
            } catch let ActorGraphError.usage(message) {
                for f in ["svg", "png", "pdf", "dot", "json", ".gv"] { #expect(message.contains(f)) }
                #expect(message.contains(name))
            }
        }
        // Nothing was written.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).isEmpty)
    }

    @Test func failedWriteLeavesTheExistingFileUntouched() throws {
        let dir = try F.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let existing = "\(dir)/network.svg"
        try Data("previous".utf8).write(to: URL(fileURLWithPath: existing))
        // A second output in a missing directory: nothing may be written at all.
        #expect(throws: ActorGraphError.self) {
            try renderer.write(F.network, to: [existing, "\(dir)/missing/network.png"], format: nil)
        }
        #expect(read(existing) == Array("previous".utf8))
        // An output path that is a directory.
        try FileManager.default.createDirectory(atPath: "\(dir)/taken.svg", withIntermediateDirectories: false)
        #expect(throws: ActorGraphError.self) {
            try renderer.write(F.network, to: [existing, "\(dir)/taken.svg"], format: nil)
        }
        #expect(read(existing) == Array("previous".utf8))
    }

    @Test func readOnlyDirectoryIsAnOutputError() throws {
        let dir = try F.temporaryDirectory()
        let locked = "\(dir)/locked"
        try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
        let existing = "\(locked)/network.svg"
        try Data("previous".utf8).write(to: URL(fileURLWithPath: existing))
        chmod(locked, 0o555)
        defer {
            chmod(locked, 0o755)
            try? FileManager.default.removeItem(atPath: dir)
        }
        do {
            try renderer.write(F.network, to: [existing], format: nil)
            // root may write anywhere; then the write must have been complete and atomic.
            #expect(getuid() == 0)
            #expect(String(decoding: read(existing), as: UTF8.self).contains("</svg>"))
        } catch let ActorGraphError.output(path, reason) {
            #expect(path == existing)
            #expect(!reason.isEmpty)
            #expect(read(existing) == Array("previous".utf8))
        }
    }
}

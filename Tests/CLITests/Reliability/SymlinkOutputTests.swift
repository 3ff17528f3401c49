import Foundation
import Testing

/// Outputs follow the documented rule for links and modes (docs/RELIABILITY.md): a symbolic
/// link is written through (the file it points to is replaced, the link stays), a device or a
/// pipe behind a link is written in place, and a replaced file keeps its permission bits.
@Suite("Reliability: outputs through symbolic links, devices and modes", .serialized)
struct SymlinkOutputTests {
    @Test("-o LINK replaces the file the link points to; -o a link to /dev/null writes into it; a 0600 output stays 0600")
    func linksAndModes() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("real"), withIntermediateDirectories: true)
        let link = dir.appendingPathComponent("link.svg").path, null = dir.appendingPathComponent("null.svg").path
        let privateFile = dir.appendingPathComponent("private.dot").path
        try fm.createSymbolicLink(atPath: link, withDestinationPath: "real/target.svg")
        try fm.createSymbolicLink(atPath: null, withDestinationPath: "/dev/null")
        #expect(fm.createFile(atPath: privateFile, contents: Data("old".utf8), attributes: [.posixPermissions: 0o600]))
        let r = try CLI.run(["build", "Examples/articles", "--no-store", "-o", link, "-o", null, "-o", privateFile])
        #expect(r.status == 0, Comment(rawValue: r.stderr))
        #expect(try fm.destinationOfSymbolicLink(atPath: link) == "real/target.svg")
        #expect(try fm.destinationOfSymbolicLink(atPath: null) == "/dev/null")
        let svg = try #require(fm.contents(atPath: dir.appendingPathComponent("real/target.svg").path))
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        let attributes = try fm.attributesOfItem(atPath: privateFile)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOfFile: privateFile, encoding: .utf8).hasPrefix("digraph"))
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
    }
}

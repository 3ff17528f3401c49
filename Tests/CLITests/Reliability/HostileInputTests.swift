import Foundation
import Testing

/// Broken and hostile article files given to `actorgraph build`: the run ends with exit 0,
/// each problem is one warning naming the file, and every readable article still counts.
@Suite("Reliability: hostile input files")
struct HostileInputTests {
    /// Builds `inputs` (relative to `dir`) without a store into `g.dot`; returns the run and
    /// the drawn actor ids.
    static func build(_ inputs: [String], in dir: URL, extra: [String] = []) throws -> (CLI.Result, Set<String>) {
        let dot = dir.appendingPathComponent("g.dot").path
        let r = try CLI.run(["build"] + inputs.map { dir.appendingPathComponent($0).path } + ["--no-store", "-o", dot] + extra)
        let nodes = r.status == 0 ? try Reliability.nodes(inDOT: dot) : []
        return (r, nodes)
    }

    /// "زار المشير خليفة حفتر القاهرة والتقى الرئيس عبد الفتاح السيسي." in Windows-1256
    /// (Python's cp1256 codec).
    static let arabicWindows1256: [UInt8] = [
        210, 199, 209, 32, 199, 225, 227, 212, 237, 209, 32, 206, 225, 237, 221, 201, 32, 205, 221, 202, 209, 32, 199, 225,
        222, 199, 229, 209, 201, 32, 230, 199, 225, 202, 222, 236, 32, 199, 225, 209, 198, 237, 211, 32, 218, 200, 207, 32,
        199, 225, 221, 202, 199, 205, 32, 199, 225, 211, 237, 211, 237, 46, 10,
    ]
    static let arabicSentence = "زار المشير خليفة حفتر القاهرة والتقى الرئيس عبد الفتاح السيسي.\n"

    @Test("invalid UTF-8 is replaced with one warning giving the byte offset; the rest of the article is read")
    func invalidUTF8() throws {
        let dir = try CLI.tempDir()
        var bytes = Array("date: 2017-08-01\n\nKhalifa Haftar \u{FF}".utf8)
        bytes[bytes.count - 2] = 0xFF  // a lone continuation byte inside the text
        bytes += [0xC3, 0x28] + Array(" visited Cairo, where he met Abdel Fattah el-Sisi.\n".utf8)
        try Reliability.write(bytes, "bad.txt", in: dir)
        let (r, nodes) = try Self.build(["bad.txt"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Reliability.warnings(r).contains { $0.contains("bad.txt: byte ") && $0.contains("invalid UTF-8 (replaced)") }, "\(r.stderr)")
        #expect(nodes.isSuperset(of: ["khalifa_haftar", "egypt", "sisi"]), "\(nodes)")
    }

    @Test("Windows-1256 Arabic is detected without --encoding and read without a warning")
    func windows1256() throws {
        let dir = try CLI.tempDir()
        try Reliability.write(Self.arabicWindows1256, "old.txt", in: dir)
        let (r, nodes) = try Self.build(["old.txt"], in: dir, extra: ["--date", "2017-08-01"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Reliability.warnings(r).isEmpty, "\(r.stderr)")
        #expect(nodes.isSuperset(of: ["khalifa_haftar", "egypt", "sisi"]), "\(nodes)")
    }

    @Test("UTF-16 without a byte order mark (little and big endian) is recognised", arguments: [false, true])
    func utf16WithoutBOM(bigEndian: Bool) throws {
        let dir = try CLI.tempDir()
        var bytes: [UInt8] = []
        for unit in Self.arabicSentence.utf16 {
            bytes += bigEndian ? [UInt8(unit >> 8), UInt8(unit & 0xFF)] : [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        }
        try Reliability.write(bytes, "wide.txt", in: dir)
        let (r, nodes) = try Self.build(["wide.txt"], in: dir, extra: ["--date", "2017-08-01"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Reliability.warnings(r).isEmpty, "\(r.stderr)")
        #expect(nodes.isSuperset(of: ["khalifa_haftar", "egypt", "sisi"]), "\(nodes)")
    }

    @Test("NUL bytes inside an article are dropped with one warning; the words around them still match")
    func nulBytes() throws {
        let dir = try CLI.tempDir()
        let text = Array(Reliability.article.utf8)
        var bytes: [UInt8] = []
        for (i, b) in text.enumerated() {
            bytes.append(b)
            if i % 40 == 39 && b == 0x20 { bytes.append(0) }
        }
        bytes.insert(0, at: text.count / 2)
        try Reliability.write(bytes, "nul.txt", in: dir)
        let (r, nodes) = try Self.build(["nul.txt"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Reliability.warnings(r).contains { $0.contains("nul.txt: byte ") && $0.contains("NUL byte") }, "\(r.stderr)")
        #expect(nodes.isSuperset(of: ["khalifa_haftar", "egypt"]), "\(nodes)")
    }

    @Test("an empty file is skipped with a warning; the other articles are drawn")
    func emptyFile() throws {
        let dir = try CLI.tempDir()
        try Reliability.write([], "in/empty.txt", in: dir)
        try Reliability.write(Reliability.article, "in/good.txt", in: dir)
        let (r, nodes) = try Self.build(["in"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Reliability.warnings(r).contains { $0.hasSuffix("in/empty.txt: no text (skipped)") }, "\(r.stderr)")
        #expect(nodes.isSuperset(of: ["khalifa_haftar", "egypt"]), "\(nodes)")
    }

    @Test("a 50 MB article on a single line is read to its end, with the same relation stated thousands of times in one run-on line")
    func fiftyMegabyteLine() throws {
        let dir = try CLI.tempDir()
        // 50 MB without a sentence end: long words, then one relation stated 5,000 times (which
        // used to take quadratic time), then the sentence that must still be found.
        var line = Array(repeating: Array((String(repeating: "x", count: 999) + " ").utf8), count: 49_800).joined().map { $0 }
        line += Array(String(repeating: "Khalifa Haftar visited Cairo and met Sisi ", count: 5_000).utf8)
        line += Array("then Fayez al-Sarraj visited Rome.".utf8)
        #expect(line.count > 50_000_000)
        try Reliability.write(line, "long.txt", in: dir)
        let (r, nodes) = try Self.build(["long.txt"], in: dir, extra: ["--date", "2017-08-01"])
        #expect(r.status == 0, "\(r.stderr)")
        // Read in parts within the memory budget of one article, and said so once.
        #expect(Reliability.warnings(r).count == 1 && r.stderr.contains("is read as 48 articles #part1 … #part48 of at most 1.0 MB each"), "\(r.stderr)")
        #expect(nodes.isSuperset(of: ["khalifa_haftar", "egypt", "sisi", "sarraj", "italy"]), "\(nodes)")
    }

    @Test("a 1 GB file is refused at once, unread, with a warning giving its size and the limit")
    func oneGigabyteFile() throws {
        let dir = try CLI.tempDir()
        try Reliability.write(Reliability.article, "in/good.txt", in: dir)
        // Sparse: a gigabyte that costs nothing on disk, and would take long to read.
        let huge = dir.appendingPathComponent("in/huge.txt").path
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        #expect(truncate(huge, 1 << 30) == 0)
        let (r, nodes) = try Self.build(["in"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(Reliability.warnings(r).contains {
            $0.contains("in/huge.txt: 1.0 GB is too large for an article (the limit is 256.0 MB) (skipped)")
        }, "\(r.stderr)")
        #expect(nodes.isSuperset(of: ["khalifa_haftar", "egypt"]), "\(nodes)")
        // The same with a store: the file is refused before it is hashed.
        let stored = try CLI.run(["build", dir.appendingPathComponent("in").path, "--store", dir.appendingPathComponent("s.sqlite").path,
                                  "-o", dir.appendingPathComponent("s.dot").path])
        #expect(stored.status == 0, "\(stored.stderr)")
        #expect(stored.stderr.contains("huge.txt: 1.0 GB is too large"), "\(stored.stderr)")
    }

    @Test("binary files (an executable, a PNG, zero-filled) are skipped as binary, named, with the format when known")
    func binaryFiles() throws {
        let dir = try CLI.tempDir()
        try Reliability.write(Reliability.article, "in/good.txt", in: dir)
        let elf = try Data(contentsOf: CLI.executable).prefix(20_000)
        try Reliability.write(Array(elf), "in/program.txt", in: dir)
        try Reliability.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0x41, count: 100), "in/picture.html", in: dir)
        try Reliability.write(Array(repeating: 0, count: 100_000), "in/zeros.jsonl", in: dir)
        let (r, nodes) = try Self.build(["in"], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let w = Reliability.warnings(r)
        #expect(w.contains { $0.contains("in/program.txt: binary file (ELF executable) (skipped)") }, "\(r.stderr)")
        #expect(w.contains { $0.contains("in/picture.html: binary file (PNG image) (skipped)") }, "\(r.stderr)")
        #expect(w.contains { $0.contains("in/zeros.jsonl: binary file (8192 control bytes in the first 8192) (skipped)") }, "\(r.stderr)")
        #expect(w.count == 3, "\(r.stderr)")
        #expect(nodes.isSuperset(of: ["khalifa_haftar", "egypt"]), "\(nodes)")
    }
}

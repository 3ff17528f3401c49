import Testing
@testable import ActorGraph

struct ReadingFilesTests {
    typealias F = ReadingFixtures

    @Test func directoriesAreExpandedSortedAndFiltered() throws {
        let dir = try F.ScratchDirectory()
        defer { dir.remove() }
        try dir.write("b.txt", "b")
        try dir.write("a.html", "<p>a</p>")
        try dir.write("Z.md", "z")
        try dir.write("sub/c.jsonl", "{\"text\": \"c\"}")
        try dir.write("sub/deeper/d.JSON", "{\"text\": \"d\"}")
        try dir.write("sub-x/e.htm", "e")
        try dir.write(".hidden.txt", "hidden")
        try dir.write(".git/config.txt", "hidden")
        try dir.write("notes.docx", "skipped")
        try dir.write("README", "skipped")
        let files = try ArticleReader().inputFiles([dir.path])
        let relative = files.map { String($0.dropFirst(dir.path.count + 1)) }
        // Byte order: upper case before lower case, "-" (0x2D) before "/" (0x2F).
        #expect(relative == ["Z.md", "a.html", "b.txt", "sub-x/e.htm", "sub/c.jsonl", "sub/deeper/d.JSON"])
    }

    @Test func explicitFilesKeepTheirOrderAndAnyExtension() throws {
        let dir = try F.ScratchDirectory()
        defer { dir.remove() }
        let notes = try dir.write("notes.log", "log text")
        let hidden = try dir.write(".hidden.txt", "hidden text")
        let files = try ArticleReader().inputFiles([notes, "-", hidden])
        #expect(files == [notes, "-", hidden])
        #expect(try ArticleReader().read(path: notes).articles.first?.text == "log text")
    }

    @Test func missingInputNamesThePath() throws {
        let dir = try F.ScratchDirectory()
        defer { dir.remove() }
        let missing = dir.path + "/nope.txt"
        #expect(throws: ActorGraphError.input(path: missing, reason: "no such file or directory")) {
            try ArticleReader().inputFiles([dir.path, missing])
        }
        #expect(throws: ActorGraphError.self) { try ArticleReader().read(path: missing) }
        do {
            _ = try ArticleReader().read(path: missing)
        } catch let error as ActorGraphError {
            #expect(error.description.hasPrefix(missing + ": "))
        }
    }

    @Test func readingADirectoryAsAFileFails() throws {
        let dir = try F.ScratchDirectory()
        defer { dir.remove() }
        #expect(throws: ActorGraphError.input(path: dir.path, reason: "is a directory")) {
            try ArticleReader().read(path: dir.path)
        }
    }

    @Test func forEachArticleStreamsAllInputsInOrder() throws {
        let dir = try F.ScratchDirectory()
        defer { dir.remove() }
        try dir.write("1.txt", "title: One\n\nFirst article.")
        try dir.write("2.jsonl", "{\"text\": \"r1\"}\nnot json\n\n{\"text\": \"r3\", \"date\": \"2019-04-14\"}")
        try dir.write("3.html", "<title>Three</title><p>Third</p>")
        try dir.write("4.txt", F.haftarWindows1256)
        var seen: [Article] = []
        var warnings: [String] = []
        try ArticleReader(defaultDate: "2001-02-03").forEachArticle(in: [dir.path], { seen.append($0) },
                                                                      warning: { warnings.append($0.description) })
        #expect(seen.map { String($0.path.dropFirst(dir.path.count + 1)) } == ["1.txt", "2.jsonl#1", "2.jsonl#3", "3.html", "4.txt"])
        #expect(seen.map(\.date) == ["2001-02-03", "2001-02-03", "2019-04-14", "2001-02-03", "2001-02-03"])
        #expect(seen.last?.text == F.haftarSentence)
        #expect(warnings == ["\(dir.path)/2.jsonl: line 2: invalid JSON (skipped)"])
    }

    @Test func streamedJSONLinesReportInvalidBytesWithFileOffsets() throws {
        let dir = try F.ScratchDirectory()
        defer { dir.remove() }
        let first = F.utf8("{\"text\": \"ok\"}\r\n")
        let second = F.utf8("{\"text\": \"bad ") + [0xFF] + F.utf8("\"}\n")
        let path = try dir.write("feed.jsonl", first + second)
        let (articles, warnings) = try ArticleReader().read(path: path)
        #expect(articles.map(\.text) == ["ok", "bad \u{FFFD}"])
        let offset = first.count + 14
        #expect(warnings.map(\.description) == ["\(path): byte \(offset): invalid UTF-8 (replaced)"])
    }

    @Test func streamedJSONLinesInLegacyAndUTF16Encodings() throws {
        let dir = try F.ScratchDirectory()
        defer { dir.remove() }
        let record = F.utf8("{\"text\": \"") + F.haftarWindows1256 + F.utf8("\"}\n")
        let legacy = try dir.write("legacy.jsonl", record + record)
        #expect(try ArticleReader().read(path: legacy).articles.map(\.text) == [F.haftarSentence, F.haftarSentence])
        let utf16 = try dir.write("wide.jsonl", F.utf16("{\"text\": \"حفتر\"}\r\n{\"text\": \"Sisi\"}\r\n", bigEndian: false, bom: true))
        let wide = try ArticleReader().read(path: utf16)
        #expect(wide.articles.map(\.text) == ["حفتر", "Sisi"])
        #expect(wide.articles.map(\.path) == ["\(utf16)#1", "\(utf16)#2"])
    }

    @Test func largeJSONLinesFileAcrossChunks() throws {
        let dir = try F.ScratchDirectory()
        defer { dir.remove() }
        let line = "{\"text\": \"" + String(repeating: "حفتر والسيسي ", count: 200) + "\"}\n"
        let count = 1_000  // about 4.6 MB, several 1 MB chunks
        let path = try dir.write("big.jsonl", String(repeating: line, count: count))
        var seen = 0
        var lastPath = ""
        try ArticleReader().forEachArticle(in: [path], { article in
            seen += 1
            lastPath = article.path
        }, warning: { Issue.record("unexpected warning \($0)") })
        #expect(seen == count)
        #expect(lastPath == "\(path)#\(count)")
    }
}

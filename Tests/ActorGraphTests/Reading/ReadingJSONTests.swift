import Testing
@testable import ActorGraph

struct ReadingJSONTests {
    typealias F = ReadingFixtures

    @Test func singleObject() throws {
        let json = #"{"id": 7, "title": "Haftar", "date": "2019-04-14T10:00:00Z", "url": "https://example.org", "source": "AFP", "text": "حفتر في القاهرة.", "extra": [1]}"#
        let (articles, warnings) = try ArticleReader().read(bytes: F.utf8(json), name: "one.json")
        #expect(warnings.isEmpty)
        #expect(articles == [Article(path: "one.json", id: "7", title: "Haftar", date: "2019-04-14",
                                     url: "https://example.org", source: "AFP", text: "حفتر في القاهرة.")])
    }

    @Test func arrayOfRecords() throws {
        let json = #"[{"text": "First.", "date": "01/02/2020"}, {"title": "no text"}, {"text": "Third\r\nline."}, 5]"#
        let (articles, warnings) = try ArticleReader(defaultDate: "2020-12-31").read(bytes: F.utf8(json), name: "many.json")
        #expect(articles.map(\.path) == ["many.json#1", "many.json#3"])
        #expect(articles.map(\.date) == ["2020-02-01", "2020-12-31"])
        #expect(articles.last?.text == "Third\nline.")
        #expect(warnings.map(\.description) == [
            "many.json#2: no \"text\" string (skipped)",
            "many.json#4: not a JSON object (skipped)",
        ])
    }

    @Test func malformedJSONFileIsAnInputError() {
        #expect(throws: ActorGraphError.self) {
            try ArticleReader().read(bytes: F.utf8("{\"text\": "), name: "broken.json")
        }
        do {
            _ = try ArticleReader().read(bytes: F.utf8("{\"text\": "), name: "broken.json")
        } catch let error as ActorGraphError {
            guard case let .input(path, _) = error else { Issue.record("wrong case \(error)"); return }
            #expect(path == "broken.json")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func jsonLinesWithABadLine() throws {
        let lines = [
            #"{"id": "a1", "text": "Haftar met Sisi in Cairo."}"#,
            "",
            #"{"text": "truncated"#,
            #"{"text": "التقى حفتر السيسي.", "date": "2019-04-14"}"#,
            "   ",
            #"["not", "an", "object"]"#,
            #"{"title": "missing text"}"#,
        ].joined(separator: "\n") + "\n"
        let (articles, warnings) = try ArticleReader().read(bytes: F.utf8(lines), name: "feed.jsonl")
        #expect(articles.map(\.path) == ["feed.jsonl#1", "feed.jsonl#3"])
        #expect(articles.first?.id == "a1")
        #expect(articles.last?.text == "التقى حفتر السيسي.")
        #expect(articles.last?.date == "2019-04-14")
        #expect(warnings.map(\.description) == [
            "feed.jsonl: line 3: invalid JSON (skipped)",
            "feed.jsonl: line 6: not a JSON object (skipped)",
            "feed.jsonl: line 7: no \"text\" string (skipped)",
        ])
    }

    @Test func standardInputIsSniffed() throws {
        let reader = ArticleReader()
        let object = try reader.read(bytes: F.utf8("  {\"text\": \"one\"}"), name: "-").articles
        #expect(object.map(\.path) == ["-"])
        let lines = try reader.read(bytes: F.utf8("{\"text\": \"one\"}\n{\"text\": \"two\"}\n"), name: "-").articles
        #expect(lines.map(\.path) == ["-#1", "-#2"])
        let array = try reader.read(bytes: F.utf8("[{\"text\": \"one\"}]"), name: "-").articles
        #expect(array.map(\.path) == ["-#1"])
        let html = try reader.read(bytes: F.utf8("<!doctype html><title>T</title><p>Body"), name: "-").articles
        #expect(html.first?.title == "T")
        #expect(html.first?.text == "Body")
        let text = try reader.read(bytes: F.utf8("title: T\n\nBody <b>"), name: "-").articles
        #expect(text.first?.title == "T")
        #expect(text.first?.text == "Body <b>")
    }
}

import Testing
@testable import ActorGraph

struct ReadingTextFormatTests {
    typealias F = ReadingFixtures

    @Test func plainTextWithoutFrontMatter() throws {
        let body = "Cairo: Egyptian President Abdel Fattah al-Sisi met Khalifa Haftar on Monday.\n\nThe talks covered Libya."
        let (articles, warnings) = try ArticleReader().read(bytes: F.utf8(body), name: "news/a.txt")
        #expect(warnings.isEmpty)
        #expect(articles == [Article(path: "news/a.txt", text: body)])
    }

    @Test func leadingKeyFrontMatterIsRemoved() throws {
        let input = "Title: حفتر في القاهرة\nDate: 2019-04-14\nSource: Al-Ahram\nURL: https://example.org/a\nid: 42\n\nالتقى الرئيس السيسي المشير حفتر في القاهرة."
        let article = try #require(try ArticleReader().read(bytes: F.utf8(input), name: "a.txt").articles.first)
        #expect(article.title == "حفتر في القاهرة")
        #expect(article.date == "2019-04-14")
        #expect(article.source == "Al-Ahram")
        #expect(article.url == "https://example.org/a")
        #expect(article.id == "42")
        #expect(article.text == "التقى الرئيس السيسي المشير حفتر في القاهرة.")
    }

    @Test func delimitedFrontMatterIsRemoved() throws {
        let input = "---\ntitle: \"Haftar visits Cairo\"\ndate: 14/04/2019\nauthor: Someone\ntags: [libya]\n---\n\n# Haftar visits Cairo\n\nHe met Sisi."
        let article = try #require(try ArticleReader().read(bytes: F.utf8(input), name: "a.md").articles.first)
        #expect(article.title == "Haftar visits Cairo")
        #expect(article.date == "2019-04-14")
        #expect(article.text == "# Haftar visits Cairo\n\nHe met Sisi.")
    }

    @Test func articlesThatMerelyStartWithAColonAreLeftAlone() throws {
        let inputs = [
            "Cairo: Sisi met Haftar.\n\nMore text.",
            "Source: a senior official said Haftar would attend.",
            "Title: Haftar\nAuthor: Someone\n\nBody.",  // unknown key in the block
            "Title: Haftar\nBody without a blank line.",
            "---\nJust a rule\n---\nText.",
        ]
        for input in inputs {
            let article = try #require(try ArticleReader().read(bytes: F.utf8(input), name: "a.txt").articles.first)
            #expect(article.text == input)
            #expect(article.title == nil)
        }
    }

    @Test func markdownIsKeptAsWritten() throws {
        let input = "## الأخبار\n\n*حفتر* يزور [القاهرة](https://example.org)."
        let article = try #require(try ArticleReader().read(bytes: F.utf8(input), name: "n.MD").articles.first)
        #expect(article.text == input)
    }

    @Test func crlfTextWithFrontMatter() throws {
        let input = "title: Haftar\r\ndate: 2019/04/14\r\n\r\nLine one.\r\nLine two.\r\n"
        let article = try #require(try ArticleReader().read(bytes: F.utf8(input), name: "a.txt").articles.first)
        #expect(article.title == "Haftar")
        #expect(article.date == "2019-04-14")
        #expect(article.text == "Line one.\nLine two.\n")
    }

    @Test func defaultDateAppliesOnlyWithoutOwnDate() throws {
        let reader = ArticleReader(defaultDate: "2020-01-31")
        let dated = try reader.read(bytes: F.utf8("date: 2019-04-14\n\nText."), name: "a.txt").articles
        let undated = try reader.read(bytes: F.utf8("Text."), name: "b.txt").articles
        #expect(dated.first?.date == "2019-04-14")
        #expect(undated.first?.date == "2020-01-31")
        #expect(try ArticleReader().read(bytes: F.utf8("Text."), name: "b.txt").articles.first?.date == nil)
    }

    @Test func unrecognisedDateWarnsAndUsesTheDefault() throws {
        let reader = ArticleReader(defaultDate: "2020-01-31")
        let (articles, warnings) = try reader.read(bytes: F.utf8("date: last Monday\n\nText."), name: "a.txt")
        #expect(articles.first?.date == "2020-01-31")
        #expect(warnings.map(\.description) == ["a.txt: unrecognised date \"last Monday\" (using the default)"])
    }

    @Test func invalidBytesWarnWithOffset() throws {
        let bytes = F.utf8("Haftar") + [0xC3] + F.utf8(" met Sisi.")
        let (articles, warnings) = try ArticleReader().read(bytes: bytes, name: "bad.txt")
        #expect(articles.first?.text == "Haftar\u{FFFD} met Sisi.")
        #expect(warnings.map(\.description) == ["bad.txt: byte 6: invalid UTF-8 (replaced)"])
    }

    @Test func emptyInputIsSkippedWithAWarning() throws {
        let (articles, warnings) = try ArticleReader().read(bytes: F.utf8(" \n\n"), name: "empty.txt")
        #expect(articles.isEmpty)
        #expect(warnings.map(\.description) == ["empty.txt: no text (skipped)"])
    }

    @Test func legacyEncodedTextFile() throws {
        let (articles, warnings) = try ArticleReader().read(bytes: F.haftarISO8859_6, name: "old.txt")
        #expect(articles.first?.text == F.haftarSentence)
        #expect(warnings.isEmpty)
        let forced = try ArticleReader(encoding: .windows1256).read(bytes: F.haftarWindows1256, name: "old.txt")
        #expect(forced.articles.first?.text == F.haftarSentence)
    }

    @Test func unknownExtensionIsReadAsText() throws {
        let article = try #require(try ArticleReader().read(bytes: F.utf8("<p>not parsed</p>"), name: "notes.log").articles.first)
        #expect(article.text == "<p>not parsed</p>")
    }
}

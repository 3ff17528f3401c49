import Testing
@testable import ActorGraph

struct ReadingHTMLTests {
    typealias F = ReadingFixtures

    static let page = """
        <!DOCTYPE html>
        <html lang="ar" dir="rtl">
        <head>
          <meta charset="utf-8">
          <title>حفتر &amp; السيسي  في
            القاهرة</title>
          <meta property="article:published_time" content="2019-04-14T09:30:00+02:00">
          <link rel="canonical" href="https://example.org/news?id=1&amp;lang=ar">
          <style>p { color: red; } </style>
          <script>var s = "<p>not text</p>"; if (a < b) {}</script>
        </head>
        <body>
          <!-- a comment <p>hidden</p> -->
          <h1>Haftar in Cairo</h1>
          <p>التقى الرئيس <b>السيسي</b> المشير حفتر&nbsp;اليوم.</p><p>He said: &quot;Libya&#39;s army&quot; &#x2014; and &hellip; left&mdash;fast.</p>
          <ul><li>One</li><li>Two &lt;3&gt;</li></ul>
          Caf&eacute; &euro;5 &unknown; & done<br>end
          <SCRIPT type="text/javascript">document.write("x")</SCRIPT>
        </body>
        </html>
        """

    @Test func textTitleDateAndUrl() throws {
        let (articles, warnings) = try ArticleReader().read(bytes: F.utf8(Self.page), name: "page.html")
        #expect(warnings.isEmpty)
        let article = try #require(articles.first)
        #expect(article.title == "حفتر & السيسي في القاهرة")
        #expect(article.date == "2019-04-14")
        #expect(article.url == "https://example.org/news?id=1&lang=ar")
        let expected = [
            "Haftar in Cairo",
            "التقى الرئيس السيسي المشير حفتر\u{00A0}اليوم.",
            "He said: \"Libya's army\" \u{2014} and \u{2026} left\u{2014}fast.",
            "One",
            "Two <3>",
            "Café €5 &unknown; & done",
            "end",
        ].joined(separator: "\n\n")
        #expect(article.text == expected)
    }

    @Test func metaNameDateAndNoTitle() throws {
        let html = "<html><head><META NAME=\"date\" CONTENT=\"2021/03/07\"></head><body><div>A</div><div>B</div></body></html>"
        let article = try #require(try ArticleReader().read(bytes: F.utf8(html), name: "x.htm").articles.first)
        #expect(article.title == nil)
        #expect(article.date == "2021-03-07")
        #expect(article.text == "A\n\nB")
    }

    @Test func inlineTagsDoNotSplitWords() {
        let page = HTMLExtractor.extract("<p>Haf<i>tar</i> <span>met</span>\n  Sisi</p>")
        #expect(page.text == "Haftar met Sisi")
    }

    @Test func numericReferencesEdgeCases() {
        let page = HTMLExtractor.extract("&#1581;&#x641;&#X062A;&#1585; &#150; &#0; &#x110000; &#65")
        #expect(page.text == "حفتر \u{2013} \u{FFFD} \u{FFFD} A")
    }

    @Test func declaredLegacyCharsetIsUsedForInvalidUTF8() throws {
        let html = F.utf8("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\"></head><body><p>")
            + F.haftarISO8859_6 + F.utf8("</p></body></html>")
        let article = try #require(try ArticleReader().read(bytes: html, name: "old.html").articles.first)
        #expect(article.text == F.haftarSentence)
    }

    @Test func unterminatedMarkupDoesNotCrash() {
        for html in ["<p>text <b", "a < b and c > d", "<!-- open", "<script>x", "<title>t", "&#", "&", "<a href=\"x>y"] {
            _ = HTMLExtractor.extract(html)
        }
        #expect(HTMLExtractor.extract("a < b and c > d").text == "a < b and c > d")
    }
}

import Foundation
import Testing
@testable import ActorGraph

/// `extract --format jsonl` writes its records directly for speed; these tests hold the
/// direct writer to the bytes `JSONEncoder` gives for the documented records.
@Suite struct ExportJSONLinesTests {
    static let articles: [Article] = [
        Article(path: "plain.txt", date: "2017-08-01",
                text: "Khalifa Haftar visited Cairo and met Sisi. Russia refused to supply arms to Haftar."),
        Article(path: "dir/\"quoted\" \\ back/slash.txt", date: "2017-08-02", url: "https://example.org/a?b=1&c=</script>",
                text: "زار خليفة حفتر القاهرة والتقى السيسي.\u{0001}\t\"Sisi\" met\u{000C} Haftar\u{0008} in Cairo\r\n\u{2028}Lavrov met Haftar in Moscow 🙂."),
        Article(path: "controls.txt",
                text: "According to \"sources\\\", Egypt supported Haftar\u{001F}; the UAE supplied arms to Haftar\u{007F}."),
    ]

    @Test(arguments: articles)
    func directWriterMatchesTheEncoder(_ article: Article) throws {
        let x = StoreFixtures.extractor.extract(article)
        #expect(!x.mentions.isEmpty)
        for co in [false, true] {
            let direct = ExtractionRecords.jsonLines(x, cooccurrence: co)
            #expect(direct == ExtractionRecords.encodedJSONLines(x, cooccurrence: co))
            // Every line is one JSON object a standard parser reads back.
            for line in direct.split(separator: "\n") {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
                #expect(object is [String: Any])
            }
        }
    }

    @Test func relationRecordsCarryEveryField() throws {
        let x = StoreFixtures.extractor.extract(Self.articles[0])
        let relation = try #require(ExtractionRecords.jsonLines(x).split(separator: "\n").first { $0.contains("\"kind\":\"relation\"") })
        let object = try #require(try JSONSerialization.jsonObject(with: Data(relation.utf8)) as? [String: Any])
        #expect(Set(object.keys).isSuperset(of: ["article", "cameo", "evidence", "kind", "modality", "negated", "sentences", "source", "target", "type"]))
    }
}

import Testing
@testable import ActorGraph

struct ReadingDateTests {
    @Test(arguments: [
        ("2019-04-14", "2019-04-14"),
        ("2019-4-4", "2019-04-04"),
        ("2019-04-14T09:30:00+02:00", "2019-04-14"),
        ("2019-04-14 09:30", "2019-04-14"),
        ("20190414", "2019-04-14"),
        ("2019/04/14", "2019-04-14"),
        ("14/04/2019", "2019-04-14"),
        ("4/1/2019", "2019-01-04"),
        ("14-04-2019", "2019-04-14"),
        ("14.04.2019", "2019-04-14"),
        (" ٢٠١٩-٠٤-١٤ ", "2019-04-14"),
        ("2024-02-29", "2024-02-29"),
    ])
    func recognised(input: String, expected: String) {
        #expect(DateNormalizer.normalize(input) == expected)
    }

    @Test(arguments: ["", "yesterday", "2019-13-01", "2023-02-29", "2019-04", "2019/04-14", "04/14/2019x", "123456789", "2019-04-14x"])
    func rejected(input: String) {
        #expect(DateNormalizer.normalize(input) == nil)
    }

    @Test func defaultDateIsNormalised() {
        #expect(ArticleReader(defaultDate: "2019/04/14").defaultDate == "2019-04-14")
        #expect(ArticleReader(defaultDate: "2019-04-14").defaultDate == "2019-04-14")
    }
}

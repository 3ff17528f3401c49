import Testing
import Foundation
@testable import ActorGraph

/// Plain sentences give exactly their relation and nothing more.
@Suite("Extraction: exact relation sets")
struct ExtractionExactTests {
    @Test("a plain sentence gives exactly its relations", arguments: [
        RelationCase("زار خليفة حفتر القاهرة يوم الاثنين", "khalifa_haftar>visited>egypt"),
        RelationCase("Khalifa Haftar visited Cairo on Monday", "khalifa_haftar>visited>egypt"),
        RelationCase("أرسلت الإمارات أسلحة إلى قوات حفتر", "uae>supplied_arms>lna"),
        RelationCase("Russia supplied weapons to Haftar's forces", "russia>supplied_arms>lna"),
        RelationCase("تعاقد حفتر مع مجموعة فاغنر الروسية", "khalifa_haftar>contracted>wagner"),
        RelationCase("طلب حفتر من روسيا دعما عسكريا", "khalifa_haftar>sought_support>russia"),
        RelationCase("Egypt provided political support to Haftar", "egypt>supported>khalifa_haftar"),
        // A meeting in the host's capital makes the guest a visitor of that state (convention 3).
        RelationCase("Haftar held talks with Sisi in Cairo", "khalifa_haftar>met>sisi", "sisi>met>khalifa_haftar", "khalifa_haftar>visited>egypt"),
        RelationCase("رفضت الجزائر طلب حفتر", "algeria>refused>khalifa_haftar"),
        RelationCase("Haftar offered to normalise relations with Israel", "khalifa_haftar>offered_normalization>israel"),
    ])
    func exact(_ c: RelationCase) {
        let e = Extracted(c.text, date: c.date)
        #expect(e.asserted == Set(c.expected), e.dump)
        #expect(e.nonAsserted.isEmpty, e.dump)
    }
}

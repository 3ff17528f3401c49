import Testing
import Foundation
@testable import ActorGraph

/// `supplied_arms`.
@Suite("Extraction: supplied_arms")
struct ExtractionArmsTests {
    @Test("supplied_arms: verbs, nouns, demonym agents and passives", arguments: [
        RelationCase("أرسلت الإمارات أسلحة إلى قوات حفتر", "uae>supplied_arms>lna"),
        RelationCase("نقلت طائرات عسكرية مصرية أسلحة وذخائر إلى قوات حفتر", "egypt>supplied_arms>lna"),
        RelationCase("زودت الإمارات قوات حفتر بطائرات مسيرة", "uae>supplied_arms>lna"),
        RelationCase("وثق التقرير تسليم روسيا صواريخ لقوات حفتر", "russia>supplied_arms>lna"),
        RelationCase("حصلت قوات حفتر على أسلحة من الإمارات", "uae>supplied_arms>lna"),
        RelationCase("Russia supplied weapons to Haftar's forces", "russia>supplied_arms>lna"),
        RelationCase("Egyptian aircraft delivered weapons to Haftar's forces", "egypt>supplied_arms>lna"),
        RelationCase("The UAE shipped armoured vehicles to the LNA", "uae>supplied_arms>lna"),
        RelationCase("The UAE armed Haftar's forces", "uae>supplied_arms>lna"),
        RelationCase("Haftar's forces received weapons from the UAE", "uae>supplied_arms>lna"),
        RelationCase("Haftar's forces were armed by the UAE", "uae>supplied_arms>lna"),
        RelationCase("Drones supplied by the UAE to Haftar's forces struck Tripoli", "uae>supplied_arms>lna"),
        RelationCase("Russian cargo planes delivered ammunition to Haftar", "russia>supplied_arms>khalifa_haftar"),
    ])
    func suppliedArms(_ c: RelationCase) {
        let e = Extracted(c.text, date: c.date)
        c.check { for k in c.expected { #expect(e.asserted.contains(k), e.dump) } }
    }

    @Test("arms to Haftar's forces go to the LNA, not to Haftar or from the weapons' carrier")
    func armsTargetIsLNA() {
        let e = Extracted("Egyptian aircraft delivered weapons to Haftar's forces")
        #expect(!e.asserted.contains("egypt>supplied_arms>khalifa_haftar"), e.dump)
        let a = Extracted("نقلت طائرات عسكرية مصرية أسلحة وذخائر إلى قوات حفتر")
        #expect(a.asserted(.suppliedArms) == ["egypt>supplied_arms>lna"], a.dump)
    }

    @Test("received weapons is not a meeting")
    func receivedWeaponsIsNotMet() {
        let e = Extracted("Haftar's forces received weapons from the UAE")
        #expect(e.asserted(.met).isEmpty, e.dump)
    }
}

import Testing
import Foundation
@testable import ActorGraph

/// `sought_support` and `supported`.
@Suite("Extraction: sought_support and supported")
struct ExtractionSupportTests {
    @Test("sought_support: requests, turning to someone", arguments: [
        RelationCase("طلب حفتر من روسيا دعما عسكريا", "khalifa_haftar>sought_support>russia"),
        RelationCase("طلب حفتر الدعم من الإمارات لمواصلة الهجوم", "khalifa_haftar>sought_support>uae"),
        RelationCase("سعى حفتر للحصول على دعم موسكو", "khalifa_haftar>sought_support>russia"),
        RelationCase("استنجد حفتر بموسكو بعد خسائره في غرب البلاد", "khalifa_haftar>sought_support>russia"),
        RelationCase("جاء طلب حفتر مساعدة عسكرية من مصر بعد الهجوم", "khalifa_haftar>sought_support>egypt"),
        RelationCase("Haftar asked Russia for military support", "khalifa_haftar>sought_support>russia"),
        RelationCase("Haftar sought support from the UAE for his offensive", "khalifa_haftar>sought_support>uae"),
        RelationCase("Haftar turned to Moscow for help after the defeat", "khalifa_haftar>sought_support>russia"),
        RelationCase("Saddam Haftar appealed to Washington for weapons", "saddam_haftar>sought_support>usa"),
        RelationCase("Haftar's request for Egyptian military aid was discussed in Cairo", "khalifa_haftar>sought_support>egypt"),
    ])
    func soughtSupport(_ c: RelationCase) {
        let e = Extracted(c.text, date: c.date)
        for k in c.expected { #expect(e.asserted.contains(k), e.dump) }
    }

    @Test("supported: verbs, nouns and passives", arguments: [
        RelationCase("تدعم الإمارات قوات حفتر منذ سنوات", "uae>supported>lna"),
        RelationCase("أعلنت مصر دعمها للمشير خليفة حفتر", "egypt>supported>khalifa_haftar"),
        RelationCase("يعتمد حفتر على مصر في حربه ضد الجماعات المسلحة", "egypt>supported>khalifa_haftar"),
        RelationCase("تقدمت قوات حفتر المدعومة من الإمارات نحو طرابلس", "uae>supported>lna"),
        RelationCase("انتقد السراج دعم موسكو لحفتر", "russia>supported>khalifa_haftar"),
        RelationCase("يحظى حفتر بدعم روسيا والإمارات", "russia>supported>khalifa_haftar", "uae>supported>khalifa_haftar"),
        RelationCase("The UAE backs Haftar's forces", "uae>supported>lna"),
        RelationCase("Haftar is backed by Egypt and the UAE", "egypt>supported>khalifa_haftar", "uae>supported>khalifa_haftar"),
        RelationCase("Egypt provided political support to Haftar", "egypt>supported>khalifa_haftar"),
        RelationCase("Russia openly supports Haftar", "russia>supported>khalifa_haftar"),
        RelationCase("Haftar, who is backed by Russia, launched an offensive", "russia>supported>khalifa_haftar"),
        RelationCase("Egypt's support for Haftar has been consistent", "egypt>supported>khalifa_haftar"),
    ])
    func supported(_ c: RelationCase) {
        let e = Extracted(c.text, date: c.date)
        for k in c.expected { #expect(e.asserted.contains(k), e.dump) }
    }

    @Test("the critic of support is not the supporter")
    func criticIsNotSupporter() {
        let e = Extracted("انتقد السراج دعم موسكو لحفتر")
        #expect(!e.asserted.contains("sarraj>supported>khalifa_haftar"), e.dump)
        let en = Extracted("Sarraj criticised Moscow's support for Haftar")
        #expect(en.asserted.contains("russia>supported>khalifa_haftar"), en.dump)
        #expect(!en.asserted.contains("sarraj>supported>khalifa_haftar"), en.dump)
    }

    @Test("passive support is not reversed the wrong way")
    func passiveDirection() {
        let e = Extracted("Haftar is backed by Egypt and the UAE")
        #expect(!e.asserted.contains("khalifa_haftar>supported>egypt"), e.dump)
        let a = Extracted("يعتمد حفتر على مصر في حربه ضد الجماعات المسلحة")
        #expect(!a.asserted.contains("khalifa_haftar>supported>egypt"), a.dump)
    }
}

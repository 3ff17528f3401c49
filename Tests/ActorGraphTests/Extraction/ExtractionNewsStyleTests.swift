import Testing
@testable import ActorGraph

/// Sentences in the style of wire copy and the Arabic press, each guarding a frame rule.
@Suite("Extraction: news-style sentences")
struct ExtractionNewsStyleTests {
    @Test("a dateline's city is not the subject of the first sentence")
    func dateline() {
        let e = Extracted("القاهرة - وكالات: استقبل الرئيس المصري عبد الفتاح السيسي، اليوم السبت، قائد الجيش الوطني الليبي المشير خليفة حفتر.", date: "2020-06-10")
        #expect(e.asserted.contains("khalifa_haftar>met>sisi"), e.dump)
        #expect(!e.asserted.contains("egypt>met>sisi") && !e.asserted.contains("sisi>met>egypt"), e.dump)
    }

    @Test("the article ال is not the preposition ل: a demonym after a noun is no ل-target")
    func articleIsNotPreposition() {
        let e = Extracted("رفضت حكومة الوفاق المبادرة المصرية", date: "2020-06-10")
        #expect(e.asserted.contains("gna>refused>egypt"), e.dump)
        let m = Extracted("التقى لافروف نظيره التركي", date: "2020-06-10")
        #expect(m.asserted.contains("lavrov>met>turkey") || m.asserted.contains("turkey>met>lavrov"), m.dump)
    }

    @Test("'أنها' after a state's announcement refers to the state, not the last person")
    func feminineStatePronoun() {
        let e = Extracted("قال السيسي إن الوضع خطير. وأعلنت تركيا أنها ستواصل تقديم الدعم العسكري لحكومة الوفاق.", date: "2020-06-10")
        #expect(e.asserted.contains("turkey>supported>gna"), e.dump)
        #expect(!e.asserted.contains("sisi>supported>gna"), e.dump)
    }

    @Test("the agent of a contact noun is marked by من; a later demonym is not its subject")
    func masdarAgent() {
        let e = Extracted("ورأى مراقبون أن التواصل من حفتر مع إسرائيل هو وراء تأجيل القضاء الأمريكي للقضية.", date: "2021-11-01")
        #expect(e.asserted.contains("khalifa_haftar>met>israel") || e.asserted.contains("israel>met>khalifa_haftar"), e.dump)
        #expect(!e.asserted.contains("israel>met>usa") && !e.asserted.contains("usa>met>israel"), e.dump)
    }

    @Test("fighting alongside someone supports them; a denial keeps it from being asserted")
    func fightingAlongside() {
        let e = Extracted("ونفت روسيا مجددا وجود مرتزقة روس يقاتلون إلى جانب قوات حفتر.", date: "2020-06-10")
        #expect(e.nonAsserted.contains("russia>supported>lna"), e.dump)
        #expect(!e.asserted.contains("russia>supported>lna"), e.dump)
    }

    @Test("'his forces' are the organisation the person leads")
    func hisForces() {
        let e = Extracted("Haftar has been besieging Tripoli since April. Abu Dhabi has supplied drones to his forces, U.N. experts said.", date: "2020-01-20")
        #expect(e.asserted.contains("uae>supplied_arms>lna"), e.dump)
    }

    @Test("a hosted visit goes to the place named, not to the host")
    func hostedVisit() {
        let e = Extracted("Egypt's Sisi hosted Haftar in Cairo last month.", date: "2020-01-20")
        #expect(e.asserted.contains("khalifa_haftar>visited>egypt"), e.dump)
    }

    @Test("an English subject that names no actor is nobody's subject")
    func namelessSubject() {
        let e = Extracted("Saddam Haftar met Israeli officials. Then the aircraft flew back to Libya.", date: "2021-11-01")
        #expect(!e.asserted.contains("saddam_haftar>visited>libya"), e.dump)
    }
}

import Testing
import Foundation
@testable import ActorGraph

/// `visited` and `met`.
@Suite("Extraction: visited and met")
struct ExtractionVisitMeetTests {
    @Test("visited: verbs, nouns and hosting", arguments: [
        // Arabic: verb + object, verb + إلى, masdar + genitive, airport, hosting city (043 reversed)
        RelationCase("زار خليفة حفتر القاهرة يوم الاثنين", "khalifa_haftar>visited>egypt"),
        RelationCase("وصل المشير خليفة حفتر إلى موسكو في زيارة رسمية", "khalifa_haftar>visited>russia"),
        RelationCase("أثارت زيارة حفتر إلى القاهرة تساؤلات في طرابلس", "khalifa_haftar>visited>egypt"),
        RelationCase("تحدثت وسائل إعلام عن زيارة سرية لصدام حفتر إلى إسرائيل", "saddam_haftar>visited>israel"),
        RelationCase("هبطت طائرة صدام حفتر في مطار بن غوريون", "saddam_haftar>visited>israel"),
        RelationCase("استقبلت القاهرة المشير خليفة حفتر في زيارة لم يعلن عنها", "khalifa_haftar>visited>egypt"),
        // English
        RelationCase("Khalifa Haftar visited Cairo on Monday", "khalifa_haftar>visited>egypt"),
        RelationCase("Haftar arrived in Moscow on Tuesday for talks", "khalifa_haftar>visited>russia"),
        RelationCase("Haftar's visit to Abu Dhabi came days after the offensive", "khalifa_haftar>visited>uae"),
        RelationCase("Saddam Haftar flew to Tel Aviv on a private jet", "saddam_haftar>visited>israel"),
        RelationCase("Saddam Haftar's plane landed at Ben Gurion Airport", "saddam_haftar>visited>israel"),
        RelationCase("Moscow hosted Khalifa Haftar on Monday", "khalifa_haftar>visited>russia"),
        RelationCase("Haftar was in Cairo last week for a visit", "khalifa_haftar>visited>egypt", knownIssue: "the place stands before the visit noun: not handled yet"),
    ])
    func visited(_ c: RelationCase) {
        let e = Extracted(c.text, date: c.date)
        c.check { for k in c.expected { #expect(e.asserted.contains(k), e.dump) } }
    }

    @Test("met: verbs, nouns, between, demonym bodies", arguments: [
        RelationCase("التقى خليفة حفتر الرئيس المصري عبد الفتاح السيسي في القاهرة", "khalifa_haftar>met>sisi"),
        RelationCase("التقى حفتر بوزير الدفاع الروسي في موسكو", "khalifa_haftar>met>shoigu"),
        RelationCase("التقى المشير خليفة حفتر بالرئيس المصري في القاهرة", "khalifa_haftar>met>sisi"),
        RelationCase("جاء لقاء حفتر مع السيسي بعد أسابيع من التوتر", "khalifa_haftar>met>sisi"),
        RelationCase("عقد اجتماع بين حفتر والسراج في أبوظبي", "khalifa_haftar>met>sarraj"),
        RelationCase("أجرى صدام حفتر محادثات مع مسؤولين إسرائيليين", "saddam_haftar>met>israel"),
        RelationCase("استقبل الرئيس المصري عبد الفتاح السيسي المشير خليفة حفتر", "sisi>met>khalifa_haftar"),
        RelationCase("Haftar held talks with Sisi in Cairo", "khalifa_haftar>met>sisi"),
        RelationCase("Sisi received Haftar in Cairo on Sunday", "sisi>met>khalifa_haftar"),
        RelationCase("Talks between Haftar and Sarraj in Abu Dhabi ended without agreement", "khalifa_haftar>met>sarraj"),
        RelationCase("Haftar was received by Putin at the Kremlin", "khalifa_haftar>met>putin"),
        RelationCase("Saddam Haftar met Israeli officials in Amman", "saddam_haftar>met>israel"),
        RelationCase("Haftar spoke with Lavrov by phone on Friday", "khalifa_haftar>met>lavrov"),
    ])
    func met(_ c: RelationCase) {
        let e = Extracted(c.text, date: c.date)
        for k in c.expected { #expect(e.asserted.contains(k), e.dump) }
    }

    @Test("met: a list of people gives one edge each", arguments: [
        RelationCase("Haftar met Shoigu and Lavrov in Moscow", "khalifa_haftar>met>shoigu", "khalifa_haftar>met>lavrov"),
        RelationCase("التقى حفتر وزير الدفاع الروسي ووزير الخارجية الروسي في موسكو",
                     "khalifa_haftar>met>shoigu", "khalifa_haftar>met>lavrov"),
        RelationCase("التقى حفتر شويغو ولافروف وباتروشيف",
                     "khalifa_haftar>met>shoigu", "khalifa_haftar>met>lavrov", "khalifa_haftar>met>patrushev"),
        RelationCase("Haftar met the Russian defence minister, the Russian foreign minister and Patrushev",
                     "khalifa_haftar>met>shoigu", "khalifa_haftar>met>lavrov", "khalifa_haftar>met>patrushev"),
    ])
    func metList(_ c: RelationCase) {
        let e = Extracted(c.text, date: c.date)
        for k in c.expected { #expect(e.asserted.contains(k), e.dump) }
        // The people met are not said to have met each other.
        #expect(!e.asserted.contains("shoigu>met>lavrov"), e.dump)
    }

    @Test("visited and met in one sentence: the place is visited, the host met")
    func visitAndMeet() {
        let e = Extracted("وصل حفتر إلى موسكو حيث التقى وزير الدفاع الروسي")
        #expect(e.asserted.contains("khalifa_haftar>visited>russia"), e.dump)
        #expect(e.asserted.contains("khalifa_haftar>met>shoigu"), e.dump)
        #expect(!e.asserted.contains("russia>met>shoigu"), e.dump)
        let en = Extracted("Haftar arrived in Moscow, where he met the Russian defence minister")
        #expect(en.asserted.contains("khalifa_haftar>visited>russia"), en.dump)
        #expect(en.asserted.contains("khalifa_haftar>met>shoigu"), en.dump)
        #expect(!en.asserted.contains("russia>met>shoigu"), en.dump)
    }

    @Test("the subject of a visit is not the city it started from")
    func visitFromCity() {
        let e = Extracted("Haftar flew from Benghazi to Cairo on Monday")
        #expect(e.asserted.contains("khalifa_haftar>visited>egypt"), e.dump)
        let a = Extracted("غادر وفد حكومة طبرق متوجها إلى القاهرة")
        #expect(a.asserted.contains("hor>visited>egypt"), a.dump)
    }
}

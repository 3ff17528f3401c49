import Testing
import Foundation
@testable import ActorGraph

/// Reported speech: the reporter is not the source, and the relation records who reports it.
@Suite("Extraction: attribution")
struct ExtractionAttributionTests {
    @Test("a newspaper reports a visit", arguments: [
        ("According to Israel Hayom, Saddam Haftar visited Israel secretly", "Israel Hayom"),
        ("ذكرت صحيفة إسرائيل اليوم أن صدام حفتر زار إسرائيل سرا", "إسرائيل اليوم"),
    ])
    func newspaperReports(_ text: String, _ reporter: String) {
        let e = Extracted(text)
        #expect(e.asserted.contains("saddam_haftar>visited>israel"), e.dump)
        #expect(!e.x.relations.contains { $0.source == "israel" }, e.dump)
        // Only the destination is Israel, not the newspaper's name.
        #expect(e.x.mentions.filter { $0.actor == "israel" }.count == 1, e.dump)
        let visit = e.relations("saddam_haftar>visited>israel").first
        #expect(visit?.attribution?.contains(reporter) == true, e.dump)
    }

    @Test("the speaker is not the source", arguments: [
        RelationCase("قال مسؤولون مصريون إن حفتر التقى شويغو في موسكو", "khalifa_haftar>met>shoigu"),
        RelationCase("Egyptian officials said that Haftar met Shoigu in Moscow", "khalifa_haftar>met>shoigu"),
        RelationCase("Egyptian officials said Haftar had asked Moscow for weapons", "khalifa_haftar>sought_support>russia"),
        RelationCase("أفادت وسائل إعلام روسية بأن الإمارات أرسلت أسلحة إلى قوات حفتر", "uae>supplied_arms>lna"),
        RelationCase("Russia's foreign ministry said the UAE had sent weapons to Haftar's forces", "uae>supplied_arms>lna"),
    ])
    func speakerIsNotSource(_ c: RelationCase) {
        let e = Extracted(c.text, date: c.date)
        let key = c.expected[0]
        #expect(e.asserted.contains(key), e.dump)
        let type = key.split(separator: ">")[1]
        let extra = e.x.relations.filter { $0.type.rawValue == type && !keys(of: $0).contains(key) && !$0.negated }
        #expect(extra.isEmpty, e.dump)
        #expect(e.relations(key).first?.attribution != nil, e.dump)
    }
}

/// Phrases that look like relations and are not.
@Suite("Extraction: false-positive traps")
struct ExtractionTrapTests {
    @Test("strengthening cooperation or stability is not support", arguments: [
        "أكد السيسي خلال لقائه بوتين على دعم علاقات التعاون بين مصر وروسيا",
        "تدعم مصر الاستقرار في ليبيا",
        "Cairo backs efforts to end the war in Libya",
        "Egypt and Russia agreed to support cooperation between their armies",
        "Russia voiced support for a ceasefire in Libya",
    ])
    func notSupport(_ text: String) {
        let e = Extracted(text)
        #expect(e.asserted(.supported).isEmpty, e.dump)
    }

    @Test("strengthening cooperation during a meeting keeps the meeting")
    func cooperationMeetingKept() {
        let e = Extracted("أكد السيسي خلال لقائه بوتين على دعم علاقات التعاون بين مصر وروسيا")
        #expect(e.asserted.contains("sisi>met>putin"), e.dump)
        #expect(!e.asserted.contains("egypt>met>russia"), e.dump)
    }

    @Test("an 'if' after the trigger in another clause, or on an offer, leaves it asserted", arguments: [
        ("Sisi met Haftar and asked if Russia would help.", "khalifa_haftar>met>sisi"),
        ("Haftar offered to normalise relations with Israel if it backed him.", "khalifa_haftar>offered_normalization>israel"),
        ("التقى السيسي حفتر ثم سأله إذا كانت روسيا ستساعد", "khalifa_haftar>met>sisi"),
    ])
    func laterConditionKeepsAssertion(_ text: String, _ key: String) {
        let e = Extracted(text)
        #expect(e.asserted.contains(key), e.dump)
    }

    @Test("a newspaper named after a state is never a party", arguments: [
        "Israel Hayom reported that Haftar met Egyptian officials in Cairo",
        "نقلت صحيفة إسرائيل اليوم أن حفتر التقى مسؤولين مصريين في القاهرة",
    ])
    func newspaperNotParty(_ text: String) {
        let e = Extracted(text)
        #expect(!e.actors.contains("israel"), e.dump)
        #expect(e.asserted.contains("khalifa_haftar>met>egypt"), e.dump)
    }

    @Test("it is unclear whether he met Sisi: no asserted meeting", arguments: [
        "Haftar left Cairo on Monday, but it is unclear whether he met Sisi",
        "غادر حفتر القاهرة يوم الاثنين، ولم يتضح ما إذا كان قد التقى السيسي",
    ])
    func unclearMeeting(_ text: String) {
        let e = Extracted(text)
        #expect(!e.asserted(.met).contains { $0.hasSuffix(">met>sisi") }, e.dump)
    }

    @Test("if Israel provided support: no asserted support", arguments: [
        "Saddam Haftar hinted he would recognise Israel if Israel provided support to his father",
        "ألمح صدام حفتر إلى التطبيع لو قدمت إسرائيل الدعم لوالده",
    ])
    func conditionalSupport(_ text: String) {
        let e = Extracted(text)
        #expect(!e.asserted.contains { $0.hasPrefix("israel>supported>") }, e.dump)
    }

    @Test("a denial of arming is not arming")
    func deniedArming() {
        let e = Extracted("The UAE denied reports that it armed Haftar's forces")
        #expect(e.asserted(.suppliedArms).isEmpty, e.dump)
    }

    @Test("meeting an envoy is not meeting the one who sent him", arguments: [
        "Haftar met Sisi's envoy in Benghazi",
        "التقى حفتر مبعوث السيسي في بنغازي",
    ])
    func envoy(_ text: String) {
        let e = Extracted(text)
        #expect(!e.asserted.contains("khalifa_haftar>met>sisi"), e.dump)
    }

    @Test("co-occurrence alone is no typed relation", arguments: [
        "Haftar and Sisi appeared together in a photo published on Monday",
        "ظهر حفتر والسيسي في صورة نشرت يوم الاثنين",
    ])
    func cooccurrenceOnly(_ text: String) {
        let e = Extracted(text)
        #expect(e.x.relations.isEmpty, e.dump)
        #expect(!e.x.cooccurrences.isEmpty, e.dump)
    }

    @Test("the commenter on a visit is not the visitor", arguments: [
        "Sisi said Haftar's visit to Moscow was a mistake",
        "قال السيسي إن زيارة حفتر إلى موسكو كانت خطأ",
    ])
    func commenterNotVisitor(_ text: String) {
        let e = Extracted(text)
        #expect(e.asserted.contains("khalifa_haftar>visited>russia"), e.dump)
        #expect(!e.asserted.contains("sisi>visited>russia"), e.dump)
    }

    @Test("power and office are not places one visits", arguments: [
        "وصل حفتر إلى السلطة في الشرق بعد معارك طويلة",
        "وصل السيسي إلى الحكم في مصر عام 2014",
    ])
    func notAVisit(_ text: String) {
        let e = Extracted(text)
        #expect(e.asserted(.visited).isEmpty, e.dump)
    }
}

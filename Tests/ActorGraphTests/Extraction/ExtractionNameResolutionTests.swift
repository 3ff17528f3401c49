import Testing
import Foundation
@testable import ActorGraph

/// Longest names, shared surnames and kinship.
@Suite("Extraction: name resolution")
struct ExtractionNameResolutionTests {
    @Test("a full name beats its parts", arguments: [
        "وصل صدام حفتر إلى بنغازي قادما من روما",
        "Saddam Haftar arrived in Benghazi from Rome",
    ])
    func fullNameBeatsParts(_ text: String) {
        let e = Extracted(text)
        #expect(e.actorList.filter { $0.hasSuffix("haftar") } == ["saddam_haftar"], e.dump)
    }

    @Test("a bare Haftar after Saddam Haftar in the same paragraph is Saddam", arguments: [
        "وصل صدام حفتر إلى القاهرة أمس. وأكد حفتر أن زيارته ناجحة.",
        "Saddam Haftar flew to Amman on Monday. Haftar told reporters the trip went well.",
    ])
    func surnameFollowsSaddam(_ text: String) {
        let e = Extracted(text)
        #expect(e.actorList.filter { $0.hasSuffix("haftar") } == ["saddam_haftar", "saddam_haftar"], e.dump)
    }

    @Test("a bare Haftar with no context is Khalifa Haftar", arguments: [
        "أكد حفتر أن قواته مستعدة لكل الاحتمالات",
        "Haftar said his forces were ready",
    ])
    func surnameDefault(_ text: String) {
        let e = Extracted(text)
        #expect(e.actorList.first == "khalifa_haftar", e.dump)
        #expect(!e.actors.contains("saddam_haftar"), e.dump)
    }

    @Test("epithets and kinship words name Saddam Haftar", arguments: [
        ActorCase("وصل حفتر الابن إلى بنغازي بعد جولة خارجية", "saddam_haftar"),
        ActorCase("التقى نجل حفتر مسؤولين إماراتيين في أبوظبي", "saddam_haftar"),
        ActorCase("أرسل خليفة حفتر ابنه إلى واشنطن", "saddam_haftar"),
        ActorCase("Khalifa Haftar sent his son to Washington", "saddam_haftar"),
        ActorCase("Haftar junior arrived in Benghazi", "saddam_haftar"),
        ActorCase("Haftar's son flew to Rome on Monday", "saddam_haftar"),
    ])
    func saddamByKinship(_ c: ActorCase) {
        let e = Extracted(c.text, date: c.date)
        #expect(e.actors.contains(c.actor), e.dump)
    }

    @Test("حفتر الابن is only Saddam, not also his father")
    func epithetIsOnlySaddam() {
        let e = Extracted("وصل حفتر الابن إلى بنغازي بعد جولة خارجية")
        #expect(!e.actors.contains("khalifa_haftar"), e.dump)
    }

    @Test("his father after Saddam is Khalifa Haftar", arguments: [
        "قال صدام حفتر إن والده يدعم الحوار",
        "Saddam Haftar said his father backs the talks",
    ])
    func fatherOfSaddam(_ text: String) {
        let e = Extracted(text)
        #expect(e.actorList == ["saddam_haftar", "khalifa_haftar"], e.dump)
    }

    @Test("Haftar and his son: the bare surname is the father")
    func haftarAndHisSon() {
        let e = Extracted("وصل صدام حفتر إلى روما. ثم استقبل حفتر ونجله وفدا أمريكيا.")
        let haftars = e.x.mentions.filter { $0.actor.hasSuffix("haftar") }.map(\.actor)
        #expect(haftars == ["saddam_haftar", "khalifa_haftar", "saddam_haftar"], e.dump)
    }

    @Test("other Haftars and Saddams are nobody", arguments: [
        "أعلن بلقاسم حفتر عن مشروع جديد لإعادة الإعمار",
        "Belqasem Haftar announced a reconstruction project",
        "Saddam Hussein visited Moscow in the 1980s",
        "أعلن خالد حفتر عن عملية عسكرية",
    ])
    func otherFamilyMembers(_ text: String) {
        let e = Extracted(text)
        #expect(!e.actors.contains("khalifa_haftar") && !e.actors.contains("saddam_haftar"), e.dump)
    }
}

/// Titles that name whoever held the role on the article's date.
@Suite("Extraction: titles by date")
struct ExtractionTitleTests {
    @Test("the Russian defence minister is Shoigu in 2017", arguments: [
        "وصل وزير الدفاع الروسي إلى القاهرة",
        "The Russian defence minister arrived in Cairo",
        "The Russian defense minister arrived in Cairo",
        "Russia's defence minister arrived in Cairo",
    ])
    func shoiguIn2017(_ text: String) {
        let e = Extracted(text, date: "2017-08-01")
        #expect(e.actors.contains("shoigu"), e.dump)
    }

    @Test("the Russian defence minister is not Shoigu in 2025", arguments: [
        "وصل وزير الدفاع الروسي إلى القاهرة",
        "The Russian defence minister arrived in Cairo",
    ])
    func notShoiguIn2025(_ text: String) {
        let e = Extracted(text, date: "2025-03-01")
        #expect(!e.actors.contains("shoigu"), e.dump)
    }

    @Test("the Russian foreign minister is Lavrov", arguments: [
        "وصل وزير الخارجية الروسي إلى القاهرة",
        "The Russian foreign minister arrived in Cairo",
    ])
    func lavrov(_ text: String) {
        #expect(Extracted(text).actors.contains("lavrov"), Extracted(text).dump)
        #expect(Extracted(text, date: "2025-03-01").actors.contains("lavrov"))
    }

    @Test("the Egyptian president is Sisi only from 2014")
    func egyptianPresident() {
        #expect(actors("استقبل الرئيس المصري المشير حفتر", date: "2017-08-01").contains("sisi"))
        #expect(!actors("استقبل الرئيس المصري المشير حفتر", date: "2012-01-10").contains("sisi"))
        #expect(actors("The Egyptian president received Haftar", date: "2019-04-14").contains("sisi"))
    }

    @Test("the Egyptian defence minister is Sisi in 2013 and Saqr in 2025")
    func egyptianDefenceMinister() {
        #expect(actors("The Egyptian defence minister met Haftar", date: "2013-06-01").contains("sisi"))
        #expect(actors("The Egyptian defence minister met Haftar", date: "2025-03-01").contains("abdelmegid_saqr"))
        #expect(!actors("The Egyptian defence minister met Haftar", date: "2025-03-01").contains("sisi"))
    }

    @Test("a title followed by the name is one actor")
    func titleAndName() {
        let e = Extracted("التقى حفتر وزير الدفاع الروسي سيرغي شويغو في موسكو")
        #expect(e.actors.contains("shoigu"), e.dump)
        #expect(e.asserted.contains("khalifa_haftar>met>shoigu"), e.dump)
        #expect(!e.asserted.contains("khalifa_haftar>met>russia"), e.dump)
    }
}

/// Demonyms, places and the names of newspapers.
@Suite("Extraction: demonyms and places")
struct ExtractionPlaceTests {
    @Test("places stand for their state or organisation", arguments: [
        ActorCase("وصل الوفد إلى القاهرة", "egypt"),
        ActorCase("The delegation arrived in Cairo", "egypt"),
        ActorCase("وصل الوفد إلى موسكو", "russia"),
        ActorCase("The delegation arrived in Moscow", "russia"),
        ActorCase("وصل الوفد إلى تل أبيب", "israel"),
        ActorCase("The delegation arrived in Tel Aviv", "israel"),
        ActorCase("هبطت الطائرة في مطار بن غوريون", "israel"),
        ActorCase("The plane landed at Ben Gurion Airport", "israel"),
        ActorCase("وصل الوفد إلى أبوظبي", "uae"),
        ActorCase("وصل الوفد إلى أبو ظبي", "uae"),
        ActorCase("وصل الوفد إلى دبي", "uae"),
        ActorCase("The delegation arrived in Abu Dhabi", "uae"),
        ActorCase("The delegation arrived in Dubai", "uae"),
        ActorCase("صوت البرلمان في طبرق على القرار", "hor"),
        ActorCase("The parliament in Tobruk voted on the decision", "hor"),
    ])
    func places(_ c: ActorCase) {
        let e = Extracted(c.text, date: c.date)
        #expect(e.actors.contains(c.actor), e.dump)
    }

    @Test("demonyms qualifying an acting body name the state", arguments: [
        ActorCase("رصدت طائرات عسكرية مصرية فوق الجفرة", "egypt"),
        ActorCase("Egyptian aircraft were spotted over Jufra", "egypt"),
        ActorCase("التقى مسؤولون إماراتيون بالوفد", "uae"),
        ActorCase("Russian mercenaries were seen near Sirte", "russia"),
    ])
    func demonyms(_ c: ActorCase) {
        let e = Extracted(c.text, date: c.date)
        #expect(e.actors.contains(c.actor), e.dump)
    }

    @Test("a newspaper named after a state is not the state", arguments: [
        ActorCase("ذكرت صحيفة إسرائيل اليوم أن الوفد غادر", "israel"),
        ActorCase("Israel Hayom reported that the delegation left", "israel"),
        ActorCase("The Times of Israel reported that the delegation left", "israel"),
        ActorCase("نقلت قناة روسيا اليوم عن مصدر أن الوفد غادر", "russia"),
        ActorCase("Egypt Independent reported that the delegation left", "egypt"),
        ActorCase("ذكرت صحيفة المصري اليوم أن الوفد غادر", "egypt"),
    ])
    func newspapers(_ c: ActorCase) {
        let e = Extracted(c.text, date: c.date)
        #expect(!e.actors.contains(c.actor), e.dump)
    }
}

import Testing
import Foundation
@testable import ActorGraph

/// A text, the relation it mentions without asserting it, and why.
struct ModalityCase: Sendable, CustomTestStringConvertible {
    let text: String
    let key: String
    let modality: Modality
    var testDescription: String { "\(modality.rawValue): \(key) ← \(text)" }

    init(_ text: String, _ key: String, _ modality: Modality) {
        self.text = text
        self.key = key
        self.modality = modality
    }
}

/// Negation, denial, conditions, questions, purposes, prohibitions.
@Suite("Extraction: modality")
struct ExtractionModalityTests {
    static let cases: [ModalityCase] = [
        // negation particles
        ModalityCase("لم يزر حفتر القاهرة منذ سنوات", "khalifa_haftar>visited>egypt", .negated),
        ModalityCase("لن يلتقي حفتر بالسيسي خلال هذه الزيارة", "khalifa_haftar>met>sisi", .negated),
        ModalityCase("لا تدعم الجزائر حفتر في حربه", "algeria>supported>khalifa_haftar", .negated),
        ModalityCase("قال المتحدث إن القاهرة ليست داعمة لحفتر", "egypt>supported>khalifa_haftar", .negated),
        ModalityCase("لم يسبق لحفتر أن زار إسرائيل", "khalifa_haftar>visited>israel", .negated),
        ModalityCase("Haftar did not visit Cairo last year", "khalifa_haftar>visited>egypt", .negated),
        ModalityCase("Russia has never supplied weapons to Haftar's forces", "russia>supplied_arms>lna", .negated),
        ModalityCase("No Egyptian aircraft delivered weapons to Haftar's forces", "egypt>supplied_arms>lna", .negated),
        ModalityCase("Haftar has not yet met Sisi", "khalifa_haftar>met>sisi", .negated),
        // denial
        ModalityCase("نفت مصر إرسال أسلحة إلى قوات حفتر", "egypt>supplied_arms>lna", .denied),
        ModalityCase("نفى حفتر أن يكون قد التقى مسؤولين إسرائيليين", "khalifa_haftar>met>israel", .denied),
        ModalityCase("Egypt denied supplying weapons to Haftar", "egypt>supplied_arms>khalifa_haftar", .denied),
        ModalityCase("The Kremlin denied that Haftar had met Putin in Moscow", "khalifa_haftar>met>putin", .denied),
        // conditions
        ModalityCase("إذا قدمت إسرائيل الدعم لحفتر فإن موقف الجزائر سيتغير", "israel>supported>khalifa_haftar", .conditional),
        ModalityCase("لو زار حفتر إسرائيل لانهارت المفاوضات", "khalifa_haftar>visited>israel", .conditional),
        // a condition after the trigger, in its clause
        ModalityCase("Khalifa Haftar will visit Egypt next week if security conditions allow.", "khalifa_haftar>visited>egypt", .conditional),
        ModalityCase("وهددت مصر بوقف توريد الأسلحة إلى حفتر إذا استمرت الهجمات على المدنيين", "egypt>supplied_arms>khalifa_haftar", .conditional),
        ModalityCase("Russia would supply weapons to Haftar's forces provided that the embargo is lifted", "russia>supplied_arms>lna", .conditional),
        ModalityCase("Analysts said the balance would shift if Israel provided support to Haftar", "israel>supported>khalifa_haftar", .conditional),
        // questions and doubt
        ModalityCase("هل زار صدام حفتر إسرائيل؟", "saddam_haftar>visited>israel", .question),
        ModalityCase("لا يعرف ما إذا كان حفتر قد التقى السيسي", "khalifa_haftar>met>sisi", .question),
        ModalityCase("Did Haftar visit Moscow?", "khalifa_haftar>visited>russia", .question),
        ModalityCase("It remains unclear whether Egypt supplied weapons to Haftar's forces", "egypt>supplied_arms>lna", .question),
        // purpose
        ModalityCase("Haftar travelled to Moscow in order to meet Putin", "khalifa_haftar>met>putin", .purpose),
        ModalityCase("توجه حفتر إلى موسكو من أجل لقاء بوتين", "khalifa_haftar>met>putin", .purpose),
    ]

    @Test("the relation is found but not asserted", arguments: cases)
    func notAsserted(_ c: ModalityCase) {
        let e = Extracted(c.text)
        #expect(!e.asserted.contains(c.key), e.dump)
        #expect(e.nonAsserted.contains(c.key), e.dump)
    }

    @Test("the modality says why", arguments: cases)
    func modalityKind(_ c: ModalityCase) {
        let e = Extracted(c.text)
        let found = e.relations(c.key)
        #expect(!found.isEmpty && found.allSatisfy { $0.modality == c.modality }, e.dump)
    }

    @Test("the journey of a purpose clause is still asserted", arguments: [
        "Haftar travelled to Moscow in order to meet Putin",
        "توجه حفتر إلى موسكو من أجل لقاء بوتين",
    ])
    func purposeKeepsVisit(_ text: String) {
        let e = Extracted(text)
        #expect(e.asserted.contains("khalifa_haftar>visited>russia"), e.dump)
    }

    @Test("a negation does not reach into the next clause", arguments: [
        RelationCase("لم يعلق الكرملين على الأنباء، لكن حفتر وصل إلى موسكو فعلا", "khalifa_haftar>visited>russia"),
        RelationCase("The Kremlin did not comment, but Haftar arrived in Moscow on Monday", "khalifa_haftar>visited>russia"),
        RelationCase("Haftar has reportedly visited Cairo, not Amman", "khalifa_haftar>visited>egypt"),
    ])
    func negationScope(_ c: RelationCase) {
        let e = Extracted(c.text, date: c.date)
        for k in c.expected { #expect(e.asserted.contains(k), e.dump) }
    }

    @Test("bans and discussions are not deliveries", arguments: [
        "حظر مجلس الأمن توريد الأسلحة إلى ليبيا",
        "The Security Council banned the transfer of weapons to Libya",
        "ناقش حفتر مع شويغو مسألة تزويد الجيش الليبي بالأسلحة الروسية",
        "Haftar and Putin discussed the possibility of Russia supplying weapons to the LNA",
    ])
    func prohibitedAndDiscussed(_ text: String) {
        let e = Extracted(text)
        #expect(e.asserted(.suppliedArms).isEmpty, e.dump)
    }

    @Test("discussing arms with someone is still a meeting")
    func discussionIsMeeting() {
        let e = Extracted("ناقش حفتر مع شويغو مسألة تزويد الجيش الليبي بالأسلحة الروسية")
        #expect(e.asserted.contains("khalifa_haftar>met>shoigu"), e.dump)
    }
}

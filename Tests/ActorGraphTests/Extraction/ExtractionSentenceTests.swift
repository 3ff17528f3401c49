import Testing
import Foundation
@testable import ActorGraph

/// Sentence and paragraph boundaries.
@Suite("Extraction: sentences")
struct ExtractionSentenceTests {
    func sentences(_ text: String) -> [String] {
        let doc = Document(article: Article(path: "t.txt", text: text))
        return doc.sentences.map { doc.text(of: $0) }
    }

    @Test("split on . ؟ ? ! and blank lines")
    func terminators() {
        let text = "وصل حفتر إلى القاهرة. هل التقى السيسي؟ Did he meet Sisi? Yes! ثم عاد\n\nفي اليوم التالي غادر"
        #expect(sentences(text) == ["وصل حفتر إلى القاهرة.", "هل التقى السيسي؟", "Did he meet Sisi?", "Yes!",
                                    "ثم عاد", "في اليوم التالي غادر"])
    }

    @Test("a blank line starts a new paragraph")
    func paragraphs() {
        let doc = Document(article: Article(path: "t.txt", text: "زار حفتر موسكو\n\nوالتقى شويغو"))
        #expect(doc.sentences.count == 2)
        #expect(doc.sentences.map(\.paragraph) == [0, 1])
    }

    @Test("a single line break inside a sentence is not a boundary")
    func wrappedLine() {
        let text = "أعلن الجيش الوطني الليبي أن\nالمشير وصل إلى موسكو صباح اليوم."
        #expect(sentences(text).count == 1)
    }

    @Test("a name wrapped across a line is still one name", arguments: [
        "التقى المشير خليفة\nحفتر بالرئيس المصري في القاهرة",
        "Field Marshal Khalifa\nHaftar met the Egyptian president in Cairo",
    ])
    func wrappedName(_ text: String) {
        let e = Extracted(text)
        #expect(sentences(text).count == 1)
        let m = e.x.mentions.first { $0.actor == "khalifa_haftar" }
        #expect(m != nil, e.dump)
        #expect(m?.text.contains("\n") == true, e.dump)
        #expect(e.asserted.contains("khalifa_haftar>met>sisi"), e.dump)
    }

    @Test("abbreviations and decimals do not split", arguments: [
        "The U.S. envoy met Haftar in Benghazi on Monday.",
        "Gen. Haftar arrived in Cairo on Sunday.",
        "Russia sent 3.5 tonnes of ammunition to Haftar's forces.",
        "Lt. Gen. Saddam Haftar flew to Rome.",
        "قالت الولايات المتحدة إن قيمة الصفقة بلغت 3.5 مليار دولار.",
    ])
    func noSplit(_ text: String) {
        #expect(sentences(text).count == 1, Comment(rawValue: sentences(text).joined(separator: " | ")))
    }

    @Test("abbreviation dots do not cut relations")
    func abbreviationKeepsRelation() {
        let e = Extracted("Gen. Haftar arrived in Cairo on Sunday.")
        #expect(e.asserted.contains("khalifa_haftar>visited>egypt"), e.dump)
        let u = Extracted("The U.S. supplied weapons to Haftar's forces.")
        #expect(u.asserted.contains("usa>supplied_arms>lna"), u.dump)
    }

    @Test("a relation does not cross a sentence boundary")
    func noCrossSentence() {
        let e = Extracted("Haftar arrived on Monday. Egypt later announced new border measures.")
        #expect(!e.asserted.contains("khalifa_haftar>visited>egypt"), e.dump)
        let a = Extracted("وصل حفتر صباح الاثنين. وأعلنت مصر لاحقا إجراءات جديدة على الحدود.")
        #expect(!a.asserted.contains("khalifa_haftar>visited>egypt"), a.dump)
    }
}

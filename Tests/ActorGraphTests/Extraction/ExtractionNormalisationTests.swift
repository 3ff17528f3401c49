import Testing
import Foundation
@testable import ActorGraph

/// Folding of Arabic and Latin text for matching (`foldForMatching`, `Tokenizer`).
@Suite("Extraction: normalisation")
struct ExtractionNormalisationTests {
    @Test("diacritics and tatweel are dropped")
    func diacriticsAndTatweel() {
        #expect(foldForMatching("خَلِيفَةُ حَفْتَرٍ") == foldForMatching("خليفة حفتر"))
        #expect(foldForMatching("حفـــتر") == "حفتر")
        #expect(foldForMatching("السّيسيّ") == "السيسي")
        #expect(foldForMatching("الرَّحْمٰن") == "الرحمن")  // superscript alef U+0670
    }

    @Test("alef forms, alef maqsura and taa marbuta")
    func alefYehTaa() {
        #expect(foldForMatching("أإآٱ") == "اااا")
        #expect(foldForMatching("إسرائيل") == "اسرائيل")
        #expect(foldForMatching("آل نهيان") == "ال نهيان")
        #expect(foldForMatching("ٱلقاهرة") == "القاهره")
        #expect(foldForMatching("مصطفى") == "مصطفي")
        #expect(foldForMatching("القاهرة") == "القاهره")
    }

    @Test("Persian yeh and kaf fold to Arabic")
    func persianLetters() {
        #expect(foldForMatching("السیسی") == "السيسي")
        #expect(foldForMatching("کرملین") == "كرملين")
        #expect(foldForMatching("ی") == foldForMatching("ي"))
    }

    @Test("Arabic-Indic and extended digits fold to ASCII")
    func digits() {
        #expect(foldForMatching("٢٠١٧") == "2017")
        #expect(foldForMatching("۱۴۰۳") == "1403")
        #expect(norms("في ٣٫٥ ملايين") == ["في", "3.5", "ملايين"])
    }

    @Test("presentation forms go through compatibility mapping")
    func presentationForms() {
        #expect(foldForMatching("\u{FEFB}") == "لا")  // lam-alef ligature
        #expect(foldForMatching("\u{FEF7}") == "لا")  // lam-alef with hamza above
        #expect(foldForMatching("\u{FEF5}") == "لا")  // lam-alef with madda
        // حفتر written in positional forms: initial hah, medial feh, medial teh, final reh.
        #expect(foldForMatching("\u{FEA3}\u{FED4}\u{FE98}\u{FEAE}") == "حفتر")
        #expect(norms("\u{FEDF}\u{FEE4}\u{FEE8}\u{FEEA}") == [foldForMatching("لمنه")])
    }

    @Test("curly and straight quotes fold alike")
    func quotes() {
        #expect(foldForMatching("“Haftar’s”") == foldForMatching("\"Haftar's\""))
        #expect(foldForMatching("«الجيش»") == "\"الجيش\"")
    }

    @Test("Latin is lowercased and loses accents")
    func latin() {
        #expect(foldForMatching("Erdoğan") == "erdogan")
        #expect(foldForMatching("ÉLYSÉE") == "elysee")
    }

    @Test("a lost lam-alef (?) inside an Arabic word folds like the real ligature")
    func lostLamAlef() {
        #expect(norms("ا?وضاع") == norms("الأوضاع"))
        #expect(norms("ا?وضاع") == ["الاوضاع"])
        #expect(norms("ا\u{FFFD}وضاع") == ["الاوضاع"])
        // A real question mark after a word is still punctuation.
        #expect(norms("هل زار حفتر القاهرة?") == ["هل", "زار", "حفتر", "القاهره", "?"])
    }

    @Test("tokenizer keeps proclitics on the word and folds the whole token")
    func tokenizerFoldsWithClitics() {
        #expect(norms("وَالْقَاهِرَةِ") == ["والقاهره"])
        #expect(norms("el-Sisi") == ["el", "sisi"])
        let toks = Tokenizer.tokenize(Array("Haftar’s forces".unicodeScalars))
        #expect(toks.first?.norm == "haftar")
        #expect(toks.first?.possessive == true)
    }

    @Test("names are found through folding", arguments: [
        ActorCase("زارَ خليفةُ حفترَ القاهرةَ أمس", "khalifa_haftar"),
        ActorCase("وصل المشير حفـــتر إلى بنغازي", "khalifa_haftar"),
        ActorCase("استقبل الرئيس السیسی وفدا ليبيا", "sisi"),
        ActorCase("أعلن \u{FEA3}\u{FED4}\u{FE98}\u{FEAE} حالة الطوارئ", "khalifa_haftar"),
        ActorCase("وصل وفد ليبي إلى دولة ا?مارات العربية المتحدة", "uae"),
        ActorCase("زار وفد ليبي ٱلقاهرة", "egypt"),
        ActorCase("President Erdoğan received the delegation", "erdogan"),
    ])
    func namesThroughFolding(_ c: ActorCase) {
        let e = Extracted(c.text, date: c.date)
        #expect(e.actors.contains(c.actor), e.dump)
    }

    /// Every mention's offsets cut its own text out of the original article.
    @Test("mention offsets slice the original text", arguments: [
        "زارَ خليفةُ حفترَ وَالْقَاهِرَةَ وَالْإِمَارَاتِ",
        "التقى وفد روسي وبالقاهرة مسؤولين من مصر وللإمارات حضور",
        "📰 عاجل: وصل المشير حفـــتر إلى موسكو",
        "Haftar’s forces and Haftar's allies met in Cairo.\r\nEl-Sisi welcomed them.",
        "أعلن \u{FEA3}\u{FED4}\u{FE98}\u{FEAE} أن ا?مارات تدعمه",
        "التقى المشير خليفة\nحفتر بالرئيس المصري عبد الفتاح السيسي",
        "\u{200F}وصل صدام حفتر إلى تل أبيب\u{200F}، ثم عاد إلى بنغازي",
    ])
    func offsetsSliceOriginal(_ text: String) {
        let e = Extracted(text)
        #expect(!e.x.mentions.isEmpty, e.dump)
        for m in e.x.mentions {
            #expect(slice(text, m) == m.text, e.dump)
            // The proclitics are outside the mention: it starts on a letter of the name.
            if let first = m.text.unicodeScalars.first {
                #expect(!isArabicMark(first.value), e.dump)
            }
        }
    }

    @Test("a clitic is excluded from the mention but the article is kept")
    func cliticOffsets() {
        let text = "التقى حفتر وبالقاهرة مسؤولين"
        let e = Extracted(text)
        let cairo = e.x.mentions.first { $0.actor == "egypt" }
        #expect(cairo?.text == "القاهرة", e.dump)
        #expect(cairo?.prefix == "وب", e.dump)
    }
}

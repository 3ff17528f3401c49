/// The actors the synthetic articles talk about: a selection of the default dictionary
/// (Sources/ActorGraph/Resources/actors.yaml) with the surface forms news text uses for
/// them: names, aliases, short names and titles valid in 2018-2024; for states also
/// demonyms (Arabic feminine and masculine, English) and places.
struct CastMember {
    enum Kind { case person, state, organisation }
    let kind: Kind
    let ar: [String]
    let en: [String]
    var demonymAr: [String] = []
    var demonymEn: [String] = []
    var placesAr: [String] = []
    var placesEn: [String] = []
}

enum Cast {
    static func person(_ ar: [String], _ en: [String]) -> CastMember { CastMember(kind: .person, ar: ar, en: en) }
    static func organisation(_ ar: [String], _ en: [String]) -> CastMember { CastMember(kind: .organisation, ar: ar, en: en) }
    static func state(_ ar: [String], _ en: [String], dem ar2: [String], _ en2: [String], places ar3: [String], _ en3: [String]) -> CastMember {
        CastMember(kind: .state, ar: ar, en: en, demonymAr: ar2, demonymEn: en2, placesAr: ar3, placesEn: en3)
    }

    static let all: [CastMember] = [
        person(["خليفة حفتر", "المشير خليفة حفتر", "حفتر", "قائد الجيش الوطني الليبي"],
               ["Khalifa Haftar", "Field Marshal Khalifa Haftar", "Haftar", "Khalifa Hifter"]),
        person(["صدام حفتر", "صدام خليفة حفتر"], ["Saddam Haftar", "Saddam Hafter"]),
        person(["عبد الفتاح السيسي", "الرئيس المصري", "السيسي", "عبدالفتاح السيسي"],
               ["Abdel Fattah el-Sisi", "Egyptian President Abdel Fattah el-Sisi", "Sisi", "el-Sisi"]),
        person(["فلاديمير بوتين", "الرئيس الروسي", "بوتين"], ["Vladimir Putin", "Putin", "Russian President Vladimir Putin"]),
        person(["سيرغي لافروف", "وزير الخارجية الروسي", "لافروف", "سيرجي لافروف"], ["Sergei Lavrov", "Lavrov", "Sergey Lavrov"]),
        person(["رجب طيب أردوغان", "الرئيس التركي", "أردوغان", "إردوغان"], ["Recep Tayyip Erdogan", "Erdogan", "Turkish President Recep Tayyip Erdogan"]),
        person(["عبد الحميد الدبيبة", "الدبيبة", "عبدالحميد الدبيبة"], ["Abdul Hamid Dbeibah", "Dbeibah", "Abdulhamid Dbeibah"]),
        person(["فايز السراج", "السراج", "فائز السراج"], ["Fayez al-Sarraj", "Sarraj", "Fayez Sarraj"]),
        person(["عقيلة صالح", "المستشار عقيلة صالح", "رئيس مجلس النواب الليبي"], ["Aguila Saleh", "Aguila Saleh Issa"]),
        person(["محمد بن زايد", "الشيخ محمد بن زايد"], ["Mohamed bin Zayed", "Mohamed bin Zayed Al Nahyan"]),
        person(["بنيامين نتنياهو", "نتنياهو"], ["Benjamin Netanyahu", "Netanyahu"]),
        person(["محمد حمدان دقلو", "حميدتي", "قائد قوات الدعم السريع"], ["Mohamed Hamdan Dagalo", "Hemedti"]),
        person(["سيرغي شويغو", "شويغو", "وزير الدفاع الروسي"], ["Sergei Shoigu", "Shoigu"]),
        person(["نيكولاي باتروشيف", "باتروشيف"], ["Nikolai Patrushev", "Patrushev"]),
        person(["سيف الإسلام القذافي", "سيف الإسلام"], ["Saif al-Islam Gaddafi", "Saif al-Islam"]),
        state(["مصر", "جمهورية مصر العربية", "الدولة المصرية"], ["Egypt", "Arab Republic of Egypt"],
              dem: ["مصرية", "مصري"], ["Egyptian"], places: ["القاهرة"], ["Cairo"]),
        state(["روسيا", "روسيا الاتحادية"], ["Russia", "Russian Federation"],
              dem: ["روسية", "روسي"], ["Russian"], places: ["موسكو", "الكرملين"], ["Moscow", "the Kremlin"]),
        state(["تركيا", "الجمهورية التركية"], ["Turkey", "Türkiye"],
              dem: ["تركية", "تركي"], ["Turkish"], places: ["أنقرة", "إسطنبول"], ["Ankara", "Istanbul"]),
        state(["الإمارات العربية المتحدة", "دولة الإمارات"], ["United Arab Emirates", "UAE"],
              dem: ["إماراتية", "إماراتي"], ["Emirati"], places: ["أبوظبي"], ["Abu Dhabi"]),
        state(["فرنسا"], ["France"], dem: ["فرنسية", "فرنسي"], ["French"], places: ["باريس", "الإليزيه"], ["Paris", "the Elysee"]),
        state(["إيطاليا"], ["Italy"], dem: ["إيطالية", "إيطالي"], ["Italian"], places: ["روما"], ["Rome"]),
        state(["الأردن", "المملكة الأردنية الهاشمية"], ["Jordan"], dem: ["أردنية", "أردني"], ["Jordanian"], places: ["عمان"], ["Amman"]),
        state(["ليبيا", "الدولة الليبية"], ["Libya"], dem: ["ليبية", "ليبي"], ["Libyan"], places: [], []),
        state(["قطر", "دولة قطر"], ["Qatar"], dem: ["قطرية", "قطري"], ["Qatari"], places: ["الدوحة"], ["Doha"]),
        state(["السعودية", "المملكة العربية السعودية"], ["Saudi Arabia"], dem: ["سعودية", "سعودي"], ["Saudi"], places: ["الرياض"], ["Riyadh"]),
        state(["السودان"], ["Sudan"], dem: ["سودانية", "سوداني"], ["Sudanese"], places: ["الخرطوم"], ["Khartoum"]),
        state(["الجزائر"], ["Algeria"], dem: ["جزائرية", "جزائري"], ["Algerian"], places: [], ["Algiers"]),
        state(["تونس"], ["Tunisia"], dem: ["تونسية", "تونسي"], ["Tunisian"], places: [], ["Tunis"]),
        state(["إسرائيل", "دولة إسرائيل"], ["Israel"], dem: ["إسرائيلية", "إسرائيلي"], ["Israeli"], places: ["تل أبيب"], ["Tel Aviv"]),
        state(["الولايات المتحدة", "الولايات المتحدة الأمريكية"], ["the United States", "the US"],
              dem: ["أمريكية", "أميركي"], ["American"], places: ["واشنطن", "البيت الأبيض"], ["Washington", "the White House"]),
        state(["ألمانيا"], ["Germany"], dem: ["ألمانية", "ألماني"], ["German"], places: ["برلين"], ["Berlin"]),
        state(["تشاد"], ["Chad"], dem: ["تشادية", "تشادي"], ["Chadian"], places: ["نجامينا"], ["N'Djamena"]),
        organisation(["الجيش الوطني الليبي", "قوات حفتر"], ["Libyan National Army", "LNA"]),
        organisation(["حكومة الوفاق الوطني", "حكومة الوفاق"], ["Government of National Accord", "GNA"]),
        organisation(["مجلس النواب الليبي", "برلمان طبرق"], ["Libyan House of Representatives", "the Tobruk parliament"]),
        organisation(["مجموعة فاغنر", "فاغنر"], ["Wagner Group", "Wagner"]),
        organisation(["قوات الدعم السريع", "الدعم السريع"], ["Rapid Support Forces", "RSF"]),
        organisation(["مجلس الأمن الدولي", "مجلس الأمن"], ["UN Security Council", "United Nations Security Council"]),
        organisation(["تنظيم داعش", "داعش"], ["Islamic State", "ISIS"]),
    ]

    static let people = all.indices.filter { all[$0].kind == .person }
    static let states = all.indices.filter { all[$0].kind == .state }
    static let organisations = all.indices.filter { all[$0].kind == .organisation }
    static let everyone = Array(all.indices)
}

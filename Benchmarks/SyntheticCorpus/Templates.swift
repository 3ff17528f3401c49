/// The sentence templates of the synthetic articles (written for this benchmark).
///
/// Slots: {P1} {P2} a person, {S1} {S2} a state, {O1} an organisation, {X1} {X2} any actor
/// (slots with different names are different actors); {C} a place of a state, {D} a demonym
/// (Arabic: feminine form), {DM} an Arabic masculine demonym; {N} a number, {F} a decimal,
/// {W} a weekday, {M} a month, {Y} a year. An Arabic proclitic goes before a colon:
/// {و:P1}, {ب:S1}, {ل:X2}, {ال:D} ("ل" before "ال" gives "لل", as in Arabic spelling).
enum Templates {
    // MARK: Arabic

    static let arabicTitles = [
        "{P1} يبحث مع {S1} ملفات التعاون الأمني",
        "زيارة مفاجئة {ل:P1} إلى {C}",
        "{S1} ترفض طلبا جديدا من {P1}",
        "محادثات بين {P1} {و:P2} في {C}",
        "تقارير عن شحنات أسلحة {D} إلى {O1}",
        "هل تقترب {S1} من التطبيع مع {S2}؟",
        "الأسواق تترقب قرارات البنك المركزي وسط تراجع الأسعار",
        "{O1} بين الضغوط الخارجية والحسابات الداخلية",
    ]

    static let arabicActorSentences = [
        // visited
        "وصل {P1} إلى {S1} في زيارة رسمية تستمر {N} أيام يبحث خلالها ملفات إقليمية عدة.",
        "وأفادت مصادر مطلعة بأن {P1} توجه صباح يوم {W} إلى {C} على رأس وفد رفيع المستوى.",
        "وزار {P1} {S1} مطلع شهر {M} في أول زيارة من نوعها منذ سنوات.",
        "ولم يزر {P1} {S1} منذ أكثر من {N} شهرا، بحسب ما أكده مسؤول في مكتبه.",
        "وقالت وكالة الأنباء الرسمية إن {P1} سيزور {S1} الأسبوع المقبل إذا سمحت الظروف الأمنية بذلك.",
        "هل زار {P1} {S1} سرا خلال الشهر الماضي؟",
        "وتأتي زيارة {P1} إلى {C} بعد أسابيع من التوتر بين الجانبين.",
        // met
        "والتقى {P1} {ب:P2} في {C} يوم {W} لبحث تطورات الأوضاع الميدانية.",
        "واجتمع {P1} مع {P2} على هامش القمة، وتناول الاجتماع سبل تعزيز التعاون الثنائي.",
        "ونفى مكتب {P1} أن يكون قد التقى {P2} خلال الزيارة الأخيرة.",
        "وأجرى {P1} اتصالا هاتفيا {ب:P2} تناول فيه آخر المستجدات السياسية والأمنية.",
        "ولم يتضح ما إذا كان {P1} قد اجتمع {ب:P2} قبل مغادرته.",
        "واستقبل {P1} في مقر إقامته وفدا من {O1} برئاسة أحد كبار القادة.",
        // sought_support
        "وطلب {P1} من {S1} دعما عسكريا لمواجهة ما وصفها بالجماعات المتشددة.",
        "ويسعى {P1} إلى الحصول على مساعدة {S1} في إعادة بناء المؤسسات العسكرية.",
        "واستنجد {P1} {ب:S1} بعد تقدم خصومه نحو مواقعه الجنوبية.",
        "وقال مراقبون إن {P1} طلب من {S1} مساعدات اقتصادية عاجلة، غير أن الطلب لم يلق استجابة.",
        // supported
        "وتدعم {S1} {O1} سياسيا وعسكريا منذ بداية النزاع، وفق ما يقول دبلوماسيون.",
        "وأعلنت {S1} دعمها {ل:P1} في مساعيه لتوحيد المؤسسة العسكرية.",
        "ويقاتل عناصر من {O1} إلى جانب {X2} في محيط العاصمة.",
        "ويعتمد {P1} على {S1} في تأمين خطوط الإمداد الشرقية.",
        "ولن تقدم {S1} أي دعم {ل:O1} ما لم يتم التوصل إلى اتفاق شامل.",
        "وتلقى {P1} دعما ماليا من {S1} قدرته مصادر مطلعة بنحو {N} مليون دولار.",
        // supplied_arms
        "وكشفت تقارير أن {S1} أرسلت أسلحة ومعدات عسكرية إلى {O1} عبر رحلات جوية متتالية.",
        "وأكد تقرير لخبراء الأمم المتحدة أن طائرات عسكرية {D} هبطت في قاعدة تابعة {ل:O1}.",
        "ونفت {S1} أن تكون قد زودت {O1} بأسلحة خلال الأشهر الماضية.",
        "وحصلت {O1} على أسلحة من {S1} رغم الحظر الدولي المفروض منذ سنوات.",
        "وهددت {S1} بوقف توريد الأسلحة إلى {O1} إذا استمرت الهجمات على المدنيين.",
        // refused
        "ورفضت {S1} تزويد {O1} بالأسلحة، مؤكدة التزامها بقرارات {O2}.",
        "ورفض {P1} عرضا من {S1} يقضي بإعادة فتح الحوار مع خصومه.",
        "وامتنعت {S1} عن إرسال قوات {ل:S2} على الرغم من الضغوط المتزايدة.",
        // offered_normalization
        "وعرض {P1} على {S1} التطبيع الكامل مقابل اعتراف سياسي ودعم عسكري.",
        "وتحدثت صحف عن اتصالات سرية بشأن إقامة علاقات بين {S1} {و:S2}.",
        "وأكد مسؤول أن {S1} لن تعترف {ب:S2} في الوقت الراهن.",
        // contracted
        "وتعاقدت {O1} مع {O2} لتوفير عناصر أمنية لحماية المنشآت النفطية.",
        "ووقعت {S1} عقدا مع {O1} لتدريب وحدات خاصة، بحسب وثائق مسربة.",
        // son_of and co-occurrence
        "ورافق {P1} نجله خلال الجولة التي شملت عددا من العواصم.",
        "وأشار محللون إلى أن العلاقة بين {X1} {و:X2} تمر بمرحلة دقيقة.",
        "وقال المتحدث باسم {X1} إن الاتصالات مع {X2} مستمرة على أكثر من مستوى.",
        "ويرى خبراء أن موقف {S1} من {X2} لم يتغير جوهريا رغم التصريحات الأخيرة.",
        "وذكرت صحيفة محلية أن قوات {D} انتشرت قرب الحدود مع {S2}.",
        "وفي {C} أعرب مسؤولون {DM}ون عن قلقهم من تدهور الأوضاع.",
        "وقال {P1} في مؤتمر صحفي إن بلاده لن تتخلى عن حلفائها.",
        "وبحسب مصادر مقربة من {X1}، فإن المفاوضات {ل:X2} وصلت إلى طريق مسدود.",
    ]

    static let arabicNoise = [
        "وتوقعت هيئة الأرصاد الجوية طقسا معتدلا في المناطق الساحلية مع ارتفاع طفيف في درجات الحرارة.",
        "وسجلت درجات الحرارة يوم {W} نحو {N} درجة مئوية في المدن الداخلية.",
        "وتشهد الطرق الرئيسية ازدحاما خانقا مع عودة الموظفين إلى أعمالهم بعد العطلة.",
        "وارتفع مؤشر البورصة الرئيسي بنسبة {F} في المئة في ختام تعاملات الأسبوع.",
        "وتراجعت أسعار الذهب في الأسواق المحلية بعد موجة صعود استمرت {N} يوما.",
        "وقال خبراء اقتصاديون إن معدل التضخم بلغ {F} في المئة خلال شهر {M}.",
        "وأعلن البنك المركزي تثبيت أسعار الفائدة للمرة الثالثة على التوالي.",
        "وشهدت أسواق الخضار والفواكه إقبالا كبيرا مع اقتراب المواسم الزراعية.",
        "وفاز فريق النجوم على ضيفه بثلاثة أهداف مقابل هدف واحد في مباراة مثيرة.",
        "ويستعد المنتخب الوطني لخوض مباراة ودية استعدادا للتصفيات القارية المقبلة.",
        "وأحرز العداء الشاب الميدالية الذهبية في سباق {N} ألف متر.",
        "وتقرر تأجيل انطلاق الموسم الكروي إلى نهاية شهر {M} بسبب أعمال الصيانة في الملاعب.",
        "وأكد مدير المستشفى أن الطواقم الطبية تعمل على مدار الساعة لاستيعاب المراجعين.",
        "وأطلقت وزارة التعليم حملة لترميم {N} مدرسة قبل بداية العام الدراسي.",
        "ويعاني السكان من انقطاع متكرر للتيار الكهربائي يصل إلى {N} ساعات يوميا.",
        "وارتفعت أسعار الوقود للمرة الثانية هذا العام، ما أثار استياء سائقي سيارات الأجرة.",
        "وافتتح معرض الكتاب أبوابه أمام الزوار بمشاركة أكثر من {N} دار نشر.",
        "وتوقع المزارعون موسما جيدا للقمح بعد هطول أمطار غزيرة خلال الشتاء.",
        "وقالت شركة الطيران الوطنية إنها ستضيف رحلات جديدة خلال فصل الصيف.",
        "وانخفض سعر صرف العملة المحلية إلى أدنى مستوى له منذ {Y}.",
        "ويقدر عدد العاملين في قطاع السياحة بنحو {N} ألف شخص.",
        "وحذرت السلطات الصحية من موجة حر جديدة قد تستمر حتى نهاية الأسبوع.",
        "وشارك مئات الطلاب في ماراثون خيري لجمع التبرعات لصالح مرضى السرطان.",
        "وأظهرت بيانات رسمية أن الصادرات غير النفطية نمت بنسبة {F} في المئة.",
        "وبدأت البلدية أعمال توسعة الطريق الدائري التي تستغرق {N} شهرا.",
        "ولا تزال أسعار الإيجارات في الأحياء الجديدة مرتفعة مقارنة بدخل الأسر.",
        "وتستضيف المدينة مهرجانا للموسيقى التقليدية تشارك فيه فرق من مناطق مختلفة.",
        "وعبر عدد من التجار عن مخاوفهم من تراجع القدرة الشرائية خلال الأشهر المقبلة.",
        "وأوضح التقرير أن نسبة البطالة بين الشباب تجاوزت {N} في المئة.",
        "وتمكن فريق الإنقاذ من انتشال عدد من المصابين بعد انهيار مبنى قديم.",
        "هل تنجح الحكومة في خفض الأسعار قبل حلول الشهر المقبل؟",
        "ويأمل الصيادون في تحسن الأحوال الجوية لاستئناف عملهم في البحر.",
    ]

    // MARK: English

    static let englishTitles = [
        "{P1} holds talks in {C} as pressure mounts",
        "{S1} rejects request from {P1}",
        "Report: {D} weapons reached {O1}",
        "Will {S1} normalise ties with {S2}?",
        "Markets slip as central bank keeps rates on hold",
        "{P1} and {P2} meet again",
    ]

    static let englishActorSentences = [
        "{P1} arrived in {S1} on {W} for a {N}-day official visit.",
        "{P1} visited {C} last month, his first trip there in years, officials said.",
        "{P1} has not visited {S1} since {Y}, according to his office.",
        "It is unclear whether {P1} travelled to {S1} before the talks collapsed.",
        "{P1} will visit {S1} next week if security conditions allow, the agency reported.",
        "{P1} met {P2} in {C} on {W} to discuss the situation on the ground.",
        "{P1} held talks with {P2} on the sidelines of the summit.",
        "A spokesman for {P1} denied that he had met {P2} during the trip.",
        "{P1} spoke with {P2} by phone on {W}, the presidency said.",
        "{P1} asked {S1} for military support against what he called extremist groups.",
        "Observers said {P1} sought help from {S1} to rebuild his forces.",
        "{S1} has backed {O1} politically and militarily since the conflict began.",
        "{S1} said it supported {P1} in his efforts to unify the army.",
        "{S1} will not provide any support to {O1} unless a ceasefire holds.",
        "{O1} received funding from {S1} worth about {N} million dollars, sources said.",
        "A UN panel found that {S1} supplied weapons to {O1} in breach of the embargo.",
        "{S1} denied sending arms to {O1} over the past year.",
        "{O1} obtained military equipment from {S1} despite the ban.",
        "{S1} refused to supply weapons to {O1}, citing the arms embargo.",
        "{P1} rejected an offer from {S1} to reopen negotiations.",
        "{P1} offered {S1} normalisation in exchange for political recognition.",
        "{S1} will not recognise {S2} for now, a senior official said.",
        "{O1} signed a contract with {O2} to protect oil installations.",
        "{S1} hired {O1} to train special units, according to leaked documents.",
        "{P1} travelled with his son to several capitals last month.",
        "Analysts said relations between {X1} and {X2} had entered a delicate phase.",
        "A spokesman for {X1} said contacts with {X2} were continuing.",
        "{D} troops were deployed near the border with {S2}, a local newspaper reported.",
        "{P1} told reporters that his country would not abandon its allies.",
        "Diplomats in {C} said the position of {S1} on {X2} had not changed.",
    ]

    static let englishNoise = [
        "Temperatures reached {N} degrees on {W} in inland cities, forecasters said.",
        "The weather service expects mild conditions along the coast with light winds.",
        "The main stock index rose {F} percent at the close of the week.",
        "Gold prices fell in local markets after a rally that lasted {N} days.",
        "Economists said inflation reached {F} percent in {M}.",
        "The central bank left interest rates unchanged for a third straight meeting.",
        "The home side won three goals to one in a lively match on {W}.",
        "The national team will play a friendly ahead of the continental qualifiers.",
        "The league season was postponed to the end of {M} because of stadium repairs.",
        "Hospital staff said they were working around the clock to treat patients.",
        "Residents complained of power cuts lasting up to {N} hours a day.",
        "Fuel prices rose for the second time this year, angering taxi drivers.",
        "The book fair opened with more than {N} publishers taking part.",
        "Farmers expect a good wheat harvest after heavy winter rain.",
        "The local currency fell to its lowest level since {Y}.",
        "Youth unemployment exceeded {N} percent, the report showed.",
        "Officials warned of a new heatwave that could last until the weekend.",
        "Non-oil exports grew by {F} percent, official data showed.",
        "Rents in the new districts remain high compared with household incomes.",
        "Will the government manage to bring prices down before next month?",
    ]

    // MARK: Fillers

    static let arabicWeekdays = ["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"]
    static let arabicMonths = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
}

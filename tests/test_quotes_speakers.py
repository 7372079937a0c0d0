"""Speakers as Arabic reporting structure gives them, on news sentences written for these
tests: references back (الوزارة، التقرير، المصدر ذاته، a title, سموه), what stands between verb
and speaker, subjects the verb leaves unsaid, and speakers after the quotation."""

from mujaz.extract.quotes import find_quotes
from mujaz.model import Article, Mention
from mujaz.pipeline import prepare_article
from tests.test_quotes import quotes_of


def speakers(text: str, people: tuple[str, ...] = ()) -> list[str]:
    return [q.speaker for q in quotes_of(text, [(p, "PERSON") for p in people])]


def speakers_tagged(text: str, people: list[tuple[str, int]]) -> list[str]:
    """Speakers when the tagger found each name at its n-th occurrence (counting from 0), as
    where it found a first name and not the family name after it."""
    article = prepare_article(Article("a1", "test", "test.txt", text))
    mentions = []
    for name, nth in people:
        start = -1
        for _ in range(nth + 1):
            start = article.text.find(name, start + 1)
        mentions.append(Mention("a1", start, start + len(name), name, "PERSON"))
    return [q.speaker for q in find_quotes(article, mentions)]


def test_body_named_by_its_head_noun_is_the_body_named_before():
    text = (
        "أعلنت وزارة الصحة عن حملة جديدة للتطعيم في المدارس. وأوضحت الوزارة أن الحملة ستشمل "
        "أكثر من مليون طالب في جميع المناطق."
    )
    assert speakers(text) == ["وزارة الصحة"]


def test_a_report_speaks_for_whoever_issued_it():
    text = (
        "أصدرت شركة الأفق للاستشارات المالية تقريرها الفصلي عن أسواق المنطقة. وأشار التقرير "
        "إلى أن السيولة تراجعت بنسبة كبيرة خلال الربع الثاني."
    )
    assert speakers(text) == ["شركة الأفق للاستشارات المالية"]


def test_the_same_source_is_the_source_cited_before():
    text = (
        "نشرت صحيفة «الغد» الأردنية تقريرا عن أزمة المياه. وأضافت الصحيفة أن المخزون في "
        "السدود تراجع إلى النصف. وذكر المصدر ذاته أن الحكومة تدرس خطة طارئة للتوزيع."
    )
    assert speakers(text) == ["صحيفة الغد الأردنية"] * 2


def test_a_title_without_a_name_is_the_person_named_with_it_before():
    text = (
        "تفقد الوفد مراكز الإيواء برئاسة مساعد مدير الدفاع المدني للشؤون الفنية اللواء فهد بن "
        "علي القرني. وبين مساعد مدير الدفاع المدني للشؤون الفنية أن فرق الإنقاذ أخلت أكثر من "
        "مئتي أسرة."
    )
    assert speakers(text, ("فهد بن علي القرني",)) == ["فهد بن علي القرني"]


def test_a_title_after_the_name_it_follows_counts_too():
    text = (
        "وقال نبيل حداد، رئيس بلدية المدينة القديمة، إن أعمال الترميم ستبدأ الشهر المقبل. "
        "وأضاف رئيس بلدية المدينة القديمة أن التمويل جاء من منحة دولية لمدة عامين."
    )
    assert speakers(text, ("نبيل حداد",)) == ["نبيل حداد"] * 2


def test_the_minister_is_the_minister_named_before():
    text = (
        "افتتح وزير النقل خالد المالكي الطريق الجديد أمس. وأكد الوزير أن المشروع سيختصر زمن "
        "الرحلة إلى النصف بين المدينتين."
    )
    assert speakers(text, ("خالد المالكي",)) == ["خالد المالكي"]


def test_parenthesis_and_short_circumstance_between_title_and_name():
    text = (
        "وأكد مدرب النصر في الموسم الماضي (بطل الدوري والكأس) سامي العلي أنه لن يغادر النادي "
        "قبل نهاية عقده."
    )
    assert speakers(text, ("سامي العلي",)) == ["سامي العلي"]
    text = "وقال سفير المملكة في أثينا عادل الجبير إن التبادل التجاري بين البلدين تضاعف."
    assert speakers(text, ("عادل الجبير",)) == ["عادل الجبير"]


def test_whom_it_was_told_to_comes_before_the_speaker():
    text = (
        "وقال لـ«الرياض» مدير إدارة التعليم عبدالله الشهري إن الدراسة ستبدأ في موعدها المحدد "
        "دون تأخير."
    )
    assert speakers(text, ("عبدالله الشهري",)) == ["عبدالله الشهري"]
    text = 'وقالت مصادر محلية ل"الرياض" ان القوات تقدمت نحو المدينة من ثلاثة محاور.'
    assert speakers(text) == ["مصادر محلية"]


def test_abbreviated_title_does_not_end_the_speaker_phrase():
    text = "وقال مدير المستشفى د. سامي الحربي إن الحالات المصابة غادرت جميعها بعد تلقي العلاج."
    assert speakers(text) == ["سامي الحربي"]


def test_a_tagged_name_inside_a_body_name_is_not_the_speaker():
    text = (
        "وأوضح المتحدث الرسمي لمركز الملك فهد للأبحاث رامي الصالح، أن الدراسة شملت ألفي "
        "متطوع من مختلف المناطق."
    )
    assert speakers(text, ("فهد",)) == ["رامي الصالح"]


def test_quoting_someone_through_an_agency():
    text = (
        "نقلت وكالة الأنباء الرسمية عن وزير النقل خالد المالكي قوله إن القطار سيعمل بكامل "
        "طاقته مطلع العام المقبل."
    )
    assert speakers(text, ("خالد المالكي",)) == ["خالد المالكي"]


def test_a_circumstance_instead_of_a_subject_carries_the_speaker():
    text = (
        "وقال وزير المالية سعد الحربي إن العجز سينخفض بشكل كبير هذا العام. وقال في مؤتمر "
        "صحفي عقده أمس إن الإيرادات غير النفطية ارتفعت بشكل ملحوظ."
    )
    assert speakers(text, ("سعد الحربي",)) == ["سعد الحربي"] * 2


def test_subject_put_before_the_verb():
    text = "وكانت وزارة التجارة قد قالت في وقت سابق إن الأسعار ستعود إلى مستواها الطبيعي قريبا."
    assert speakers(text) == ["وزارة التجارة"]
    text = (
        "ولم يعلق الجيش على الحادث، لكن البيت الأبيض أكد في وقت لاحق أن جنديين أصيبا بجروح "
        "طفيفة."
    )
    assert speakers(text) == ["البيت الأبيض"]


def test_participle_takes_the_subject_of_the_earlier_verb():
    text = (
        "كما أعلنت المقاومة الشعبية بسط سيطرتها على الوادي الاستراتيجي، مشيرة إلى أن قواتها "
        "تتقدم نحو القاعدة الجوية."
    )
    assert speakers(text) == ["المقاومة الشعبية"]
    text = (
        "زار قائد حرس الحدود بالمنطقة اللواء سالم بن ناصر العتيبي المراكز الحدودية أمس. وسأل "
        "قائد حرس الحدود بالمنطقة الله أن يحفظ الجنود، مؤكدا أن الحدود آمنة ومحصنة بفضل يقظة "
        "الرجال."
    )
    assert speakers(text, ("سالم بن ناصر العتيبي",)) == ["سالم بن ناصر العتيبي"]


def test_plural_cue_takes_the_plural_subject():
    text = (
        "وأشاد المشاركون في الملتقى بحسن التنظيم، وأكدوا حرصهم على الحضور في الدورات المقبلة، "
        "وأضافوا أنهم استفادوا كثيرا من ورش العمل المصاحبة."
    )
    assert speakers(text) == ["المشاركون"]


def test_his_highness_is_the_prince_named_before():
    text = (
        "استقبل صاحب السمو الأمير فيصل بن خالد أمير المنطقة وفد الجامعة في مكتبه. وأكد سموه أن "
        "الجامعة شريك أساسي في مشاريع التنمية بالمنطقة."
    )
    assert speakers(text, ("فيصل بن خالد",)) == ["فيصل بن خالد"]


def test_god_quoted_under_an_epithet():
    text = 'يقول الحق سبحانه وتعالى: «وتعاونوا على البر والتقوى ولا تعاونوا على الإثم والعدوان».'
    assert speakers(text) == ["الله"]


def test_speaker_given_after_the_quotation_by_according_to():
    text = "«لن نتراجع عن قرار رفع الرسوم مهما كانت الضغوط»، بحسب وكالة الأنباء الرسمية."
    assert speakers(text) == ["وكالة الأنباء الرسمية"]
    text = (
        "وقال وزير الطاقة ماجد الزهراني إن الإنتاج سيرتفع بنسبة كبيرة العام المقبل. «سنضاعف "
        "الطاقة الإنتاجية خلال ثلاث سنوات»، على حد تعبيره."
    )
    assert speakers(text, ("ماجد الزهراني",)) == ["ماجد الزهراني"] * 2


def test_unclosed_quotation_ends_at_the_next_statement():
    text = (
        'وقال المدير التنفيذي للمهرجان: "نتوقع حضورا كبيرا هذا العام. وأضاف أن التذاكر نفدت '
        "قبل الافتتاح بيومين."
    )
    quotes = quotes_of(text)
    assert [q.text for q in quotes] == [
        "نتوقع حضورا كبيرا هذا العام", "التذاكر نفدت قبل الافتتاح بيومين"
    ]


def test_between_as_a_preposition_is_not_a_report():
    assert quotes_of("وتتنوع الآراء بين المواطنين ما يدل على أن القرار لم يحسم بعد.") == []
    text = (
        "وتراوحت شكاوى العملاء بين تأخر التسليم وارتفاع الأسعار، وبين الخبراء أن السوق سيستقر "
        "قريبا."
    )
    assert speakers(text) == ["الخبراء"]


def test_a_later_verb_or_participle_takes_the_statement():
    text = (
        "ولم تؤكد وزارة الداخلية عدد القتلى، لكنها قالت إن التحقيقات ما زالت جارية في موقع "
        "الانفجار."
    )
    assert speakers(text) == ["وزارة الداخلية"]
    text = (
        "وأشاد الوزير بجهود المتطوعين في الميدان، مؤكدا أن الحملة حققت أهدافها قبل الموعد "
        "المحدد."
    )
    assert speakers(text) == ["الوزير"]


def test_from_opening_a_circumstance_is_not_part_of_the_speaker():
    text = "وأوضحت الجامعة من خلال بيان نشرته أمس أن جميع الطلبات قبلت وفق الشروط المعلنة."
    assert speakers(text) == ["الجامعة"]
    text = "وقال عدد من المسؤولين إن المشروع سينتهي قبل نهاية العام الجاري."
    assert speakers(text) == ["عدد من المسؤولين"]


def test_when_clause_instead_of_a_subject_carries_the_speaker():
    text = (
        "وقال وزير الخارجية فيليب هاموند إن الاتفاق خطوة مهمة للمنطقة. وقال عند وصوله إلى "
        "الاجتماع إن بلاده ستعيد فتح سفارتها قريبا."
    )
    assert speakers(text, ("فيليب هاموند",)) == ["فيليب هاموند"] * 2


def test_a_quoted_name_in_the_speaker_phrase_is_not_the_statement():
    text = "وقال «اتحاد المزارعين العرب» إن موسم القمح تأخر بسبب قلة الأمطار هذا العام."
    assert [(q.speaker, q.text) for q in quotes_of(text)] == [
        ("اتحاد المزارعين العرب", "موسم القمح تأخر بسبب قلة الأمطار هذا العام")
    ]
    text = (
        "وقالت سلمى حداد، الباحثة في «مركز دراسات المياه الإقليمي»، خلال ندوة أمس: «الآبار "
        "الجوفية تنضب أسرع مما توقعنا»."
    )
    assert [(q.speaker, q.text) for q in quotes_of(text, [("سلمى حداد", "PERSON")])] == [
        ("سلمى حداد", "الآبار الجوفية تنضب أسرع مما توقعنا")
    ]
    text = (
        'وقال كريم نصار، المدير الإقليمي لشركة "نور للطاقة الشمسية"، أمس في عمان: "نخطط لبناء '
        'ثلاث محطات جديدة"'
    )
    assert [(q.speaker, q.text) for q in quotes_of(text, [("كريم نصار", "PERSON")])] == [
        ("كريم نصار", "نخطط لبناء ثلاث محطات جديدة")
    ]


def test_a_statement_of_the_ministry_is_the_ministry_named_before():
    text = (
        "أطلقت وزارة البيئة والمياه حملة لترشيد الاستهلاك في الصيف. وأوضح بيان للوزارة أن "
        "الحملة تستهدف المنازل والمزارع في جميع المحافظات."
    )
    assert speakers(text) == ["وزارة البيئة والمياه"]


def test_an_indefinite_speaker_is_the_person_the_same_noun_names_later():
    text = (
        "قالت طبيبة فرنسية إن المريض لم يعد بحاجة إلى جهاز التنفس. وأضافت الطبيبة كلير "
        "دوبوا أن حالته تتحسن يوما بعد يوم."
    )
    assert speakers(text, ("كلير دوبوا",)) == ["كلير دوبوا"] * 2
    text = (
        "قال وزير الطاقة إن الأسعار ستبقى مستقرة هذا العام. وأضاف الوزير سامي خوري أن "
        "الإنتاج سيرتفع."
    )
    assert speakers(text, ("سامي خوري",))[0] != "سامي خوري"


def test_a_plural_cue_speaks_for_the_plural_subject_of_the_sentence_before():
    text = (
        "انتقد مزارعون محليون تأخر صرف التعويضات عن موسم الجفاف. وأكدوا أن خسائرهم تجاوزت "
        "نصف المحصول هذا العام."
    )
    assert speakers(text) == ["مزارعون محليون"]
    text = (
        "شارك عدد من المعلمين في ورشة عن التعليم الرقمي. وأوضحوا أن الأدوات الجديدة تحتاج "
        "إلى تدريب أطول."
    )
    assert speakers(text) == ["عدد من المعلمين"]


def test_a_body_keeps_the_name_given_in_brackets_after_its_head():
    text = "وتقول منظمة (أصدقاء الغابة) لحماية البيئة إنها ستطعن في قرار قطع الأشجار."
    assert speakers(text) == ["منظمة أصدقاء الغابة لحماية البيئة"]


def test_the_name_a_wa_cue_joins_on_to_is_not_its_subject():
    text = (
        "والتقى وزير الزراعة أمس في مكتبه نظيره العماني سالم الحارثي، وأكد أن البلدين "
        "سيوقعان اتفاقا للأمن الغذائي."
    )
    assert speakers(text, ("سالم الحارثي",)) == ["وزير الزراعة"]


def test_how_or_when_it_was_said_is_not_the_speaker():
    text = (
        "وقال رئيس النادي فهد الراشد إن الفريق سيعسكر في النمسا هذا الصيف. وتابع بالقول: "
        "«نريد لاعبين جاهزين قبل بداية الموسم»."
    )
    assert speakers(text, ("فهد الراشد",)) == ["فهد الراشد"] * 2
    text = (
        "وقال السفير ماهر سليم إن الجالية تحتاج إلى قنصلية جديدة. وقال ردا على سؤال عن "
        "التأشيرات إن المواعيد ستختصر إلى أسبوع."
    )
    assert speakers(text, ("ماهر سليم",)) == ["ماهر سليم"] * 2
    text = (
        "وأكدت الوزيرة هالة يوسف أن الخطة ستنفذ على مراحل. وأضافت حينها أن التمويل متوفر "
        "للمرحلة الأولى كاملة."
    )
    assert speakers(text, ("هالة يوسف",)) == ["هالة يوسف"] * 2
    text = "وصرح رئيس هيئة الموانئ قبل أيام بأن الرصيف الجديد سيفتتح في الربيع المقبل."
    assert speakers(text) == ["رئيس هيئة الموانئ"]
    text = "وجددت مصادر حكومية رسمية تأكيدها أن الميزانية لن تشهد أي تخفيض هذا العام."
    assert speakers(text) == ["مصادر حكومية رسمية"]
    text = "وأعلنت الحركة على حسابها الرسمي في تويتر أن مقاتليها سيطروا على التلة."
    assert speakers(text) == ["الحركة"]
    text = (
        "وأعلنت الشركة بوضوح أمس على لسان مديرها العام باسل نصر، أنها لن تغلق مصنعها في "
        "المدينة."
    )
    assert speakers(text, ("باسل نصر",)) == ["باسل نصر"]


def test_a_need_stressed_is_not_a_report():
    text = (
        "وأكد الوزير ضرورة أن تلتزم الشركات بمواعيد التسليم المتفق عليها. وشدد على أهمية "
        "التعاون بين القطاعين."
    )
    assert speakers(text) == []
    text = (
        "وشددت الوزيرة على أهمية تدريب الشباب من أجل أن يجدوا عملا في القطاع الخاص بسرعة."
    )
    assert speakers(text) == []


def test_what_stands_between_verb_and_that_is_not_always_a_speaker():
    text = "وكتبت صحيفة «الأخبار اليومية» أن هذه الزيارة «متسرعة» ولن تغير شيئا في المفاوضات."
    assert speakers(text) == ["صحيفة الأخبار اليومية"]
    text = (
        "وأكدت الناطقة منى سالم أن الحدود ستبقى مفتوحة. وقالت كما نقلت عنها وكالة الأنباء "
        "المحلية «لن نغلق المعابر في وجه المسافرين»."
    )
    assert speakers(text, ("منى سالم",)) == ["منى سالم"] * 2
    text = "وأضاف الطبيب رامي عودة، المشرف على الحالة، إن: «المريض يستجيب للعلاج بشكل جيد»."
    assert speakers(text, ("رامي عودة",)) == ["رامي عودة"]


def test_nouns_that_look_like_cues_are_not_reports():
    text = "ولم يرصد الصندوق رد فعل مختلف للأسر، خصوصا أن الحملة لم تبدأ بعد في المدن."
    assert speakers(text) == []
    text = "وأقر المجلس عددا من الإجراءات من بينها أن يكون لكل حي حديقة عامة مفتوحة للجميع."
    assert speakers(text) == []
    text = "ووصف الوزير هذه الزيارة بأنها خطوة أولى في طريق طويل نحو التعاون."
    assert speakers(text) == ["الوزير"]


def test_the_sentence_topic_speaks_not_a_name_inside_its_clauses():
    text = (
        "النائب سمير داود الذي يعد من أقرب المقربين لرئيس الحكومة نبيل فارس قال في مقابلة "
        "إن الحكومة باقية حتى نهاية ولايتها."
    )
    assert speakers(text, ("سمير داود", "نبيل فارس")) == ["سمير داود"]
    text = (
        "ومن جهة أخرى فإن القيادي في الحزب فادي سمعان قال لـ«الوطن» إن الانتخابات ستجرى "
        "في موعدها."
    )
    assert speakers(text, ("فادي سمعان",)) == ["فادي سمعان"]
    text = (
        "من جهته، هنأ رئيس الحزب سامر خليل الشعب والرئيس جمال حداد على افتتاح الميناء، "
        "معتبرا أن المشروع سيغير وجه المدينة."
    )
    assert speakers(text, ("سامر خليل", "جمال حداد")) == ["سامر خليل"]
    text = (
        "وقد رحب رئيس البلدية بقرار الحكومة وقال في بيان بأن المشروع سيوفر مئات الوظائف. "
    )
    assert speakers(text) == ["رئيس البلدية"]
    text = (
        "وألقى رئيس الوزراء كمال عيسى كلمة في منتدى ماريو روسي، حيث قال: «نحن هنا لأن "
        "الشراكة مع المنطقة تهمنا»."
    )
    assert speakers(text, ("كمال عيسى", "ماريو روسي")) == ["كمال عيسى"]
    text = (
        "بدوره انتقد رئيس اللجنة المالية في البرلمان أحمد ناصر قرار الحكومة، وقال إن "
        "الموازنة لا تحتمل أعباء جديدة."
    )
    assert speakers(text, ("أحمد ناصر",)) == ["أحمد ناصر"]


def test_a_topic_after_amma_speaks_for_the_verb_after_fa():
    text = "أما سالم العلي ويوسف الحربي، فقالوا: «الفريق يحتاج إلى مدرب جديد قبل الموسم»."
    assert speakers(text, ("سالم العلي", "يوسف الحربي")) == ["سالم العلي ويوسف الحربي"]
    text = (
        "وقال المدرب إن الفريق جاهز للمباراة. أما الحارس ماجد عمر، فأكد أن الدفاع يحتاج "
        "إلى مزيد من الانسجام."
    )
    assert speakers(text, ("ماجد عمر",)) == ["المدرب", "ماجد عمر"]
    text = (
        "وقالت الوكالة إن الاجتماع تأجل إلى الأسبوع المقبل. أما صحيفة «المساء» المحلية فأشارت "
        "إلى أن الوفد لم يصل بعد إلى العاصمة."
    )
    assert speakers(text) == ["الوكالة", "صحيفة المساء المحلية"]
    text = "وقال المدرب إن الفريق جاهز. أما اليوم، فكما أكد أن المباراة ستقام في موعدها."
    assert speakers(text)[1:] != ["اليوم"]


def test_in_it_then_the_one_who_speaks():
    text = (
        "وأصدرت النيابة بيانا أكد فيه الادعاء أن المتهمين شاركوا في تمويل الجماعة طوال "
        "عامين."
    )
    assert speakers(text) == ["الادعاء"]


def test_people_joined_by_wa_speak_together():
    text = "فيما قال كل من سالم العلي ويوسف الحربي: «نريد إدارة قوية تدافع عن حقوق النادي»."
    assert speakers(text, ("سالم العلي", "يوسف الحربي")) == ["سالم العلي ويوسف الحربي"]


def test_a_carried_speaker_agrees_with_the_verb_in_gender():
    text = (
        "وقال المهندس وليد سالم إن الجسر سيفتتح الشهر المقبل. وقالت المديرة هدى كامل إن "
        "التمويل اكتمل هذا الأسبوع. وأضاف أن أعمال الإنارة ستنتهي قبل الافتتاح بأيام."
    )
    assert speakers(text, ("وليد سالم", "هدى كامل")) == ["وليد سالم", "هدى كامل", "وليد سالم"]


def test_a_legal_text_is_not_a_speaker():
    text = "وأكد القرار أن على جميع الشركات الالتزام بنسب التوطين الجديدة خلال عام."
    assert speakers(text) == []
    text = "ويؤكد المرسوم بقانون أن العقوبة تشمل كل من يروج للكراهية عبر الإنترنت."
    assert speakers(text) == []


def test_an_unnamed_report_speaks_for_the_body_that_speaks_next():
    text = (
        "أفاد تقرير صادر أمس بأن أسعار المساكن ارتفعت بنسبة عشرة في المائة خلال العام. "
        "وقال «مركز الدراسات العقارية» إن الطلب تجاوز العرض في المدن الكبرى. وأضاف التقرير "
        "أن الإيجارات ستواصل الارتفاع في العام المقبل."
    )
    assert speakers(text) == ["مركز الدراسات العقارية"] * 3


def test_a_verbal_noun_of_saying_is_the_object_of_jaddada():
    text = (
        "وقال وزير الطاقة فهد الشمري إن الأسعار لن ترتفع هذا الصيف. وجدد التأكيد على أن "
        "الإمدادات مستقرة في كل المناطق."
    )
    assert speakers(text, ("فهد الشمري",)) == ["فهد الشمري"] * 2


def test_told_to_a_network_is_not_the_speaker():
    text = (
        "وقال وزير الداخلية ماركو بيانكي إن الحادث قيد التحقيق. وأضاف لشبكات التلفزيون المحلية "
        "\"ما زال من المبكر جدا معرفة المسؤولين عن الهجوم\"."
    )
    assert speakers(text, ("ماركو بيانكي",)) == ["ماركو بيانكي"] * 2


def test_a_sentence_subject_after_a_long_title_is_carried():
    text = (
        "وقال مدير الإدارة خالد الحربي إن خطة الإغاثة جاهزة للتنفيذ هذا الأسبوع. وشكر مستشار فريق الإغاثة التطوعي "
        "بالمنطقة الشمالية والمتحدث الرسمي للفريق سامي العنزي، أهالي المنطقة على تعاونهم. "
        "مشيرا إلى أن المتطوعين وزعوا ألف سلة غذائية."
    )
    assert speakers(text, ("خالد الحربي", "سامي العنزي")) == ["خالد الحربي", "سامي العنزي"]


def test_a_name_its_verb_accuses_is_not_the_subject():
    text = (
        "وقال السفير ماجد الحسن إن الحوار مع الأطراف كلها مستمر. واتهم الرئيس السابق سعيد الكامل، بأنه أضاع "
        "فرص الاستقرار. وشدد على أن الحل سياسي."
    )
    assert speakers(text, ("ماجد الحسن", "سعيد الكامل"))[-1] == "ماجد الحسن"


def test_a_shortened_title_is_the_person_the_full_title_named():
    text = (
        "افتتح مدير مستشفى الأمل التخصصي الدكتور سالم بن علي القحطاني وحدة جديدة للغسيل. "
        "وأفاد مدير المستشفى أن الوحدة تخدم مئتي مريض."
    )
    assert speakers(text, ("سالم بن علي القحطاني",)) == ["سالم بن علي القحطاني"]
    text = (
        "أكد رئيس مجلس إدارة النادي الأهلي فيصل العتيبي جاهزية الفريق. ونوه رئيس الأهلي أن "
        "المدرب منح اللاعبين راحة."
    )
    assert speakers(text, ("فيصل العتيبي",)) == ["فيصل العتيبي"]


def test_what_is_described_is_not_who_describes_it():
    text = (
        "وأكد مدير المركز الإعلامي سامي الدوسري أن الاستعدادات للموسم الجديد اكتملت. ووصف معسكر الفريق في "
        "النمسا بأنه من أفضل المعسكرات وقال: «اللاعبون في أفضل حالاتهم قبل الموسم»."
    )
    assert speakers(text, ("سامي الدوسري",)) == ["سامي الدوسري"] * 3


def test_a_statement_of_a_body_in_construct_after_bayan():
    text = (
        "وقال بيان صادر عن سلطات ولاية الشمال إن الطرق المؤدية إلى الولاية أغلقت بسبب الفيضانات. وأضاف بيان سلطات الولاية أن "
        "فرق الإنقاذ وصلت إلى القرى المعزولة."
    )
    assert speakers(text) == ["سلطات ولاية الشمال", "سلطات الولاية"]


def test_a_subject_after_yudhkar_anna_speaks():
    text = (
        "وقالت مصادر محلية إن الهدوء عاد إلى المدينة. يذكر أن وزارة الداخلية، أعلنت أن "
        "التحقيقات في الحادث مستمرة حتى الآن."
    )
    assert speakers(text) == ["مصادر محلية", "وزارة الداخلية"]


def test_a_day_in_parentheses_after_a_time_word_is_no_part_of_the_speaker():
    text = (
        "قال الاتحاد الآسيوي لكرة القدم، اليوم (الأحد)، عبر موقعه الرسمي، إنه قرر تأجيل القرعة "
        "إلى الشهر المقبل."
    )
    assert speakers(text) == ["الاتحاد الآسيوي لكرة القدم"]


def test_a_headline_is_not_a_statement_and_tahta_ends_the_speaker():
    quotes = quotes_of(
        "انتقدت صحيفة «الغد» سياسة الحكومة. وكتبت الصحيفة تحت عنوان: «موسم الهجرة إلى الشمال»، "
        "وقالت: «إن الأزمة تتفاقم كل يوم في المدن الكبرى»."
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("صحيفة الغد", "إن الأزمة تتفاقم كل يوم في المدن الكبرى")
    ]


def test_sabaqa_anna_is_had_already_not_a_report():
    assert speakers(
        "تعالت أصوات تطالب بمنع كتب الرحالة في تفسير مغلوط سبق أن بيناه في مقال سابق نشر قبل "
        "عامين."
    ) == []


def test_a_verb_of_saying_the_tagger_took_into_a_name_is_not_the_name():
    text = (
        "يملك التاجر مخزنا كبيرا في المدينة. ويقول الخالدي إنه يتلقى الطلبيات عبر وسطاء موثوق "
        "فيهم."
    )
    assert speakers(text, ("يوضح الخالدي",)) == ["الخالدي"]


def test_ala_spelt_with_alif_maqsura_after_a_title_is_the_preposition():
    assert speakers("وقال المدرب على هامش التدريب إن الفريق جاهز للمباراة المقبلة.") == [
        "المدرب"
    ]
    # not the name علي after an honorific, even where the phrase goes on past على
    (speaker,) = speakers("وقال المدرب على طريقته المعتادة إن الفريق جاهز للمباراة المقبلة.")
    assert speaker.startswith("المدرب")


def test_a_plural_participle_speaks_for_the_plural_subject_of_its_sentence():
    text = (
        "وقال مدير الدفاع المدني خالد السهلي إن الحريق أخمد خلال ساعة. وجدد عدد من المواطنين "
        "مطالبهم بتوسعة الطريق، مؤكدين أنه يشكل خطورة على المارة."
    )
    assert speakers(text, ("خالد السهلي",)) == ["خالد السهلي", "عدد من المواطنين"]


def test_a_plural_verb_after_bad_and_a_definite_plural_speaks_for_them():
    text = (
        "وروى الصحابي أبو سعيد الخدري أن الناس كانوا يخرجون الطعام. حاول بعض الدعاة والمشايخ "
        "التعامل مع المسألة بعقلانية، وذكروا أن مقاصد الشريعة هي الحاكمة."
    )
    assert speakers(text, ("أبو سعيد الخدري",)) == ["بعض الدعاة والمشايخ"]


def test_a_plural_verb_never_carries_one_persons_name():
    text = (
        "وقال الوزير محمد العلي إن المشروع اكتمل بالكامل في الموعد المحدد له. وتجول الحضور في "
        "أرجاء المعرض. وأكدوا أن المشروع مهم للمنطقة كلها في السنوات المقبلة."
    )
    assert speakers(text, ("محمد العلي",)) == ["محمد العلي"]


def test_a_subject_before_its_verb_may_carry_a_circumstance():
    text = (
        "وقال المحافظ سامي الفرا إن خمسة أشخاص قتلوا في الهجوم. وكان مسؤول في الإدارة المحلية "
        "ذكر أن الهجوم لم يسفر عن ضحايا في البداية."
    )
    assert speakers(text, ("سامي الفرا",)) == ["سامي الفرا", "مسؤول في الإدارة المحلية"]


def test_a_source_close_to_someone_is_not_that_someone():
    text = (
        "أكد مصدر مقرب من المدرب جوزيه مارتينز أمس أن الأخير يدرس عرضا جديدا وأنه سيتخذ قراره "
        "خلال أيام."
    )
    assert speakers(text, ("جوزيه مارتينز",)) == ["مصدر مقرب من المدرب جوزيه مارتينز"]


def test_a_that_clause_after_another_participle_is_not_the_verbs():
    assert speakers(
        "وكل منا يتمنى تربية تحمي ابنه من الوقوع في الخطأ، متناسيا أن الفراغ أكبر خطر يهدد "
        "الشباب."
    ) == []


def test_bayyana_is_a_singular_verb_that_carries_the_speaker():
    text = (
        "وقال رئيس البلدية سميحان الشمري إن الحملة مستمرة طوال الصيف في المحافظة. وبيّن أنه "
        "سيتم توزيع رسائل توعوية على الأهالي في الأحياء."
    )
    assert speakers(text, ("سميحان الشمري",)) == ["سميحان الشمري"] * 2


def test_now_after_the_verb_is_no_speaker():
    text = 'لكن الوزيرة نادية الحربي تقول الآن "إنها تريد معالجة مشكلات الأحياء العشوائية".'
    assert speakers(text, ("نادية الحربي",)) == ["نادية الحربي"]


def test_what_was_not_said_is_no_statement():
    assert speakers(
        "ويطول أسفك على أنك لم ترد ولم تدافع عن نفسك في حينها، وتمنيت أن الوقت عاد بك إلى الوراء."
    ) == []


def test_a_verb_in_the_feminine_goes_on_with_the_sources_not_a_man_named_before_it():
    text = (
        "وقالت مصادر عسكرية إن القوات سيطرت على المعسكر بعد معارك عنيفة. وبحسب المصادر، شاركت "
        "الطائرات في قصف مواقع الميليشيات وقوات صالح قرب المدينة، وأوضحت أن جبهة المقاومة "
        "التحمت صباح أمس بالمقاومة في جبهة زنجبار."
    )
    assert speakers(text, ("صالح",)) == ["مصادر عسكرية"] * 2
    # after a man's statement, a woman named before a verb in the feminine speaks
    text = (
        "وقال المدعي العام جورج براوكلر إن التحقيق مستمر. والتقت الصحفية تامار برادي بعائلة "
        "الضحية، وأكدت أن العائلة تطالب بالعدالة منذ سنوات."
    )
    assert speakers(text, ("جورج براوكلر", "تامار برادي"))[-1] == "تامار برادي"


def test_tabi_after_a_noun_is_belonging_not_a_verb_of_saying():
    text = (
        "وحسب المتحدث الأمني فإنه وأثناء الصلاة بمسجد تابع لقوات الأمن وقع انفجار نتج «عنه "
        "إصابة عشرة من منسوبي القوات، ولا تزال التحقيقات جارية». وتابع المتحدث: «لن تثنينا "
        "هذه الأعمال عن أداء واجبنا في حماية الوطن»."
    )
    assert all("لقوات" not in who for who in speakers(text))
    assert speakers(text)[-1].startswith("المتحدث")


def test_a_title_whose_complement_has_an_adjective_is_the_person_it_named_before():
    text = (
        "وجاء ذلك في بيان أصدره الأمين العام الدكتور سامي بن فهد العتيبي عن أعمال المؤتمر. "
        "وأفاد الأمين العام لرابطة الجامعات الإسلامية أن المؤتمر سيعقد في موعده."
    )
    assert speakers(text, ("سامي بن فهد العتيبي",)) == ["سامي بن فهد العتيبي"]


def test_a_specialist_by_his_field_is_named_after_it():
    text = (
        "أكد المختص في الأرصاد والفلك الدكتور ماجد الحربي، وعضو جمعية الفلك، أن درجات "
        "الحرارة سترتفع في الأيام المقبلة."
    )
    assert speakers(text, ("ماجد الحربي",)) == ["ماجد الحربي"]


def test_a_family_name_before_an_office_stays_with_the_first_name():
    text = (
        "وكرم المركز أحمد الخالدي على تعاونه. فيما أوضح أحمد الفقيه عضو المركز أن المسابقة "
        "بدأت مع بداية شهر رمضان."
    )
    # the tagger stops before الفقيه, a common noun
    assert speakers_tagged(text, [("أحمد الخالدي", 0), ("أحمد", 1)]) == ["أحمد الفقيه"]


def test_a_name_that_one_of_follows_speaks_however_long_the_apposition():
    text = (
        "قال إمام مسجد الحي، الشيخ سعد بن علي القرني، أحد الناجين من الحريق الذي اندلع في "
        "المبنى المجاور ظهر يوم أمس الخميس، إن النيران امتدت بسرعة إلى الطابق العلوي."
    )
    assert speakers(text, ("سعد بن علي القرني",)) == ["سعد بن علي القرني"]


def test_a_noun_joined_by_wa_before_a_title_is_no_verb_whose_subject_speaks():
    text = (
        "ونوه رئيس اللجنة المنظمة الدكتور فهد الزهراني بدعم واهتمام ورعاية صاحب السمو الملكي "
        "الأمير سعود بن نايف أمير المنطقة للمهرجان، مشيراً إلى أن المهرجان يشهد مشاركة دولية "
        "واسعة هذا العام."
    )
    assert speakers(text, ("فهد الزهراني", "سعود بن نايف")) == ["فهد الزهراني"]


def test_the_subject_after_min_janibihi_goes_on_speaking():
    text = (
        "وأدى سالم الدوسري تدريبات خاصة بعيدا عن المجموعة. من جانبه شكر لاعب الفريق ماجد "
        "العنزي زملاءه على ما قدموه في المعسكر.\nوقال: إن الفريق قدم مستوى كبيرا في المباراة "
        "الودية الأخيرة."
    )
    assert speakers(text, ("سالم الدوسري", "ماجد العنزي")) == ["ماجد العنزي"]


def test_how_or_to_whom_it_was_said_is_not_who_said_it():
    text = (
        "وقف الشيخ ناصر العمري أمام المصلين بعد الصلاة. وقال طالباً التأمين على دعائه: "
        "«اللهم احفظ بلادنا من كل سوء»."
    )
    assert speakers(text, ("ناصر العمري",)) == ["ناصر العمري"]
    text = (
        "التقى المدرب خالد السالم باللاعبين بعد المباراة. وقال لسلطان الغامدي حينما دخل "
        "الملعب: «أنت قائد هذا الفريق في الموسم المقبل»."
    )
    assert speakers(text, ("خالد السالم", "سلطان الغامدي")) == ["خالد السالم"]


def test_a_study_concludes_for_itself_not_for_the_paper_that_reports_it():
    text = (
        "خلصت دراسة إلى أن القهوة تقلل خطر الإصابة بأمراض الكبد. وذكرت صحيفة «الصباح» أن "
        "الباحثين تابعوا ألف مريض لمدة عشر سنوات."
    )
    assert speakers(text)[0] == "دراسة"


def test_a_journal_named_in_quotation_marks_belongs_to_the_speaker_phrase():
    text = (
        "وخلص الباحثون في دراستهم التي نشرت في دورية «الطب الحديث» إلى أن النوم المتأخر يرفع "
        "ضغط الدم لدى البالغين."
    )
    (quote,) = quotes_of(text)
    assert quote.speaker == "الباحثون"
    assert quote.text.startswith("النوم المتأخر")


def test_drawing_attention_and_informing_participles():
    text = (
        "وأوضح رئيس اللجنة سالم المري أن التسجيل يبدأ الأحد المقبل، لافتاً النظر إلى أن "
        "الموظفين جرى تدريبهم على النظام الجديد، مفيدا أن النتائج تعلن بعد أسبوع."
    )
    assert speakers(text, ("سالم المري",)) == ["سالم المري"] * 3


def test_what_a_masculine_verb_describes_is_no_speaker():
    text = (
        "قالت وزارة الخارجية إن الوزير سامي الحربي وصف انتخابات الرئاسة في البلاد بأنها "
        '"معيبة للغاية ولا تحظى بالثقة" وحث الرئيس على إجراء حوار مع المعارضة.'
    )
    assert speakers(text, ("سامي الحربي",)) == ["وزارة الخارجية", "سامي الحربي"]


def test_in_it_before_a_source_or_alone_is_not_the_speaker():
    text = (
        "وقع النادي عقدا مع المهاجم سالم العتيبي، في وقت كشفت فيه مصادر مقربة من الإدارة "
        "أنها تلقت عرضا رسميا للاعب آخر."
    )
    assert speakers(text, ("سالم العتيبي",)) == ["مصادر مقربة من الإدارة"]
    text = (
        "أكد المدرب ماجد الرشيد أن هدفه الدوري. وأجرت إحدى الصحف مع الرشيد حوارا مطولا أشار "
        "خلاله إلى أن الموسم سينطلق بعد أسابيع."
    )
    assert "خلاله" not in speakers(text, ("ماجد الرشيد", "الرشيد"))


def test_an_adverb_after_a_title_is_no_name():
    text = (
        "كشف مسؤول آسيوي ومقرب جدا من صناع القرار في الاتحاد لـ«الصباح» أن الانتخابات "
        "ستجرى في موعدها."
    )
    assert speakers(text)[0].startswith("مسؤول آسيوي")


def test_a_statement_of_a_body_named_by_its_adjective_is_that_body_s():
    text = (
        "وأضافت وزارة الداخلية التونسية أن قوات الأمن طوقت المكان. وتابع بيان الداخلية "
        "التونسية: «بادر العنصر الفار بإطلاق النار على الوحدات الأمنية»."
    )
    assert speakers(text)[-1] == "الداخلية التونسية"


def test_a_given_name_the_tagger_left_out_stays_with_the_name():
    text = (
        "وأنشأ الرئيس عبدالله يمين مناطق اقتصادية. وقالت إيفا عبدالله عضو المجلس التشريعي "
        "إن القانون يمنح الأجانب حرية واسعة."
    )
    assert speakers_tagged(text, [("عبدالله يمين", 0), ("عبدالله", 1)]) == ["إيفا عبدالله"]


def test_a_dash_opening_an_aside_is_not_part_of_the_speaker():
    text = (
        "من جانبه، حذر صندوق النقد الدولي- الذي لم تسدد له اليونان دينها - من أنه قد يبتعد "
        "عن الحزمة. وقال الصندوق إن الديون لن تكون مستدامة من دون إعفاء كبير."
    )
    assert speakers(text) == ["صندوق النقد الدولي"] * 2


def test_a_title_s_head_that_introduced_one_person_names_him():
    text = (
        "أكد المدرب كريستيان غروس أن هدفه بطولة الدوري. وأوضح مدرب الأهلي أن الفريق يحتاج "
        "إلى حارس أجنبي، مضيفا أن هذا الأمر سينعكس إيجابا على الكرة السعودية."
    )
    assert speakers(text, ("كريستيان غروس",)) == ["كريستيان غروس"] * 3


def test_kana_then_qad_frames_one_subject_however_long():
    text = (
        "وكان هاشم حيدر رئيس الاتحاد اللبناني وعضو المكتب التنفيذي بالاتحاد الآسيوي وهو عضو "
        "التحالف الذي يقوده أحمد الفهد قد أكد في حديث خاص لـ«الصباح» إن دعمهم للمرشح مشروط."
    )
    assert speakers(text, ("هاشم حيدر", "أحمد الفهد")) == ["هاشم حيدر"]


def test_laqad_after_the_verb_opens_her_own_words_not_a_speaker():
    text = (
        "وقالت الصحيفة في افتتاحيتها إن الكويت انتصرت على الإرهاب والطائفية معا. وأضافت لقد "
        "حاول «داعش» أن يشعل فتنة طائفية بين أبناء الشعب."
    )
    assert speakers(text) == ["الصحيفة"]  # no statement of «لقد حاول داعش»


def test_an_imam_and_preacher_named_as_a_subject_goes_on_speaking():
    text = (
        "أوصى إمام وخطيب المسجد الكبير فضيلة الشيخ الدكتور سالم بن علي القحطاني المصلين "
        "بتقوى الله.\nوقال في خطبة الجمعة اليوم إن المرء العاقل يستحضر نقص الدنيا دائما."
    )
    assert speakers(text, ("سالم بن علي القحطاني",)) == ["سالم بن علي القحطاني"]


def test_akmala_before_a_quotation_goes_on():
    text = (
        "وقال المحلل فادي العتيبي لـ«الصباح»: «الضوابط الجديدة طبقت في سبتمبر الماضي». "
        "وأكمل: «والتأكيد على حق المستفيد في السداد المبكر جزء منها»."
    )
    assert speakers(text, ("فادي العتيبي",)) == ["فادي العتيبي"] * 2


def test_words_that_cannot_name_anyone_are_no_speaker():
    text = (
        "وقال المدرب سامي الجابر إن الفريق جاهز للموسم. وأكد مرارا أن الإدارة تدعم "
        "الجهاز الفني بكل قوة."
    )
    assert speakers(text, ("سامي الجابر",)) == ["سامي الجابر"] * 2  # مرارا: how often
    text = "وكشف باحثون أمنيون يتبعون شركة الأمن الرقمي أن الثغرة تهدد معظم الأجهزة الذكية."
    assert speakers(text) == ["باحثون أمنيون"]  # the verb that follows says what they do


def test_a_clause_caught_as_a_speaker_names_no_one():
    text = (
        "وقال النائب أثيل الجبوري إن الحل السياسي هو الطريق الوحيد. وأكد الجبوري لا بد من "
        "دعم المكون السني أن المصالحة تبدأ من المحافظات."
    )
    assert speakers(text, ("أثيل الجبوري",)) == ["أثيل الجبوري"]  # the clause is left out


def test_what_is_described_after_the_describer_s_name_is_not_his_name():
    text = (
        "من جهته وصف رئيس مركز الدراسات الدكتور عمر الحسن العلاقة بين المملكة ومصر بأنها "
        "علاقة تكامل استراتيجي تقوم على المصالح المشتركة."
    )
    assert speakers(text, ("عمر الحسن",)) == ["عمر الحسن"]


def test_plausible_speakers_read_as_names():
    from mujaz.extract.quotes import plausible_speaker

    assert plausible_speaker("ريك ويلسون") == "ريك ويلسون"  # a name may end like a verb
    assert plausible_speaker("مايك تايسون") == "مايك تايسون"
    assert plausible_speaker("سياسيون يمنيون") == "سياسيون يمنيون"
    assert plausible_speaker("زاد المصدر") == "المصدر"  # the verb of a cue run into a name
    assert plausible_speaker("ويضيف علوي") == "علوي"
    assert plausible_speaker("لـ«الشرق الأوسط") == ""  # whom it was told to
    assert plausible_speaker("الكثير من الفنانين ويؤكدونها") == "الكثير من الفنانين"


def test_unveiling_is_no_speaker():
    text = (
        "قال رئيس اللجنة عبدالرحمن الربيعة إن المعاهد تحتاج إلى الدعم. وكشف النقاب عن تقديم "
        "اللجنة عدة مقترحات للمؤسسة، مبينا أن اللجنة قدمت سبعة مقترحات هذا العام."
    )
    assert set(speakers(text, ("عبدالرحمن الربيعة",))) == {"عبدالرحمن الربيعة"}


def test_one_speaking_unnamed_is_known_by_where_he_is():
    text = "وقال عضو في حزب الرئيس اليمني السابق علي عبد الله صالح، إن ممثلين للحزب يجرون محادثات."
    assert speakers(text, ("علي عبد الله صالح",)) == ["عضو في حزب الرئيس اليمني السابق"]
    text = (
        "وقال عضو في رئاسة الاتحاد الإسلامي الكردستاني، ابوبكر علي، في تصريحات صحافية إن "
        "القوى السياسية اتفقت على تمديد ولاية الرئيس."
    )
    assert speakers(text, ("ابوبكر علي",)) == ["ابوبكر علي"]


def test_the_praise_formula_alone_stands_for_the_prophet():
    text = "وحرمة الدماء عظيمة، قال صلى الله عليه وسلم «لزوال الدنيا أهون عند الله من قتل رجل مسلم»."
    assert speakers(text) == ["النبي"]


def test_a_title_s_name_past_a_chain_of_places_and_bodies():
    text = (
        "وأفاد رئيس اللجنة الأمنية في المجلس المحلي في محافظة الأنبار إبراهيم الفهداوي في تصريح "
        "صحفي أن القوات الأمنية شنت عملية عسكرية شرقي المدينة."
    )
    assert speakers(text, ("إبراهيم الفهداوي",)) == ["إبراهيم الفهداوي"]
    text = (
        "وقال مسؤول كبير في إدارة الرئيس باراك أوباما وطلب عدم نشر اسمه إن الهدف إقامة منطقة "
        "آمنة على الحدود."
    )
    assert speakers(text, ("باراك أوباما",)) == ["مسؤول كبير"]


def test_a_blessing_or_an_office_after_a_name_is_not_part_of_it():
    from mujaz.extract.quotes import plausible_speaker

    assert plausible_speaker("نوح عليه السلام لقومه") == "نوح"
    assert plausible_speaker("ابنة المعلمة رحمها الله") == "ابنة المعلمة"
    assert plausible_speaker("دلال كعكي منسقة مبادرة بلدي") == "دلال كعكي"
    assert plausible_speaker("محمد أمين") == "محمد أمين"  # أمين is also a name
    assert plausible_speaker("وزير الخارجية") == "وزير الخارجية"


def test_a_verse_or_hadith_cited_in_a_sermon_does_not_go_on_speaking():
    text = (
        "قال إمام المسجد الشيخ سالم القحطاني إن حرمة الدماء عظيمة عند الله. قال صلى الله عليه "
        "وسلم «لزوال الدنيا أهون عند الله من قتل رجل مسلم». وأضاف أن على المسلمين أن يحفظوا "
        "دماءهم وأموالهم."
    )
    assert speakers(text, ("سالم القحطاني",)) == ["سالم القحطاني", "النبي", "سالم القحطاني"]


def test_where_it_was_posted_and_how_soon_are_not_the_speaker():
    text = "وقال نادي الاتحاد على تويتر إن الفريق سيعود إلى التدريبات يوم السبت المقبل."
    assert speakers(text) == ["نادي الاتحاد"]
    from mujaz.extract.quotes import plausible_speaker

    assert plausible_speaker("حماس فورا") == "حماس"
    assert plausible_speaker("بالسرقة") == ""
    assert plausible_speaker("حوالي بالمئة منهم") == ""  # a share of those surveyed
    assert plausible_speaker("الحزب هذا القصف") == "الحزب"  # the clause it ran into
    assert plausible_speaker("النسوة حين رأينه") == "النسوة"
    assert plausible_speaker("آصف مخاطبا البرلمان") == "آصف"
    assert plausible_speaker("تقرير أصدرته مؤخرا وكالة التنمية") == (
        "تقرير أصدرته مؤخرا وكالة التنمية"  # an adverb inside is an aside
    )
    assert plausible_speaker("يمكن تلخيص") == ""
    assert plausible_speaker("زوجته ثم تبين") == ""
    assert plausible_speaker("تعديل النصوص بما ينسجم مع رأي اللجنة") == ""


def test_an_imam_is_no_preposition_and_bayyana_with_its_shadda_is_the_verb():
    text = (
        "قال إمام المسجد الشيخ سالم القحطاني إن حرمة الدماء عظيمة عند الله. وبيَّن إمام وخطيب "
        "المسجد أن جميع ما يصيب المؤمن خير له في الدنيا والآخرة."
    )
    assert speakers(text, ("سالم القحطاني",)) == ["سالم القحطاني"] * 2


def test_a_given_name_after_an_honorific_the_tagger_left_out_stays():
    text = (
        "ومن جهتها، قالت الدكتورة نورة إبراهيم الصويان، منسقة المبادرة في الرياض، إن الدورات "
        "لاقت إقبالا كثيفا من السيدات."
    )
    assert speakers_tagged(text, [("إبراهيم الصويان", 0)]) == ["نورة إبراهيم الصويان"]
    text = "وقال رئيس تحريرها منصور الجمري إن الفاجعة كان يقصد منها تفجير فتنة طائفية."
    assert speakers_tagged(text, [("منصور الجمري", 0)]) == ["منصور الجمري"]


def test_a_name_the_tagger_missed_past_a_circumstance_is_the_speaker():
    # after a definite or quoted word, a word without the article starts a name
    text = (
        'وقالت المنسقة في جمعية "رفقة" سلمى فلاتة في تصريح صحفي إن الجمعية درّبت مئتي متطوعة '
        "هذا العام."
    )
    assert speakers(text) == ["سلمى فلاتة"]
    text = (
        "وقال المشرف في المستودع ماجد العنزي لـ«المدينة» إن الشحنة وصلت كاملة إلى الميناء "
        "صباح أمس."
    )
    assert speakers(text) == ["ماجد العنزي"]
    # an indefinite word after an indefinite one is its adjective; an unnamed source stays one
    text = "وقال المدير في مؤتمر صحفي مشترك إن الشحنة وصلت كاملة إلى الميناء صباح أمس."
    assert speakers(text) == ["المدير"]
    text = (
        "وقال المسؤول في الوزارة طالبا عدم ذكر اسمه إن الشحنة وصلت كاملة إلى الميناء صباح أمس."
    )
    assert speakers(text) == ["المسؤول"]


def test_an_office_word_ending_the_phrase_after_a_name_is_a_family_name():
    texts = [
        "وقال المسؤول الأمني في المطار عبدالله قائد، إن ثلاثة صواريخ سقطت قرب المدرج.",
        "وقال الرئيس التنفيذي للمطعم لؤي شيخ إن المطعم جهز لذوي الاحتياجات الخاصة.",
        # an office with its complement after it is his office, not his name
        "وقال محمد العتيبي قائد الفريق إن اللاعبين جاهزون للمباراة.",
    ]
    assert [speakers(t) for t in texts] == [["عبدالله قائد"], ["لؤي شيخ"], ["محمد العتيبي"]]

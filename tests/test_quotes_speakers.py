"""Speakers as Arabic reporting structure gives them, on news sentences written for these
tests: references back (الوزارة، التقرير، المصدر ذاته، a title, سموه), what stands between verb
and speaker, subjects the verb leaves unsaid, and speakers after the quotation."""

from tests.test_quotes import quotes_of


def speakers(text: str, people: tuple[str, ...] = ()) -> list[str]:
    return [q.speaker for q in quotes_of(text, [(p, "PERSON") for p in people])]


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

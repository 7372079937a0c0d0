"""Quotes on news sentences written for these tests: cues, speakers, carried speakers and
what is not a statement."""

from mujaz.extract.quotes import find_quotes
from mujaz.model import Article, Mention
from mujaz.pipeline import prepare_article


def quotes_of(text: str, mentions: list[tuple[str, str]] = ()):
    article = prepare_article(Article("a1", "test", "test.txt", text))
    found = []
    for name, kind in mentions:
        start = article.text.find(name)
        found.append(Mention("a1", start, start + len(name), name, kind))
    return find_quotes(article, found)


def test_reported_speech_strips_the_title_from_the_speaker():
    (quote,) = quotes_of(
        "وقال وزير الدفاع البريطاني مايكل فالون إن الضربات الجوية ستتواصل حتى نهاية العام."
    )
    assert quote.speaker == "مايكل فالون"
    assert quote.text == "الضربات الجوية ستتواصل حتى نهاية العام"
    assert quote.kind == "reported"


def test_direct_quote_after_a_colon_is_the_text_inside_the_marks():
    (quote,) = quotes_of(
        "وقال المدير التنفيذي للمهرجان الدكتور سامي العتيبي: «نتوقع أكثر من مئة ألف زائر هذا الموسم»."
    )
    assert quote.speaker == "سامي العتيبي"
    assert quote.text == "نتوقع أكثر من مئة ألف زائر هذا الموسم"
    assert quote.kind == "direct"


def test_speaker_carries_into_wa_adafa_and_participles():
    quotes = quotes_of(
        "وأكد رئيس البلدية خالد المطيري أن أعمال الصيانة ستنتهي الشهر المقبل، مشيرا إلى أن "
        "الطرق الرئيسية ستفتح تباعا. وأضاف أن فرق الطوارئ تعمل على مدار الساعة في الأحياء المتضررة."
    )
    assert [q.speaker for q in quotes] == ["خالد المطيري"] * 3
    assert quotes[0].text == "أعمال الصيانة ستنتهي الشهر المقبل"
    assert quotes[1].text == "الطرق الرئيسية ستفتح تباعا"
    assert quotes[2].text.startswith("فرق الطوارئ")


def test_surname_alone_resolves_to_the_full_name_said_before():
    quotes = quotes_of(
        "وقال وزير الخارجية جون كيري إن المحادثات ستستأنف الأسبوع المقبل في جنيف. "
        "وفي وقت لاحق، أوضح كيري أن الوفدين اتفقا على جدول أعمال من ثلاث نقاط."
    )
    assert [q.speaker for q in quotes] == ["جون كيري", "جون كيري"]


def test_tagged_person_inside_the_speaker_phrase_is_the_speaker():
    text = "وقال المتحدث باسم الخارجية الأمريكية جون كيربي في مؤتمر صحفي إن الاجتماع سيعقد كما هو مقرر."
    (quote,) = quotes_of(text, [("جون كيربي", "PERSON")])
    assert quote.speaker == "جون كيربي"
    assert quote.text == "الاجتماع سيعقد كما هو مقرر"


def test_speaker_after_the_quotation():
    (quote,) = quotes_of("«لن نسمح بتكرار ما حدث في المدينة القديمة»، قال قائد الشرطة اللواء سعد الحربي.")
    assert quote.speaker == "سعد الحربي"
    assert quote.kind == "direct"


def test_scare_quotes_and_names_in_quotes_are_not_statements():
    assert quotes_of('ودعا الوزير إلى ضرب "رأس الأفعى" في الرقة، معقل التنظيم الرئيسي.') == []
    (quote,) = quotes_of(
        'وبين المشرف العام على برنامج "بارع" الدكتور جاسر العمري، أن الجائزة ارتفعت قيمتها هذا العام.'
    )
    assert quote.speaker == "جاسر العمري"
    assert quote.text == "الجائزة ارتفعت قيمتها هذا العام"


def test_that_clauses_which_are_not_reports():
    assert quotes_of("وأعرب في الفترة الماضية عن رغبته في الرحيل بعد أن بات خارج التشكيلة الأساسية.") == []
    assert quotes_of("وأكد على ضرورة أن يكون التنسيق بين الجهات المعنية كاملا.") == []
    assert quotes_of("ويبقى الخلاف بين الرياض وطهران وهو ما يعني أن المحادثات قد تتأخر.") == []


def test_nested_straight_quotes_stay_in_one_statement():
    (quote,) = quotes_of(
        'ويقول الكابتن مبارك العلي: "خسرنا الكأس بسبب أخطاء المدرب "رحمه الله" عندما اختار لاعبين مصابين".'
    )
    assert quote.text == 'خسرنا الكأس بسبب أخطاء المدرب "رحمه الله" عندما اختار لاعبين مصابين'

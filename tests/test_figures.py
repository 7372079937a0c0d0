"""Figures and dates: numbers read to their value and tied to what they count, dates placed.

The sentences are ours, written the way Arabic agencies write; the last tests read the
coalition-2016 samples when ../shared is there.
"""

from __future__ import annotations

from datetime import date

import pytest
from conftest import SAMPLES, need

from mujaz.extract.dates import find_dates
from mujaz.extract.figures import find_quantities
from mujaz.extract.numbers import parse_digits

PUBLISHED = date(2016, 1, 20)  # a Wednesday


def figures(text: str) -> list[tuple[str, float, str, str | None, str]]:
    return [(q.text, q.value, q.kind, q.unit, q.counts) for q in find_quantities(text)]


def one(text: str) -> tuple[str, float, str, str | None, str]:
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


def dates(text: str, published: date | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


# --- numbers -----------------------------------------------------------------------------------


def test_digits_and_what_they_count() -> None:
    found = figures("أفرج التنظيم عن 270 مدنيا من 400 اعتقلهم خلال هجومه على القرية.")
    assert found == [
        ("270", 270, "cardinal", None, "مدنيا"),
        ("400", 400, "cardinal", None, "مدنيا"),
    ]


def test_spans_point_into_the_text() -> None:
    text = "قُتل ٢٧٠ مدنيًا في الغارات."
    (q,) = find_quantities(text, article="a1")
    assert (q.article, text[q.start : q.end], q.value, q.counts) == ("a1", "٢٧٠", 270, "مدنيا")


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("أسفرت الغارات عن مقتل مائتين وسبعين مدنيا", "مائتين وسبعين", 270),
        ("تستضيف المدينة خمسة وعشرين ألفا من اللاجئين", "خمسة وعشرين ألفا", 25_000),
        ("يعيش في تركيا 3 ملايين لاجئ", "3 ملايين", 3_000_000),
        ("شارك في المسيرة 1,500 شخص", "1,500", 1500),
        ("شارك في المسيرة ١٥٠٠ شخص", "١٥٠٠", 1500),
        ("بلغ الإنتاج ٢٫٥ مليون برميل", "٢٫٥ مليون", 2_500_000),
        ("وصل سبعة أشخاص", "سبعة", 7),
        ("اجتمع وزراء سبع دول", "سبع", 7),
        ("ضم الفريق خمسة عشر لاعبا", "خمسة عشر", 15),
        ("ضم الفريق أحد عشر لاعبا", "أحد عشر", 11),
        ("عادت اثنتا عشرة طائرة", "اثنتا عشرة", 12),
        ("حضر ثلاثمائة مندوب", "ثلاثمائة", 300),
        ("حضر ثلاث مائة مندوب", "ثلاث مائة", 300),
        ("تضم القرية مئتين وخمسين منزلا", "مئتين وخمسين", 250),
        ("نزح ألفان من السكان", "ألفان", 2000),
        ("قدرت الخسائر بنحو ألفين وخمسمائة", "ألفين وخمسمائة", 2500),
        (
            "يبلغ عدد السكان ستة وثلاثين مليون وأربعمائة ألف نسمة",
            "ستة وثلاثين مليون وأربعمائة ألف",
            36_400_000,
        ),
        ("تسلمت الوكالة 11 ألفا و507 سيارات", "11 ألفا و507", 11_507),
        ("فر نصف مليون شخص", "نصف مليون", 500_000),
        ("ضخت المصافي 935ر6 مليون برميل", "935ر6 مليون", 6_935_000),
    ],
)
def test_number_words_and_compounds(text: str, number: str, value: float) -> None:
    found = one(text)
    assert found[:3] == (number, value, "cardinal")


def test_a_count_in_the_range_of_years() -> None:
    assert one("بلغ عدد الفروع بنهاية مايو الماضي 1959 فرعا")[:3] == ("1959", 1959, "cardinal")
    assert one("قتل 2000 شخص في الزلزال")[4] == "شخص"
    assert figures("صدر البيان خلال الانتفاضة الأولى 1987 صادر عن القيادة") == [
        ("الأولى", 1, "ordinal", None, "الانتفاضة")
    ]


def test_two_numbers_side_by_side_stay_two() -> None:
    assert figures("قتل 5 رجال و4 نساء") == [
        ("5", 5, "cardinal", None, "رجال"),
        ("4", 4, "cardinal", None, "نساء"),
    ]


def test_counts_is_the_head_noun() -> None:
    assert one("اجتمع 7 من وزراء دفاع الدول الغربية")[4] == "وزراء"
    assert one("يعيش 3 ملايين لاجئ سوري في تركيا")[4] == "لاجئ"
    assert one("قتل 12 من الجنود")[4] == "الجنود"
    assert figures("ارتفع عدد القتلى من 200 إلى 270 قتيلا") == [
        ("200", 200, "cardinal", None, "قتيلا"),
        ("270", 270, "cardinal", None, "قتيلا"),
    ]


@pytest.mark.parametrize(
    ("text", "number", "value"),
    [
        ("احتل المنتخب المركز الأول", "الأول", 1),
        ("انطلقت المرحلة الأولى من الخطة", "الأولى", 1),
        ("جاء في المركز الثاني", "الثاني", 2),
        ("في الأسبوع العاشر من الدوري", "العاشر", 10),
        ("افتتحت الدورة الحادية عشرة للمؤتمر", "الحادية عشرة", 11),
        ("احتفلت البلاد بالذكرى الخامسة والعشرين للاستقلال", "الخامسة والعشرين", 25),
        ("صدر القرار رقم 2254 عن مجلس الأمن", "2254", 2254),
        ("سيطرت القوات على معسكر اللواء 15 مشاة شرق المدينة", "15", 15),
    ],
)
def test_ordinals(text: str, number: str, value: float) -> None:
    found = one(text)
    assert found[:3] == (number, value, "ordinal")


def test_ordinal_counts_the_noun_it_qualifies() -> None:
    assert one("احتل المنتخب المرتبة الأولى")[4] == "المرتبة"
    assert one("صدر القرار رقم 2254 عن مجلس الأمن")[4] == "القرار"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("ارتفعت البطالة إلى 25% في الربع الماضي", "25%"),
        ("ارتفعت البطالة إلى 25 في المائة", "25 في المائة"),
        ("ارتفعت البطالة إلى 25 في المئة", "25 في المئة"),
        ("ارتفعت البطالة إلى 25 بالمئة", "25 بالمئة"),
        ("ارتفعت البطالة إلى ٢٥٪", "٢٥٪"),
        ("ارتفعت البطالة بمعدل %25 خلال العام", "%25"),
    ],
)
def test_percentages(text: str, number: str) -> None:
    assert one(text)[:4] == (number, 25, "percent", "%")


def test_percentage_range_and_what_it_is_of() -> None:
    assert figures("يعاني بين 15 و25 في المائة من الرجال من المرض") == [
        ("15", 15, "percent", "%", "الرجال"),
        ("25 في المائة", 25, "percent", "%", "الرجال"),
    ]
    assert one("خسر التنظيم 25% من الأراضي")[4] == "الأراضي"


@pytest.mark.parametrize(
    ("text", "number", "value", "unit", "counts"),
    [
        ("قدمت المملكة 500 مليون دولار مساعدات", "500 مليون دولار", 5e8, "USD", "دولار"),
        ("بلغت الصفقة 2.5 مليار دولار أمريكي", "2.5 مليار دولار أمريكي", 2.5e9, "USD", "دولار"),
        ("بتكلفة 120 ألف ريال", "120 ألف ريال", 120_000, "SAR", "ريال"),
        ("بتكلفة 120 ألف ريال قطري", "120 ألف ريال قطري", 120_000, "QAR", "ريال"),
        ("سجلت الصادرات 24 مليار جنيه", "24 مليار جنيه", 24e9, "EGP", "جنيه"),
        (
            "بيع اللاعب مقابل 5.6 مليون جنيه إسترليني",
            "5.6 مليون جنيه إسترليني",
            5.6e6,
            "GBP",
            "جنيه",
        ),
        ("حصلت اليونان على 7,16 مليارات يورو", "7,16 مليارات يورو", 7.16e9, "EUR", "يورو"),
        ("وديعة بقيمة 100 مليون دينار كويتي", "100 مليون دينار كويتي", 1e8, "KWD", "دينار"),
        ("وديعة بقيمة 100 مليون دينار", "100 مليون دينار", 1e8, "دينار", "دينار"),
        ("بلغ الدعم 50 مليون درهم", "50 مليون درهم", 5e7, "درهم", "درهم"),
        ("انخفضت الليرة إلى 300 ليرة للدولار", "300 ليرة", 300, "ليرة", "ليرة"),
        ("يصل سعر البرميل إلى 150$ قريبا", "150$", 150, "USD", "$"),
        ("جمعت الشركة 368.000 دولار", "368.000 دولار", 368_000, "USD", "دولار"),
        ("جمعت الشركة 50 دولاراً فقط", "50 دولاراً", 50, "USD", "دولاراً"),
    ],
)
def test_money(text: str, number: str, value: float, unit: str, counts: str) -> None:
    found = one(text)
    assert found[0] == number
    assert found[1] == pytest.approx(value)
    assert found[2:] == ("money", unit, counts.replace("ً", ""))


@pytest.mark.parametrize(
    "text",
    [
        "وقع الهجوم في 20 يناير 2016 وسط المدينة",  # day and year are the date's
        "اتصل على الرقم 0551234567 أو 3601127030",  # phone numbers
        "أرسلت واشنطن طائرات F-16 وطائرات إف 16 إلى المنطقة",  # model names
        "عقد الاجتماع يوم الأحد في باريس",  # the ح of الأحد is no 1
        "سقط عشرات القتلى وآلاف الجرحى",  # tens and thousands of: no number
        "وأحد المسؤولين لم يحضر",  # وأحد is not واحد
        "يبدأ الاجتماع الساعة 10 صباحا",  # a clock time
        "هذا هو التقرير الأولي للجنة",  # الأولي (primary) is no ordinal
        "ولد الشاعر عام 1948 في حيفا",  # a year
        "منذ عام 1436هـ",
    ],
)
def test_not_figures(text: str) -> None:
    assert figures(text) == []


def test_parse_digits() -> None:
    assert parse_digits("1,500") == 1500
    assert parse_digits("2.5") == 2.5
    assert parse_digits("2,4") == 2.4
    assert parse_digits("1.500.000") == 1_500_000
    assert parse_digits("1,250.75") == 1250.75
    assert parse_digits("368.000") == 368_000
    assert parse_digits("1.250", decimal=True) == 1.25
    assert parse_digits("1,50,0") is None


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("وقع الانفجار في 20 يناير 2016 وسط المدينة", "20 يناير 2016", "2016-01-20"),
        ("وقع الانفجار في 20/1/2016 وسط المدينة", "20/1/2016", "2016-01-20"),
        ("وقع الانفجار بتاريخ 2016-01-20", "بتاريخ 2016-01-20", "2016-01-20"),
        ("اجتمع الوزراء الأربعاء في باريس", "الأربعاء", "2016-01-20"),
        ("اجتمع الوزراء الاثنين في باريس", "الاثنين", "2016-01-18"),
        ("اجتمع الوزراء الأربعاء الماضي في باريس", "الأربعاء الماضي", "2016-01-13"),
        ("يجتمع الوزراء الأربعاء المقبل في باريس", "الأربعاء المقبل", "2016-01-27"),
        ("يجتمع الوزراء الخميس القادم في باريس", "الخميس القادم", "2016-01-21"),
        ("قال الوزير اليوم إن الحملة مستمرة", "اليوم", "2016-01-20"),
        ("قال الوزير أمس إن الحملة مستمرة", "أمس", "2016-01-19"),
        ("قال الوزير أمس الأول إن الحملة مستمرة", "أمس الأول", "2016-01-18"),
        ("يصل الوزير غدا إلى الرياض", "غدا", "2016-01-21"),
        ("يصل الوزير غداً إلى الرياض", "غداً", "2016-01-21"),
        ("اتفق الطرفان الشهر الماضي على عقد اجتماع", "الشهر الماضي", "2015-12"),
        ("تنتهي المهلة منتصف الشهر الجاري", "منتصف الشهر الجاري", "2016-01"),
        ("قتل في 12 نوفمبر الماضي في غارة", "12 نوفمبر الماضي", "2015-11-12"),
        ("يعقد الاجتماع في فبراير/شباط القادم في بروكسل", "فبراير/شباط القادم", "2016-02"),
        ("وقعت الهجمات في نوفمبر/تشرين الثاني الماضي", "نوفمبر/تشرين الثاني الماضي", "2015-11"),
        ("تعود الوثيقة إلى كانون الثاني 2015", "كانون الثاني 2015", "2015-01"),
        ("وصل في 14 تموز (يوليو) 2015", "14 تموز (يوليو) 2015", "2015-07-14"),
        ("بدأت الحملة الجوية صيف العام 2014", "صيف العام 2014", "2014"),
        ("ارتفعت الصادرات عن العام الماضي", "العام الماضي", "2015"),
        ("ولد الشاعر عام 1948 في حيفا", "عام 1948", "1948"),
        ("انتهت الحرب بنهاية 2014", "بنهاية 2014", "2014"),
        ("أسست الشركة سنة 2003م", "سنة 2003م", "2003"),
        ("هاجر أهله بعد حرب 1948 إلى لبنان", "1948", "1948"),
        ("صدر القرار في 15 رمضان 1436 هـ", "15 رمضان 1436 هـ", "2015-07-02"),
        ("تأسس النادي عام 1396هـ", "عام 1396هـ", "1976"),
        ("اعتمدت الميزانية للعام المالي 1436هـ", "1436هـ", "2015"),
        ("اجتمع المجلس في 29 من الشهر الجاري", "29 من الشهر الجاري", "2016-01-29"),
        ("يبدأ الموسم في الأول من مارس", "الأول من مارس", "2016-03-01"),
        ("انتهى الموسم في الأول من ديسمبر", "الأول من ديسمبر", "2015-12-01"),
        ("عقد اجتماع يوم الثلاثاء الموافق 5/8/2008", "يوم الثلاثاء الموافق 5/8/2008", "2008-08-05"),
        ("بحث المجلس اليوم (الأربعاء) الملف", "اليوم (الأربعاء)", "2016-01-20"),
    ],
)
def test_dates(text: str, expression: str, value: str) -> None:
    assert dates(text) == [(expression, value)]


def test_relative_dates_need_the_publication_date() -> None:
    assert dates("قال الوزير أمس إن الحملة مستمرة", None) == [("أمس", None)]
    assert dates("اتفق الطرفان الشهر الماضي", None) == [("الشهر الماضي", None)]
    assert dates("وقع الانفجار في 20 يناير 2016", None) == [("20 يناير 2016", "2016-01-20")]


def test_two_years_of_a_dual() -> None:
    assert dates("ارتفعت المبيعات خلال عامي 2013 و2014") == [
        ("عامي 2013", "2013"),
        ("و2014", "2014"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "ارتفعت البطالة إلى 25%",  # the date parsers' classic: no date here
        "قتل 2000 شخص في الزلزال",  # a count, not a year
        "نحو 1950 مقاتلا عبروا الحدود",
        "احتفلت المملكة باليوم الوطني",  # a holiday's name
        "المنطقة في أمس الحاجة إلى المساعدات",  # أمس: "most", not yesterday
        "التقى رجب طيب أردوغان نظيره",  # a name, not the month
        "مارس الضغط على الحكومة",  # a verb, not March
        "ينتج المصنع 500 طن في اليوم",  # per day
        "أدى المصلون صلاة الجمعة",  # a prayer
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text) == []


# --- the samples -------------------------------------------------------------------------------


def test_coalition_sample_figures_and_dates() -> None:
    text = need(SAMPLES / "000_28e272e0a25deabb.txt").read_text("utf-8")
    found = {(q.text, q.value, q.counts) for q in find_quantities(text)}
    assert {("270", 270, "مدنيا"), ("400", 400, "مدنيا"), ("7", 7, "وزراء")} <= found
    assert ("12 نوفمبر الماضي", "2015-11-12") in dates(text, date(2016, 1, 21))
    assert all(q.kind != "cardinal" or q.value not in (2015, 2016) for q in find_quantities(text))


def test_sample_percentages() -> None:
    text = need(SAMPLES / "001_ffe0852adbd1430c.txt").read_text("utf-8")
    percents = [(q.text, q.value, q.counts) for q in find_quantities(text) if q.kind == "percent"]
    assert ("25%", 25, "الأراضي") in percents


def test_digits_in_parentheses_take_the_scale_word_after_them():
    found = find_quantities("وشملت الشحنة ( 200 ) ألف سلة غذائية و(40) طنا من الأدوية", "a1")
    assert [(q.text, q.value, q.counts) for q in found] == [
        ("200 ألف", 200_000, "سلة"),
        ("40", 40, "طنا"),
    ]


def test_a_figure_in_words_is_shown_without_its_conjunction():
    found = find_quantities("قتل جنديان وثلاثة مدنيين، وواحد من المسعفين", "a1")
    shown = [(q.text, q.value) for q in found]
    assert ("ثلاثة", 3) in shown
    assert ("وثلاثة", 3) not in shown


def test_a_month_name_across_a_line_break() -> None:
    found = find_dates("عاد الوفد في 12 ربيع\nالثاني 1436 هـ بعد جولة في 3 تشرين\nالثاني 2015", None)
    assert [d.value for d in found] == ["2015-02-01", "2015-11-03"]

"""Summaries of one story: headline facts before detail, and the summary's guarantees."""

from __future__ import annotations

import numpy as np
import pytest

from mujaz import Article, Engine, dedup
from mujaz.arabic.frequency import Vocabulary
from mujaz.arabic.segment import tokens
from mujaz.dedup import StoryStems, equivalent_sentences
from mujaz.pipeline import batch_vocabulary, build_story
from mujaz.summarize import _candidates, _headline_share, _wrapped_halves, reads_alone

LEAD = "وافقت وزارة الشؤون البلدية على نزع ملكية 151 عقارا لتنفيذ مشاريع بلدية جديدة في المناطق."
ITEMS = [
    "وفي أمانة الرياض شملت القائمة ثلاثة عقارات لتنفيذ شارع الأمير سلطان في حي النخيل الشمالي.",
    "وفي أمانة جدة شملت القائمة عقارا واحدا لتنفيذ قناة تصريف السيول بوادي الكراع شرق المدينة.",
    "وفي أمانة الطائف شملت القائمة خمسة عقارات لتنفيذ طريق الملك عبدالله وتنظيم حي الوشحاء.",
]


def _story(texts: list[tuple[str, str, str]]) -> tuple[list[Article], Vocabulary]:
    """Articles (source, title, text) read, cleaned and linked as the pipeline does."""
    engine = Engine()
    articles = [
        Article(id=f"a{i}", source=source, location=f"mem:{i}", raw=text, title=title)
        for i, (source, title, text) in enumerate(texts)
    ]
    errors: list = []
    articles = engine.prepare(articles, errors)
    assert not errors
    engine.link(articles)
    return articles, batch_vocabulary(articles)


def test_headline_stems_count_in_every_headline_but_a_reprints():
    text = " ".join([LEAD, *ITEMS])
    articles, vocabulary = _story(
        [("الأولى", "نزع ملكية 151 عقارا", text), ("الثانية", "نزع ملكية 151 عقارا", text)]
    )
    assert articles[1].duplicate_of == "a0"  # one wire copy, reprinted
    sentences = [s for a in articles for s in a.sentences]
    stems = StoryStems(articles, vocabulary)
    facts = equivalent_sentences(sentences, stems)
    by_id = {a.id: a for a in articles}
    candidates = _candidates(facts, by_id, {a.id: "الأولى" for a in articles})
    ids, _ = stems.of([c.fact.shown for c in candidates])
    share = _headline_share(articles, by_id, stems)
    shown = [s for c in candidates for s in c.fact.members[0].stems]
    number = dict(zip(shown, ids.tolist(), strict=True))
    lead = sentences[0].stems
    # the title and the lead of the original both name the expropriation; the reprint adds none
    assert share[number[lead[-1]]] > 0
    assert max(share[number[s]] for s in lead if s in number) == 1.0
    assert share[number[sentences[1].stems[-1]]] == 0.0
    assert np.all((share >= 0) & (share <= 1))


def test_one_wire_copy_is_summarised_by_its_headline_fact():
    text = " ".join([LEAD, *ITEMS])
    articles, vocabulary = _story(
        [("الأولى", "نزع ملكية 151 عقارا لمشاريع بلدية", text),
         ("الثانية", "نزع ملكية 151 عقارا في المناطق", text)]
    )
    story = build_story(articles, vocabulary, 20)
    assert [x.text for x in story.summary] == [LEAD]
    assert {c.article for c in story.summary[0].citations} == {"a0", "a1"}


def test_summaries_are_cited_source_sentences_within_budget():
    one = [("الأولى", "نزع ملكية 151 عقارا", " ".join([LEAD, *ITEMS]))]
    articles, vocabulary = _story(one)
    story = build_story(articles, vocabulary, 40)
    assert story.summary  # a one-article story still gets a summary
    assert sum(len(tokens(x.text)) for x in story.summary) <= 40
    texts = {s.text for s in articles[0].sentences}
    assert all(x.text in texts and x.citations for x in story.summary)
    assert len({x.text for x in story.summary}) == len(story.summary)


def test_a_heading_never_stands_for_the_lead_that_names_it():
    heading = "وزير الشؤون البلدية والقروية"
    lead = LEAD.replace("وافقت وزارة الشؤون البلدية", "وافق وزير الشؤون البلدية والقروية")
    articles, vocabulary = _story(
        [("الأولى", "نزع ملكية 151 عقارا", lead),
         ("الثانية", "نزع ملكية عقارات", heading + "\n" + lead)]
    )
    sentences = [s for a in articles for s in a.sentences]
    assert heading in [s.text for s in sentences]
    facts = equivalent_sentences(sentences, StoryStems(articles, vocabulary))
    shown = {f.members[0].text: {m.article for m in f.members} for f in facts}
    assert shown[heading] == {"a1"}  # the heading joins nothing
    assert shown[lead] == {"a0", "a1"}  # both leads are one fact, shown by a sentence


PARK_BACKGROUND = (
    "وكانت البلدية قد طرحت مشروع حديقة الواجهة البحرية في المدينة الساحلية للمنافسة قبل "
    "عامين بتكلفة ثلاثين مليون ريال."
)
PARK_LEAD = "افتتح المحافظ أمس حديقة الواجهة البحرية الجديدة في المدينة الساحلية."


def test_the_lead_outranks_background_that_every_outlet_repeats():
    # three outlets close on one background sentence that names the headline's words: more
    # concept mass than any lead, but told last; the pyramid puts the lead first
    articles, vocabulary = _story([
        ("الأولى", "افتتاح حديقة الواجهة البحرية", " ".join([
            PARK_LEAD,
            "وتضم الحديقة ممرات للمشي وملاعب للأطفال ومسطحات خضراء واسعة ومواقف للسيارات.",
            "وقال مدير البلدية إن الحديقة ستستقبل الزوار يوميا من الساعة الرابعة عصرا.",
            PARK_BACKGROUND,
        ])),
        ("الثانية", "المحافظ يدشن حديقة الواجهة البحرية", " ".join([
            "دشن محافظ المدينة الساحلية حديقة الواجهة البحرية بعد اكتمال أعمالها.",
            "وأوضح أن المشروع يأتي ضمن خطة لزيادة المساحات الخضراء في الأحياء السكنية.",
            PARK_BACKGROUND,
        ])),
        ("الثالثة", "حديقة جديدة على البحر", " ".join([
            "فتحت حديقة الواجهة البحرية أبوابها للزوار في المدينة الساحلية أمس.",
            "وشهد الافتتاح حضورا كبيرا من الأهالي والزوار.",
            PARK_BACKGROUND,
        ])),
    ])
    assert not any(a.duplicate_of for a in articles)
    story = build_story(articles, vocabulary, 25)
    texts = [x.text for x in story.summary]
    assert texts[0] == PARK_LEAD
    assert PARK_BACKGROUND not in texts
    assert {c.article for c in story.summary[0].citations} == {"a0", "a1"}


def test_a_heading_is_no_step_of_the_pyramid():
    heading = "وزير الشؤون البلدية والقروية"
    articles, vocabulary = _story(
        [("الأولى", "نزع ملكية 151 عقارا", "\n".join([heading, LEAD, *ITEMS]))]
    )
    sentences = articles[0].sentences
    assert [s.text for s in sentences[:2]] == [heading, LEAD]
    stems = StoryStems(articles, vocabulary)
    facts = equivalent_sentences(sentences, stems)
    by_id = {a.id: a for a in articles}
    candidates = _candidates(facts, by_id, {"a0": "الأولى"})
    rank = {c.fact.members[0].text: c.rank for c in candidates}
    assert heading not in rank  # too short to be a candidate at all
    assert rank[LEAD] == 0  # the heading before it does not count
    assert [rank[t] for t in ITEMS] == [1, 2, 3]


def test_an_agency_dateline_is_no_step_of_the_pyramid():
    dateline = "جدة 25 شوال 1436هـ الموافق 10 أغسطس 2015م واس"
    articles, vocabulary = _story(
        [("الأولى", "نزع ملكية 151 عقارا", "\n".join([dateline, LEAD, *ITEMS]))]
    )
    sentences = articles[0].sentences
    assert sentences[0].text == dateline and sentences[0].words >= 6
    facts = equivalent_sentences(sentences, StoryStems(articles, vocabulary))
    candidates = _candidates(facts, {"a0": articles[0]}, {"a0": "الأولى"})
    rank = {c.fact.members[0].text: c.rank for c in candidates}
    assert dateline not in rank
    assert rank[LEAD] == 0


def test_a_sentence_reads_alone_unless_its_speaker_or_subject_is_before_it():
    assert reads_alone("وقال مدير المرور العقيد سعد الغامدي إن الطريق سيفتح قريبا.")
    assert reads_alone("وأضاف «الغامدي»: الطريق سيفتح قريبا.")  # a quoted name is a speaker
    assert reads_alone("أكدت \"الهيئة العامة\" أن الطريق سيفتح قريبا.")
    assert not reads_alone("وأضاف أن الطريق سيفتح قريبا.")
    assert not reads_alone("وقال: إن الطريق سيفتح قريبا.")
    assert not reads_alone("وتابع \"سنفتح الطريق أمام الحركة قريبا\".")
    assert not reads_alone("وأشار إلى أن الطريق سيفتح قريبا.")
    assert not reads_alone("وأكد سموه دعم الحكومة للمشروع.")
    # whatever the verb, a dignitary left to an honorific pronoun is left to the lines before
    assert not reads_alone("واطمأن سموه على صحة المصابين، داعياً لهم بالشفاء.")
    assert not reads_alone("كما دشن معاليه مشروع الطريق الجديد.")
    assert reads_alone("أعرب سمو أمير المنطقة عن شكره للحضور.")
    assert not reads_alone("وعبر عن عزائه ومواساته لأسر الشهداء.")  # who did is before
    assert reads_alone("وعبر الوزير عن عزائه ومواساته لأسر الشهداء.")
    assert not reads_alone("ودعا الله عز وجل أن يحفظ بلادنا ويديم عليها نعمة الأمن.")
    assert not reads_alone("وفيما يلي أسماء شهداء القوات الخاصة:")  # the list follows
    assert not reads_alone("كما وجه بتقديم الرعاية الطبية الكاملة للمصابين.")
    assert not reads_alone("وإصابة تسعة آخرين ثلاثة منهم إصاباتهم بالغة.")  # a count goes on
    assert reads_alone("وإصابات العمل في تراجع هذا العام حسب الإحصاءات الرسمية.")
    assert not reads_alone("وشمل القرار أيضا نزع ملكية 130 عقارا آخر.")  # adds to one before
    assert reads_alone("وشمل القرار نزع ملكية 130 عقارا آخر في المناطق أيضا.")
    assert not reads_alone("الأول صوب لودر والآخر صوب شقرة.")  # the two forces named before
    assert reads_alone("الأولوية في الخطة للطرق التي تربط المحافظات بالمدن الكبرى.")
    assert not reads_alone("جاء ذلك خلال جولته على مواقع العمل أمس.")
    assert not reads_alone("مؤكدا أن الطريق سيفتح قريبا.")  # goes on from a sentence before
    assert not reads_alone("وأوضح مدير المرور أن العمل مستمر في")  # a line cut short
    assert not reads_alone("وللتسجيل يرجى زيارة موقع الإدارة على الرابط www.")


def test_the_items_of_a_list_of_names_are_not_summarised():
    articles, _ = _story([("الأولى", "أسماء الشهداء", "\n".join([
        "أعلنت وزارة الداخلية أسماء شهداء الحادث الإرهابي الذي استهدف المسجد ظهر الخميس.",
        "وقال المتحدث الأمني إن الجهات المختصة تواصل التحقيق في ملابسات الحادث منذ وقوعه.",
        "العريف سلطان محمد أحمد الشهراني 34 عاما",
        "الجندي ممدوح مسفر محمد الحارثي 19 عاما",
    ]))])
    assert _wrapped_halves(articles[0]) == {2, 3}


def test_the_two_halves_of_a_hard_wrapped_sentence_are_not_summarised():
    first = "وأوضح مدير المرور العقيد سعد الغامدي أن أعمال الصيانة تشمل المسارات الثلاثة في"
    rest = "الاتجاهين وتستمر أسبوعين بإشراف فرق الأمانة والمرور على مدار الساعة."
    articles, vocabulary = _story([("الأولى", "إغلاق طريق الملك فهد للصيانة", "\n".join([
        "أغلقت إدارة المرور أمس طريق الملك فهد في الاتجاهين لأعمال صيانة عاجلة.",
        first,
        rest,
        "وتحولت حركة السيارات إلى الطرق البديلة التي وضعت عند مداخلها لوحات إرشادية.",
    ]))])
    assert [s.text for s in articles[0].sentences[1:3]] == [first, rest]
    story = build_story(articles, vocabulary, 100)
    texts = [x.text for x in story.summary]
    assert texts and first not in texts and rest not in texts


ROAD = "وأضاف أن الطريق سيفتح أمام الحركة المرورية بعد أسبوعين من انتهاء أعمال الصيانة الحالية."


def test_a_sentence_whose_speaker_is_left_before_it_is_not_summarised():
    # every outlet carries the sentence that tells when the road opens, each after its own
    # sentence naming the speaker: out of place, "he added" would name no one
    articles, vocabulary = _story([
        ("الأولى", "إغلاق طريق الملك فهد للصيانة", " ".join([
            "أغلقت إدارة المرور أمس طريق الملك فهد في الاتجاهين لأعمال صيانة عاجلة.",
            "وقال مدير المرور العقيد سعد الغامدي إن الإغلاق يشمل المسارات الثلاثة.",
            ROAD,
        ])),
        ("الثانية", "صيانة عاجلة تغلق طريق الملك فهد", " ".join([
            "بدأت أعمال صيانة عاجلة على طريق الملك فهد بعد إغلاقه أمام السيارات.",
            "وأوضح العقيد سعد الغامدي مدير المرور أن فرق الصيانة تعمل على مدار الساعة.",
            ROAD,
        ])),
        ("الثالثة", "طريق الملك فهد مغلق", " ".join([
            "تحولت حركة السيارات إلى الطرق البديلة بعد إغلاق طريق الملك فهد للصيانة.",
            "وذكر مدير المرور أن لوحات إرشادية وضعت عند مداخل الطرق البديلة.",
            ROAD,
        ])),
    ])
    sentences = [s for a in articles for s in a.sentences]
    facts = equivalent_sentences(sentences, StoryStems(articles, vocabulary))
    assert any(f.members[0].text == ROAD and len(f.members) == 3 for f in facts)
    story = build_story(articles, vocabulary, 60)
    texts = [x.text for x in story.summary]
    assert texts and ROAD not in texts
    assert all(reads_alone(t) for t in texts)


def test_a_long_line_without_a_stop_among_stopped_ones_is_half_a_sentence():
    articles, _ = _story([("الأولى", "إغلاق طريق الملك فهد للصيانة", "\n".join([
        "أغلقت إدارة المرور أمس طريق الملك فهد في الاتجاهين لأعمال صيانة عاجلة تستمر أسبوعين.",
        # wrapped: its other half opens mid-sentence
        "وأوضح مدير المرور العقيد سعد الغامدي أن أعمال الصيانة تشمل المسارات الثلاثة بطول",
        "عشرين كيلومترا بإشراف فرق الأمانة والمرور على مدار الساعة.",
        # only lost its stop: the next line opens a sentence on و
        "وتحولت حركة السيارات إلى الطرق البديلة التي وضعت عند مداخلها لوحات إرشادية كافية",
        "وتعمل دوريات المرور على تنظيم الحركة عند التقاطعات الرئيسية طوال ساعات الذروة.",
        "ودعت الإدارة قائدي المركبات إلى الالتزام بالسرعات المحددة والتقيد بالتعليمات.",
    ]))])
    assert all(articles[0].sentences[i].words >= 10 for i in (0, 1, 3, 4))
    assert _wrapped_halves(articles[0]) == {1}


def test_a_sentence_split_at_a_semicolon_after_its_subject_is_half_a_sentence():
    articles, _ = _story([("الأولى", "نتائج بنك التسليف", " ".join([
        # the subject, then ؛ where a comma goes, then the rest of the sentence
        "كشف المتحدث الرسمي للبنك السعودي للتسليف والادخار عبدالعزيز الناصر؛",
        "عن نتائج الربع الثاني من العام الحالي في تمويل المشروعات الصغيرة.",
        # the speaker (a title, no name), then ؛ and the statement
        "وأكد مدير الإدارة العامة للتمويل والتطوير في البنك؛",
        "أن البنك سيوسع برامج التمويل في المناطق كافة خلال العام المقبل.",
        # two clauses: the ؛ splits nothing
        "وبعث رئيس مجلس إدارة البنك برقية تهنئة إلى الموظف المثالي خالد العتيبي؛",
        "وذلك بمناسبة فوزه بجائزة التميز الوظيفي لهذا العام.",
    ]))])
    assert [s.text.rstrip()[-1] for s in articles[0].sentences] == ["؛", ".", "؛", ".", "؛", "."]
    assert _wrapped_halves(articles[0]) == {0, 1, 2, 3}


def test_after_a_whole_clause_and_a_semicolon_what_goes_on_with_it_is_half_a_sentence():
    articles, _ = _story([("الأولى", "تنظيم ساعات العمل في الصيف", " ".join([
        "أقرت وزارة العمل منع العمل تحت أشعة الشمس من الساعة الثانية عشرة حتى الثالثة عصرا؛",
        # goes on with the clause before: a purpose, no subject of its own
        "لضمان سلامة العاملين في المواقع المكشوفة خلال أشهر الصيف.",
        "وأوضحت الوزارة أن المخالفين سيتعرضون لغرامات مالية تتضاعف عند التكرار؛",
        # a clause of its own, on كما
        "كما ستنشر الوزارة فرقا ميدانية لمتابعة المنشآت في المدن الصناعية.",
        "وقال المتحدث الرسمي للوزارة في تصريح صحفي أمس؛",
        # the statement after إن: the sentence before only names who speaks
        "إن الوزارة تلقت أكثر من ألف بلاغ منذ بداية الشهر الماضي عبر تطبيقها.",
    ]))])
    assert [s.text.rstrip()[-1] for s in articles[0].sentences] == ["؛", ".", "؛", ".", "؛", "."]
    assert _wrapped_halves(articles[0]) == {1, 4, 5}


def test_a_long_line_cut_in_mid_sentence_takes_its_next_line_with_it():
    articles, _ = _story([("الأولى", "مدير الأمن العام يتفقد المصابين", "\n".join([
        "تفقد مدير الأمن العام أمس المصابين في حادث التفجير الذي وقع في مقر قوات الطوارئ.",
        "وأكد أن رجال الأمن سيبقون درعا لهذا الوطن يدافعون عنه في كل مكان تحت ظل قيادة",
        # the rest of the sentence above, though it reads like one
        "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز حفظه الله ورعاه.",
        "وتمنى للمصابين الشفاء العاجل وأن يعودوا إلى أعمالهم في أقرب وقت.",
        "ونقل تحيات القيادة إلى أسر الشهداء وأكد أن الدولة لن تتخلى عن ذويهم.",
    ]))])
    assert articles[0].sentences[1].words >= 15
    assert _wrapped_halves(articles[0]) == {1, 2}


def test_a_clause_that_hangs_on_the_sentence_before_does_not_read_alone():
    assert not reads_alone("حيث سيوزع المركز 100 ألف سلة غذائية على الأسر المتضررة.")
    assert not reads_alone("مما أدى إلى إغلاق الطريق أمام حركة السيارات لساعات.")
    assert not reads_alone("إذ يحسبون أن ما يفعلونه يرضي الناس.")
    assert reads_alone("حيثيات الحكم صدرت أمس عن المحكمة الإدارية في الرياض.")


def test_a_photos_caption_in_the_text_is_not_summarised():
    captions = [
        "الملك عبد الله الثاني خلال استقباله الأمير محمد بن سلمان في عمان أمس.",
        "الرئيس عبد الفتاح السيسي على سفينة «المحروسة» خلال حفل افتتاح قناة السويس الجديدة.",
    ]
    reports = [
        "وصل الأمير محمد بن سلمان ولي ولي العهد إلى العاصمة الأردنية عمان أمس في زيارة رسمية.",
        "الملك عبد الله الثاني يستقبل الأمير محمد بن سلمان في قصر الحسينية.",
        # a verb between the name and خلال: a sentence, not a caption
        "الملك عبد الله الثاني يلتقي خلال زيارته إلى الرياض الأمير محمد بن سلمان أمس.",
        "المواطن سعد الغامدي على يقين بأن الزيارة ستعزز التعاون بين البلدين.",
    ]
    articles, _ = _story([("الأولى", "ولي ولي العهد يصل إلى الأردن", "\n".join(
        [reports[0], captions[0], *reports[1:], captions[1]]
    ))])
    readable = {s.text: s.readable for s in articles[0].sentences}
    assert [readable[t] for t in captions] == [False, False]
    assert [readable[t] for t in reports] == [True] * len(reports)


def test_a_short_item_of_a_bulleted_list_is_not_summarised():
    articles, _ = _story([("الأولى", "برنامج حفل افتتاح القناة", "\n".join([
        "افتتح الرئيس أمس القناة الجديدة بحضور عدد كبير من قادة الدول والوفود الرسمية.",
        "وتضمن برنامج الحفل ما يلي:",
        "- كلمة الرئيس التاريخية بمناسبة الافتتاح.",
        "- عرض جوي وبحري تشارك فيه القوات المسلحة.",
        "- وبث فيلم تسجيلي عن مراحل حفر القناة منذ بداية المشروع وحتى اكتمال أعماله في موعده.",
    ]))])
    assert [s.readable for s in articles[0].sentences] == [True, False, False, False, True]


def test_the_lead_that_tells_most_of_the_story_opens_the_summary_before_the_detail():
    # two outlets open on the event after an agency's dateline, a third on a reaction: the
    # event covers most and comes first, though the reaction opens its article on line one
    event = "قتل خمسة عشر شخصا في تفجير انتحاري استهدف مسجدا لقوات الطوارئ في مدينة أبها."
    reaction = "أدان الأزهر الشريف بشدة الهجوم الإرهابي في أبها ودعا المسلمين إلى الوحدة في وجهه."
    articles, vocabulary = _story([
        ("الأولى", "تفجير انتحاري يستهدف مسجدا في أبها", "\n".join([
            "أبها 21 شوال 1436هـ الموافق 6 أغسطس 2015م واس", event,
            "وأوضحت وزارة الداخلية أن التحقيقات جارية لكشف هوية منفذ التفجير الانتحاري.",
        ])),
        ("الثانية", "15 قتيلا في تفجير مسجد قوات الطوارئ", "\n".join([
            "أبها 21 شوال 1436هـ الموافق 6 أغسطس 2015م واس", event,
            "وشهدت المدينة إجراءات أمنية مشددة حول المساجد والمقار الحكومية بعد التفجير.",
        ])),
        ("الثالثة", "الأزهر يدين تفجير أبها", "\n".join([
            reaction, "ودعا إلى الوقوف صفا واحدا في وجه الإرهاب الذي لا دين له.",
        ])),
    ])
    texts = [x.text for x in build_story(articles, vocabulary, 40).summary]
    assert texts[:2] == [event, reaction]
    assert len(texts) == 3  # and the detail after them


def test_every_story_gets_a_summary_even_one_run_on_paragraph():
    paragraph = " ".join(
        ["أعلنت الهيئة العامة للإحصاء نتائج مسح القوى العاملة للربع الثاني من العام الحالي"]
        + ["وبينت النتائج ارتفاع أعداد العاملين في القطاع الخاص في مناطق المملكة كافة"] * 6
    )
    articles, vocabulary = _story([("الأولى", "نتائج مسح القوى العاملة", paragraph)])
    assert len(articles[0].sentences) == 1 and articles[0].sentences[0].words > 50
    story = build_story(articles, vocabulary, 100)
    assert [x.text for x in story.summary] == [paragraph]


def test_a_dump_of_text_with_no_full_stop_is_no_summary():
    clause = "أعلنت الهيئة العامة للإحصاء نتائج مسح القوى العاملة في مناطق المملكة كافة"
    dump = " ".join([clause] * 50)  # 600 words, never a stop
    articles, vocabulary = _story([("الأولى", "نتائج مسح القوى العاملة", dump)])
    assert articles[0].sentences[0].words > 400
    story = build_story(articles, vocabulary, 100)
    assert story.summary == [] and story.headline == "نتائج مسح القوى العاملة"


def test_a_large_story_shares_stems_in_row_ranges_exactly_as_all_at_once(monkeypatch):
    rng = np.random.default_rng(7)
    n, vocabulary = dedup.DENSE_ROWS + 300, 400  # past the dense grid: the ranged path
    pairs = {(row, int(stem)) for row in range(n) for stem in rng.integers(0, vocabulary, 6)}
    rows, stems = (np.array(column) for column in zip(*sorted(pairs), strict=True))
    weights = rng.random(vocabulary)
    at_once = dedup.shared_stems(rows, stems, weights)
    monkeypatch.setattr(dedup, "PAIR_CHUNK", 500)
    ranged = dedup.shared_stems(rows, stems, weights)
    assert all(np.array_equal(a, b) for a, b in zip(at_once, ranged, strict=True))
    grid = np.zeros((n, vocabulary))
    grid[rows, stems] = 1.0
    count, total = grid @ grid.T, (grid * weights) @ grid.T
    earlier, later, n_shared, shared = ranged
    assert (earlier < later).all() and len(earlier) == np.count_nonzero(np.triu(count, 1))
    assert np.array_equal(n_shared, count[earlier, later])
    assert np.allclose(shared, total[earlier, later])


def test_a_question_is_not_summarised_even_when_every_outlet_asks_it():
    question = "فهل تنجح الحكومة الجديدة في إصلاح الخدمات قبل نهاية العام الحالي؟"
    articles, vocabulary = _story([
        ("الأولى", "الحكومة تقر حزمة إصلاحات", " ".join([
            "أقر مجلس الوزراء أمس حزمة إصلاحات تشمل خفض عدد الوزارات ودمج الهيئات.",
            question,
        ])),
        ("الثانية", "مجلس الوزراء يقر الإصلاحات", " ".join([
            "وافق مجلس الوزراء في جلسته أمس على حزمة إصلاحات لدمج الهيئات الحكومية.",
            question,
        ])),
    ])
    texts = [x.text for x in build_story(articles, vocabulary, 100).summary]
    assert texts and question not in texts


def test_story_stems_are_the_batch_numbers_of_the_sentences_stems():
    text = " ".join([LEAD, *ITEMS])
    articles, vocabulary = _story(
        [("الأولى", "نزع ملكية 151 عقارا", text), ("الثانية", "نزع ملكية", " ".join(ITEMS[1:]))]
    )
    stems = StoryStems(articles, vocabulary)
    words = [w for a in articles for s in a.sentences for w in s.stems]
    ids = stems.ids.tolist()
    assert len(ids) == len(words)
    # one id per stem and one stem per id, each with the stem's idf in the batch
    assert len(set(zip(words, ids, strict=True))) == len(set(words)) == len(set(ids))
    assert all(stems.idf[i] == vocabulary.idf[w] for w, i in zip(words, ids, strict=True))
    # a title's stems by their ids, those the sentences do not have left out
    assert stems.of_stems(["ملك", "ليس-في-القصة"]).tolist() == [ids[words.index("ملك")]]
    articles[1].sentences.pop()
    with pytest.raises(ValueError, match="changed after"):
        StoryStems(articles, vocabulary)


def test_a_batch_whose_articles_share_an_id_cannot_be_numbered():
    articles, _ = _story([("الأولى", "نزع ملكية", LEAD), ("الثانية", "نزع ملكية", ITEMS[0])])
    articles[1].id = articles[0].id
    with pytest.raises(ValueError, match="both called 'a0'"):
        batch_vocabulary(articles)

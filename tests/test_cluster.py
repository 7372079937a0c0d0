"""Story clustering: conflicting title clues, the size-dependent threshold, the date window."""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

from mujaz import cluster
from mujaz.arabic.segment import tokens
from mujaz.arabic.stem import content_stems
from mujaz.model import Article, Mention, Sentence


def _article(aid: str, title: str, text: str, names: list[str]) -> Article:
    """An article of one sentence whose `names` were tagged where they occur in `text`."""
    sentence = Sentence(aid, 0, 0, len(text), text, tuple(content_stems(tokens(text))))
    mentions = []
    for name in names:
        start = text.index(name)
        mentions.append(Mention(aid, start, start + len(name), name, "LOCATION"))
    return Article(
        aid, "src", aid, text, title=title, text=text, sentences=[sentence], mentions=mentions,
        title_stems=tuple(content_stems(tokens(title))),
    )


def test_titles_naming_different_countries_conflict_and_reports_of_one_do_not():
    niger = "بعث خادم الحرمين الشريفين برقية تهنئة لرئيس النيجر بذكرى استقلال بلاده"
    jamaica = "بعث خادم الحرمين الشريفين برقية تهنئة لحاكم جامايكا بذكرى استقلال بلاده"
    articles = [
        _article("a", "خادم الحرمين يهنئ رئيس النيجر بذكرى الاستقلال", niger, ["النيجر"]),
        _article("b", "خادم الحرمين يهنئ حاكم جامايكا بذكرى الاستقلال", jamaica, ["جامايكا"]),
        _article("c", "القيادة تهنئ رئيس النيجر", niger, ["النيجر"]),
        _article("d", "برقية إلى جامايكا", jamaica, ["جامايكا"]),
    ]
    clues = cluster.story_clues(articles)
    assert clues.factor(0, 1) == cluster.CONFLICT
    assert clues.factor(0, 2) == 1.0
    assert clues.factor(1, 3) == 1.0


def test_an_office_named_by_its_country_s_adjective_in_a_title_conflicts_with_another():
    egypt = "استقبل الملك في قصره بجدة وزير الخارجية المصري والوفد المرافق له واستعرض العلاقات"
    sudan = "عقد الملك في قصره بالرياض اجتماعا مع الرئيس السوداني واستعرض العلاقات الثنائية"
    sudan_named = "عقد الملك في قصره بالرياض اجتماعا مع رئيس السودان واستعرض العلاقات الثنائية"
    articles = [
        _article("a", "الملك يستقبل وزير الخارجية المصري", egypt, []),
        _article("b", "الملك يستقبل الرئيس السوداني", sudan, []),
        _article("c", "السودان والمملكة يبحثان العلاقات", sudan_named, ["السودان"]),
        _article("d", "الملك يبحث العلاقات مع السودان", sudan_named, ["السودان"]),
    ]
    clues = cluster.story_clues(articles)
    assert clues.factor(0, 1) == cluster.CONFLICT
    assert clues.factor(0, 2) == cluster.CONFLICT
    assert clues.factor(1, 2) == 1.0  # السوداني mentions السودان, though their stems differ
    assert cluster._title_countries("وزراء الخارجية الخليجيين والمصريين", {}) == set()
    assert cluster._title_countries("ووزراء الخارجية المصريين يصلون", {}) == {"مصر"}
    # an adjective elsewhere describes, or is a family name
    assert cluster._title_countries("الإمارات تدين حرق مستوطنين إسرائيليين لرضيع", {}) == set()
    assert cluster._title_countries("د. التركي يحث علماء الأمة", {}) == set()


def test_titles_naming_different_bodies_conflict_though_the_tagger_found_no_name():
    transport = "أقامت وزارة النقل حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك في مقرها"
    university = "أقامت جامعة القصيم حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك في مقرها"
    articles = [
        _article("a", "وزارة النقل تقيم حفل معايدة لمنسوبيها", transport, []),
        _article("b", "جامعة القصيم تحتفي بالعيد مع منسوبيها", university, []),
        _article("c", "حفل معايدة في وزارة النقل", transport, []),
    ]
    assert cluster._institutions("الرئاسة العامة للأرصاد وحماية البيئة تعايد منسوبيها") == [
        "الرئاسة العامة للأرصاد"
    ]
    clues = cluster.story_clues(articles)
    assert clues.factor(0, 1) == cluster.CONFLICT
    assert clues.factor(0, 2) == 1.0


def test_titles_naming_different_companies_in_quotation_marks_conflict():
    text = "أعلنت شركة {} عن ارتفاع صافي أرباحها في النصف الأول من العام بنسبة كبيرة"
    articles = [
        _article("a", "ارتفاع صافي أرباح «بترورابغ» في النصف الأول", text.format("بترورابغ"), []),
        _article("b", 'ارتفاع صافي أرباح "سبكيم" في النصف الأول', text.format("سبكيم"), []),
        _article("c", "أرباح بترورابغ ترتفع", text.format("بترورابغ"), []),
    ]
    assert cluster._quoted_names('تراجع أرباح "سبكيم " 39%') == ["سبكيم"]
    # a quoted word or statement is no name: its words are common in news
    assert cluster._quoted_names("الهجوم جاء «ردا» على مقتل مدنيين") == []
    assert cluster._quoted_names('كيري: واشنطن "ستسرع بيع الأسلحة" للخليج') == []
    clues = cluster.story_clues(articles)
    assert clues.factor(0, 1) == cluster.CONFLICT
    assert clues.factor(0, 2) == 1.0


def test_a_name_spelled_a_letter_apart_is_the_same_name():
    text = "أعلن اتحاد الكرة تعيين الحكم الإنجليزي {} رئيسا للجنة الحكام خلفا للرئيس السابق"
    howard, howerd, mark = "هاوارد ويب", "هاوورد ويب", "مارك كلاتنبرغ"
    articles = [
        _article("a", f"تعيين {howard} رئيسا للجنة الحكام", text.format(howard), [howard]),
        _article("b", f"{howerd} يرأس لجنة الحكام", text.format(howerd), [howerd]),
        _article("c", f"{mark} يرأس لجنة الحكام", text.format(mark), [mark]),
        _article("d", f"{howard} في الرياض", text.format(howard), [howard]),
        _article("e", f"{howerd} يصل", text.format(howerd), [howerd]),
        _article("f", f"{mark} يصل", text.format(mark), [mark]),
    ]
    clues = cluster.story_clues(articles)
    assert clues.factor(0, 1) == 1.0
    assert clues.factor(0, 2) == cluster.CONFLICT


def test_template_titles_of_different_subjects_conflict_and_one_subject_told_twice_does_not():
    text = "أقامت {} حفل معايدة لمنسوبيها بمناسبة عيد الفطر المبارك بحضور عدد من المسؤولين"
    articles = [
        _article("a", "كيمانول تعايد منسوبيها", text.format("شركة كيمانول"), []),
        _article("b", "الغذاء والدواء تعايد منسوبيها", text.format("الغذاء والدواء"), []),
        _article("c", "الصحة تعايد منسوبيها", text.format("الصحة"), []),
        _article("d", "المنسوبون يتبادلون التهاني", text.format("الصحة"), []),
        _article("e", "الوزارة تعايد منسوبيها", text.format("وزارة الصحة"), []),
        _article("f", "افتتاح مهرجان الصيف في أبها", "بدأت فعاليات مهرجان الصيف", []),
        _article("g", "انطلاق مهرجان الصيف في أبها", "بدأت فعاليات مهرجان الصيف", []),
    ]
    clues = cluster.story_clues(articles)
    assert clues.factor(0, 1) == cluster.CONFLICT**2  # the boilerplate is all they share
    assert clues.factor(2, 3) == 1.0  # titles that do not end alike
    assert clues.factor(2, 4) == 1.0  # the other article names this subject: one event
    assert clues.factor(5, 6) == 1.0  # alike from a noun on: one event told in other words


def test_titles_stating_different_figures_conflict_unless_one_article_gives_the_other():
    articles = [
        _article(
            "a", "تراجع أرباح الغاز إلى 69 مليون ريال", "أعلنت الشركة أرباحا بلغت 69 مليون ريال", []
        ),
        _article(
            "b",
            "ارتفاع أرباح القابضة إلى 378 مليون ريال",
            "أعلنت الشركة أرباحا بلغت 378 مليون ريال",
            [],
        ),
        _article(
            "c", "أرباح الغاز 69 مليونا", "بلغت الأرباح 69 مليون ريال بعد أن كانت 72 مليونا", []
        ),
    ]
    clues = cluster.story_clues(articles)
    assert clues.factor(0, 1) == cluster.CONFLICT
    assert clues.factor(0, 2) == 1.0


def test_groups_merge_at_a_lower_mean_than_single_articles():
    t = cluster.STORY_SIMILARITY
    assert cluster.merge_threshold(t, 1) == t
    assert cluster.merge_threshold(t, 9) < t
    assert cluster.merge_threshold(t, 1e12) > t * cluster.LARGE_STORY_SHARE
    cross = cluster.merge_threshold(t, 9) + 0.01  # two tight groups of three, weakly linked
    sim = np.full((6, 6), cross)
    sim[:3, :3] = sim[3:, 3:] = 0.8
    assert sorted(map(sorted, cluster._greedy_link(sim.copy(), t))) == [[0, 1, 2, 3, 4, 5]]
    pair = np.array([[1.0, cross], [cross, 1.0]])  # the same mean between two articles
    assert sorted(map(sorted, cluster._greedy_link(pair, t))) == [[0], [1]]


def test_articles_are_compared_within_the_damping_window_and_undated_with_all():
    vectors = csr_matrix(np.ones((4, 1), dtype=np.float32))
    days = np.array([10.0, 0.0, np.nan, 2.0])  # 0 and 3 are two days apart, 0 and 1 ten
    graph = cluster.similarity_graph(vectors, days, cluster.STORY_SIMILARITY)
    pairs = {(int(i), int(j)) for i, j in zip(*graph.nonzero(), strict=True)}
    assert pairs == {(0, 2), (1, 2), (2, 3), (1, 3)}
    assert graph[1, 3] < 1.0 and graph[0, 2] == 1.0


def test_only_pairs_of_different_outlets_relax_the_merge_threshold():
    """Two tight pairs, loosely linked to each other: told by four outlets they are one story;
    one paper's four items of one kind (or two papers' two each) stay two."""
    sim = np.full((4, 4), 0.25)
    sim[0, 1] = sim[1, 0] = sim[2, 3] = sim[3, 2] = 0.35

    def groups(outlets):
        found = cluster._greedy_link(sim.copy(), 0.3, np.array(outlets))
        return sorted(sorted(g) for g in found)

    assert groups([0, 1, 2, 3]) == [[0, 1, 2, 3]]
    assert groups([0, 0, 0, 0]) == [[0, 1], [2, 3]]
    assert groups([0, 1, 0, 1]) == [[0, 1], [2, 3]]


def test_a_batch_of_one_outlet_links_as_if_outlets_were_unknown():
    """One paper's archive (or records naming no source) still joins a story's angles."""
    sim = np.triu(np.full((4, 4), 0.25), 1)
    sim[0, 1] = sim[2, 3] = 0.35
    graph = csr_matrix(sim)
    eye = csr_matrix(np.eye(4))
    days = np.full(4, np.nan)

    def groups(outlets):
        found = cluster.average_link(graph, eye, days, 0.3, outlets)
        return sorted(sorted(g) for g in found)

    assert groups(["p", "p", "p", "p"]) == [[0, 1, 2, 3]] == groups(None)
    assert groups(["p", "q", "p", "q"]) == [[0, 1], [2, 3]]


def _stems(title: str, *lead: str) -> tuple[list[str], list[list[str]]]:
    return content_stems(tokens(title)), [content_stems(tokens(s)) for s in lead]


def _incident_words(title: str, *lead: str) -> frozenset[str]:
    return cluster.incident_words(*_stems(title, *lead))


def _join(reports: list[tuple[str, str, str]], groups: list[list[int]], days: np.ndarray):
    """`join_incident_reports` on reports given as (title, lead or "", outlet), sorted."""
    stems = [_stems(title, *filter(None, [lead])) for title, lead, _ in reports]
    words = [cluster.incident_words(*s) for s in stems]
    leads = [cluster.lead_words(*s) for s in stems]
    outlets = [outlet for _, _, outlet in reports]
    found = cluster.join_incident_reports(groups, words, leads, outlets, days)
    return sorted(map(sorted, found))


def test_an_article_names_its_incident_by_the_words_after_the_first_incident_noun():
    words = _incident_words(
        "الجامعة العربية تدين انفجار سوق الحمراء ببريدة",
        "أدانت الجامعة العربية حادث انفجار صهريج الغاز في السوق",
        "وقال الدفاع المدني إن الحريق امتد إلى المحلات المجاورة",
    )
    assert {"سوق", "حمراء", "بريد", "صهريج", "غاز"} <= words
    assert not {"محلا", "امتد"} & words  # a later incident noun tells the course, not the name
    assert _incident_words("الأمير يستقبل سفير اليابان") == frozenset()
    assert not any(w[0].isdigit() for w in _incident_words("انفجار 3 سيارات في 2015"))
    # how it was done is no name: car bombs in Baghdad and in Diyarbakır are two incidents
    baghdad = _incident_words("ارتفاع حصيلة تفجير سيارة مفخخة ببغداد الجديدة")
    diyarbakir = _incident_words("مقتل جنديين في انفجار سيارة مفخخة في ديار بكر")
    assert not baghdad & diyarbakir
    assert "بغداد" in baghdad and {"ديار", "بكر"} <= diyarbakir


def test_an_act_with_a_kind_word_is_an_incident_and_kind_words_do_not_use_up_its_name():
    words = _incident_words(
        "الرئيس العام لرعاية الشباب يدين",
        "أدان الرئيس العام العمل الإرهابي الآثم الذي استهدف مسجدا بمقر قوات الطوارئ بعسير",
    )
    assert {"مسجد", "مقر", "قوا", "طوارء", "عسير"} <= words
    assert not {"ارهاب", "اثم", "استهدف"} & words
    assert _incident_words("العمل التطوعي في الصيف", "بدأ العمل في مشروع الطريق") == frozenset()


def test_reports_naming_an_incident_join_its_story_and_reports_of_its_kind_do_not():
    core = "الانفجار الإرهابي الغاشم في سوق الحمراء ببريدة يوقع قتلى"
    where = "ووقع الانفجار جنوب المدينة صباح اليوم"
    reports = [
        (core, where, "one"), (core, where, "two"), (core, where, "three"),
        (core, where, "one"), (core, where, "two"),
        ("الجامعة العربية تدين انفجار سوق الحمراء ببريدة", "", "four"),
        ("أمير المنطقة يعزي أسر ضحايا الانفجار الإرهابي الغاشم", "", "five"),  # kind, not which
        ("حريق جنوب المدينة يأتي على مستودع", "", "six"),  # words common in any news
        ("مجلس الوزراء يدين انفجار سوق الحمراء ببريدة", "", "seven"),  # a week later
    ]
    days = np.array([10.0] * 8 + [17.0])
    # two stories of the incident (3 and 2 reports) are not yet an incident story: none joins
    groups = [[0, 1, 2], [3, 4], [5], [6], [7], [8]]
    assert _join(reports, groups, days) == sorted(map(sorted, groups))
    groups = [[0, 1, 2, 3, 4], [5], [6], [7], [8]]
    assert _join(reports, groups, days) == [[0, 1, 2, 3, 4, 5], [6], [7], [8]]
    undated = np.full(9, np.nan)
    assert _join(reports, groups, undated) == [[0, 1, 2, 3, 4, 5, 8], [6], [7]]


def test_a_report_names_its_incident_anywhere_in_its_lead_with_words_rare_together():
    core = "تفجير مسجد قوات الطوارئ بعسير"
    reports = [(core, "", outlet) for outlet in ("one", "two", "three", "one", "two")] + [
        # the funeral names the mosque, not the bombing; its fellow report says both
        ("جثمان الشهيد يصل الطائف", "الشهيد استشهد داخل مسجد قوات الطوارئ بعسير", "four"),
        ("نقل جثمان الشهيد", "استشهد إثر تفجير مسجد قوات الطوارئ", "five"),
        # an incident noun, but words that are common together
        ("حادث مروري في المنطقة", "وقع الحادث في المنطقة مساء أمس", "six"),
    ]
    days = np.full(8, 10.0)
    assert _join(reports, [[0, 1, 2, 3, 4], [5, 6], [7]], days) == [[0, 1, 2, 3, 4, 5, 6], [7]]
    # the funeral alone never says the incident's words after an incident noun: not a candidate
    groups = [[0, 1, 2, 3, 4], [5], [6], [7]]
    assert _join(reports, groups, days) == [[0, 1, 2, 3, 4, 6], [5], [7]]


def test_reports_of_a_draw_from_their_own_angles_join_the_draw():
    core = "قرعة تصفيات كأس العالم 2018 تضع إسبانيا مع إيطاليا"
    reports = [(core, "", outlet) for outlet in ("one", "two", "three", "one", "two")] + [
        ("ردود أفعال على قرعة تصفيات كأس العالم", "", "four"),
        ("قرعة سهلة لعرب أفريقيا في تصفيات كأس العالم", "", "five"),
        ("قرعة الدوري المحلي للموسم الجديد", "", "six"),  # another draw
    ]
    groups = [[0, 1, 2, 3, 4], [5], [6], [7]]
    assert _join(reports, groups, np.full(8, 10.0)) == [[0, 1, 2, 3, 4, 5, 6], [7]]


def test_a_story_half_of_whose_reports_name_the_incident_joins_it():
    core = "تفجير مسجد قوات الطوارئ بعسير"
    reports = [(core, "", outlet) for outlet in ("one", "two", "three", "one", "two")] + [
        # condolences: two name the mosque, two only "the terrorist incident"
        ("مدير السجون يعزي", "أدان الحادث الإرهابي الذي استهدف مسجد قوات الطوارئ بعسير", "four"),
        ("الحمزي يعزي القيادة", "أدان الحادث الإرهابي الذي استهدف المصلين في بيت من بيوت الله",
         "five"),
        ("أمنيون يدينون", "الحادث الإرهابي الغادر في مسجد قوات الطوارئ بأبها", "six"),
        ("قيادات أمنية تعزي", "قدموا تعازيهم في شهداء الحادث الإرهابي الغادر", "seven"),
    ]
    groups = [[0, 1, 2, 3, 4], [5, 6, 7, 8]]
    assert _join(reports, groups, np.full(9, 10.0)) == [list(range(9))]


def test_a_group_in_the_news_every_day_names_no_incident():
    core = "تفجير انتحاري تبناه تنظيم داعش في بلدة سروج"
    reports = [(core, "", outlet) for outlet in ("one", "two", "three", "one", "two")] + [
        ("هجوم تنظيم داعش على بغداد", "", "four"),  # another attack by the same group
        ("الأمم المتحدة تدين تفجير سروج الذي تبناه تنظيم داعش", "", "five"),
    ]
    groups = [[0, 1, 2, 3, 4], [5], [6]]
    assert _join(reports, groups, np.full(7, 10.0)) == [[0, 1, 2, 3, 4, 6], [5]]


def test_a_story_naming_two_incidents_alike_joins_the_one_found_first():
    """Whatever the hashes of its words: the same batch gives the same stories every run."""
    first, second = frozenset({"قلعوس", "بطرخان"}), frozenset({"زنبرق", "طرشيح"})
    words = [frozenset()] * 21
    words[1:6] = [first] * 5
    words[13:18] = [second] * 5
    # the story's first article names the second incident alone, its second the first alone
    words[18:21] = [second, first, first | second]
    outlets = ["one", "two", "three"] * 7
    groups = [[0], [1, 2, 3, 4, 5], *([i] for i in range(6, 13)), [13, 14, 15, 16, 17]]
    groups.append([18, 19, 20])
    joined = cluster.join_incident_reports(groups, words, words, outlets, np.full(21, 10.0))
    assert [1, 2, 3, 4, 5, 18, 19, 20] in joined

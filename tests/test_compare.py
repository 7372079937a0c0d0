"""Figures and dates compared across a story's sources."""

from mujaz.compare import compare_figures, story_dates
from mujaz.model import DateMention, Quantity

SOURCES = {"a1": "alpha", "a2": "beta", "a3": "gamma", "a4": "alpha"}


def q(article: str, value: float, counts: str, kind: str = "cardinal", unit=None) -> Quantity:
    text = f"{value:g} {counts}"
    return Quantity(article, 0, len(text), text, value, kind, unit, counts)


def test_same_count_in_several_sources_is_agreed():
    (figure,) = compare_figures([q("a1", 26, "دولة"), q("a2", 26, "دولة")], SOURCES)
    assert figure.status == "agreed" and figure.articles == ["a1", "a2"]


def test_different_counts_of_one_thing_conflict_with_who_says_which():
    figures = compare_figures(
        [q("a1", 270, "مدنيا"), q("a2", 300, "مدنيين"), q("a3", 270, "مدنيا")], SOURCES
    )
    (figure,) = figures
    assert figure.status == "conflict"
    assert [(v.value, v.sources) for v in figure.variants] == [
        (270, ["alpha", "gamma"]), (300, ["beta"])
    ]


def test_a_source_with_several_values_for_one_thing_is_not_a_conflict():
    figures = compare_figures(
        [q("a1", 5, "قتلى"), q("a1", 12, "قتلى"), q("a2", 5, "قتلى")], SOURCES
    )
    assert sorted((f.value, f.status) for f in figures) == [(5, "agreed"), (12, "single")]


def test_reprints_of_one_source_do_not_make_agreement():
    (figure,) = compare_figures([q("a1", 40, "غارة"), q("a4", 40, "غارة")], SOURCES)
    assert figure.status == "single"


def test_bare_numbers_are_not_compared():
    assert compare_figures([q("a1", 3, ""), q("a2", 4, "")], SOURCES) == []


def test_dates_group_by_resolved_value():
    dates = story_dates(
        [
            DateMention("a1", 0, 9, "20 يناير", "2016-01-20"),
            DateMention("a2", 0, 8, "الأربعاء", "2016-01-20"),
            DateMention("a2", 0, 13, "الشهر الماضي", "2015-12"),
        ]
    )
    assert [(d.value, d.articles) for d in dates] == [
        ("2016-01-20", ["a1", "a2"]), ("2015-12", ["a2"])
    ]


def test_money_amounts_never_conflict():
    figures = compare_figures(
        [q("a1", 500e6, "دولار", "money", "USD"), q("a2", 2e9, "دولار", "money", "USD")], SOURCES
    )
    assert sorted(f.status for f in figures) == ["single", "single"]


def test_counted_nouns_match_across_clitics_and_plurals():
    figures = compare_figures([q("a1", 7, "وزراء"), q("a2", 7, "الوزراء")], SOURCES)
    assert [(f.value, f.status) for f in figures] == [(7, "agreed")]
    figures = compare_figures([q("a1", 12, "غارة"), q("a2", 15, "غارات")], SOURCES)
    assert [f.status for f in figures] == ["conflict"]
    figures = compare_figures([q("a1", 3, "مدن"), q("a2", 300, "مدني")], SOURCES)
    assert sorted(f.status for f in figures) == ["single", "single"]  # cities, not civilians


def test_values_conflict_only_when_their_clauses_count_the_same_thing():
    from mujaz.extract.figures import find_quantities

    texts = {
        "a1": "وهرعت 4 فرق إسعافية إلى موقع الحادث على طريق الأفلاج.",
        "a2": "وباشرت الحادث خمس فرق إسعافية من الهلال الأحمر.",
        "a3": "وسجل المهاجم الهولندي (27 عاما) هدفين في المباراة.",
        "a4": "وتعاقد النادي مع حارس برازيلي يبلغ 25 عاما.",
    }
    sources = {"a1": "alpha", "a2": "beta", "a3": "alpha", "a4": "beta"}
    found = [q for a, t in texts.items() for q in find_quantities(t, a)]
    figures = compare_figures(found, sources, texts)
    status = {(f.counts, f.status) for f in figures}
    assert ("فرق", "conflict") in status
    assert ("عاما", "single") in status and ("عاما", "conflict") not in status

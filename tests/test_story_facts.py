"""Who, what, how many, end to end: entities, quotes, figures and dates of briefed stories."""

from __future__ import annotations

import mujaz
from mujaz.render import briefing_dict, to_html, to_markdown
from tests.conftest import EXAMPLES, validate


def _paris(briefing):
    return max(briefing.stories, key=lambda s: len(s.articles))


def test_aliases_of_people_and_groups_merge_across_sources(sample_briefing):
    entities = {e.name: e for e in _paris(sample_briefing).entities}
    carter = entities["آشتون كارتر"]
    assert carter.type == "PERSON"
    assert {"كارتر", "أشتون كارتر"} <= set(carter.aliases)
    assert len(carter.articles) >= 3
    isis = entities["تنظيم الدولة الإسلامية"]
    assert isis.type == "ORG" and "داعش" in isis.aliases
    assert entities["سوريا"].type == "LOCATION"
    # Kerry and his spokesman Kirby are two people
    names = set(entities)
    assert not any("كيري" in e.aliases for e in entities.values() if e.name == "جون كيربي")
    assert "جون كيربي" in names


def test_quotes_carry_speakers_without_titles(sample_briefing):
    story = _paris(sample_briefing)
    articles = {a.id: a for a in sample_briefing.articles}
    by_speaker = {}
    for q in story.quotes:
        assert articles[q.article].text[q.start : q.end] == q.text
        by_speaker.setdefault(q.speaker, []).append(q.text)
    assert any(t.startswith("الوقت حان") for t in by_speaker["مايكل فالون"])
    assert any("تؤتي ثمارها" in t for t in by_speaker["جان إيف لودريان"])
    # "رأس الأفعى" in straight quotes is a scare quote, never a statement of its own
    assert not any(q.text == "رأس الأفعى" for q in story.quotes)


def test_figures_carry_what_they_count_and_who_agrees(sample_briefing):
    story = _paris(sample_briefing)
    shown = {f.text: f for f in story.figures}
    assert "270 مدنيا" in shown and "26 دولة" in shown
    agreed = [f for f in story.figures if f.status == "agreed"]
    assert agreed and all(len(f.articles) > 1 for f in agreed)


def test_examples_resolve_relative_dates_and_validate():
    briefing = mujaz.brief([EXAMPLES])
    doc = briefing_dict(briefing)
    validate(doc)
    measles = next(s for s in briefing.stories if "الحصبة" in s.headline)
    values = {d.value for d in measles.dates}
    assert "2024-03-10" in values  # اليوم الأحد, against the article's publication date
    (cases,) = [f for f in measles.figures if f.counts.startswith("حال") and f.value == 340]
    assert cases.status == "agreed"
    speakers = {q.speaker for q in measles.quotes}
    assert "سالم العتيبي" in speakers
    md, html = to_markdown(briefing), to_html(briefing)
    assert "### التصريحات" in md and "سالم العتيبي" in md
    assert "<h3>الأرقام</h3>" in html

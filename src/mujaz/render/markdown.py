"""Markdown briefing: one section per story, summary sentences with numbered citations."""

from __future__ import annotations

from mujaz.model import Article, Briefing, Story
from mujaz.render.counts import ARTICLE, STORY, TIME, count_ar, quoted_ar

TYPE_NAMES = {"PERSON": "شخص", "ORG": "منظمة", "LOCATION": "مكان", "MISC": "أخرى"}
STATUS_NAMES = {"agreed": "متفق عليه", "conflict": "خلاف بين المصادر", "single": "مصدر واحد"}
SHOWN = 12  # entities, figures and dates listed per story; the JSON has them all


def _cite(articles: dict[str, Article], article: str, sentence: int) -> str:
    a = articles[article]
    return f"{a.source} ({article}#{sentence})"


def _md(text: str) -> str:
    # one line (a date written across a line break, an untitled article's opening lines would
    # end the list item), and Markdown syntax characters not read as markup
    text = " ".join(text.split())
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def _more(items: list, shown: int) -> list[str]:
    return [f"- … و{len(items) - shown} أخرى في JSON"] if len(items) > shown else []


def _facts(story: Story, articles: dict[str, Article]) -> list[str]:
    """Entities, quotes, figures, dates and what each source alone reports."""
    out: list[str] = []
    if story.entities:
        out += ["### الأطراف", ""]
        for e in story.entities[:SHOWN]:
            also = f"؛ أيضا: {_md('، '.join(e.aliases))}" if e.aliases else ""
            out.append(
                f"- **{_md(e.name)}** ({TYPE_NAMES.get(e.type, e.type)}{also}) — "
                f"{count_ar(e.mentions, TIME)} في "
                f"{count_ar(len(e.articles), ARTICLE, after_preposition=True)}"
            )
        out += [*_more(story.entities, SHOWN), ""]
    if story.quotes:
        out += ["### التصريحات", ""]
        for q in story.quotes:
            cite = _cite(articles, q.article, q.sentence)
            out.append(f"- **{_md(q.speaker)}**: {_md(quoted_ar(q.text))} — [{_md(cite)}]")
        out.append("")
    if story.figures:
        out += ["### الأرقام", ""]
        for f in story.figures[:SHOWN]:
            if f.status == "conflict":
                said = " / ".join(
                    f"{_md(v.text)} ({_md('، '.join(v.sources))})" for v in f.variants
                )
                out.append(f"- **{STATUS_NAMES['conflict']}**: {said}")
            else:
                sources = "، ".join(dict.fromkeys(articles[a].source for a in f.articles))
                out.append(f"- {_md(f.text)} — {STATUS_NAMES[f.status]} ({_md(sources)})")
        out += [*_more(story.figures, SHOWN), ""]
    if story.dates:
        out += ["### التواريخ", ""]
        for d in story.dates[:SHOWN]:
            value = d.value or "غير محدد"
            out.append(f"- {value} — «{_md(d.text)}» ({'، '.join(d.articles)})")
        out += [*_more(story.dates, SHOWN), ""]
    if story.contributions:
        out += ["### ما ينفرد به كل مصدر", ""]
        for c in story.contributions:
            a = articles[c.article]
            out.append(f"- **{_md(a.source)}** ({c.article}):")
            for x in c.only_here:
                out.append(f"  - {_md(a.sentences[x.sentence].text)} [{x.article}#{x.sentence}]")
        out.append("")
    return out


def to_markdown(b: Briefing) -> str:
    """The briefing as a Markdown document."""
    articles = {a.id: a for a in b.articles}
    out = ["# موجز: الإحاطة الإخبارية", ""]
    read = count_ar(len(b.articles), ARTICLE, after_preposition=True)
    out.append(f"{count_ar(len(b.stories), STORY)} من {read}.")
    out.append("")
    for story in b.stories:
        out.append(f"## {_md(story.headline)}")
        out.append("")
        out.append(f"المصادر: {_md('، '.join(story.sources))}")
        out.append("")
        for x in story.summary:
            cites = "؛ ".join(_cite(articles, c.article, c.sentence) for c in x.citations)
            out.append(f"- {_md(x.text)} — [{_md(cites)}]")
        out.append("")
        out.extend(_facts(story, articles))
        out.append("المقالات:")
        out.append("")
        for aid in story.articles:
            a = articles[aid]
            dup = f" (نسخة من {a.duplicate_of})" if a.duplicate_of else ""
            title = _md(a.title or a.text[:80])
            out.append(f"- {aid}: {_md(a.source)} — {title} — `{a.location}`{dup}")
        out.append("")
    if b.errors:
        out.append("## أخطاء الإدخال")
        out.append("")
        for e in b.errors:
            out.append(f"- `{e.location}`: {_md(e.error)}")
        out.append("")
    return "\n".join(out)

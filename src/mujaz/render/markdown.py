"""Markdown briefing: one section per story, summary sentences with numbered citations."""

from __future__ import annotations

from mujaz.model import Article, Briefing


def _cite(articles: dict[str, Article], article: str, sentence: int) -> str:
    a = articles[article]
    return f"{a.source} ({article}#{sentence})"


def _md(text: str) -> str:
    # keep Markdown syntax characters from being read as markup
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(b: Briefing) -> str:
    """The briefing as a Markdown document."""
    articles = {a.id: a for a in b.articles}
    out = ["# موجز: الإحاطة الإخبارية", ""]
    out.append(f"{len(b.stories)} قصة من {len(b.articles)} مقالا.")
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
        if story.contributions:
            out.append("### ما ينفرد به كل مصدر")
            out.append("")
            for c in story.contributions:
                a = articles[c.article]
                out.append(f"- **{_md(a.source)}** ({c.article}): {len(c.only_here)} جملة")
            out.append("")
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

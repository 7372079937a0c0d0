"""A standalone right-to-left HTML report.

Every piece of text is escaped; each citation is a link to its source sentence, which the
report shows inside the full cleaned text of its article (anchored `#a3-s7`).
"""

from __future__ import annotations

from html import escape

from mujaz.model import Article, Briefing, Citation, Story
from mujaz.render.counts import ARTICLE, STORY, count_ar, quoted_ar
from mujaz.render.markdown import SHOWN, STATUS_NAMES, TYPE_NAMES

_STYLE = """
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;max-width:60rem;
margin:2rem auto;padding:0 1rem;line-height:1.8;color:#1b1b1b;background:#fdfdfb}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
.story{margin-bottom:2.5rem}.sources{color:#555;font-size:.9rem}
.summary li{margin:.4rem 0}.cite{font-size:.8rem;margin-inline-start:.3rem}
.cite a{text-decoration:none;background:#eef3fb;border-radius:.3rem;padding:0 .3rem;margin:0 .1rem}
details{margin:.3rem 0}.article p{margin:.2rem 0}.sentence:target{background:#fff3b0}
.dup{color:#a15c00;font-size:.85rem}.errors{color:#8b0000}
h3{font-size:1.05rem;margin:1rem 0 .3rem}.facts li{margin:.2rem 0}.type{color:#666;font-size:.85rem}
.conflict{color:#8b0000;font-weight:bold}.speaker{font-weight:bold}.more{color:#666}
"""


def _article_block(a: Article) -> str:
    body = "".join(
        f'<span class="sentence" id="{escape(a.id)}-s{s.index}">{escape(s.text)}</span> '
        for s in a.sentences
    )
    dup = (
        f' <span class="dup">نسخة من <a href="#{escape(a.duplicate_of)}">'
        f"{escape(a.duplicate_of)}</a></span>"
        if a.duplicate_of
        else ""
    )
    title = escape(a.title or "(بلا عنوان)")
    return (
        f'<details class="article" id="{escape(a.id)}"><summary>{escape(a.id)} · '
        f"{escape(a.source)} · {title}{dup}</summary>"
        f'<p class="location" dir="ltr">{escape(a.location)}</p><p>{body}</p></details>'
    )


def _link(articles: dict[str, Article], c: Citation) -> str:
    source = escape(articles[c.article].source)
    return f'<a href="#{escape(c.article)}-s{c.sentence}" title="{source}">{source}</a>'


def _list(title: str, items: list[str], total: int) -> list[str]:
    more = ""
    if total > len(items):
        more = f'<li class="more">… و{total - len(items)} أخرى في JSON</li>'
    return [f"<h3>{title}</h3>", '<ul class="facts">', *items, more, "</ul>"]


def _facts(story: Story, articles: dict[str, Article]) -> list[str]:
    """Entities, quotes, figures (conflicts first), dates, and what each source alone says."""
    parts: list[str] = []
    if story.entities:
        items = [
            f"<li>{escape(e.name)} <span class=\"type\">{TYPE_NAMES.get(e.type, e.type)}"
            + (f" · {escape('، '.join(e.aliases))}" if e.aliases else "")
            + f" · {e.mentions}×</span></li>"
            for e in story.entities[:SHOWN]
        ]
        parts += _list("الأطراف", items, len(story.entities))
    if story.quotes:
        items = [
            f'<li><span class="speaker">{escape(q.speaker)}</span>: {escape(quoted_ar(q.text))} '
            f'<span class="cite">{_link(articles, Citation(q.article, q.sentence))}</span></li>'
            for q in story.quotes
        ]
        parts += _list("التصريحات", items, len(items))
    if story.figures:
        items = []
        for f in story.figures[:SHOWN]:
            if f.status == "conflict":
                said = " / ".join(
                    f"{escape(v.text)} ({escape('، '.join(v.sources))})" for v in f.variants
                )
                items.append(f'<li><span class="conflict">{STATUS_NAMES["conflict"]}</span>: '
                             f"{said}</li>")
            else:
                sources = "، ".join(dict.fromkeys(articles[a].source for a in f.articles))
                items.append(f"<li>{escape(f.text)} <span class=\"type\">"
                             f"{STATUS_NAMES[f.status]} · {escape(sources)}</span></li>")
        parts += _list("الأرقام", items, len(story.figures))
    if story.dates:
        items = [
            f"<li>{escape(d.value or 'غير محدد')} <span class=\"type\">«{escape(d.text)}» · "
            f"{count_ar(len(d.articles), ARTICLE)}</span></li>"
            for d in story.dates[:SHOWN]
        ]
        parts += _list("التواريخ", items, len(story.dates))
    if story.contributions:
        items = []
        for c in story.contributions:
            a = articles[c.article]
            said = "".join(
                f"<li>{escape(a.sentences[x.sentence].text)} "
                f'<span class="cite">{_link(articles, x)}</span></li>'
                for x in c.only_here
            )
            items.append(f"<li><b>{escape(a.source)}</b><ul>{said}</ul></li>")
        parts += _list("ما ينفرد به كل مصدر", items, len(items))
    return parts


def to_html(b: Briefing) -> str:
    """The briefing as one self-contained HTML page (dir="rtl", lang="ar")."""
    articles = {a.id: a for a in b.articles}
    stories = count_ar(len(b.stories), STORY)
    parts = [
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>موجز — {stories}</title><style>{_STYLE}</style></head><body>",
        f"<h1>موجز: {stories} من {count_ar(len(b.articles), ARTICLE, after_preposition=True)}</h1>",
    ]
    for story in b.stories:
        parts.append(f'<section class="story" id="{escape(story.id)}">')
        parts.append(f"<h2>{escape(story.headline)}</h2>")
        parts.append(f'<p class="sources">المصادر: {escape("، ".join(story.sources))}</p>')
        parts.append('<ol class="summary">')
        for x in story.summary:
            links = "".join(
                f'<a href="#{escape(c.article)}-s{c.sentence}" '
                f'title="{escape(articles[c.article].source)}">'
                f"{escape(articles[c.article].source)}</a>"
                for c in x.citations
            )
            parts.append(f'<li>{escape(x.text)}<span class="cite">{links}</span></li>')
        parts.append("</ol>")
        parts.extend(_facts(story, articles))
        for aid in story.articles:
            parts.append(_article_block(articles[aid]))
        parts.append("</section>")
    if b.errors:
        parts.append('<section class="errors"><h2>أخطاء الإدخال</h2><ul>')
        for e in b.errors:
            parts.append(
                f'<li><code dir="ltr">{escape(e.location)}</code>: {escape(e.error)}</li>'
            )
        parts.append("</ul></section>")
    parts.append("</body></html>")
    return "\n".join(parts)

"""A standalone right-to-left HTML report.

Every piece of text is escaped; each citation is a link to its source sentence, which the
report shows inside the full cleaned text of its article (anchored `#a3-s7`).
"""

from __future__ import annotations

from html import escape

from mujaz.model import Article, Briefing

_STYLE = """
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI",Tahoma,sans-serif;max-width:60rem;
margin:2rem auto;padding:0 1rem;line-height:1.8;color:#1b1b1b;background:#fdfdfb}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:1px solid #ddd;padding-bottom:.3rem}
.story{margin-bottom:2.5rem}.sources{color:#555;font-size:.9rem}
.summary li{margin:.4rem 0}.cite{font-size:.8rem;margin-inline-start:.3rem}
.cite a{text-decoration:none;background:#eef3fb;border-radius:.3rem;padding:0 .3rem;margin:0 .1rem}
details{margin:.3rem 0}.article p{margin:.2rem 0}.sentence:target{background:#fff3b0}
.dup{color:#a15c00;font-size:.85rem}.errors{color:#8b0000}
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


def to_html(b: Briefing) -> str:
    """The briefing as one self-contained HTML page (dir="rtl", lang="ar")."""
    articles = {a.id: a for a in b.articles}
    parts = [
        '<!DOCTYPE html>\n<html dir="rtl" lang="ar"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>موجز — {len(b.stories)} قصة</title><style>{_STYLE}</style></head><body>",
        f"<h1>موجز: {len(b.stories)} قصة من {len(b.articles)} مقالا</h1>",
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

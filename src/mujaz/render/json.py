"""The JSON contract `mujaz.briefing/1` (docs/schema.md; schema/briefing-1.schema.json)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from typing import Any

from mujaz.model import Article, Briefing, Story

SCHEMA = "mujaz.briefing/1"


def article_dict(a: Article) -> dict[str, Any]:
    return {
        "id": a.id,
        "source": a.source,
        "location": a.location,
        "title": a.title,
        "published": a.published.isoformat() if a.published else None,
        "language": a.language,
        "duplicate_of": a.duplicate_of,
        "text": a.text,
        "captions": a.captions,
        "sentences": [{"index": s.index, "start": s.start, "end": s.end} for s in a.sentences],
    }


def story_dict(s: Story) -> dict[str, Any]:
    return {
        "id": s.id,
        "headline": s.headline,
        "articles": s.articles,
        "sources": s.sources,
        "summary": [
            {
                "text": x.text,
                "citations": [{"article": c.article, "sentence": c.sentence} for c in x.citations],
            }
            for x in s.summary
        ],
        "entities": [
            {"name": e.name, "type": e.type, "aliases": e.aliases, "mentions": e.mentions,
             "articles": e.articles}
            for e in s.entities
        ],
        "quotes": [
            {"speaker": q.speaker, "text": q.text, "article": q.article, "sentence": q.sentence,
             "start": q.start, "end": q.end, "kind": q.kind}
            for q in s.quotes
        ],
        "figures": [
            {"text": f.text, "value": f.value, "unit": f.unit, "kind": f.kind, "counts": f.counts,
             "articles": f.articles, "status": f.status,
             "variants": [
                 {"value": v.value, "text": v.text, "articles": v.articles, "sources": v.sources}
                 for v in f.variants
             ]}
            for f in s.figures
        ],
        "dates": [{"text": d.text, "value": d.value, "articles": d.articles} for d in s.dates],
        "contributions": [
            {
                "article": c.article,
                "only_here": [{"article": x.article, "sentence": x.sentence} for x in c.only_here],
            }
            for c in s.contributions
        ],
    }


def briefing_dict(b: Briefing) -> dict[str, Any]:
    """The briefing as plain JSON-ready data, in the contract's field order."""
    return {
        "schema": SCHEMA,
        "articles": [article_dict(a) for a in b.articles],
        "stories": [story_dict(s) for s in b.stories],
        "errors": [{"location": e.location, "error": e.error} for e in b.errors],
    }


def iter_json(b: Briefing) -> Iterator[str]:
    """The briefing as JSON text in pieces, one article or story a line.

    Streaming keeps a 31k-article briefing (170 MB of JSON) from being held twice in memory.
    """
    dump = partial(json.dumps, ensure_ascii=False)
    yield f'{{"schema": {dump(SCHEMA)},\n"articles": ['
    for k, a in enumerate(b.articles):
        yield ("\n" if k == 0 else ",\n") + dump(article_dict(a))
    yield '],\n"stories": ['
    for k, s in enumerate(b.stories):
        yield ("\n" if k == 0 else ",\n") + dump(story_dict(s))
    yield '],\n"errors": ['
    for k, e in enumerate(b.errors):
        yield ("\n" if k == 0 else ",\n") + dump({"location": e.location, "error": e.error})
    yield "]}\n"


def to_json(b: Briefing) -> str:
    """The briefing as JSON text (UTF-8, Arabic kept as is)."""
    return "".join(iter_json(b))

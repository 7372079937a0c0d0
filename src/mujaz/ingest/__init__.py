"""Readers: everything a user can point Mujaz at becomes `Article`s or `InputError`s.

`read_articles` walks paths (files, folders recursively, `-` for stdin) and dispatches on the
file kind: `.jsonl`/`.jsonl.gz` (one article per line), `.html`/`.htm` (trafilatura), RSS and
Atom feeds (one article per item, feedparser; `.rss`/`.atom`/`.xml`, or any file or stdin whose
root element is a feed's), anything else as a plain text file. It never raises for bad input:
each unreadable input, line or feed item yields an `InputError` naming it, and reading goes on.
A text filled to a fixed width (an old text file, an e-mail) is read as its paragraphs
(`clean.unwrap_hard_wrapped`), since a line break would otherwise end a sentence mid-phrase.
"""

from __future__ import annotations

from mujaz.ingest.readers import MAX_ARTICLE_BYTES, read_articles

__all__ = ["MAX_ARTICLE_BYTES", "read_articles"]

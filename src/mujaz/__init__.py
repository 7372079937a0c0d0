"""Mujaz (موجز): cited story briefings from piles of Arabic news articles.

    >>> import mujaz
    >>> briefing = mujaz.brief("examples/")          # paths, folders, or Article objects
    >>> briefing.stories[0].summary[0].citations

The public API is small: `brief`, `Engine` and `Settings` to run the pipeline,
`read_articles` to read inputs, the dataclasses of `mujaz.model`, and `to_json` /
`to_markdown` / `to_html` to render a briefing.
"""

from mujaz.ingest import read_articles
from mujaz.model import Article, Briefing, Citation, InputError, Sentence, Story, SummarySentence
from mujaz.pipeline import Engine, Settings, brief
from mujaz.render import to_html, to_json, to_markdown

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Briefing",
    "Citation",
    "Engine",
    "InputError",
    "Sentence",
    "Settings",
    "Story",
    "SummarySentence",
    "brief",
    "read_articles",
    "to_html",
    "to_json",
    "to_markdown",
]

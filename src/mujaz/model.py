"""Plain dataclasses the pipeline stages pass to each other.

Stages never share anything but these: an `Article` is read, cleaned and segmented on its own;
`Story` and `Briefing` are what the batch stages produce. Text shown to a reader is always the
cleaned text (`Article.text`) sliced by character spans; normalised keys are for matching only.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from operator import attrgetter
from typing import TypeVar

T = TypeVar("T")


def _pickled_by_fields(cls: type[T]) -> type[T]:
    """Pickle an instance as its class and field values in order. Worker processes send
    every article's sentences, names and numbers, and every story, back to the parent, whose
    one core unpickles them while the workers run; the default way costs twice as much (a
    slots dataclass is pickled with a dict of its field names, a frozen one is unpickled
    through a `__setstate__` that lists the class's fields again for each instance)."""
    values = attrgetter(*(f.name for f in fields(cls)))

    def __reduce__(self: T) -> tuple[type[T], tuple]:
        return cls, values(self)

    cls.__reduce__ = __reduce__
    return cls


@_pickled_by_fields
@dataclass(slots=True)
class Sentence:
    """A sentence of an article: its position, its span in the cleaned text, and the stems of
    its content words (for matching only; never shown)."""

    article: str
    index: int
    start: int
    end: int
    source: str = field(repr=False, compare=False)  # the article's whole cleaned text
    stems: tuple[str, ...] = ()
    words: int = 0  # its length in `segment.tokens`, counted when it was cut: budgets use it
    # what the summary needs to know of it, judged once with its article
    # (`summarize.judge_sentences`): a heading, byline or dateline; its step in the article's
    # inverted pyramid (sentences before it that are no heading); whether it may stand in a
    # summary as it is
    heading: bool = field(default=False, repr=False, compare=False)
    step: int = field(default=0, repr=False, compare=False)
    readable: bool = field(default=True, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The sentence as cleaned: cut from its article's text when asked, so a batch does
        not hold every sentence twice."""
        return self.source[self.start : self.end]


@_pickled_by_fields
@dataclass(slots=True)
class Article:
    """One news article as read from its input, then cleaned and segmented.

    `raw` is what the reader produced; `text` is the cleaned text every sentence span points
    into. `captions` holds photo captions and other lines kept out of the sentences. The
    names, statements, numbers and dates found in the text come after them, spans into `text`.
    """

    id: str
    source: str
    location: str
    raw: str
    title: str | None = None
    published: date | None = None
    language: str = "ar"
    text: str = ""
    captions: list[str] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    title_stems: tuple[str, ...] = ()  # its title's content stems, as its sentences have theirs
    duplicate_of: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Citation:
    """A pointer to a source sentence: article id and sentence index."""

    article: str
    sentence: int


@_pickled_by_fields
@dataclass(slots=True)
class SummarySentence:
    """A summary sentence, shown exactly as its first citation wrote it."""

    text: str
    citations: list[Citation]


@_pickled_by_fields
@dataclass(slots=True)
class Contribution:
    """What one article of a story reports that no other source of the story does."""

    article: str
    only_here: list[Citation]


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article's cleaned text that names something: PERSON, ORG, LOCATION, MISC."""

    article: str
    start: int
    end: int
    text: str
    type: str


@_pickled_by_fields
@dataclass(slots=True)
class Entity:
    """One person, organisation, place or other named thing of a story, its aliases merged."""

    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    articles: list[str] = field(default_factory=list)


@_pickled_by_fields
@dataclass(slots=True)
class Quote:
    """A statement and who made it: `direct` between quotation marks, or `reported` (قال إن …).

    `start`/`end` span the statement in the article's cleaned text; `sentence` is the index of
    the sentence it starts in.
    """

    speaker: str
    text: str
    article: str
    sentence: int
    start: int
    end: int
    kind: str = "direct"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as one article states it: `value` in plain units, what it counts, and its kind
    (`cardinal`, `ordinal`, `percent`, `money`). `counts` is the counted thing as written
    ("مدنيا", "دولار", "غارة"), empty when nothing is attached."""

    article: str
    start: int
    end: int
    text: str
    value: float
    kind: str = "cardinal"
    unit: str | None = None
    counts: str = ""


@_pickled_by_fields
@dataclass(slots=True)
class FigureVariant:
    """One value a story's sources give for the same thing, and who gives it."""

    value: float
    text: str
    articles: list[str]
    sources: list[str]


@_pickled_by_fields
@dataclass(slots=True)
class Figure:
    """A thing counted in a story, compared across sources: `agreed` (several sources, one
    value), `conflict` (different values, listed in `variants`) or `single` (one source)."""

    text: str
    value: float
    unit: str | None
    counts: str
    articles: list[str]
    status: str = "single"
    variants: list[FigureVariant] = field(default_factory=list)
    kind: str = "cardinal"


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression in one article, resolved when it can be: `value` is an ISO date or
    its prefix ("2016-01-20", "2016-02", "2014"), None when it cannot be placed."""

    article: str
    start: int
    end: int
    text: str
    value: str | None


@_pickled_by_fields
@dataclass(slots=True)
class StoryDate:
    """A date a story's sources mention, with the articles that mention it."""

    text: str
    value: str | None
    articles: list[str]


@_pickled_by_fields
@dataclass(slots=True)
class Story:
    """One real-world event and the articles that report it."""

    id: str
    articles: list[str]
    sources: list[str]
    headline: str = ""
    summary: list[SummarySentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    dates: list[StoryDate] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)


@_pickled_by_fields
@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read, with where it came from and why."""

    location: str
    error: str


@_pickled_by_fields
@dataclass(slots=True)
class Briefing:
    """Everything one run produced: the articles, their stories and the inputs that failed."""

    articles: list[Article]
    stories: list[Story]
    errors: list[InputError] = field(default_factory=list)

"""Sources side by side: which figures they agree on or dispute, which dates they name, and
what each one alone reports.

Figures are compared by what they count: two quantities of the same kind whose counted nouns
share a stem ("270 مدنيا", "300 مدني") count the same thing. The sources agree when they give
one value, and conflict when each gives its own single value and the values differ. A source
that gives several values for one thing (three casualty figures for three towns) says nothing
comparable about it, so its values are reported as they are, not as a conflict. Money and
percentages name their unit, not what they measure ("500 مليون دولار" of profit or of aid), so
they can be agreed on but never put in conflict. And a noun alone does not say which thing is
counted ("قتل 29 شخصا" and "يعيش 13 مليون شخص"): values conflict only when the words of their
clauses link them too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from mujaz.arabic.normalize import matching_key
from mujaz.arabic.segment import tokens
from mujaz.arabic.stem import content_stem, light_stem_ar
from mujaz.model import (
    DateMention,
    Figure,
    FigureVariant,
    Quantity,
    StoryDate,
)


def counted_key(quantity: Quantity) -> str:
    """What a quantity counts, as a light stem ("مدنيا", "مدنيين" → one key; "وزراء" and
    "الوزراء" too, which Snowball's stems tell apart)."""
    words = tokens(quantity.counts)
    if not words or content_stem(words[0]) is None:
        return matching_key(quantity.counts)
    return light_stem_ar(words[0])


def compare_figures(
    quantities: Iterable[Quantity],
    source_of: Mapping[str, str],
    text_of: Mapping[str, str] | None = None,
) -> list[Figure]:
    """The story's figures, each `agreed`, `conflict` or `single` across its sources.

    Quantities that count nothing named are left out (a bare number cannot be compared), and
    so are ordinals: "the second round" is a position, not a figure a reader compares. With
    the articles' texts (`text_of`, article id → text), values are put in conflict only when
    the words around them say they count the same thing (`_same_context`).
    """
    groups: dict[tuple[str, str, str | None], list[Quantity]] = defaultdict(list)
    for q in quantities:
        if q.kind != "ordinal" and (q.counts or q.kind in ("percent", "money")):
            groups[(q.kind, counted_key(q), q.unit)].append(q)
    figures: list[Figure] = []
    for members in groups.values():
        figures.extend(_compare_group(members, source_of, text_of))
    figures.sort(key=lambda f: (_STATUS_ORDER[f.status], -len(f.articles), f.text))
    return figures


_STATUS_ORDER = {"conflict": 0, "agreed": 1, "single": 2}


def _shown(q: Quantity) -> str:
    """The number as written with what it counts: "270 مدنيا", "25%", "500 مليون دولار"."""
    if q.counts and q.counts not in q.text:
        return f"{q.text} {q.counts}"
    return q.text


def _compare_group(
    members: Sequence[Quantity],
    source_of: Mapping[str, str],
    text_of: Mapping[str, str] | None = None,
) -> list[Figure]:
    by_value: dict[float, list[Quantity]] = defaultdict(list)
    for q in members:
        by_value[q.value].append(q)
    values_of_source: dict[str, set[float]] = defaultdict(set)
    for q in members:
        values_of_source[source_of[q.article]].add(q.value)
    variants = [_variant(qs, source_of) for qs in by_value.values()]
    one_value_each = all(len(v) == 1 for v in values_of_source.values())
    first = members[0]
    comparable = first.kind in ("cardinal", "ordinal")
    if (
        comparable and len(variants) > 1 and one_value_each and len(values_of_source) > 1
        and (text_of is None or _same_context(list(by_value.values()), text_of))
    ):
        articles = list(dict.fromkeys(q.article for q in members))
        return [
            Figure(_shown(first), first.value, first.unit, first.counts, articles, "conflict",
                   sorted(variants, key=lambda v: (-len(v.sources), v.value)), first.kind)
        ]
    figures = []
    for variant, qs in zip(variants, by_value.values(), strict=True):
        status = "agreed" if len(variant.sources) > 1 else "single"
        figures.append(
            Figure(_shown(qs[0]), qs[0].value, qs[0].unit, qs[0].counts, variant.articles, status,
                   kind=qs[0].kind)
        )
    return figures


def _variant(quantities: Sequence[Quantity], source_of: Mapping[str, str]) -> FigureVariant:
    articles = list(dict.fromkeys(q.article for q in quantities))
    sources = list(dict.fromkeys(source_of[a] for a in articles))
    return FigureVariant(quantities[0].value, _shown(quantities[0]), articles, sources)


def story_dates(mentions: Iterable[DateMention]) -> list[StoryDate]:
    """The dates a story's sources name: one entry per resolved date (or, unresolved, per
    spelling), with the articles that name it, most named first."""
    groups: dict[str, list[DateMention]] = defaultdict(list)
    for d in mentions:
        groups[d.value or "?" + matching_key(d.text)].append(d)
    dates = [
        StoryDate(ds[0].text, ds[0].value, list(dict.fromkeys(d.article for d in ds)))
        for ds in groups.values()
    ]
    dates.sort(key=lambda d: (-len(d.articles), d.value or "~", d.text))
    return dates


CONTEXT_WORDS = 4  # words of its clause on each side of a figure that say what it counts
_CLAUSE_MARKS = ".،,؛;:؟?!()\n«»\""


def _same_context(variants: Sequence[Sequence[Quantity]], text_of: Mapping[str, str]) -> bool:
    """Whether the values of one counted noun count the same thing: every value's clause
    shares a topical word with another value's (مقتل 8 جنود / مقتل اثنين من جنوده), and the
    values are linked so into one. "قتل 29 شخصا" and "يعيش 13 مليون شخص" share only the noun."""
    contexts = [set().union(*(_context(q, text_of[q.article]) for q in qs)) for qs in variants]
    linked = {0}
    grew = True
    while grew:
        grew = False
        for i, words in enumerate(contexts):
            if i not in linked and any(words & contexts[j] for j in linked):
                linked.add(i)
                grew = True
    return len(linked) == len(contexts)


def _context(q: Quantity, text: str) -> set[str]:
    """Stems of the topical words of a figure's clause: up to CONTEXT_WORDS before it and after
    it (its counted noun and words with digits aside)."""
    before = text[max(0, q.start - 80) : q.start]
    cut = max(before.rfind(m) for m in _CLAUSE_MARKS)
    after = text[q.end : q.end + 80]
    stop = min((i for m in _CLAUSE_MARKS if (i := after.find(m)) >= 0), default=len(after))
    counted = content_stem(q.counts) if q.counts else None
    words = [*tokens(before[cut + 1 :])[-CONTEXT_WORDS:], *tokens(after[:stop])[:CONTEXT_WORDS]]
    stems = {content_stem(w) for w in words if not any(c.isdigit() for c in w)}
    return stems - {None, counted}

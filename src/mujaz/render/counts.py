"""Counted nouns and quoted statements in Arabic, as a reader expects them in a report.

A report reads «قصتان من 5 مقالات», not «2 قصة من 5 مقالا», and a statement already in its
quotation marks is not wrapped in a second pair («« … »»).

The counted noun agrees with its number: one takes the singular with واحد/واحدة, two the dual,
three to ten the plural, eleven to ninety-nine the accusative singular, and a round hundred or
thousand the genitive singular; past a hundred, the last two digits decide (as newspapers write
«105 مقالات», «120 مقالا»). After a preposition the dual is genitive («مرتان في مقالين», «قصتان
من مقالين»); the other forms do not change.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CountedNoun:
    """The forms a counted noun takes (singular, dual, genitive dual, plural, accusative
    singular)."""

    singular: str
    dual: str
    dual_genitive: str
    plural: str
    accusative: str
    one: str  # the word for "one" that agrees with it: واحد or واحدة


STORY = CountedNoun("قصة", "قصتان", "قصتين", "قصص", "قصة", "واحدة")
ARTICLE = CountedNoun("مقال", "مقالان", "مقالين", "مقالات", "مقالا", "واحد")
TIME = CountedNoun("مرة", "مرتان", "مرتين", "مرات", "مرة", "واحدة")


def quoted_ar(text: str) -> str:
    """The statement in «», unless it already stands between one pair of quotation marks."""
    if len(text) > 1 and (text[0], text[-1]) in (("«", "»"), ('"', '"'), ("“", "”")):
        inner = text[1:-1]
        if text[0] not in inner and text[-1] not in inner:
            return text
    return f"«{text}»"


def count_ar(n: int, noun: CountedNoun, *, after_preposition: bool = False) -> str:
    """`n` and the noun in the form that agrees with it (قصة واحدة، مقالان، 5 مقالات، 11 مرة;
    مقالين `after_preposition`, as in «في مقالين»)."""
    if n == 1:
        return f"{noun.singular} {noun.one}"
    if n == 2:
        return noun.dual_genitive if after_preposition else noun.dual
    tail = n % 100  # past a hundred, the last two digits decide
    if 3 <= tail <= 10:
        return f"{n} {noun.plural}"
    if tail >= 11:
        return f"{n} {noun.accusative}"
    return f"{n} {noun.singular}"  # 0, a round hundred or thousand, 101, 102: genitive

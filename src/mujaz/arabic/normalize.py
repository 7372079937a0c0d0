"""Matching keys for Arabic text.

Keys are for comparing words and sentences across outlets that spell the same thing
differently (أشتون/آشتون, سورية/سوريه, Eastern or Western digits). They are never shown to a
reader. Every function maps str -> str through one `str.translate` table, so they are cheap
enough to run on every token of a large corpus.
"""

from __future__ import annotations

import re

TASHKEEL = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670" + "".join(
    chr(c) for c in range(0x06D6, 0x06EE)
)
TATWEEL = "\u0640"

_DROP = {ord(c): None for c in TASHKEEL + TATWEEL}
_ALEF = {ord(c): "ا" for c in "أإآٱ"}
_YEH = {ord("ى"): "ي", ord("ی"): "ي", ord("ک"): "ك"}
_TEH_MARBUTA = {ord("ة"): "ه"}
_DIGITS = {0x0660 + i: str(i) for i in range(10)} | {0x06F0 + i: str(i) for i in range(10)}

_TABLE_TASHKEEL = str.maketrans(_DROP)
_TABLE_ALEF = str.maketrans(_ALEF)
_TABLE_YEH = str.maketrans(_YEH)
_TABLE_TEH = str.maketrans(_TEH_MARBUTA)
_TABLE_DIGITS = str.maketrans(_DIGITS)
_TABLE_KEY = str.maketrans(_DROP | _ALEF | _YEH | _TEH_MARBUTA | _DIGITS)
_TABLE_SPELLING = str.maketrans(_DROP | _YEH | _DIGITS)

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]")


def strip_tashkeel_ar(text: str) -> str:
    """Remove short vowels, shadda, sukun, tanween and Quranic marks, and tatweel."""
    return text.translate(_TABLE_TASHKEEL)


def normalize_alef_ar(text: str) -> str:
    """أ إ آ ٱ → ا: outlets differ on hamza seats (أشتون / آشتون / اشتون)."""
    return text.translate(_TABLE_ALEF)


def normalize_alef_maksura_ar(text: str) -> str:
    """ى → ي (and Persian ی → ي, ک → ك): final ya is written both ways."""
    return text.translate(_TABLE_YEH)


def normalize_teh_marbuta_ar(text: str) -> str:
    """ة → ه: سورية / سوريه, and scraped text often loses the dots."""
    return text.translate(_TABLE_TEH)


def normalize_digits(text: str) -> str:
    """Eastern Arabic (٠-٩) and Persian (۰-۹) digits → ASCII digits."""
    return text.translate(_TABLE_DIGITS)


def matching_key(text: str) -> str:
    """All of the above in one pass, plus lower case for Latin: the key two spellings share."""
    return text.translate(_TABLE_KEY).lower()


def spelling_key(text: str) -> str:
    """The matching key with ة kept apart from ه and hamza seats kept: the stemmer must tell a
    feminine ending (حكومة) from a pronoun (حكومته), and the article (الغاز) from a word
    that starts with أل or إل (ألمانيا، إلغاء)."""
    return text.translate(_TABLE_SPELLING).lower()


def arabic_letter_ratio(text: str) -> float:
    """Share of Arabic letters among all letters of `text` (0 when it has no letters)."""
    letters = sum(map(str.isalpha, text))
    if not letters:
        return 0.0
    return len(ARABIC_LETTER.findall(text)) / letters

"""Light stems for matching words across outlets.

Snowball's Arabic stemmer (PyStemmer, C speed) after the matching key and after stripping a
leading و/ف conjunction, which Snowball keeps and which makes وقال and قال differ. Root-based
stemmers (ISRI, tashaphyne) were rejected: they collapse names and unrelated words together.
Stems are cached: news vocabulary is Zipfian, so almost every call is a dictionary hit.
"""

from __future__ import annotations

import sys
from functools import lru_cache

import Stemmer

from mujaz.arabic.normalize import matching_key, normalize_teh_marbuta_ar

_stemmer = Stemmer.Stemmer("arabic")

# Function words that carry no topic; compared on matching keys.
STOPWORDS = frozenset(
    matching_key(w)
    for w in [
        "في", "من", "على", "إلى", "الى", "عن", "مع", "أن", "ان", "إن", "أنه", "انه", "إنه", "أنها",
        "انها", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "هذا", "هذه", "ذلك", "تلك",
        "هؤلاء", "هناك", "هنا", "وقد", "قد", "لقد", "كان", "كانت", "يكون", "تكون", "كانوا", "لم",
        "لن", "لا", "ما", "ماذا", "لما", "كما", "بعد", "قبل", "بين", "حتى", "عند", "عندما", "حيث",
        "ثم", "أو", "او", "أي", "اي", "كل", "بعض", "غير", "أيضا", "ايضا", "أمام", "خلال", "منذ",
        "حول", "ضد", "دون", "لدى", "لكن", "لكن", "بل", "إذا", "اذا", "إذ", "هو", "هي", "هم", "هما",
        "نحن", "أنا", "انت", "أنت", "وهو", "وهي", "وهم", "فيه", "فيها", "به", "بها", "له", "لها",
        "لهم", "منه", "منها", "عليه", "عليها", "إليه", "اليه", "عنه", "عنها", "تم", "يتم", "وذلك",
        "أنّ", "وأن", "وإن", "وفي", "ومن", "وعلى", "قال", "وقال", "قالت", "وقالت", "أضاف", "وأضاف",
        "واضاف", "أكد", "وأكد", "واكد", "أوضح", "وأوضح", "واوضح", "أشار", "وأشار", "واشار", "يوم",
        "اليوم", "أمس", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
        "عام", "العام",
    ]
)


@lru_cache(maxsize=500_000)
def stem_ar(word: str) -> str:
    """Matching stem of one word: key, و/ف conjunction stripped, Snowball.

    Snowball reads a final ه as a pronoun suffix, so the key's ة→ه is undone before stemming
    for a word-final ة (and for a final ه after the article, which cannot be a pronoun) and
    reapplied to the stem: الحكومة and الحكومه both give حكوم.
    """
    key = matching_key(word)
    if len(key) > 3 and key[0] in "وف" and _is_conjunction(word):
        key = key[1:]
    if word.endswith("ة") or (key.startswith("ال") and key.endswith("ه")):
        key = key[:-1] + "ة"  # a definite noun takes no pronoun suffix: final ه is a ة
    return normalize_teh_marbuta_ar(_stemmer.stemWord(key))


def _is_conjunction(word: str) -> bool:
    """A leading و/ف is the conjunction when the rest is the likelier word (وقال, not فالون)."""
    from mujaz.arabic.clean import word_zipf

    zipf = word_zipf()
    return zipf.get(word[1:], 0.0) > zipf.get(word, 0.0)


@lru_cache(maxsize=500_000)
def content_stem(word: str) -> str | None:
    """Stem of a topical word; None for a stop word or a one-letter token."""
    if len(word) < 2 or matching_key(word) in STOPWORDS:
        return None
    return sys.intern(stem_ar(word))  # one string per stem: less memory, smaller pickles


def content_stems(words: list[str]) -> list[str]:
    """Stems of the topical words of a token list, in order."""
    return [s for w in words if (s := content_stem(w)) is not None]

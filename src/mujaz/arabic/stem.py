"""Stems for matching words across outlets.

`stem_ar`, for topic vectors: Snowball's Arabic stemmer (PyStemmer, C speed) after the matching
key and after stripping a leading و/ف conjunction, which Snowball keeps and which makes وقال and
قال differ. `light_stem_ar`, for telling whether two words are one word (a figure's counted
noun): our own light stemmer, below. Root-based stemmers (ISRI, tashaphyne) were rejected: they
collapse names and unrelated words together. Stems are cached: news vocabulary is Zipfian, so
almost every call is a dictionary hit.
"""

from __future__ import annotations

import math
import statistics
import sys
from functools import lru_cache

import Stemmer

from mujaz.arabic.normalize import (
    ARABIC_LETTER,
    matching_key,
    normalize_alef_ar,
    normalize_teh_marbuta_ar,
    spelling_key,
)

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
    if len(key) > 3 and key[0] in "وف" and is_conjunction(word):
        key = key[1:]
    if word.endswith("ة") or (key.startswith("ال") and key.endswith("ه")):
        key = key[:-1] + "ة"  # a definite noun takes no pronoun suffix: final ه is a ة
    return normalize_teh_marbuta_ar(_stemmer.stemWord(key))


def is_conjunction(word: str) -> bool:
    """A leading و/ف is the conjunction when the rest is the likelier word (وقال, not فالون)."""
    from mujaz.arabic.clean import word_zipf

    zipf = word_zipf()
    return zipf.get(word[1:], 0.0) > zipf.get(word, 0.0)


@lru_cache(maxsize=500_000)
def content_stem(word: str) -> str | None:
    """Stem of a topical word; None for a stop word, a one-letter token or a token with no
    letter (ــ, a run of tatweel a page uses as a dash)."""
    if len(word) < 2 or matching_key(word) in STOPWORDS:
        return None
    stem = stem_ar(word)
    return sys.intern(stem) if stem else None  # one string per stem: less memory, smaller pickles


def content_stems(words: list[str]) -> list[str]:
    """Stems of the topical words of a token list, in order."""
    return [s for w in words if (s := content_stem(w)) is not None]


# --- light stems: one word or two? ----------------------------------------------------------
# Snowball cuts by length alone: وزراء loses its و (زراء) while الوزراء keeps it (وزراء), and
# فريق becomes ريق. Topic vectors live with that (the story and summary thresholds were set on
# these stems, and a careful stemmer did not move them: see the notes of 2026-11-21), but a
# figure's counted noun must be the same word in every outlet. Our light stemmer cuts a clitic
# or an ending only when wordfreq's Arabic counts say the shorter reading is the likely one.

PLAUSIBLE = 1.5  # a clitic reading must explain at least 3% (10**-1.5) of a form's count
SIBLING = 3.0  # zipf a sibling form (مسلمون for مسلمين, سوري for سوريا) needs to vouch
_PRONOUNS = ("هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ه", "ك")


@lru_cache(maxsize=1)
def _spelling_zipf() -> dict[str, float]:
    """wordfreq's Arabic zipf frequencies summed per spelling key, alefs plain (1 s once)."""
    from mujaz.arabic.clean import word_zipf

    freq: dict[str, float] = {}
    for word, zipf in word_zipf().items():
        key = normalize_alef_ar(spelling_key(word))
        freq[key] = freq.get(key, 0.0) + 10 ** (zipf - 9)
    return {k: math.log10(f) + 9 for k, f in freq.items()}


@lru_cache(maxsize=1)
def _clitic_shares() -> dict[str, float]:
    """log10 of how often a clitic leads a common word, relative to the bare word.

    The median over words with zipf above 4.5: و leads about one form in 27, ف one in 1000.
    A leading letter is read as this clitic only if that share of the rest's count explains
    a fair part of the whole form's count (so فيصل is not ف + يصل, but لكأس is ل + كأس).
    """
    z = _spelling_zipf()
    common = [(w, f) for w, f in z.items() if f > 4.5]
    return {
        c: statistics.median([z.get(c + w, 0.0) - f for w, f in common if c + w in z] or [-9.0])
        for c in "وفبلك"
    }


def _seen(form: str) -> float:
    """How common a form is, bare or with the article (كأس, الكأس)."""
    z = _spelling_zipf()
    return max(z.get(form, 0.0), z.get("ال" + form, 0.0))


def _is_clitic(form: str, rest: str, clitic: str) -> bool:
    z = _spelling_zipf()
    return z.get(rest, 0.0) + _clitic_shares()[clitic] + PLAUSIBLE >= z.get(form, 0.0)


def strip_proclitics_ar(word: str) -> str:
    """The word without a leading conjunction, preposition and article, where they are ones.

    `word` is a spelling key with its hamza seats kept: an article is ال, never the أل of
    ألمانيا or the إل of إلغاء.
    """
    plain = normalize_alef_ar
    w = word
    if len(w) > 3 and w[0] in "وف" and _is_clitic(plain(w), plain(w[1:]), w[0]):
        w = w[1:]
    if w.startswith("لل") and len(w) > 3:
        # ل + الX is written للX, and so is ل + لX (للبنان, للجنة): the likelier reading wins;
        # لX counts for the second only as a word of its own, not as ل + X (لزيادة)
        article, lx = "ال" + w[2:], w[1:]
        z = _spelling_zipf()
        own = 0.0 if _is_clitic(plain(lx), plain(lx[1:]), "ل") else z.get(plain(lx), 0.0)
        rest = lx if own > z.get(plain(article), 0.0) else article
        if _is_clitic(plain(w), plain(rest), "ل"):
            w = rest
    elif len(w) > 3 and w[0] in "بلك" and _is_clitic(plain(w), plain(w[1:]), w[0]):
        w = w[1:]
    if w.startswith("ال") and len(w) > 3:
        w = w[2:]
    return w


def strip_suffixes_ar(w: str) -> str:
    """The word without a pronoun, then an inflection ending, each only when a sibling form
    vouches for the cut (so فلسطين keeps its ين). A final ان is never cut: names (سلمان، إيران،
    لبنان) end in it far more often than duals do in news. The nisba ي stays: مدنيين are not
    مدن."""
    for p in _PRONOUNS:
        if w.endswith(p) and len(w) - len(p) >= 3:
            rest = w[: -len(p)]
            if p == "ه" and _seen(rest + "ة") >= _seen(w):  # ة written without its dots
                w = rest + "ة"
            elif _seen(rest) >= _seen(w):
                w = rest
            elif rest.endswith("ت") and _seen(rest[:-1] + "ة") >= _seen(w):  # حكومته
                w = rest[:-1] + "ة"
            break
    return w[: len(w) - _ending(w)]


def _ending(w: str) -> int:
    """Length of the inflection ending to cut: plural, feminine, or the ا of a country
    (سوريا → سوري, أمريكا → أمريك) or of an adverb (سابقا), the ت of a verb (قالت)."""
    if w.endswith("ات") and len(w) >= 4:
        return 2
    if w.endswith(("ون", "ين")) and len(w) >= 5 and _plural(w[:-2]):
        return 2
    if w.endswith("وا") and len(w) >= 5 and _seen(w[:-2]) >= _seen(w):
        return 2
    if w.endswith("ة") and len(w) >= 3:
        return 1
    if w.endswith("ا") and len(w) >= 4 and max(_seen(w[:-1]), _seen(w[:-1] + "ي")) >= SIBLING:
        return 1
    if w.endswith("ت") and len(w) >= 4 and _seen(w[:-1]) >= _seen(w):
        return 1
    return 0


def _plural(rest: str) -> bool:
    return min(_seen(rest + "ون"), _seen(rest + "ين")) >= SIBLING


def load_light_stems() -> None:
    """Load the counts light stems are cut by (about a second, once): a parent process calls
    this before it forks workers, so that they share the table instead of each building it."""
    _clitic_shares()


@lru_cache(maxsize=500_000)
def light_stem_ar(word: str) -> str:
    """The word without its clitics and endings, where they are ones, as a key: whether two
    words are the same word (وزراء and الوزراء, لكأس and كأس, but not فريق and ريق)."""
    w = spelling_key(word)
    if not ARABIC_LETTER.match(w):
        return matching_key(word)  # a number or a Latin word
    return normalize_teh_marbuta_ar(strip_suffixes_ar(normalize_alef_ar(strip_proclitics_ar(w))))

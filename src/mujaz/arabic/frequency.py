"""How informative a stem is: inverse document frequency with a prior from general Arabic.

A batch of five articles cannot tell that اجتماع is common and لودريان rare; thirty thousand
can. So document frequencies are smoothed with a prior drawn from wordfreq's Arabic counts:
the chance that a stem occurs in a typical article (`1 - exp(-freq * length)`) stands for
PRIOR_DOCS pseudo-documents. Small batches lean on the prior, large ones on their own counts;
stems wordfreq does not know (names, new terms) are rare a priori.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from functools import lru_cache

from mujaz.arabic.stem import stem_ar

_DIGIT_MASK = re.compile(r"\d")
PRIOR_DOCS = 2000.0
TYPICAL_ARTICLE_WORDS = 350.0


@lru_cache(maxsize=1)
def stem_doc_prior() -> dict[str, float]:
    """Probability that each stem occurs in a typical news article (from wordfreq; ~2 s once)."""
    from mujaz.arabic.clean import word_zipf

    freq: dict[str, float] = {}
    for word, zipf in word_zipf().items():
        s = stem_ar(word)
        freq[s] = freq.get(s, 0.0) + 10 ** (zipf - 9)
    return {s: 1.0 - math.exp(-f * TYPICAL_ARTICLE_WORDS) for s, f in freq.items()}


def _prior(prior: dict[str, float], stem: str) -> float:
    # wordfreq counts every number with its digits masked as 0 (2016 → 0000)
    if stem[:1].isdigit():
        return prior.get(_DIGIT_MASK.sub("0", stem), 0.0)
    return prior.get(stem, 0.0)


def smoothed_idf(doc_stems: Iterable[Iterable[str]]) -> tuple[dict[str, float], float]:
    """IDF of every stem seen in the documents, and the IDF of an unseen, unknown stem."""
    prior = stem_doc_prior()
    df: dict[str, int] = {}
    n = 0
    for stems in doc_stems:
        n += 1
        for s in set(stems):
            df[s] = df.get(s, 0) + 1
    total = n + PRIOR_DOCS
    idf = {s: math.log(total / (d + PRIOR_DOCS * _prior(prior, s) + 0.5)) for s, d in df.items()}
    return idf, math.log(total / 1.5)

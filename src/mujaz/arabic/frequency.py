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
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import count

import numpy as np

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


@dataclass(slots=True)
class Vocabulary:
    """A batch's stems numbered once, with the idf of every stem and name it counted.

    A story's work counts stems by number (`dedup.StoryStems`). Looking them up by string there
    cost more than the rest of that work, as a large batch's strings lie all over memory;
    numbered here, in the pass that reads every stem for its idf anyway, a story takes its
    articles' numbers as they are.
    """

    idf: dict[str, float]  # by stem, and by the other terms counted (lead names)
    unseen_idf: float  # of a term no document has and general Arabic does not know
    number: dict[str, int]  # stem → its number
    numbered: dict[str, np.ndarray]  # document → its stems as numbers, in order
    number_idf: np.ndarray  # idf by number


def vocabulary(documents: Iterable[tuple[str, Iterable[str], Iterable[str]]]) -> Vocabulary:
    """Number and weigh the stems of documents given as (key, stems in order, other terms).

    The other terms (an article's lead names, marked "@…") count for their idf only and are
    not numbered; they must not be spelt as stems are.
    """
    prior = stem_doc_prior()
    number: defaultdict[str, int] = defaultdict(count().__next__)
    numbered: dict[str, np.ndarray] = {}
    distinct: list[np.ndarray] = []  # per document, the numbers it has
    other_df: dict[str, int] = {}
    for key, stems, others in documents:
        if key in numbered:  # one would take the other's numbers
            raise ValueError(f"two documents of the batch are both called {key!r}")
        numbered[key] = np.fromiter(map(number.__getitem__, stems), dtype=np.int32)
        distinct.append(np.unique(numbered[key]))
        for term in set(others):
            other_df[term] = other_df.get(term, 0) + 1
    total = len(distinct) + PRIOR_DOCS
    df = np.bincount(np.concatenate([np.zeros(0, np.int32), *distinct]), minlength=len(number))
    by_number = [
        math.log(total / (d + PRIOR_DOCS * _prior(prior, s) + 0.5))
        for s, d in zip(number, df.tolist(), strict=True)
    ]
    idf = dict(zip(number, by_number, strict=True))
    for term, d in other_df.items():
        idf[term] = math.log(total / (d + PRIOR_DOCS * _prior(prior, term) + 0.5))
    return Vocabulary(idf, math.log(total / 1.5), number, numbered, np.array(by_number))

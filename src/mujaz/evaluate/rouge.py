"""ROUGE-N for Arabic summaries, as the mds-dev reference scorer counts it.

Tokens: remove diacritics (tashkeel), tatweel and every punctuation or symbol character
(Unicode categories P* and S*; removed, not replaced by a space, so و«أحمد» is one token),
except a `.` `,` `٫` `٬` between two digits (43.8 and 1,200 stay as they are), unify أإآٱ→ا,
ى→ي and ة→ه, then split on whitespace. No stemming, no stop words, no case folding, Eastern
digits left as they are. Candidate and references are both cut to their first `max_tokens`
tokens (100, like ROUGE-1.5.5's `-l 100`); with several references, precision, recall and F1
are averaged over them. N-gram counts are clipped (a repeated n-gram matches at most as often
as the other side has it). Google's rouge-score is not usable here: its tokeniser drops every
non-Latin letter.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from mujaz.arabic.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    strip_tashkeel_ar,
)

MAX_TOKENS = 100
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[.,٫٬](?=\d)")


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float


def rouge_tokens(text: str) -> list[str]:
    """The scorer's tokens of `text` (see the module docstring)."""
    text = strip_tashkeel_ar(text)
    kept = {m.start() for m in _DIGIT_SEPARATOR.finditer(text)}
    text = "".join(
        c for i, c in enumerate(text) if i in kept or unicodedata.category(c)[0] not in "PS"
    )
    text = normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(text)))
    return text.split()


def ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    """Counts of the n-grams of a token list."""
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def rouge_n(
    candidate: str,
    references: str | Sequence[str],
    n: int = 1,
    max_tokens: int | None = MAX_TOKENS,
) -> Score:
    """ROUGE-N of a candidate summary against one or more references (scores averaged)."""
    if isinstance(references, str):
        references = [references]
    if not references:
        raise ValueError("at least one reference summary is needed")
    cand = ngrams(rouge_tokens(candidate)[:max_tokens], n)
    scores = [_score(cand, ngrams(rouge_tokens(r)[:max_tokens], n)) for r in references]
    return Score(
        precision=sum(s.precision for s in scores) / len(scores),
        recall=sum(s.recall for s in scores) / len(scores),
        f1=sum(s.f1 for s in scores) / len(scores),
    )


def rouge(
    candidate: str,
    references: str | Sequence[str],
    ns: Sequence[int] = (1, 2),
    max_tokens: int | None = MAX_TOKENS,
) -> dict[int, Score]:
    """ROUGE-N for each n in `ns`, e.g. `rouge(summary, refs)[2].f1`."""
    return {n: rouge_n(candidate, references, n, max_tokens) for n in ns}


def _score(cand: Counter[tuple[str, ...]], ref: Counter[tuple[str, ...]]) -> Score:
    overlap = sum((cand & ref).values())
    if not overlap:
        return Score(0.0, 0.0, 0.0)
    p = overlap / sum(cand.values())
    r = overlap / sum(ref.values())
    return Score(p, r, 2 * p * r / (p + r))

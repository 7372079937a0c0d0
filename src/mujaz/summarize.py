"""Extractive multi-document summaries with citations, and headlines.

A summary is chosen among *facts* (classes of equivalent sentences from `dedup`), never among
raw sentences, so a sentence that five outlets carry appears once and cites all five. The
choice maximises weighted concept coverage under a word budget (Gillick & Favre 2009):
concepts are stemmed content bigrams (and the unigrams of names and rare words), weighted by
the number of sources that mention them, so what several outlets report outweighs what one
adds. The optimisation is an exact integer program (scipy's HiGHS `milp`) with one extra
constraint per pair of overlapping facts, so no two summary sentences say the same thing. A
story with a single source gets the same treatment with weights from term frequency and a
preference for the lead.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import lil_matrix

from mujaz.arabic.segment import tokens
from mujaz.arabic.stem import content_stems
from mujaz.dedup import Fact, overlap_matrix
from mujaz.model import Article, Citation, SummarySentence

DEFAULT_WORDS = 100
MIN_WORDS = 6  # shorter "sentences" are headings, bylines, datelines
MAX_WORDS = 50  # longer ones are run-on paragraphs a summary cannot afford
REDUNDANT = 0.35  # weighted Jaccard above which two facts may not both be chosen
LEAD_BONUS = 0.2  # share of a fact's concept mass added for coming first in its article
MAX_CANDIDATES = 120


@dataclass(slots=True)
class Candidate:
    fact: Fact
    words: int
    concepts: dict[str, float]
    position: float  # best relative position among its members (0 = first sentence)
    sources: int


def summarize_story(
    articles: Sequence[Article],
    facts: Sequence[Fact],
    idf: dict[str, float],
    default_idf: float,
    words: int = DEFAULT_WORDS,
) -> list[SummarySentence]:
    """Choose and order the summary sentences of one story (see the module docstring)."""
    by_id = {a.id: a for a in articles}
    # a reprint is not an independent witness: it counts for its original's source
    source_of = {a.id: by_id[a.duplicate_of].source if a.duplicate_of in by_id else a.source
                 for a in articles}
    candidates = _candidates(facts, by_id, source_of)
    if not candidates:
        return []
    n_sources = len(set(source_of.values()))
    weights = _concept_weights(candidates, idf, default_idf, source_of, n_sources)
    if n_sources > 1:
        chosen = _select(candidates, weights, words, idf, default_idf)
    else:
        chosen = _greedy(candidates, weights, words, None)
    chosen.sort(key=lambda c: (c.position, -c.sources))
    return [
        SummarySentence(
            text=c.fact.members[0].text,
            citations=[Citation(s.article, s.index) for s in c.fact.members],
        )
        for c in chosen
    ]


def _candidates(
    facts: Sequence[Fact], by_id: dict[str, Article], source_of: dict[str, str]
) -> list[Candidate]:
    out = []
    for fact in facts:
        first = fact.members[0]
        n_words = len(tokens(first.text))
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            continue
        stems = first.stems
        concepts = {f"{a} {b}": 1.0 for a, b in zip(stems, stems[1:], strict=False)}
        concepts.update({s: 1.0 for s in stems})
        position = min(
            s.index / max(1, len(by_id[s.article].sentences)) for s in fact.members
        )
        out.append(
            Candidate(
                fact=fact,
                words=n_words,
                concepts=concepts,
                position=position,
                sources=len({source_of[a] for a in fact.articles}),
            )
        )
    if len(out) > MAX_CANDIDATES:
        out.sort(key=lambda c: (-c.sources, c.position))
        out = out[:MAX_CANDIDATES]
    return out


def _concept_weights(
    candidates: Sequence[Candidate],
    idf: dict[str, float],
    default_idf: float,
    source_of: dict[str, str],
    n_sources: int,
) -> dict[str, float]:
    """Weight of a concept: sources mentioning it (or its frequency, for one source) × idf."""
    mentions: dict[str, set[str]] = {}
    count: dict[str, int] = {}
    for c in candidates:
        srcs = {source_of[a] for a in c.fact.articles}
        for k in c.concepts:
            mentions.setdefault(k, set()).update(srcs)
            count[k] = count.get(k, 0) + 1
    weights = {}
    for k, srcs in mentions.items():
        spread = len(srcs) if n_sources > 1 else count[k]
        if n_sources > 1 and spread < 2:
            spread = 0.5  # said by one source only: still worth something
        informativeness = _concept_idf(k, idf, default_idf)
        weights[k] = spread * informativeness
    return weights


def _concept_idf(concept: str, idf: dict[str, float], default_idf: float) -> float:
    parts = concept.split(" ")
    w = sum(idf.get(p, default_idf) for p in parts) / len(parts)
    return w * (1.3 if len(parts) == 2 else 1.0)


def _select(
    candidates: list[Candidate],
    weights: dict[str, float],
    budget: int,
    idf: dict[str, float],
    default_idf: float,
) -> list[Candidate]:
    """Best set of candidates within `budget` words: an integer program over facts and concepts.

    Variables: x_i (fact i chosen), c_k (concept k covered). Maximise Σ w_k c_k + Σ b_i x_i,
    where b_i rewards lead sentences, subject to Σ words_i x_i ≤ budget, c_k ≤ Σ_{i∋k} x_i,
    and x_i + x_j ≤ 1 for overlapping facts.
    """
    concepts = sorted(weights)
    cindex = {k: j for j, k in enumerate(concepts)}
    n, m = len(candidates), len(concepts)
    mass = [sum(weights[k] for k in c.concepts) for c in candidates]
    bonus = [LEAD_BONUS * mass[i] * (1.0 - c.position) ** 2 for i, c in enumerate(candidates)]
    if min(c.words for c in candidates) > budget:  # not even one fits: the best one alone
        best = max(range(n), key=lambda i: (mass[i] + bonus[i]) / candidates[i].words)
        return [candidates[best]]

    overlap = overlap_matrix([c.fact for c in candidates], idf, default_idf)
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n) if overlap[i, j] > REDUNDANT]

    rows = 1 + m + len(pairs)
    a = lil_matrix((rows, n + m))
    lower = np.full(rows, -np.inf)
    upper = np.zeros(rows)
    for i, c in enumerate(candidates):
        a[0, i] = c.words
    upper[0] = budget
    for i, c in enumerate(candidates):
        for k in c.concepts:
            a[1 + cindex[k], i] = -1.0
    for j in range(m):
        a[1 + j, n + j] = 1.0  # c_k - Σ x_i <= 0
    for r, (i, j) in enumerate(pairs, start=1 + m):
        a[r, i] = 1.0
        a[r, j] = 1.0
        upper[r] = 1.0
    objective = -np.concatenate([np.asarray(bonus), [weights[k] for k in concepts]])
    result = milp(
        objective,
        constraints=LinearConstraint(a.tocsr(), lower, upper),
        integrality=np.concatenate([np.ones(n), np.zeros(m)]),
        bounds=Bounds(0, 1),
        options={"time_limit": 2.0, "disp": False},
    )
    if result.x is None:
        return _greedy(candidates, weights, budget, overlap)
    return [c for i, c in enumerate(candidates) if result.x[i] > 0.5]


def _greedy(
    candidates: list[Candidate],
    weights: dict[str, float],
    budget: int,
    overlap: np.ndarray | None,
) -> list[Candidate]:
    """Best marginal gain per word until the budget is spent; no two overlapping facts.

    Used for single-source stories (an article rarely repeats itself, so `overlap` may be
    None) and as the fallback when the solver returns nothing.
    """
    lead = [LEAD_BONUS * sum(weights[k] for k in c.concepts) * (1.0 - c.position) ** 2
            for c in candidates]
    covered: set[str] = set()
    chosen: list[int] = []
    used = 0
    while True:
        best, best_gain = None, 0.0
        for i, c in enumerate(candidates):
            if i in chosen or used + c.words > budget:
                continue
            if overlap is not None and any(overlap[i, j] > REDUNDANT for j in chosen):
                continue
            gain = sum(weights[k] for k in c.concepts if k not in covered) + lead[i]
            gain /= math.sqrt(c.words)
            if gain > best_gain:
                best, best_gain = i, gain
        if best is None:
            break
        chosen.append(best)
        covered.update(candidates[best].concepts)
        used += candidates[best].words
    return [candidates[i] for i in chosen]


def choose_headline(articles: Sequence[Article], summary: Sequence[SummarySentence]) -> str:
    """The most central title: the one sharing most content stems with the other titles.

    A story whose articles have no titles takes the first words of its first summary sentence.
    """
    titles = [a.title for a in articles if a.title]
    if not titles:
        text = summary[0].text if summary else (articles[0].text if articles else "")
        words = text.split()
        return " ".join(words[:14]) + (" …" if len(words) > 14 else "")
    if len(titles) == 1:
        return titles[0]
    stems = [set(content_stems(tokens(t))) for t in titles]
    def centrality(i: int) -> float:
        return sum(
            len(stems[i] & stems[j]) / (math.sqrt(len(stems[i]) * len(stems[j])) or 1.0)
            for j in range(len(titles))
            if j != i
        )
    return titles[max(range(len(titles)), key=centrality)]

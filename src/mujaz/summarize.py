"""Extractive multi-document summaries with citations, and headlines.

A summary is chosen among *facts* (classes of equivalent sentences from `dedup`), never among
raw sentences, so a sentence that five outlets carry appears once and cites all five. The
choice maximises weighted concept coverage under a word budget (Gillick & Favre 2009):
concepts are stemmed content bigrams and unigrams, weighted by idf and by the number of
independent sources that mention them, so what several outlets report outweighs what one adds.
The selection is greedy budgeted coverage with a lead bonus, and two overlapping facts are
never both chosen, so no two summary sentences say the same thing. (An exact integer program,
scipy's HiGHS `milp`, was tried first: no better on mds-dev, and its per-story solver set-up
made it the slowest step on a 31k-article corpus; greedy coverage is within 1-1/e of it.) A
story with a single source gets the same treatment, its weights from term frequency.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

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
    # an article rarely repeats itself: redundancy needs checking only across sources
    overlap = (
        overlap_matrix([c.fact for c in candidates], idf, default_idf) if n_sources > 1 else None
    )
    chosen = _select(candidates, weights, words, overlap)
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
        weights[k] = spread * _concept_idf(k, idf, default_idf)
    return weights


def _concept_idf(concept: str, idf: dict[str, float], default_idf: float) -> float:
    """Mean idf of a concept's stems; a bigram counts 1.3 times (it is more specific)."""
    a, _, b = concept.partition(" ")
    if not b:
        return idf.get(a, default_idf)
    return 0.65 * (idf.get(a, default_idf) + idf.get(b, default_idf))


def _select(
    candidates: list[Candidate],
    weights: dict[str, float],
    budget: int,
    overlap: np.ndarray | None,
) -> list[Candidate]:
    """Greedy budgeted coverage: best marginal gain per √word until the budget is spent.

    The gain of a fact is the weight of the concepts it adds plus a bonus for coming early in
    its article; a fact overlapping one already chosen (`overlap` > REDUNDANT) is skipped.
    When no fact fits the budget, the best one is taken alone.
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
            if not chosen:  # nothing fits: the best single fact, whatever its length
                best = max(range(len(candidates)), key=lambda i: lead[i] + sum(
                    weights[k] for k in candidates[i].concepts) / candidates[i].words)
                chosen.append(best)
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

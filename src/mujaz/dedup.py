"""Linking what outlets copy from each other: reprinted articles and equivalent sentences.

Reprints: trigram shingles of content stems, MinHash signatures and an LSH index
(datasketch) find candidate pairs in near-linear time; the exact Jaccard of the shingle sets
confirms them. Each group of reprints points at its earliest member (`duplicate_of`).

Equivalent sentences inside a story: two sentences of different articles are one "fact" when
their matching keys are equal, or when their stemmed content words overlap enough (lightly
edited or reworded wire copy). The classes give the summary its citations.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from mujaz.arabic.normalize import matching_key
from mujaz.model import Article, Sentence

REPRINT_JACCARD = 0.5  # share of word trigrams two reprints have in common, at least
NUM_PERM = 64
SHINGLE = 3
MIN_SHINGLES = 8  # too short to call a reprint

SAME_FACT = 0.65  # weighted share of the shorter sentence's content stems found in the longer
MIN_SHARED = 4  # and at least this many content stems in common


def _shingles(article: Article) -> np.ndarray:
    """Hashed trigrams of content stems (sorted, unique uint32): robust to the small edits
    outlets make to wire copy, and 4 bytes each, so a 31k-article batch keeps them all."""
    words = [s for sent in article.sentences for s in sent.stems]
    # crc32 runs in C; datasketch's default sha1 is several times slower on millions of shingles
    hashes = [
        zlib.crc32(" ".join(words[i : i + SHINGLE]).encode("utf-8"))
        for i in range(max(0, len(words) - SHINGLE + 1))
    ]
    return np.unique(np.asarray(hashes, dtype=np.uint32))


def _identity(h: int) -> int:
    return int(h)


def find_reprints(articles: Sequence[Article]) -> dict[str, str]:
    """Map each reprinted article id to the id of the earliest article of its reprint group.

    "Earliest" is by publication date, then reading order; articles without a date count as
    read order only.
    """
    shingles = [_shingles(a) for a in articles]
    lsh = MinHashLSH(threshold=REPRINT_JACCARD, num_perm=NUM_PERM)
    signatures: dict[int, MinHash] = {}
    for i, sh in enumerate(shingles):
        if len(sh) < MIN_SHINGLES:
            continue
        m = MinHash(num_perm=NUM_PERM, hashfunc=_identity, seed=7)
        m.update_batch(sh.tolist())
        signatures[i] = m
        lsh.insert(i, m, check_duplication=False)

    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, m in signatures.items():
        for j in lsh.query(m):
            if j <= i:
                continue
            a, b = shingles[i], shingles[j]
            common = len(np.intersect1d(a, b, assume_unique=True))
            if common / (len(a) + len(b) - common) >= REPRINT_JACCARD:
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[max(ri, rj)] = min(ri, rj)

    groups: dict[int, list[int]] = {}
    for i in signatures:
        groups.setdefault(find(i), []).append(i)
    order = {i: (_date_key(articles[i]), i) for i in range(len(articles))}
    reprints: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        first = min(members, key=order.__getitem__)
        for i in members:
            if i != first:
                reprints[articles[i].id] = articles[first].id
    return reprints


def _date_key(article: Article) -> str:
    return article.published.isoformat() if article.published else "9999"


# --- sentence equivalence ---------------------------------------------------------------------


@dataclass(slots=True)
class Fact:
    """Sentences of different articles that say the same thing; `members[0]` is shown."""

    members: list[Sentence]
    stems: frozenset[str]

    @property
    def articles(self) -> list[str]:
        return [s.article for s in self.members]


def equivalent_sentences(
    sentences: Sequence[Sentence], idf: dict[str, float], default_idf: float
) -> list[Fact]:
    """Group sentences of different articles that say the same thing.

    Sentence B says what fact F says when F's shown sentence is (nearly) contained in B: the
    idf-weighted share of F's content stems found in B is at least SAME_FACT, with at least
    MIN_SHARED stems in common. When a new sentence is itself contained in the fact's shown
    sentence, it becomes the one shown: the shortest version is the one every member states,
    so each citation is true of the sentence shown. Two sentences of one article never share
    a fact. Sentences are taken in the given order (earliest article first).
    """
    facts: list[Fact] = []
    index: dict[str, list[int]] = {}
    keys: dict[str, int] = {}

    def weight(stems: frozenset[str]) -> float:
        return sum(idf.get(s, default_idf) for s in stems)

    fact_weight: list[float] = []

    for sent in sentences:
        stems = frozenset(sent.stems)
        key = matching_key(sent.text)
        target = keys.get(key)
        contained_in_fact = False
        if target is None and len(stems) >= MIN_SHARED:
            own = weight(stems)
            shared_w: dict[int, float] = {}
            shared_n: dict[int, int] = {}
            for s in stems:
                w = idf.get(s, default_idf)
                for f in index.get(s, ()):
                    shared_w[f] = shared_w.get(f, 0.0) + w
                    shared_n[f] = shared_n.get(f, 0) + 1
            best_score = SAME_FACT
            for f, shared in shared_w.items():
                if shared_n[f] < MIN_SHARED or sent.article in facts[f].articles:
                    continue
                fact_w = fact_weight[f]
                score = shared / max(min(own, fact_w), 1e-9)
                if score >= best_score:
                    target, best_score = f, score
                    contained_in_fact = own < fact_w
        if target is None:
            keys[key] = len(facts)
            for s in stems:
                index.setdefault(s, []).append(len(facts))
            facts.append(Fact(members=[sent], stems=stems))
            fact_weight.append(weight(stems))
            continue
        fact = facts[target]
        if sent.article in fact.articles:
            continue  # a repeat inside the same article adds nothing
        if contained_in_fact:
            fact.members.insert(0, sent)
            for s in stems - fact.stems:
                index.setdefault(s, []).append(target)
            fact.stems = stems
            fact_weight[target] = own
        else:
            fact.members.append(sent)
    return facts


def overlap_matrix(facts: Sequence[Fact], idf: dict[str, float], default_idf: float) -> np.ndarray:
    """Pairwise idf-weighted Jaccard of the facts' stems (for redundancy between facts)."""
    n = len(facts)
    out = np.zeros((n, n), dtype=np.float32)
    weights = [{s: idf.get(s, default_idf) for s in f.stems} for f in facts]
    totals = [sum(w.values()) for w in weights]
    index: dict[str, list[int]] = {}
    for i, f in enumerate(facts):
        for s in f.stems:
            index.setdefault(s, []).append(i)
    for i, f in enumerate(facts):
        shared: dict[int, float] = {}
        for s in f.stems:
            for j in index[s]:
                if j > i:
                    shared[j] = shared.get(j, 0.0) + weights[i][s]
        for j, w in shared.items():
            union = totals[i] + totals[j] - w
            out[i, j] = out[j, i] = w / union if union else 0.0
    return out

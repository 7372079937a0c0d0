"""Linking what outlets copy from each other: reprinted articles and equivalent sentences.

Reprints: trigram shingles of content stems, MinHash signatures and an LSH index
(datasketch) find candidate pairs in near-linear time; the exact Jaccard of the shingle sets
confirms them. Each group of reprints points at its earliest member (`duplicate_of`).

Equivalent sentences inside a story: two sentences of different articles are one "fact" when
their matching keys are equal, or when their stemmed content words overlap enough (lightly
edited or reworded wire copy). The classes give the summary its citations. The story's stems
are numbered once (`StoryStems`), every pair of sentences sharing stems is counted at once with
numpy from each stem's list of sentences, and Python only walks the few pairs close enough to
be one fact.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat

import numpy as np
from datasketch import MinHash, MinHashLSH

from mujaz.arabic.frequency import Vocabulary
from mujaz.arabic.normalize import matching_key
from mujaz.model import Article, Sentence

REPRINT_JACCARD = 0.5  # share of word trigrams two reprints have in common, at least
CANDIDATE_JACCARD = 0.2  # the LSH looks for pairs from this share, so that whether a pair at
# REPRINT_JACCARD is found hardly depends on the hash functions (exact Jaccard decides)
NUM_PERM = 64
SHINGLE = 3
MIN_SHINGLES = 8  # too short to call a reprint

MIN_FACT_WORDS = 6  # shorter "sentences" (headings, bylines) state nothing another can share
# (in `segment.tokens`, as `Sentence.words` counts them)
SAME_FACT = 0.65  # weighted share of the shorter sentence's content stems found in the longer
MIN_SHARED = 4  # and at least this many content stems in common
DENSE_ROWS = 1024  # shared stems are counted on a rows² grid when it is this small (16 MB)
DENSE_FILL = 1 / 16  # and the pairs fill at least this share of it
PAIR_CHUNK = 1 << 20  # larger stories: stem-sharing pairs made at once, at most (about)


def _shingles(article: Article, stem_hashes: dict[str, int]) -> np.ndarray:
    """Hashed trigrams of content stems (sorted, unique uint32): robust to the small edits
    outlets make to wire copy, and 4 bytes each, so a 31k-article batch keeps them all.

    Each stem is hashed once per batch (crc32, in C; datasketch's default sha1 is several
    times slower) and a trigram's hash mixes its three stems' hashes with numpy."""
    words = [s for sent in article.sentences for s in sent.stems]
    if len(words) < SHINGLE:
        return np.zeros(0, dtype=np.uint32)
    h = np.fromiter(
        (stem_hashes.get(w) or stem_hashes.setdefault(w, zlib.crc32(w.encode("utf-8")) | 1)
         for w in words),
        dtype=np.uint64,
        count=len(words),
    )
    n = len(words) - SHINGLE + 1
    mixed = h[:n] * np.uint64(0x9E3779B1) + h[1 : n + 1] * np.uint64(0x85EBCA77) + h[2 : n + 2]
    return np.unique((mixed & np.uint64(0xFFFFFFFF)).astype(np.uint32))


def _identity(h: int) -> int:
    return int(h)


def find_reprints(articles: Sequence[Article]) -> dict[str, str]:
    """Map each reprinted article id to the id of the earliest article of its reprint group.

    "Earliest" is by publication date, then reading order; articles without a date count as
    read order only.
    """
    stem_hashes: dict[str, int] = {}
    shingles = [_shingles(a, stem_hashes) for a in articles]
    lsh = MinHashLSH(threshold=CANDIDATE_JACCARD, num_perm=NUM_PERM)
    signatures: dict[int, MinHash] = {}
    template = MinHash(num_perm=NUM_PERM, hashfunc=_identity, seed=7)
    for i, sh in enumerate(shingles):
        if len(sh) < MIN_SHINGLES:
            continue
        # the permutations are drawn once: drawing them per article cost more than hashing
        m = MinHash(num_perm=NUM_PERM, hashfunc=_identity, permutations=template.permutations,
                    scheme=template.scheme)
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


class StoryStems:
    """A story's sentences with their content stems numbered story-wide, and each stem's idf.

    Sentence equivalence and the summary count with numpy on these ids. They are taken from the
    batch's numbers (`frequency.Vocabulary`), never looked up by string: that was the costly
    step of the per-story work. `ids` holds the stems sentence after sentence, in order (`rows`:
    the sentence of each), for the sentences of `members` in order. Each sentence's stem set and
    the pairs of sentences sharing stems are counted when first asked for (a story of one
    article never needs them).
    """

    __slots__ = ("ids", "rows", "starts", "idf", "_numbers", "_number", "_sets", "_shared")

    def __init__(self, members: Sequence[Article], vocabulary: Vocabulary) -> None:
        numbered = [vocabulary.numbered[a.id] for a in members]
        lengths = np.fromiter(
            (len(s.stems) for a in members for s in a.sentences), dtype=np.intp
        )
        if sum(map(len, numbered)) != lengths.sum():
            raise ValueError("the story's articles changed after their stems were numbered")
        batch_ids, ids = np.unique(np.concatenate([np.zeros(0, np.int32), *numbered]),
                                   return_inverse=True)
        self.ids = ids
        self.rows = np.arange(len(lengths)).repeat(lengths)
        self.starts = np.zeros(len(lengths) + 1, dtype=np.intp)
        lengths.cumsum(out=self.starts[1:])
        self.idf = vocabulary.number_idf[batch_ids]
        self._numbers = batch_ids  # sorted: a batch number's place in it is its story-local id
        self._number = vocabulary.number
        self._sets: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._shared: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def of(self, sentences: Sequence[int]) -> tuple[np.ndarray, np.ndarray]:
        """The stem ids of some sentences (by position), in order, and whose each one is (their
        place in `sentences`)."""
        chosen = np.array(sentences, dtype=np.intp)
        begin = self.starts[chosen]
        lengths = self.starts[chosen + 1] - begin
        where = np.arange(lengths.sum()) + (begin - lengths.cumsum() + lengths).repeat(lengths)
        return self.ids[where], np.arange(len(chosen)).repeat(lengths)

    def of_stems(self, stems: Iterable[str]) -> np.ndarray:
        """The story-local ids of stems given as strings (a title's), those the story's
        sentences have."""
        numbers = np.fromiter(map(self._number.get, stems, repeat(-1)), dtype=np.intp)
        at = self._numbers.searchsorted(numbers).clip(max=len(self._numbers) - 1)
        return at[self._numbers[at] == numbers] if len(self._numbers) else at[:0]

    def sets(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Each sentence's stem set, as (sentence, stem id) pairs sorted by sentence then id,
        and the idf total of each set."""
        if self._sets is None:
            size = max(len(self.idf), 1)
            pairs = self.rows * size + self.ids
            pairs.sort()
            rows, ids = np.divmod(pairs[first_of_runs(pairs)], size)
            weight = np.bincount(rows, self.idf[ids], len(self.starts) - 1)
            self._sets = rows, ids, weight
        return self._sets

    def shared(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Every pair of sentences with MIN_SHARED stems or more in common (`shared_stems`):
        the pairs that may be one fact."""
        if self._shared is None:
            rows, ids, _ = self.sets()
            self._shared = shared_stems(rows, ids, self.idf, MIN_SHARED)
        return self._shared


@dataclass(slots=True)
class Fact:
    """Sentences of different articles that say the same thing; `members[0]` is shown.

    `shown` is the shown sentence's position in the story's sentence list.
    """

    members: list[Sentence]
    shown: int

    @property
    def words(self) -> int:
        """The shown sentence's length in `segment.tokens`: the summary budget counts it."""
        return self.members[0].words


def equivalent_sentences(sentences: Sequence[Sentence], stems: StoryStems) -> list[Fact]:
    """Group sentences of different articles that say the same thing.

    Sentence B says what fact F says when F's shown sentence is (nearly) contained in B: the
    idf-weighted share of the shown sentence's content stems found in B is at least SAME_FACT,
    with at least MIN_SHARED stems in common (equal matching keys say so outright). When B is
    itself contained in the shown sentence, B becomes the one shown: the shortest version is
    the one every member states, so each citation is true of the sentence shown. A heading or
    byline (under MIN_FACT_WORDS words) joins no fact, as it is "contained" in every sentence
    naming its subject. Two sentences of one article never share a fact. Sentences are taken in
    the given order (earliest article first); B joins the fact it fits best, the earliest of
    equals. `stems` numbers the sentences' stems.
    """
    keys = _repeat_keys(sentences)
    if len({s.article for s in sentences}) < 2:
        return _one_article(sentences, keys)
    return _across_articles(sentences, keys, stems)


def _repeat_keys(sentences: Sequence[Sentence]) -> list[str | None]:
    """Matching keys of the sentences that may repeat another one of the story; None for the rest.

    A key is a pass of the whole text through a translation table, as costly as the rest of the
    per-sentence work. The key leaves spaces, ل and م alone, so two sentences whose counts of
    those differ cannot share a key: only sentences that share the counts are compared, by
    their text when it is the same (a reprint) and by their key otherwise. (Two labels of
    different counts can never be equal, as equal texts or keys would have equal counts.)
    """
    texts = [s.text for s in sentences]
    marks = [(t.count(" "), t.count("ل"), t.count("م")) for t in texts]
    keys: list[str | None] = [None] * len(texts)
    shared = {mark for mark, n in Counter(marks).items() if n > 1}
    groups: dict[tuple[int, int, int], list[int]] = {}
    for i, mark in enumerate(marks):
        if mark in shared:
            groups.setdefault(mark, []).append(i)
    for group in groups.values():
        distinct = {texts[i] for i in group}
        if len(distinct) == 1:
            for i in group:
                keys[i] = texts[i]
        else:
            keyed = {t: matching_key(t) for t in distinct}
            for i in group:
                keys[i] = keyed[texts[i]]
    return keys


def _one_article(sentences: Sequence[Sentence], keys: Sequence[str | None]) -> list[Fact]:
    """A story of one article: every sentence is its own fact, a repeated one only once."""
    facts = []
    seen: set[str] = set()
    for i, (sent, key) in enumerate(zip(sentences, keys, strict=True)):
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        facts.append(Fact([sent], i))
    return facts


def _across_articles(
    sentences: Sequence[Sentence], keys: Sequence[str | None], stems: StoryStems
) -> list[Fact]:
    """The facts of a story of several articles (see `equivalent_sentences`).

    Every pair of sentences of different articles that could be one fact is found at once
    (`StoryStems.shared`); the walk in reading order then only decides which fact each
    sentence joins, looking at those pairs alone.
    """
    article_no = {a: k for k, a in enumerate(dict.fromkeys(s.article for s in sentences))}
    group = np.array([article_no[s.article] for s in sentences], dtype=np.intp)
    earlier, later, n_shared, shared = stems.shared()
    own = stems.sets()[2]
    enough = ((n_shared >= MIN_SHARED) & (group[earlier] != group[later])).nonzero()[0]
    earlier, later = earlier[enough], later[enough]
    score = shared[enough] / np.maximum(np.minimum(own[earlier], own[later]), 1e-9)
    close = (score >= SAME_FACT).nonzero()[0]
    pairs = list(zip(
        later[close].tolist(), earlier[close].tolist(), score[close].tolist(), strict=True
    ))
    # a heading (وزير الشؤون البلدية والقروية) is "contained" in every sentence naming the
    # minister: it must not become the shown version of the lead they state
    headings = {i for t, u, _ in pairs for i in (t, u) if sentences[i].words < MIN_FACT_WORDS}
    links: dict[int, list[tuple[int, float]]] = {}
    for t, u, p in pairs:
        if t not in headings and u not in headings:
            links.setdefault(t, []).append((u, p))

    weight = own.tolist()
    facts: list[Fact] = []
    articles: list[set[str]] = []  # per fact, the articles of its members
    fact_shown: dict[int, int] = {}  # sentence shown → its fact
    by_key: dict[str, int] = {}
    for t, sent in enumerate(sentences):
        key = keys[t]
        target = by_key.get(key) if key is not None else None
        contained = False
        if target is None:
            best = SAME_FACT
            for u, p in links.get(t, ()):
                f = fact_shown.get(u)
                if f is None or sent.article in articles[f]:
                    continue
                if p > best or (p == best and (target is None or f < target)):
                    target, best = f, p
            contained = target is not None and weight[t] < weight[facts[target].shown]
        if target is None:
            if key is not None:
                by_key[key] = len(facts)
            fact_shown[t] = len(facts)
            articles.append({sent.article})
            facts.append(Fact([sent], t))
            continue
        fact = facts[target]
        if sent.article in articles[target]:
            continue  # a repeat inside the same article adds nothing
        articles[target].add(sent.article)
        if contained:
            fact.members.insert(0, sent)
            del fact_shown[fact.shown]
            fact_shown[t] = target
            fact.shown = t
        else:
            fact.members.append(sent)
    return facts


# --- stem overlaps, counted on story-local ids --------------------------------------------------


def first_of_runs(values: np.ndarray) -> np.ndarray:
    """Where each run of equal values begins (a mask over sorted `values`)."""
    out = np.empty(len(values), dtype=bool)
    out[:1] = True
    np.not_equal(values[1:], values[:-1], out=out[1:])
    return out


def shared_stems(
    rows: np.ndarray, stems: np.ndarray, weights: np.ndarray, least: int = 1
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every pair of rows with `least` stems or more in common: rows i < j, how many stems and
    how much idf.

    `rows`, `stems` hold each (row, stem) once, sorted by row (`StoryStems.sets`). Pairs come
    out sorted by j, then i. They are made from each stem's list of rows, so the work grows
    with the pairs that share something, not with all pairs. The idf of the shared stems is
    added in stem order, as `np.bincount` adds a row's own total: a row contained in another
    shares exactly its own total, and ties stay ties. A large story's pairs are made for a
    range of rows j at a time (PAIR_CHUNK stem-sharing pairs at most, a row's own apart), so
    the memory stays bounded when a story of hundreds of articles repeats its words thousands
    of times; every pair is still made whole in one range, its stems in order, and only those
    with `least` stems are kept (in a story of 700 articles, most pairs share a word or two).
    """
    if not len(rows):
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty, empty, np.zeros(0)
    n = int(rows[-1]) + 1
    runs = stems * n + rows
    order = runs.argsort()
    r, s, runs = rows[order], stems[order], runs[order]
    first = first_of_runs(s)
    index = np.arange(len(s))
    begin = first.nonzero()[0]
    end = np.append(begin[1:], len(s))[first.cumsum() - 1]  # where each entry's stem run ends
    if n <= DENSE_ROWS:
        return _at_least(_shared_between(r, s, index, index + 1, end, weights, n), least)
    # pairs whose later row is j: each entry of row j pairs with the entries before it in its run
    per_row = np.bincount(r, index - begin[first.cumsum() - 1], n).cumsum()
    cuts = np.searchsorted(per_row, np.arange(PAIR_CHUNK, per_row[-1], PAIR_CHUNK)) + 1
    bounds = [0, *sorted(set(cuts.tolist()) - {0, n}), n]
    parts = []
    for low, high in zip(bounds, bounds[1:], strict=False):
        start = np.maximum(index + 1, np.searchsorted(runs, s * n + low))
        stop = np.searchsorted(runs, s * n + high)
        parts.append(_at_least(_shared_between(r, s, index, start, stop, weights, n), least))
    earlier, later, count, total = (np.concatenate(column) for column in zip(*parts, strict=True))
    return earlier, later, count, total


def _at_least(
    pairs: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray], least: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The pairs that share `least` stems or more."""
    if least <= 1:
        return pairs
    kept = pairs[2] >= least
    return pairs[0][kept], pairs[1][kept], pairs[2][kept], pairs[3][kept]


def _shared_between(
    r: np.ndarray, s: np.ndarray, index: np.ndarray, start: np.ndarray, stop: np.ndarray,
    weights: np.ndarray, n: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """`shared_stems` for the pairs of entry x (sorted by stem, then row) with the entries
    start[x] … stop[x] - 1 (of the same stem)."""
    partners = np.maximum(stop - start, 0)
    before = partners.cumsum() - partners
    left = index.repeat(partners)
    right = np.arange(len(left)) + (start - before).repeat(partners)
    key = r[right] * n + r[left]
    w = weights[s[left]]
    if n <= DENSE_ROWS and len(key) >= DENSE_FILL * n * n:  # count on the grid: no sorting
        count = np.bincount(key, minlength=n * n)
        total = np.bincount(key, w, n * n)
        key = count.nonzero()[0]
        later, earlier = np.divmod(key, n)
        return earlier, later, count[key], total[key]
    order = key.argsort(kind="stable")  # stable: each pair's stems stay in stem order
    key = key[order]
    new = first_of_runs(key)
    pair = new.cumsum() - 1
    later, earlier = np.divmod(key[new], n)
    return earlier, later, np.bincount(pair), np.bincount(pair, w[order])


def overlap_matrix(stems: StoryStems, sentences: Sequence[int]) -> np.ndarray:
    """Pairwise idf-weighted Jaccard of some sentences' stem sets, by their place in
    `sentences` (for redundancy between facts)."""
    n = len(sentences)
    rows, ids, weight = stems.sets()
    place = np.full(len(weight), -1, dtype=np.intp)
    place[np.array(sentences, dtype=np.intp)] = np.arange(n)
    # the pairs among these sentences alone, with any stem in common: rows renumbered by
    # place, still sorted by row (and by stem within one)
    chosen = (place[rows] >= 0).nonzero()[0]
    order = np.lexsort((ids[chosen], place[rows[chosen]]))
    i, j, _, shared = shared_stems(
        place[rows[chosen]][order], ids[chosen][order], stems.idf
    )
    own = weight[np.array(sentences, dtype=np.intp)]
    union = own[i] + own[j] - shared
    ratio = np.divide(shared, union, out=np.zeros(len(union)), where=union != 0)
    out = np.zeros((n, n), dtype=np.float32)
    out[i, j] = ratio
    out[j, i] = ratio
    return out

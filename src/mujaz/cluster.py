"""Stories: articles about one real-world event, grouped by average linkage.

Each article becomes a vector of the salient stems of its title and lead (its first
LEAD_SENTENCES sentences) and of the names the tagger found in its lead, as whole names
(وزير الدفاع آشتون كارتر adds "آشتون كارتر", which two reports of one meeting share and two
company results do not): news is written as an inverted pyramid, the event is named up front
and the body drifts into background that other events share (in trials on our two labeled days,
the whole body merged more unrelated reports than it joined related ones). Weights are sublinear
term frequency times the smoothed IDF of `arabic.frequency`. Two articles' similarity is the
cosine of their vectors, damped as their publication dates move apart (an event is reported over
a few days; a later similar event is another story). Reprints are not clustered: they join the
story of their original, so a wire copy carried by ten outlets does not weigh ten times in the
averages. Articles are merged by average linkage: a group joins another only while the mean
similarity across them stays above STORY_SIMILARITY, which keeps a chain of loosely related
reports from collapsing into one "topic". The constants were chosen on both labeled days
together (`bench/clusters.py`), never per day.

Average linkage is computed exactly per connected component of the graph of pairs above the
threshold (a merge needs at least one such pair), so the cost follows the size of stories,
not of the corpus.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform

from mujaz.model import Article

STORY_SIMILARITY = 0.25  # mean cosine two groups need to be one story
SAME_DAYS = 1  # dates this close are "the same news cycle": no damping
DAMPING_DAYS = 3.0  # beyond that, similarity falls linearly to zero over this many days
TITLE_WEIGHT = 3.0
LEAD_WEIGHT = 2.0
LEAD_SENTENCES = 3
ENTITY_WEIGHT = 1.0  # per name tagged in the lead, on top of its words' stems
MAX_COMPONENT = 3000  # a larger component is split by raising its threshold
_CHUNK = 256  # rows per sparse product: bounds the memory of the candidate search


def article_terms(
    title_stems: Sequence[str],
    sentence_stems: Sequence[Sequence[str]],
    entities: Sequence[str] = (),
) -> dict[str, float]:
    """Raw term weights of one article: its title's stems, its lead's, and its lead's names."""
    tf: dict[str, float] = {}
    for e in entities:
        tf[e] = tf.get(e, 0.0) + ENTITY_WEIGHT
    for s in title_stems:
        tf[s] = tf.get(s, 0.0) + TITLE_WEIGHT
    for stems in sentence_stems[:LEAD_SENTENCES]:
        for s in stems:
            tf[s] = tf.get(s, 0.0) + LEAD_WEIGHT
    return tf


def story_vectors(
    terms: Sequence[dict[str, float]], idf: dict[str, float], default_idf: float
) -> csr_matrix:
    """L2-normalised sublinear tf·idf rows, one per article."""
    vocab: dict[str, int] = {}
    indptr, indices, data = [0], [], []
    for tf in terms:
        row = {}
        for s, f in tf.items():
            j = vocab.setdefault(s, len(vocab))
            row[j] = (1.0 + math.log(f)) * idf.get(s, default_idf)
        norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
        indices.extend(row)
        data.extend(v / norm for v in row.values())
        indptr.append(len(indices))
    return csr_matrix(
        (np.asarray(data, dtype=np.float32), np.asarray(indices, dtype=np.int32), indptr),
        shape=(len(terms), max(1, len(vocab))),
    )


def time_damping(days_apart: np.ndarray) -> np.ndarray:
    """1 within SAME_DAYS, then linearly down to 0 over DAMPING_DAYS more days."""
    return np.clip(1.0 - (days_apart - SAME_DAYS) / DAMPING_DAYS, 0.0, 1.0)


def similarity_graph(vectors: csr_matrix, days: np.ndarray, threshold: float) -> csr_matrix:
    """Sparse matrix of pair similarities at or above `threshold` (upper triangle).

    `days` holds each article's date as a day number, NaN when unknown (no damping then).
    """
    n = vectors.shape[0]
    rows, cols, vals = [], [], []
    vt = vectors.T.tocsr()
    for start in range(0, n, _CHUNK):
        block = (vectors[start : start + _CHUNK] @ vt).tocoo()
        keep = block.col > block.row + start
        r, c, v = block.row[keep] + start, block.col[keep], block.data[keep]
        apart = np.abs(days[r] - days[c])
        v = v * np.where(np.isnan(apart), 1.0, time_damping(np.nan_to_num(apart)))
        ok = v >= threshold
        rows.append(r[ok])
        cols.append(c[ok])
        vals.append(v[ok])
    r = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    c = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    v = np.concatenate(vals) if vals else np.zeros(0, dtype=np.float32)
    graph = csr_matrix((v, (r, c)), shape=(n, n))
    graph.sum_duplicates()
    return graph


def average_link(
    graph: csr_matrix,
    vectors: csr_matrix,
    days: np.ndarray,
    threshold: float,
) -> list[list[int]]:
    """Groups of article indices by average linkage.

    `graph` (pairs at or above the threshold) only bounds the search: a merge needs one such
    pair, so no group crosses its connected components. Inside a component the similarities
    are recomputed in full, so pairs below the threshold still count in the averages.
    """
    sym = (graph + graph.T).tocsr()
    n_comp, labels = connected_components(sym, directed=False)
    members: list[list[int]] = [[] for _ in range(n_comp)]
    for i, lab in enumerate(labels):
        members[lab].append(i)
    groups: list[list[int]] = []
    for comp in members:
        groups.extend(_link_component(sym, comp, vectors, days, threshold))
    return groups


def _link_component(
    sym: csr_matrix,
    comp: list[int],
    vectors: csr_matrix,
    days: np.ndarray,
    threshold: float,
) -> list[list[int]]:
    if len(comp) == 1:
        return [comp]
    if len(comp) > MAX_COMPONENT:
        # too large to link exactly: cut its weakest edges and link the pieces
        sub = sym[comp][:, comp].tocsr()
        sub.data[sub.data < threshold + 0.05] = 0
        sub.eliminate_zeros()
        n_sub, labels = connected_components(sub, directed=False)
        if n_sub == 1:
            sub.data[sub.data < np.median(sub.data)] = 0
            sub.eliminate_zeros()
            n_sub, labels = connected_components(sub, directed=False)
        pieces: dict[int, list[int]] = {}
        for i, lab in zip(comp, labels, strict=True):
            pieces.setdefault(int(lab), []).append(i)
        out_groups = []
        for piece in pieces.values():
            out_groups.extend(_link_component(sym, piece, vectors, days, threshold))
        return out_groups
    block = vectors[comp]
    sim = (block @ block.T).toarray()
    apart = np.abs(days[comp][:, None] - days[comp][None, :])
    sim *= np.where(np.isnan(apart), 1.0, time_damping(np.nan_to_num(apart)))
    np.fill_diagonal(sim, 1.0)
    sim = np.clip(sim, 0.0, 1.0)
    dist = squareform(1.0 - sim, checks=False)
    tree = linkage(dist, method="average")
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    out: dict[int, list[int]] = {}
    for i, lab in zip(comp, labels, strict=True):
        out.setdefault(int(lab), []).append(i)
    return list(out.values())


def story_id(first: Article) -> str:
    """A stable id: from the location of the story's earliest article, which never changes."""
    return "s" + hashlib.sha1(first.location.encode("utf-8")).hexdigest()[:10]
